// A stand-in node on 127.0.0.1 that records every request and answers like casper-node 1.5.8,
// or as a test scripts it (errors, HTML, garbage, silence). Closed by the test that starts it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export type Responder = (req: Captured, res: ServerResponse) => void;

/** casper-node's answer to a put: the submitted hash, echoed. */
export const nodeLike: Responder = (req, res) => {
  res.setHeader('content-type', 'application/json');
  const id = req.json?.id ?? null;
  const method = req.json?.method;
  if (method === 'speculative_exec') {
    res.end(
      JSON.stringify({
        jsonrpc: '2.0',
        id,
        result: {
          api_version: '1.5.8',
          block_hash: 'ab'.repeat(32),
          execution_result: { Success: { effect: { operations: [], transforms: [] }, transfers: [], cost: '100' } },
        },
      }),
    );
    return;
  }
  res.end(
    JSON.stringify({
      jsonrpc: '2.0',
      id,
      result: { api_version: '1.5.8', deploy_hash: req.json?.params?.deploy?.hash },
    }),
  );
};

export interface CaptureServer {
  url: string;
  requests: Captured[];
  respond: Responder;
  close(): Promise<void>;
}

export async function startCaptureServer(respond: Responder = nodeLike): Promise<CaptureServer> {
  const requests: Captured[] = [];
  const state = { respond };
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= 8 * 1024 * 1024) chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const captured = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json };
      requests.push(captured);
      state.respond(captured, res);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get respond() {
      return state.respond;
    },
    set respond(r: Responder) {
      state.respond = r;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
