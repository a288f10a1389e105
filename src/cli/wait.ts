// --wait for the command line: the library's wait, with a spinner on stderr for people at a
// terminal; scripts get the JSON documents on stdout.
import { parseTtl, type Json } from '../core/index.js';
import { messageOf } from '../core/errors.js';
import { redactUrl } from '../rpc/address.js';
import {
  deployTarget,
  waitForExecution as waitFor,
  WaitTimeout,
  type WaitOutcome,
  type WaitTarget,
} from '../lib/wait.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';
import { sendAndPrint } from './send.js';

export type { WaitTarget };

async function waitForExecution(
  s: RpcSettings,
  hash: string,
  waitTimeoutMs: number,
  target?: WaitTarget,
): Promise<WaitOutcome> {
  const t = target ?? deployTarget(hash);
  const { startSpinner } = await import('./output/progress.js');
  const spinner = startSpinner(`waiting for ${t.noun} ${hash.slice(0, 10)}… to be executed`);
  try {
    const outcome = await waitFor(hash, {
      nodeAddress: s.nodeAddress,
      timeoutMs: s.timeoutMs,
      waitTimeoutMs,
      target: t,
    });
    spinner.stop(outcome.failed ? 'executed: failed' : 'executed: success', outcome.failed);
    return outcome;
  } catch (e) {
    spinner.stop();
    if (e instanceof WaitTimeout) {
      throw new CliError(
        `${t.noun} ${hash} was accepted but not executed within ${Math.round(waitTimeoutMs / 1000)}s (raise --wait-timeout, or check later with get-${t.noun} ${hash})`,
        { cause: e },
      );
    }
    throw new CliError(messageOf(e), { cause: e });
  }
}

/** --wait-timeout as a duration (the parser has given the table's default when it is absent). */
export function waitTimeoutMs(text: string): number {
  try {
    return parseTtl(text);
  } catch (e) {
    throw new CliError(`failed to parse --wait-timeout: ${messageOf(e)}`, { cause: e });
  }
}

/**
 * The --wait end of put-deploy, send-deploy, transfer, put- and send-transaction: the put, then
 * the wait (a Ctrl-C meanwhile says where to look it up later), the summary for people, and the
 * node's own execution field added to the printed result. Exit 1 when the execution failed.
 */
export async function putAndWait(
  s: RpcSettings,
  method: string,
  params: Json,
  hash: string,
  waitMs: number,
  target?: WaitTarget,
): Promise<number> {
  const t = target ?? deployTarget(hash);
  let failed = false;
  await sendAndPrint(s, method, params, async (result) => {
    const { setInterruptNote } = await import('./output/interrupt.js');
    setInterruptNote(
      `stopped waiting; ${t.noun} ${hash} was accepted by the node. Look it up later with: casper-client get-${t.noun} -n ${redactUrl(s.nodeAddress)} ${hash}`,
    );
    const outcome = await waitForExecution(s, hash, waitMs, t);
    setInterruptNote(undefined);
    failed = outcome.failed;
    const { printExecutionSummary } = await import('./output/progress.js');
    await printExecutionSummary(hash, outcome);
    // The node's own field under its own name: execution_results (1.5) or execution_info (2.x).
    return { ...(result as Record<string, Json>), [outcome.field]: outcome.value };
  });
  return failed ? 1 : 0;
}
