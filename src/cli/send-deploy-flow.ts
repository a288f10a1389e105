// The common end of put-deploy, send-deploy and transfer: pre-flight, then account_put_deploy or
// speculative_exec, then (with --wait) the wait for execution.
import { deployToJson, parseTtl, toHex, type Deploy, type Json } from '../deploy/index.js';
import { CliError } from './errors.js';
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
  let waitMs: number;
  try {
    waitMs = parseTtl(v.get('wait-timeout') ?? '5min');
  } catch (e) {
    throw new CliError(`failed to parse --wait-timeout: ${(e as Error).message}`);
  }
  let failed = false;
  const hash = toHex(deploy.hash);
  await sendAndPrint(rpc, 'account_put_deploy', { deploy: json }, async (result) => {
    const { waitForExecution } = await import('./wait.js');
    const { setInterruptNote } = await import('../output/interrupt.js');
    const { redactUrl } = await import('../rpc/index.js');
    setInterruptNote(`stopped waiting; deploy ${hash} was accepted by the node. Look it up later with: casper-client get-deploy -n ${redactUrl(rpc.nodeAddress)} ${hash}`);
    const outcome = await waitForExecution(rpc, hash, waitMs);
    setInterruptNote(undefined);
    failed = outcome.failed;
    const { printExecutionSummary } = await import('../output/progress.js');
    await printExecutionSummary(hash, outcome);
    // The node's own field under its own name: execution_results (1.5) or execution_info (2.x).
    return { ...(result as Record<string, Json>), [outcome.field]: outcome.value };
  });
  return failed ? 1 : 0;
}
