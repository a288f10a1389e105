import { EnvHttpProxyAgent, request } from 'undici';
import { redactUrl } from './address.js';
import {
  connectionFailure,
  ResponseTooLarge,
  timedOut,
  TransportFailure,
  type PostOptions,
  type PostResult,
} from './post-types.js';
import { messageOf } from '../core/errors.js';

const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function classify(e: unknown, url: string): Error {
  if (e instanceof ResponseTooLarge) return e;
  const err = e as { name?: string; code?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || TIMEOUTS.has(err.code ?? '')) return timedOut(e);
  const proxy = blameProxy(e, url);
  if (proxy !== undefined) return proxy;
  return connectionFailure(e);
}

/** The proxy undici takes for this URL, and the variable it came from (NO_PROXY aside). */
function proxyFor(url: string): { url: string; from: string } | undefined {
  const https = url.startsWith('https:');
  for (const name of https ? ['HTTPS_PROXY', 'https_proxy'] : ['HTTP_PROXY', 'http_proxy']) {
    const v = process.env[name];
    if (v) return { url: v, from: name };
  }
  return undefined;
}

/**
 * A connection that failed to the proxy's own address is the proxy's fault, not the node's: say
 * so, naming the proxy (without its credentials) and where it was configured.
 */
function blameProxy(e: unknown, url: string): TransportFailure | undefined {
  const err = e as {
    code?: string;
    address?: string;
    port?: number;
    cause?: { code?: string; address?: string; port?: number };
  };
  const proxy = proxyFor(url);
  if (proxy === undefined) return undefined;
  let p: URL;
  try {
    p = new URL(proxy.url);
  } catch {
    return undefined;
  }
  const address = err.address ?? err.cause?.address;
  const port = err.port ?? err.cause?.port;
  const proxyPort = Number(p.port || (p.protocol === 'https:' ? 443 : 80));
  const host = p.hostname.replace(/^\[|\]$/g, '');
  const sameHost = address === host || (host === 'localhost' && (address === '127.0.0.1' || address === '::1'));
  if (address === undefined || !sameHost || port !== proxyPort) {
    // A name that does not resolve never gets an address: blame the proxy if it is the proxy's name.
    const code = err.code ?? err.cause?.code;
    if (!((code === 'ENOTFOUND' || code === 'EAI_AGAIN') && messageOf(e).includes(host))) return undefined;
  }
  const inner = (err.code ?? err.cause?.code) as string | undefined;
  const how =
    inner === 'ECONNREFUSED'
      ? 'connection refused'
      : inner === 'ENOTFOUND' || inner === 'EAI_AGAIN'
        ? 'its host name could not be resolved'
        : (inner ?? 'unreachable');
  return new TransportFailure(
    'connection',
    `cannot reach the proxy ${redactUrl(proxy.url)} (from ${proxy.from}): ${how} (check the proxy, or leave it out with NO_PROXY)`,
    e,
  );
}

export async function post(url: string, body: string, o: PostOptions): Promise<PostResult> {
  try {
    return await send(url, body, o);
  } catch (e) {
    throw classify(e, url);
  }
}

async function send(url: string, body: string, o: PostOptions): Promise<PostResult> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    signal: AbortSignal.timeout(o.timeoutMs),
    // Plain-http targets go to the proxy in absolute form, as curl does; https still tunnels (CONNECT).
    dispatcher: new EnvHttpProxyAgent({ proxyTunnel: false }),
    headersTimeout: o.timeoutMs,
    bodyTimeout: o.timeoutMs,
    reset: true,
  });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length;
    if (size > o.maxBytes) {
      res.body.destroy();
      throw new ResponseTooLarge(`the response is larger than ${o.maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return { status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') };
}
