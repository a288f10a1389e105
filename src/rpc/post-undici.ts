import { EnvHttpProxyAgent, request } from 'undici';
import { connectionFailure, ResponseTooLarge, timedOut, type PostOptions, type PostResult } from './post-types.js';

const TIMEOUTS = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function classify(e: unknown): Error {
  if (e instanceof ResponseTooLarge) return e;
  const err = e as { name?: string; code?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || TIMEOUTS.has(err.code ?? '')) return timedOut(e);
  return connectionFailure(e);
}

export async function post(url: string, body: string, o: PostOptions): Promise<PostResult> {
  try {
    return await send(url, body, o);
  } catch (e) {
    throw classify(e);
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
