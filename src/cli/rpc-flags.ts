// The flags every node-talking command shares (-v, -n, --id as casper-client, and this project's
// --timeout and --retries), and the settings they make. -n's value goes from here to send.ts's call,
// then to rpc/client.ts, which turns it into the URL and makes the POST.
import { parseTtl } from '../core/index.js';
import { CliError } from './errors.js';
import { flag, flagList } from './flags.js';
import type { FlagValues } from './parse.js';
import { messageOf } from '../core/errors.js';

export const verbose = flag({
  short: 'v',
  count: true,
  aliases: ['verbose'],
  help: 'Say more: print the JSON-RPC request before sending it and the raw response after. Use -vv to print long hex strings in full instead of abbreviating them',
});
export const nodeAddress = flag({
  long: 'node-address',
  short: 'n',
  valueName: 'HOST:PORT',
  default: 'http://localhost:7777',
  help: "Address of the node's JSON-RPC server, with scheme and port",
});
export const rpcId = flag({
  long: 'id',
  valueName: 'STRING OR INTEGER',
  help: 'JSON-RPC id for the request, echoed in the output; a random integer when not given',
});
export const timeoutFlag = flag({
  long: 'timeout',
  valueName: 'DURATION',
  default: '60s',
  help: 'Give up on the node after this long (e.g. 30s, 2min), so a hung node cannot hang a script. Not in the Rust client',
});
export const retries = flag({
  long: 'retries',
  valueName: 'COUNT',
  default: '0',
  help: 'Try again this many times when the node cannot be reached, times out or answers with HTTP 5xx (safe: a deploy is identified by its hash). Not in the Rust client',
});
/** -v, -n, --id (as casper-client) and this project's --timeout and --retries: what rpcSettings reads. */
export const rpcFlags = flagList([verbose, nodeAddress, rpcId, timeoutFlag, retries]);

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
