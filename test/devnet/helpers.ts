// An in-process devnet with a settable clock, and a JSON-RPC caller for it. It stands in for a
// 1.5.8 node unless `generation: '2'` is asked for.
import { stringifyJson, type Json } from '../../src/core/index.js';
import { Devnet } from '../../src/devnet/node.js';
import { defaultChainspec, type Chainspec, type Generation } from '../../src/chainspec/chainspec.js';
import type { GenesisAccount, GenesisCode } from '../../src/devnet/state.js';

export interface TestNet {
  devnet: Devnet;
  url: string;
  clock: { now: number };
  call(method: string, params?: unknown, id?: unknown): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  raw(
    body: string,
    headers?: Record<string, string>,
    method?: string,
    path?: string,
  ): Promise<{ status: number; text: string }>;
}

export async function startTestNet(
  genesis: GenesisAccount[],
  opts: {
    chainspec?: Partial<Chainspec>;
    now?: number;
    logPath?: string;
    code?: GenesisCode;
    generation?: Generation;
  } = {},
): Promise<TestNet> {
  const clock = { now: opts.now ?? Date.now() };
  const devnet = new Devnet({
    host: '127.0.0.1',
    port: 0,
    chainspec: { ...defaultChainspec(undefined, opts.generation ?? '1.5'), ...opts.chainspec },
    genesis,
    blockTimeMs: 60_000,
    now: () => clock.now,
    logPath: opts.logPath,
    code: opts.code,
  });
  const url = await devnet.start();
  const raw = async (
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
    method = 'POST',
    path = '/rpc',
  ) => {
    // A Buffer body keeps fetch from adding a content type of its own.
    const r = await fetch(`${url}${path}`, {
      method,
      headers,
      body: method === 'GET' ? undefined : Buffer.from(body),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: r.status, text: await r.text() };
  };
  return {
    devnet,
    url,
    clock,
    raw,
    call: async (method, params, id = 1) =>
      JSON.parse(
        (await raw(stringifyJson({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) } as Json)))
          .text,
      ),
  };
}
