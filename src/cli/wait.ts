// --wait for the command line: the library's wait, with a spinner on stderr for people at a
// terminal; scripts get one JSON document on stdout.
import { messageOf } from '../errors.js';
import { waitForDeploy, WaitTimeout, type WaitOutcome } from '../lib/wait.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';

export type { WaitOutcome };

export async function waitForExecution(s: RpcSettings, hash: string, waitTimeoutMs: number): Promise<WaitOutcome> {
  const { startSpinner } = await import('../output/progress.js');
  const spinner = startSpinner(`waiting for deploy ${hash.slice(0, 10)}… to be executed`);
  try {
    const outcome = await waitForDeploy(hash, { nodeAddress: s.nodeAddress, timeoutMs: s.timeoutMs, waitTimeoutMs });
    spinner.stop(outcome.failed ? 'executed: failed' : 'executed: success', outcome.failed);
    return outcome;
  } catch (e) {
    spinner.stop();
    if (e instanceof WaitTimeout) {
      throw new CliError(`deploy ${hash} was accepted but not executed within ${Math.round(waitTimeoutMs / 1000)}s (raise --wait-timeout, or check later with get-deploy ${hash})`, { cause: e });
    }
    throw new CliError(messageOf(e), { cause: e });
  }
}
