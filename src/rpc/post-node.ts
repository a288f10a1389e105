import { request as httpRequest, type IncomingMessage } from 'node:http';
import {
  closedEarly,
  connectionFailure,
  ResponseTooLarge,
  timedOut,
  type PostOptions,
  type PostResult,
} from './post-types.js';

export async function post(url: string, body: string, o: PostOptions): Promise<PostResult> {
  const u = new URL(url);
  // node:https only for https: loading TLS starts a thread that reads the CA bundle, and on Node 24
  // exiting while it runs can stall the process for seconds.
  const send = u.protocol === 'https:' ? (await import('node:https')).request : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (e: Error | undefined, r?: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (e) reject(e);
      else resolve(r!);
    };
    const req = send(
      u,
      {
        method: 'POST',
        // One call per process: no keep-alive socket to hold the process open afterwards.
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'content-length': Buffer.byteLength(body),
          connection: 'close',
        },
      },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > o.maxBytes) {
            chunks.length = 0; // let the memory go before anything else happens
            req.destroy();
            done(new ResponseTooLarge(`the response is larger than ${o.maxBytes} bytes`));
            return;
          }
          chunks.push(c);
        });
        res.on('end', () =>
          done(undefined, { status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (e) => done(connectionFailure(e)));
        res.on('aborted', () => done(closedEarly()));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      done(timedOut());
    }, o.timeoutMs);
    req.on('error', (e) => done(connectionFailure(e)));
    req.end(body);
  });
}
