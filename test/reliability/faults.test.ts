// Network faults against local servers on 127.0.0.1: each ends in one clear line, exit 1, within
// its time bound; retries happen only when asked and only for faults worth retrying.
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeLike, startCaptureServer, type CaptureServer } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const put = (node: string, ...extra: string[]) => [
  'put-deploy',
  '-n',
  node,
  '-k',
  KEY,
  '--chain-name',
  'casper-test',
  '--payment-amount',
  '2500000000',
  '--session-path',
  WASM,
  '--id',
  '1',
  ...extra,
];
const TAG = 'rpc-id 1 account_put_deploy';

let srv: CaptureServer;
beforeAll(async () => {
  srv = await startCaptureServer();
});
afterAll(() => srv.close());

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function timed(args: string[]) {
  const t0 = Date.now();
  const r = await runCli(args, { timeoutMs: 30_000 });
  return { ...r, ms: Date.now() - t0 };
}

describe.sequential('faults', () => {
  it('connection refused', async () => {
    const port = await freePort();
    const r = await timed(put(`http://127.0.0.1:${port}`));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `failed to get response for ${TAG}: http://127.0.0.1:${port}/rpc: connection refused (is the node running, and is the port right?)\n`,
    );
  });

  it('an unresolvable host', async () => {
    const r = await timed(put('http://no-such-node.invalid:7777', '--timeout', '5s'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `^failed to get response for ${TAG}: http://no-such-node\\.invalid:7777/rpc: (the host name could not be resolved|no answer from .* within 5s)`,
      ),
    );
    expect(r.ms).toBeLessThan(15_000);
  });

  it('a server that never answers is cut off by --timeout', async () => {
    srv.respond = () => undefined;
    const r = await timed(put(srv.url, '--timeout', '1s'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `failed to get response for ${TAG}: no answer from ${srv.url}/rpc within 1s (raise --timeout if the node is slow)\n`,
    );
    expect(r.ms).toBeLessThan(8000);
  });

  it('a body that trickles in past --timeout', async () => {
    srv.respond = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"jsonrpc":');
      // One byte now and then, never finishing within the bound (the server is closed after the test).
      const t = setInterval(() => res.write(' '), 200);
      res.on('close', () => clearInterval(t));
    };
    const r = await timed(put(srv.url, '--timeout', '1500ms'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/within 1\.5s/);
    expect(r.ms).toBeLessThan(8000);
  });

  it.each([
    [
      'HTTP 404 with HTML',
      404,
      '<html><h1>Not Found</h1></html>',
      /is http error: HTTP status 404 from http:\/\/127\.0\.0\.1:\d+\/rpc \(<html><h1>Not Found<\/h1><\/html>\)$/,
    ],
    ['HTTP 503 with HTML', 503, '<html>busy</html>', /is http error: HTTP status 503 /],
    [
      'non-JSON',
      200,
      'this is not json',
      /^failed to parse response for rpc-id 1 account_put_deploy: the node did not answer with JSON/,
    ],
    [
      'JSON that is not JSON-RPC',
      200,
      '{"hello":1}',
      /^failed to parse response for rpc-id 1 account_put_deploy: the answer is not a JSON-RPC 2\.0 response$/,
    ],
    ['JSON-RPC with neither result nor error', 200, '{"jsonrpc":"2.0","id":1}', /it has neither "result" nor "error"$/],
    [
      'a JSON-RPC error with data',
      200,
      '{"jsonrpc":"2.0","id":1,"error":{"code":-32008,"message":"Invalid Deploy","data":"invalid deploy: the deploy has no approvals"}}',
      /^response for rpc-id 1 account_put_deploy is json-rpc error: \{"code":-32008,"message":"Invalid Deploy","data":"invalid deploy: the deploy has no approvals"\}$/,
    ],
  ] as const)('%s', async (_, status, body, msg) => {
    srv.respond = (_req, res) => {
      res.writeHead(status, { 'content-type': body.startsWith('<') ? 'text/html' : 'application/json' });
      res.end(body);
    };
    const r = await timed(put(srv.url));
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd()).toMatch(msg);
    expect(r.stdout.trimEnd().split('\n').length).toBe(1);
  });

  it('a reply with another id is taken, as casper-client does, and our id is printed', async () => {
    srv.respond = (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 999,
          result: { api_version: '1.5.8', deploy_hash: req.json.params.deploy.hash },
        }),
      );
    };
    const r = await timed(put(srv.url));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe(1);
  });

  it('a gigantic response is capped, not buffered without end', async () => {
    srv.respond = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 24 && res.write(chunk)) sent++;
        if (sent < 24) res.once('drain', pump);
        else res.end();
      };
      res.write('{"jsonrpc":"2.0","id":1,"result":"');
      pump();
    };
    const r = await timed(put(srv.url));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`failed to parse response for ${TAG}: the response is larger than 16777216 bytes\n`);
  });

  it('TLS to a plain-HTTP port', async () => {
    srv.respond = nodeLike;
    const r = await timed(put(srv.url.replace('http:', 'https:'), '--timeout', '5s'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^failed to get response for rpc-id 1 account_put_deploy: https:\/\/127\.0\.0\.1:\d+\/rpc: TLS handshake failed/,
    );
  });

  it('credentials in the node address never reach an error message', async () => {
    const port = await freePort();
    const r = await timed(put(`http://alice:s3cretpw@127.0.0.1:${port}`));
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('s3cretpw');
    expect(r.stdout).toContain(`http://127.0.0.1:${port}/rpc`);
  });

  it('--retries tries again after 503s, and only when asked', async () => {
    let n = 0;
    srv.respond = (req, res) => {
      n++;
      if (n <= 2) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('busy');
      } else nodeLike(req, res);
    };
    const r = await timed(put(srv.url, '--retries', '3'));
    expect(r.code).toBe(0);
    expect(n).toBe(3);
    n = 0;
    const once = await timed(put(srv.url));
    expect(once.code).toBe(1);
    expect(n).toBe(1);
  });

  it('a JSON-RPC error is final: no retry even when asked', async () => {
    let n = 0;
    srv.respond = (req, res) => {
      n++;
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: req.json.id,
          error: { code: -32008, message: 'Invalid Deploy', data: 'x' },
        }),
      );
    };
    const r = await timed(put(srv.url, '--retries', '3'));
    expect(r.code).toBe(1);
    expect(n).toBe(1);
    srv.respond = nodeLike;
  });
});
