// The common end of put-deploy, send-deploy and transfer: pre-flight, then account_put_deploy or
// speculative_exec, then (with --wait) the wait for execution.
import { deployToJson, type Deploy } from '../deploy/index.js';
import { toHex } from '../core/index.js';
import type { FlagValues } from './parse.js';
import { preflight, resolveChainspec } from './preflight.js';
import { rpcSettings } from './rpc-flags.js';
import { blockIdentifier, sendAndPrint } from './send.js';

export async function sendDeploy(v: FlagValues, deploy: Deploy): Promise<number> {
  const rpc = rpcSettings(v);
  if (!v.has('no-preflight')) preflight(deploy, await resolveChainspec(v.get('chainspec'), rpc, deploy.header.chainName));
  const json = deployToJson(deploy);
  if (v.has('speculative-exec')) {
    await sendAndPrint(rpc, 'speculative_exec', { block_identifier: blockIdentifier(v.get('speculative-exec') ?? ''), deploy: json });
    return 0;
  }
  if (!v.has('wait')) {
    await sendAndPrint(rpc, 'account_put_deploy', { deploy: json });
    return 0;
  }
  const { putAndWait, waitTimeoutMs } = await import('./wait.js');
  return putAndWait(rpc, 'account_put_deploy', { deploy: json }, toHex(deploy.hash), waitTimeoutMs(v.get('wait-timeout')));
}
