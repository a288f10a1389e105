// The flags every node-talking command shares: -n, --id, --timeout, -v.
import { parseTtl } from '../core/index.js';
import { CliError } from './errors.js';
import type { FlagValues } from './parse.js';
import { messageOf } from '../core/errors.js';

export const MAX_TIMEOUT_MS = 24 * 86_400_000;

export interface RpcSettings {
  nodeAddress: string;
  idText: string | undefined;
  timeoutMs: number;
  verbosity: number;
  retries: number;
}

export function rpcSettings(v: FlagValues): RpcSettings {
  const timeoutText = v.get('timeout') ?? '60s';
  let timeoutMs: number;
  try {
    timeoutMs = parseTtl(timeoutText);
  } catch (e) {
    throw new CliError(`failed to parse --timeout: ${messageOf(e)}`, { cause: e });
  }
  if (timeoutMs <= 0) throw new CliError('--timeout must be longer than zero');
  // Node's timers hold at most 2^31−1 ms (about 24.8 days); past that they fire at once.
  if (timeoutMs > MAX_TIMEOUT_MS) throw new CliError(`--timeout '${timeoutText}' is longer than the longest timeout, 24days`);
  const retriesText = v.get('retries') ?? '0';
  if (!/^\d+$/.test(retriesText) || Number(retriesText) > 100) throw new CliError(`--retries '${retriesText}' is not a count: expected a whole number from 0 to 100`);
  return { nodeAddress: v.get('node-address') ?? 'http://localhost:7777', idText: v.get('id'), timeoutMs, verbosity: v.count('v'), retries: Number(retriesText) };
}
