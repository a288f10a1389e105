// --wait: after the node accepts a deploy, poll info_get_deploy until a block has executed it.
// A spinner on stderr for people at a terminal; scripts get one JSON document on stdout.
import type { Json } from '../deploy/index.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';

export interface WaitOutcome {
  executionResults: Json[];
  failed: boolean;
}

const POLL_MS = 500;

export async function waitForExecution(s: RpcSettings, hash: string, waitTimeoutMs: number): Promise<WaitOutcome> {
  const rpc = await import('../rpc/index.js');
  const { startSpinner } = await import('../output/progress.js');
  const spinner = startSpinner(`waiting for deploy ${hash.slice(0, 10)}… to be executed`);
  const deadline = Date.now() + waitTimeoutMs;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await rpc.rpcCall(s.nodeAddress, 'info_get_deploy', { deploy_hash: hash, finalized_approvals: false }, { id: rpc.rpcId(undefined), timeoutMs: Math.min(s.timeoutMs, Math.max(1000, deadline - Date.now())) });
        const results = ((reply.result as { execution_results?: Json[] }).execution_results ?? []) as Json[];
        if (results.length > 0) {
          const failed = results.some((r) => typeof r === 'object' && r !== null && 'result' in r && typeof r.result === 'object' && r.result !== null && 'Failure' in r.result);
          spinner.stop(failed ? 'executed: failed' : 'executed: success');
          return { executionResults: results, failed };
        }
      } catch (e) {
        // Until it is stored the node says "No such deploy"; keep polling, report anything else at the end.
        if (!(e instanceof rpc.RpcError) || (e.kind !== 'json-rpc' && e.kind !== 'timeout')) throw new CliError(e instanceof Error ? e.message : String(e));
      }
      if (Date.now() + POLL_MS > deadline) break;
      await new Promise((r) => setTimeout(r, Math.min(POLL_MS * (attempt < 4 ? 1 : 2), Math.max(0, deadline - Date.now()))));
    }
  } finally {
    spinner.stop();
  }
  throw new CliError(`deploy ${hash} was accepted but not executed within ${Math.round(waitTimeoutMs / 1000)}s (raise --wait-timeout, or check later with get-deploy ${hash})`);
}
