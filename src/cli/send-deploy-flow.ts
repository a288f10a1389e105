// The common end of put-deploy, send-deploy and transfer: pre-flight, then account_put_deploy or
// speculative_exec, then (with --wait) the wait for execution.
import { deployToJson, type Deploy } from '../deploy/index.js';
import { toHex } from '../core/index.js';
import type { rpcFlags, speculativeExec, waitFlags } from './flag-sets.js';
import type { FlagValues } from './parse.js';
import { preflight, resolveChainspec } from './preflight.js';
import { rpcSettings } from './rpc-flags.js';
import { blockIdentifier, sendAndPrint } from './send.js';

/** The flags of send-deploy that put-deploy and transfer share. */
export type SendDeployFlags = {
  flags: readonly ((typeof rpcFlags)[number] | typeof speculativeExec | (typeof waitFlags)[number])[];
};

export async function sendDeploy(v: FlagValues<SendDeployFlags>, deploy: Deploy): Promise<number> {
  const rpc = rpcSettings(v);
  if (!v.get('no-preflight'))
    preflight(deploy, await resolveChainspec(v.get('chainspec'), rpc, deploy.header.chainName));
  const json = deployToJson(deploy);
  const speculative = v.get('speculative-exec');
  if (speculative !== undefined) {
    await sendAndPrint(rpc, 'speculative_exec', { block_identifier: blockIdentifier(speculative), deploy: json });
    return 0;
  }
  if (!v.get('wait')) {
    await sendAndPrint(rpc, 'account_put_deploy', { deploy: json });
    return 0;
  }
  const { putAndWait, waitTimeoutMs } = await import('./wait.js');
  return putAndWait(
    rpc,
    'account_put_deploy',
    { deploy: json },
    toHex(deploy.hash),
    waitTimeoutMs(v.get('wait-timeout')),
  );
}
