// Waiting for a deploy to be executed, on either node generation: 1.5 answers info_get_deploy
// with `execution_results: [{block_hash, result}]`, 2.x with `execution_info: {block_hash,
// block_height, execution_result: {Version1|Version2: …}}`.
import type { Json } from '../core/index.js';
import { CasperError } from '../core/errors.js';
import { RpcError } from '../rpc/index.js';
import { callNode, type NodeOptions } from './node.js';

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
  if (isObj(result.Version2))
    return result.Version2.error_message !== null && result.Version2.error_message !== undefined;
  const v1 = isObj(result.Version1) ? result.Version1 : result;
  return 'Failure' in v1;
}

/** The execution an info_get_deploy result shows, or undefined while there is none yet. */
export function executionOf(reply: Json): WaitOutcome | undefined {
  if (!isObj(reply)) return undefined;
  const info = reply.execution_info;
  if (isObj(info) && info.execution_result !== null && info.execution_result !== undefined) {
    return { field: 'execution_info', value: info, failed: executionFailed(info.execution_result) };
  }
  const results = reply.execution_results;
  if (Array.isArray(results) && results.length > 0) {
    return {
      field: 'execution_results',
      value: results,
      failed: results.some((r) => isObj(r) && executionFailed(r.result ?? null)),
    };
  }
  return undefined;
}

export class WaitTimeout extends CasperError {
  override name = 'WaitTimeout';
}

const POLL_MS = 500;

/** What to poll: info_get_deploy for a deploy, info_get_transaction for a TransactionV1. */
export interface WaitTarget {
  noun: 'deploy' | 'transaction';
  method: string;
  params: Json;
}

export const deployTarget = (hash: string): WaitTarget => ({
  noun: 'deploy',
  method: 'info_get_deploy',
  params: { deploy_hash: hash, finalized_approvals: false },
});
const transactionTarget = (hash: string): WaitTarget => ({
  noun: 'transaction',
  method: 'info_get_transaction',
  params: { transaction_hash: { Version1: hash }, finalized_approvals: false },
});

/**
 * Polls until a block has executed the deploy or transaction, or `waitTimeoutMs` runs out. Until
 * it is stored the node answers "No such deploy/transaction", and a slow answer is retried: both
 * keep the wait going; any other failure ends it.
 */
export async function waitForExecution(
  hash: string,
  o: NodeOptions & { waitTimeoutMs: number; target: WaitTarget },
): Promise<WaitOutcome> {
  const deadline = Date.now() + o.waitTimeoutMs;
  const t = o.target;
  for (let attempt = 0; ; attempt++) {
    try {
      const { result } = await callNode(
        { ...o, id: undefined, timeoutMs: Math.min(o.timeoutMs ?? 60_000, Math.max(1000, deadline - Date.now())) },
        t.method,
        t.params,
      );
      const outcome = executionOf(result);
      if (outcome !== undefined) return outcome;
    } catch (e) {
      if (!(e instanceof RpcError) || (e.failure !== 'json-rpc' && e.failure !== 'timeout')) throw e;
    }
    if (Date.now() + POLL_MS > deadline) break;
    await new Promise((r) =>
      setTimeout(r, Math.min(POLL_MS * (attempt < 4 ? 1 : 2), Math.max(0, deadline - Date.now()))),
    );
  }
  throw new WaitTimeout(
    `${t.noun} ${hash} was accepted but not executed within ${Math.round(o.waitTimeoutMs / 1000)}s`,
    {
      hint: `check later with get-${t.noun} ${hash}`,
    },
  );
}

export const waitForDeploy = (hash: string, o: NodeOptions & { waitTimeoutMs: number }) =>
  waitForExecution(hash, { ...o, target: deployTarget(hash) });
export const waitForTransaction = (hash: string, o: NodeOptions & { waitTimeoutMs: number }) =>
  waitForExecution(hash, { ...o, target: transactionTarget(hash) });
