// JSON-RPC over HTTP(S): one POST, bounded in time and size, proxies from the environment.
// Errors read like casper-client's ("… for rpc-id <id> <method> …").
import { CasperError, messageOf } from '../core/errors.js';
import { escapeControlChars, parseJsonExact, stringifyJson, type Json } from '../core/index.js';
import { AddressError, redactUrl } from './address.js';
import type { RpcId } from './id.js';
import { type PostOptions, type PostResult, ResponseTooLarge, TransportFailure } from './post-types.js';

/**
 * casper-client's node address rule (call.rs): strip trailing '/', then append '/rpc' unless the
 * address already ends in "rpc". Unlike reqwest's "relative URL without a base", a missing scheme is
 * named.
 */
export function rpcUrl(nodeAddress: string): string {
  const trimmed = nodeAddress.replace(/\/+$/, '');
  const url = trimmed.endsWith('rpc') ? trimmed : `${trimmed}/rpc`;
  // Every message names the address without its credentials, whatever went wrong with it.
  const shown = redactUrl(nodeAddress);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new AddressError(
      `node address '${shown}' has no scheme: write it as http://${redactUrl(trimmed).replace(/\/rpc$/, '')} (or https://…)`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AddressError(`node address '${shown}' is not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AddressError(
      `node address '${shown}' uses ${parsed.protocol.replace(':', '')}; only http and https are supported`,
    );
  }
  return url;
}

/**
 * One POST, bounded in time and size. node:http(s) carries it directly: importing undici costs
 * ~45 ms, close to a whole `node -e 0`, which a CLI called from scripts pays on every run. When a
 * proxy is configured in the environment, undici's EnvHttpProxyAgent carries it instead, since
 * node:http has no proxy support on Node 20.
 */
async function post(url: string, body: string, o: PostOptions): Promise<PostResult> {
  const env = process.env;
  const proxied = Boolean(env.HTTP_PROXY || env.http_proxy || env.HTTPS_PROXY || env.https_proxy);
  const impl = proxied ? await import('./post-undici.js') : await import('./post-node.js');
  return impl.post(url, body, o);
}

export class RpcError extends CasperError {
  override name = 'RpcError';
  constructor(
    message: string,
    readonly failure: 'transport' | 'http' | 'parse' | 'json-rpc' | 'timeout',
    readonly rpcError?: Json,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

export interface RpcCallOptions {
  id: RpcId;
  timeoutMs: number;
  /** Called with the request envelope just before it is sent (for -v). */
  onRequest?: (envelope: Json) => void;
  maxResponseBytes?: number;
}

export interface RpcReply {
  request: Json;
  response: Json;
  result: Json;
}

// The biggest real answer is info_get_deploy of a 1 MiB deploy, about 2 MiB of JSON.
const DEFAULT_MAX_RESPONSE = 16 * 1024 * 1024;

export async function rpcCall(
  nodeAddress: string,
  method: string,
  params: Json | undefined,
  o: RpcCallOptions,
): Promise<RpcReply> {
  const url = rpcUrl(nodeAddress);
  // jsonrpc-lite's key order, as casper-client sends it.
  const envelope: Record<string, Json> = { jsonrpc: '2.0', method };
  if (params !== undefined) envelope.params = params;
  envelope.id = o.id;
  o.onRequest?.(envelope);
  const tag = `rpc-id ${String(o.id)} ${method}`;
  const body = stringifyJson(envelope);
  let res: { status: number; text: string };
  try {
    res = await post(url, body, { timeoutMs: o.timeoutMs, maxBytes: o.maxResponseBytes ?? DEFAULT_MAX_RESPONSE });
  } catch (e) {
    if (e instanceof ResponseTooLarge)
      throw new RpcError(`failed to parse response for ${tag}: ${e.message}`, 'parse', undefined, e);
    if (!(e instanceof TransportFailure)) throw e;
    const where = redactUrl(url);
    if (e.reason === 'timeout') {
      throw new RpcError(
        `failed to get response for ${tag}: no answer from ${where} within ${o.timeoutMs / 1000}s (raise --timeout if the node is slow)`,
        'timeout',
        undefined,
        e,
      );
    }
    throw new RpcError(`failed to get response for ${tag}: ${where}: ${e.message}`, 'transport', undefined, e);
  }
  const text = res.text;
  if (res.status < 200 || res.status >= 300) {
    const snippet = escapeControlChars(text.replace(/\s+/g, ' ').trim().slice(0, 120));
    throw new RpcError(
      `response for ${tag} is http error: HTTP status ${res.status} from ${redactUrl(url)}${snippet ? ` (${snippet})` : ''}`,
      'http',
    );
  }
  let response: Json;
  try {
    response = parseJsonExact(text);
  } catch (e) {
    throw new RpcError(
      `failed to parse response for ${tag}: the node did not answer with JSON (${messageOf(e)})`,
      'parse',
      undefined,
      e,
    );
  }
  if (typeof response !== 'object' || response === null || Array.isArray(response) || response.jsonrpc !== '2.0') {
    throw new RpcError(`failed to parse response for ${tag}: the answer is not a JSON-RPC 2.0 response`, 'parse');
  }
  if ('error' in response && response.error !== undefined) {
    throw new RpcError(
      `response for ${tag} is json-rpc error: ${stringifyJson(response.error)}`,
      'json-rpc',
      response.error,
    );
  }
  if (!('result' in response))
    throw new RpcError(`failed to parse response for ${tag}: it has neither "result" nor "error"`, 'parse');
  return { request: envelope, response, result: response.result! };
}
