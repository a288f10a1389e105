// casper-devnet and casper-client as real processes: start, put, execute, restart, and a load of
// 1,000 put-deploys from 8 parallel CLI processes with none lost.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin, runCli } from '../helpers/run-cli.js';
import { startDevnetProcess, type Running } from './process-helpers.js';
import { repoRoot } from '../helpers/vectors.js';

const DEVNET = join(repoRoot, 'bin', 'casper-devnet.js');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');

async function rpc(url: string, method: string, params: unknown) {
  const r = await fetch(`${url}/rpc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal: AbortSignal.timeout(10_000),
  });
  return r.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function executed(url: string, hash: string, timeoutMs = 10_000) {
  for (const t0 = Date.now(); Date.now() - t0 < timeoutMs; await new Promise((r) => setTimeout(r, 100))) {
    const r = await rpc(url, 'info_get_deploy', { deploy_hash: hash });
    if (r.result?.execution_results?.length > 0) return r.result.execution_results[0].result;
  }
  throw new Error(`deploy ${hash} was not executed within ${timeoutMs} ms`);
}

let dir: string;
let net: Running;
let loadMs: number | undefined;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'devnet-proc-'));
  net = await startDevnetProcess(['--protocol', '1.5', '--data-dir', dir, '--block-time', '200ms']);
});
afterAll(() => {
  net.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('casper-devnet as a process', () => {
  it('writes the funded key 0600 and serves put-deploy from the real CLI', async () => {
    expect(statSync(net.key).mode & 0o777).toBe(0o600);
    const r = await runCli([
      'put-deploy',
      '-n',
      net.url,
      '--chain-name',
      net.chain,
      '-k',
      net.key,
      '--payment-amount',
      '2500000000',
      '--session-path',
      WASM,
    ]);
    expect(r.code).toBe(0);
    const hash = JSON.parse(r.stdout).result.deploy_hash;
    expect((await executed(net.url, hash)).Success).toBeDefined();
  });

  it('rejections reach the CLI as the node sends them', async () => {
    const r = await runCli([
      'put-deploy',
      '-n',
      net.url,
      '--chain-name',
      'casper-test',
      '-k',
      net.key,
      '--payment-amount',
      '2500000000',
      '--session-path',
      WASM,
      '--id',
      '9',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'response for rpc-id 9 account_put_deploy is json-rpc error: {"code":-32008,"message":"Invalid Deploy","data":"invalid deploy: invalid chain name: expected casper-devnet, got casper-test"}\n',
    );
  });

  it('refuses bad flags with a usage error', async () => {
    const r = await runBin(DEVNET, ['--port', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "error: invalid value 'x' for '--port <PORT>': not a port number (0 to 65535)\n\nFor more information, try '--help'.\n",
    );
  });

  // .ci/run runs this once, on the machine's Node; the passes on other Node versions skip it.
  it.skipIf(process.env.CASPER_SKIP_LOAD_TEST === '1')(
    '1,000 put-deploys from 8 parallel CLI processes: none lost, all executed',
    async () => {
      const total = 1000;
      const workers = 8;
      const t0 = performance.now();
      const hashes: string[] = [];
      let next = 0;
      const worker = async () => {
        while (next < total) {
          const i = next++;
          const r = await runCli([
            'put-deploy',
            '-n',
            net.url,
            '--chain-name',
            net.chain,
            '-k',
            net.key,
            '--payment-amount',
            '2500000000',
            '--session-path',
            WASM,
            '--session-arg',
            `n:u64='${i}'`,
          ]);
          expect(r.code, r.stdout + r.stderr).toBe(0);
          hashes.push(JSON.parse(r.stdout).result.deploy_hash);
        }
      };
      await Promise.all(Array.from({ length: workers }, worker));
      expect(new Set(hashes).size).toBe(total);
      for (const h of hashes) expect((await executed(net.url, h)).Success).toBeDefined();
      loadMs = performance.now() - t0;
    },
    240_000,
  );

  it('a restart on the same data dir keeps every deploy and result', async () => {
    const status = await rpc(net.url, 'info_get_status', []);
    net.child.kill('SIGTERM');
    await new Promise((r) => net.child.once('exit', r));
    // The cost of durability: the log is written record by record and fsynced once per block (group
    // commit, src/devnet/log.ts); a clean stop reports the fsync count and time.
    const m = /chain log: (\d+) records, (\d+) bytes, (\d+) fsyncs \(one per block\) taking ([\d.]+) ms in all/.exec(
      net.stderr(),
    );
    expect(m, net.stderr()).not.toBeNull();
    const [records, syncs, syncMs] = [Number(m![1]), Number(m![3]), Number(m![4])];
    expect(syncs).toBeGreaterThan(0);
    if (loadMs !== undefined) {
      console.log(
        `devnet load: 1,000 deploys in ${(loadMs / 1000).toFixed(1)} s; chain log ${records} records, ${syncs} fsyncs taking ${syncMs.toFixed(0)} ms (${((100 * syncMs) / loadMs).toFixed(1)}% of the run)`,
      );
      expect(records).toBeGreaterThan(1000);
      expect(syncMs).toBeLessThan(loadMs / 5); // group commit keeps fsync a small part of the run
    }
    net = await startDevnetProcess(['--protocol', '1.5', '--data-dir', dir, '--block-time', '200ms']);
    const again = await rpc(net.url, 'info_get_status', []);
    expect(again.result.available_block_range.high).toBeGreaterThanOrEqual(status.result.available_block_range.high);
    expect(again.result.starting_state_root_hash).toBe(status.result.starting_state_root_hash);
  }, 30_000);
});
