// Sends one JSON-RPC call the way casper-client prints it: -v shows the request first and the raw
// response after; the final success line carries the client's own id.
import type { Json } from '../core/index.js';
import * as rpc from '../rpc/index.js';
import { printJson } from './output/json.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';
import { markSent } from './sent.js';
import { messageOf } from '../core/errors.js';

const deployHashOf = (params: Json) => String((params as { deploy?: { hash?: Json } }).deploy?.hash ?? 'unknown');

/**
 * `extend` may add to the result before it is printed (--wait adds the execution results). With
 * `extend`, the node's answer is printed first, as soon as it comes (so a script that is stopped
 * while waiting still has the deploy hash), then again with what `extend` added: two JSON
 * documents, the last one complete.
 */
export async function sendAndPrint(
  s: RpcSettings,
  method: string,
  params: Json | undefined,
  extend?: (result: Json) => Promise<Json>,
): Promise<Json> {
  const { id, result: raw } = await callNode(s, method, params);
  if (extend !== undefined && s.verbosity === 0) printJson({ jsonrpc: '2.0', id, result: raw }, 1);
  const result = extend === undefined ? raw : await extend(raw);
  printJson({ jsonrpc: '2.0', id, result }, Math.max(1, s.verbosity));
  return result;
}

/**
 * One call as casper-client makes it: -v prints the request and the raw response; the caller
 * prints the outcome. `params` undefined sends no params field (the Rust client's None).
 */
export async function callNode(
  s: RpcSettings,
  method: string,
  params: Json | undefined,
): Promise<{ id: rpc.RpcId; result: Json }> {
  const id = rpc.rpcId(s.idText);
  const { spinnerAfter } = await import('./output/progress.js');
  // A slow node: after a second, a spinner on a terminal says what is going on.
  const sending = spinnerAfter(1000, `sending ${method} to ${rpc.redactUrl(s.nodeAddress)}`);
  try {
    const reply = await callWithRetries(s, () =>
      rpc.rpcCall(s.nodeAddress, method, params, {
        id,
        timeoutMs: s.timeoutMs,
        onRequest: s.verbosity > 0 ? (envelope) => printJson(envelope, s.verbosity) : undefined,
      }),
    ).finally(() => sending.stop());
    if (method === 'account_put_deploy') {
      const hash = (reply.result as { deploy_hash?: unknown } | null)?.deploy_hash;
      markSent(typeof hash === 'string' ? hash : deployHashOf(params ?? null));
    }
    if (s.verbosity > 0) printJson(reply.response, s.verbosity);
    return { id, result: reply.result };
  } catch (e) {
    if (e instanceof rpc.RpcError || e instanceof rpc.AddressError) {
      const proxy = e.message.includes('cannot reach the proxy');
      throw new CliError(
        e.message,
        e instanceof rpc.RpcError && e.failure === 'transport' && !proxy
          ? `check that a node answers at ${rpc.redactUrl(s.nodeAddress)}`
          : undefined,
      );
    }
    throw e;
  }
}

/** Unreachable, slow or 5xx: worth another try. A JSON-RPC answer (even an error) is final. */
function retryable(e: unknown): boolean {
  if (!(e instanceof rpc.RpcError)) return false;
  return (
    e.failure === 'transport' ||
    e.failure === 'timeout' ||
    (e.failure === 'http' && /HTTP status 5\d\d/.test(e.message))
  );
}

async function callWithRetries<T>(s: RpcSettings, call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (attempt >= s.retries || !retryable(e)) throw e;
      const delay = Math.min(250 * 2 ** attempt, 5000);
      if (process.stderr.isTTY && !process.env.CI)
        process.stderr.write(`retrying in ${delay} ms (${attempt + 1}/${s.retries}): ${messageOf(e)}\n`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** --speculative-exec's optional value: nothing → latest block; 64 hex → block hash; else a height. */
export function blockIdentifier(text: string): Json {
  if (text === '') return null;
  if (text.length === 64) {
    if (!/^[0-9a-fA-F]{64}$/.test(text))
      throw new CliError(`failed to parse --speculative-exec '${text}' as a block hash: expected 64 hex characters`);
    return { Hash: text.toLowerCase() };
  }
  if (!/^\d+$/.test(text) || BigInt(text) > 0xffffffffffffffffn) {
    throw new CliError(
      `failed to parse --speculative-exec '${text}': expected a block height (a whole number) or a 64-character block hash`,
    );
  }
  const n = BigInt(text);
  return { Height: Number.isSafeInteger(Number(n)) ? Number(n) : n };
}
