// The JSON-RPC client in process, against loopback servers that misbehave in each way a node can:
// each failure is classified where it happens (the transport) and reported in casper-client's
// words ("… for rpc-id <id> <method> …").
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { rpcCall, RpcError } from './client.js';
import { TransportFailure } from './post-types.js';

let server: Server | undefined;
const sockets = new Set<Socket>();

async function serve(handle: (body: string, res: ServerResponse) => void): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => handle(body, res));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  for (const s of sockets) s.destroy();
  if (server) await new Promise<void>((r) => server!.close(() => r()));
  server = undefined;
});

const json = (res: ServerResponse, v: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(v));
};

async function failure(url: string, o: { timeoutMs?: number; maxResponseBytes?: number } = {}): Promise<RpcError> {
  try {
    await rpcCall(url, 'info_get_status', undefined, {
      id: 7,
      timeoutMs: o.timeoutMs ?? 5000,
      maxResponseBytes: o.maxResponseBytes,
    });
  } catch (e) {
    if (e instanceof RpcError) return e;
    throw e;
  }
  throw new Error('the call succeeded');
}

describe('rpcCall', () => {
  it("sends jsonrpc-lite's key order and returns the result", async () => {
    let seen = '';
    const url = await serve((body, res) => {
      seen = body;
      json(res, { jsonrpc: '2.0', id: 7, result: { api_version: '2.0.0' } });
    });
    const r = await rpcCall(url, 'info_get_status', undefined, { id: 7, timeoutMs: 5000 });
    expect(seen).toBe('{"jsonrpc":"2.0","method":"info_get_status","id":7}');
    expect(r.result).toEqual({ api_version: '2.0.0' });
  });

  it.each<[string, (body: string, res: ServerResponse) => void, RpcError['failure'], RegExp]>([
    [
      'a JSON-RPC error, relayed whole',
      (_, res) => json(res, { jsonrpc: '2.0', id: 7, error: { code: -32008, message: 'Invalid Deploy', data: 'x' } }),
      'json-rpc',
      /^response for rpc-id 7 info_get_status is json-rpc error: \{"code":-32008,"message":"Invalid Deploy","data":"x"\}$/,
    ],
    [
      'an HTTP 503 with an HTML body',
      (_, res) => {
        res.writeHead(503);
        res.end('<html>down</html>');
      },
      'http',
      /^response for rpc-id 7 info_get_status is http error: HTTP status 503 from http:\/\/127\.0\.0\.1:\d+\/rpc \(<html>down<\/html>\)$/,
    ],
    [
      'not JSON',
      (_, res) => {
        res.end('hello');
      },
      'parse',
      /^failed to parse response for rpc-id 7 info_get_status: the node did not answer with JSON/,
    ],
    [
      'JSON but not JSON-RPC',
      (_, res) => json(res, { hello: 1 }),
      'parse',
      /the answer is not a JSON-RPC 2\.0 response$/,
    ],
    [
      'neither result nor error',
      (_, res) => json(res, { jsonrpc: '2.0', id: 7 }),
      'parse',
      /it has neither "result" nor "error"$/,
    ],
    [
      'a connection closed mid-answer',
      (_, res) => {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"jsonrpc"');
        setImmediate(() => res.socket?.destroy());
      },
      'transport',
      /^failed to get response for rpc-id 7 info_get_status: http:\/\/127\.0\.0\.1:\d+\/rpc: the connection closed before a full answer arrived$/,
    ],
  ])('%s', async (_, handle, kind, message) => {
    const e = await failure(await serve(handle));
    expect(e.failure).toBe(kind);
    expect(e.message).toMatch(message);
  });

  it('a node that never answers: a timeout, classified by the transport', async () => {
    const e = await failure(await serve(() => undefined), { timeoutMs: 200 });
    expect(e.failure).toBe('timeout');
    expect(e.message).toMatch(
      /no answer from http:\/\/127\.0\.0\.1:\d+\/rpc within 0\.2s \(raise --timeout if the node is slow\)$/,
    );
    expect(e.cause).toBeInstanceOf(TransportFailure);
    expect((e.cause as TransportFailure).reason).toBe('timeout');
  });

  it('a refused connection names the likely cause and keeps the system error as the cause', async () => {
    const url = await serve(() => undefined);
    await new Promise<void>((r) => server!.close(() => r()));
    server = undefined;
    const e = await failure(url);
    expect(e.failure).toBe('transport');
    expect(e.message).toMatch(/: connection refused \(is the node running, and is the port right\?\)$/);
    expect(((e.cause as TransportFailure).cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('an answer over the cap is refused, not buffered without end', async () => {
    const e = await failure(await serve((_, res) => json(res, { jsonrpc: '2.0', id: 7, result: 'x'.repeat(10_000) })), {
      maxResponseBytes: 1000,
    });
    expect(e.failure).toBe('parse');
    expect(e.message).toMatch(/the response is larger than 1000 bytes$/);
  });

  it('credentials in the address never reach a message', async () => {
    const url = await serve((_, res) => {
      res.writeHead(500);
      res.end();
    });
    const e = await failure(url.replace('http://', 'http://alice:secret@'));
    expect(e.message).not.toContain('secret');
    expect(e.message).not.toContain('alice');
  });
});
