// Both transports (node:http, and undici for proxies) against the same loopback servers: they must
// return the same answers and classify the same failures the same way, since the JSON-RPC client
// reads only the class (post-types.ts), never the transport's own error codes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseTooLarge, TransportFailure, type PostOptions, type PostResult } from './post-types.js';

type Post = (url: string, body: string, o: PostOptions) => Promise<PostResult>;
const TRANSPORTS: [string, () => Promise<Post>][] = [
  ['node:http', async () => (await import('./post-node.js')).post],
  ['undici', async () => (await import('./post-undici.js')).post],
];

const servers: Server[] = [];
const sockets = new Set<Socket>();

async function serve(handle: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => handle(req, body, res));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/rpc`;
}

/** A port that was just free: nothing listens there any more. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}/rpc`;
}

afterEach(async () => {
  for (const s of sockets) s.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

const O: PostOptions = { timeoutMs: 5000, maxBytes: 1024 };

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('the request succeeded');
    },
    (e: unknown) => e,
  );
}

describe.each(TRANSPORTS)('%s', (_, load) => {
  it('sends the body as JSON and returns status and text as they came', async () => {
    let seen: { method?: string; type?: string; body?: string } = {};
    const url = await serve((req, body, res) => {
      seen = { method: req.method, type: req.headers['content-type'], body };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"jsonrpc":"2.0","id":1,"result":"é"}');
    });
    const post = await load();
    expect(await post(url, '{"a":1}', O)).toEqual({ status: 200, text: '{"jsonrpc":"2.0","id":1,"result":"é"}' });
    expect(seen).toEqual({ method: 'POST', type: 'application/json', body: '{"a":1}' });
  });

  it.each([[500], [404], [301]])('an HTTP %i is an answer, not a failure', async (status) => {
    const url = await serve((_req, _body, res) => {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end('nope');
    });
    expect(await (await load())(url, '{}', O)).toEqual({ status, text: 'nope' });
  });

  it('an answer over the cap: ResponseTooLarge, not buffered', async () => {
    const url = await serve((_req, _body, res) => {
      res.writeHead(200);
      res.end('x'.repeat(O.maxBytes + 1));
    });
    const e = await failure((await load())(url, '{}', O));
    expect(e).toBeInstanceOf(ResponseTooLarge);
    expect((e as Error).message).toBe(`the response is larger than ${O.maxBytes} bytes`);
  });

  it('an answer of exactly the cap is whole', async () => {
    const url = await serve((_req, _body, res) => {
      res.writeHead(200);
      res.end('y'.repeat(O.maxBytes));
    });
    expect((await (await load())(url, '{}', O)).text).toBe('y'.repeat(O.maxBytes));
  });

  const failures: [string, () => Promise<string>, PostOptions, 'timeout' | 'connection', RegExp][] = [
    ['a node that never answers', () => serve(() => undefined), { ...O, timeoutMs: 300 }, 'timeout', /^timed out$/],
    [
      'nothing listening',
      closedPort,
      O,
      'connection',
      /^connection refused \(is the node running, and is the port right\?\)$/,
    ],
    [
      'the connection cut mid-answer',
      () =>
        serve((req, _body, res) => {
          res.writeHead(200, { 'content-length': '100' });
          res.write('{"partial":');
          setImmediate(() => req.socket.destroy());
        }),
      O,
      'connection',
      /^the connection (closed before a full answer arrived|was reset by the node)$/,
    ],
  ];
  it.each(failures)('%s: a TransportFailure', async (_, start, o, reason, words) => {
    const url = await start();
    const e = await failure((await load())(url, '{}', o));
    expect(e).toBeInstanceOf(TransportFailure);
    expect((e as TransportFailure).reason).toBe(reason);
    expect((e as Error).message).toMatch(words);
  });

  it('a refused connection keeps the system error as the cause', async () => {
    const e = await failure((await load())(await closedPort(), '{}', O));
    let codes = '';
    for (let c: unknown = (e as Error).cause; c !== undefined && c !== null; c = (c as Error).cause)
      codes += `${(c as { code?: string }).code ?? ''} `;
    expect(codes).toContain('ECONNREFUSED');
  });
});
