// --wait: after the node accepts a deploy, poll info_get_deploy until a block has executed it.
// A spinner on stderr for people at a terminal; scripts get one JSON document on stdout.
// Both node generations answer: 1.5 with `execution_results: [{block_hash, result}]`, 2.x with
// `execution_info: {block_hash, block_height, execution_result: {Version1|Version2: …}}`.
import type { Json } from '../deploy/index.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';

export interface WaitOutcome {
  /** The reply's own field name, kept as the node wrote it. */
  field: 'execution_results' | 'execution_info';
  value: Json;
  failed: boolean;
}

type Obj = Record<string, Json>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A 1.5 result or a 2.x ExecutionResultV1 ({Success|Failure}); a V2 result fails by its error_message. */
export function executionFailed(result: Json): boolean {
  if (!isObj(result)) return false;
  if (isObj(result.Version2)) return result.Version2.error_message !== null && result.Version2.error_message !== undefined;
  const v1 = isObj(result.Version1) ? result.Version1 : result;
  return 'Failure' in v1;
}

/** The execution the reply shows, or undefined while there is none yet. */
export function executionOf(reply: Json): WaitOutcome | undefined {
  if (!isObj(reply)) return undefined;
  const info = reply.execution_info;
  if (isObj(info) && info.execution_result !== null && info.execution_result !== undefined) {
    return { field: 'execution_info', value: info, failed: executionFailed(info.execution_result) };
  }
  const results = reply.execution_results;
  if (Array.isArray(results) && results.length > 0) {
    return { field: 'execution_results', value: results, failed: results.some((r) => isObj(r) && executionFailed(r.result ?? null)) };
  }
  return undefined;
}

const POLL_MS = 500;

/** What to poll: info_get_deploy for a deploy (the default), info_get_transaction for a TransactionV1. */
export interface WaitTarget {
  noun: 'deploy' | 'transaction';
  method: string;
  params: Json;
}

export async function waitForExecution(s: RpcSettings, hash: string, waitTimeoutMs: number, target?: WaitTarget): Promise<WaitOutcome> {
  const rpc = await import('../rpc/index.js');
  const { startSpinner } = await import('../output/progress.js');
  const t = target ?? { noun: 'deploy', method: 'info_get_deploy', params: { deploy_hash: hash, finalized_approvals: false } };
  const spinner = startSpinner(`waiting for ${t.noun} ${hash.slice(0, 10)}… to be executed`);
  const deadline = Date.now() + waitTimeoutMs;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await rpc.rpcCall(s.nodeAddress, t.method, t.params, { id: rpc.rpcId(undefined), timeoutMs: Math.min(s.timeoutMs, Math.max(1000, deadline - Date.now())) });
        const outcome = executionOf(reply.result);
        if (outcome !== undefined) {
          spinner.stop(outcome.failed ? 'executed: failed' : 'executed: success', outcome.failed);
          return outcome;
        }
      } catch (e) {
        // Until it is stored the node says "No such deploy/transaction"; keep polling, report anything else at the end.
        if (!(e instanceof rpc.RpcError) || (e.kind !== 'json-rpc' && e.kind !== 'timeout')) throw new CliError(e instanceof Error ? e.message : String(e));
      }
      if (Date.now() + POLL_MS > deadline) break;
      await new Promise((r) => setTimeout(r, Math.min(POLL_MS * (attempt < 4 ? 1 : 2), Math.max(0, deadline - Date.now()))));
    }
  } finally {
    spinner.stop();
  }
  throw new CliError(`${t.noun} ${hash} was accepted but not executed within ${Math.round(waitTimeoutMs / 1000)}s (raise --wait-timeout, or check later with get-${t.noun} ${hash})`);
}
