// --wait for the command line: the library's wait, with a spinner on stderr for people at a
// terminal; scripts get the JSON documents on stdout.
import { messageOf } from '../errors.js';
import { deployTarget, waitForExecution as waitFor, WaitTimeout, type WaitOutcome, type WaitTarget } from '../lib/wait.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';

export type { WaitOutcome, WaitTarget };

export async function waitForExecution(s: RpcSettings, hash: string, waitTimeoutMs: number, target?: WaitTarget): Promise<WaitOutcome> {
  const t = target ?? deployTarget(hash);
  const { startSpinner } = await import('../output/progress.js');
  const spinner = startSpinner(`waiting for ${t.noun} ${hash.slice(0, 10)}… to be executed`);
  try {
    const outcome = await waitFor(hash, { nodeAddress: s.nodeAddress, timeoutMs: s.timeoutMs, waitTimeoutMs, target: t });
    spinner.stop(outcome.failed ? 'executed: failed' : 'executed: success', outcome.failed);
    return outcome;
  } catch (e) {
    spinner.stop();
    if (e instanceof WaitTimeout) {
      throw new CliError(`${t.noun} ${hash} was accepted but not executed within ${Math.round(waitTimeoutMs / 1000)}s (raise --wait-timeout, or check later with get-${t.noun} ${hash})`, { cause: e });
    }
    throw new CliError(messageOf(e), { cause: e });
  }
}
