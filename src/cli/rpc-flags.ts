// The flags every node-talking command shares: -n, --id, --timeout, -v.
import { parseTtl } from '../core/index.js';
import { CliError } from './errors.js';
import { retries, timeoutFlag, type rpcFlags } from './flag-sets.js';
import type { FlagValues } from './parse.js';
import { messageOf } from '../core/errors.js';

const MAX_TIMEOUT_MS = 24 * 86_400_000;

export interface RpcSettings {
  nodeAddress: string;
  idText: string | undefined;
  timeoutMs: number;
  verbosity: number;
  retries: number;
}

export function rpcSettings(v: FlagValues<{ flags: typeof rpcFlags }>): RpcSettings {
  return settings(v.get('node-address'), v.get('id'), v.get('timeout'), v.get('retries'), v.get('v'));
}

/**
 * For make-transaction withdraw-bid-all, which asks a node for the stake but has only -n: no --id
 * or -v, and --timeout and --retries as their tables' defaults.
 */
export function nodeOnlySettings(nodeAddress: string): RpcSettings {
  return settings(nodeAddress, undefined, timeoutFlag.default, retries.default, 0);
}

function settings(
  nodeAddress: string,
  idText: string | undefined,
  timeoutText: string,
  retriesText: string,
  verbosity: number,
): RpcSettings {
  let timeoutMs: number;
  try {
    timeoutMs = parseTtl(timeoutText);
  } catch (e) {
    throw new CliError(`failed to parse --timeout: ${messageOf(e)}`, { cause: e });
  }
  if (timeoutMs <= 0) throw new CliError('--timeout must be longer than zero');
  // Node's timers hold at most 2^31−1 ms (about 24.8 days); past that they fire at once.
  if (timeoutMs > MAX_TIMEOUT_MS)
    throw new CliError(`--timeout '${timeoutText}' is longer than the longest timeout, 24days`);
  if (!/^\d+$/.test(retriesText) || Number(retriesText) > 100)
    throw new CliError(`--retries '${retriesText}' is not a count: expected a whole number from 0 to 100`);
  return { nodeAddress, idText, timeoutMs, verbosity, retries: Number(retriesText) };
}
