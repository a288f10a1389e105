import { EnvHttpProxyAgent, request } from 'undici';
import { ResponseTooLarge, type PostOptions, type PostResult } from './transport.js';

export async function post(url: string, body: string, o: PostOptions): Promise<PostResult> {
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
