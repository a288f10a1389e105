// TransactionV1s survive a crash of the 2.x devnet: the real casper-devnet and casper-client
// processes, transactions (transfer, session, add-bid, delegate) interleaved with a deploy,
// kill -9, a restart on the same --data-dir, and the whole get-transaction / get-deploy /
// query-balance / get-block outputs compared with what the devnet answered before the crash. A
// transaction acknowledged just before kill -9 (no block in between) comes back pending, and is
// executed by the first block after the restart.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastJson, runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';
import { startDevnetProcess, type Running } from './process-helpers.js';

const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const TARGET = '0184f6d260f4ee6869ddb36affe15456de6ae045278fa2f467bb677561ce0dad55';
// Lane ids: casper-node 2.0.0 types/src/transaction/transaction_v1.rs l.645–657 (Transfer → MINT_LANE_ID
// 0; AddBid, Delegate, … → AUCTION_LANE_ID 1); a PaymentLimited session goes to the first Wasm lane by
// gas limit that takes its payment (types/src/chainspec/transaction_config/transaction_v1_config.rs
// l.414–436): 3 CSPR fits lane 5 (5 CSPR) of the 2.0.0 production chainspec
// (resources/production/chainspec.toml [transactions.v1] wasm_lanes), the devnet's default.
const MINT_LANE = '0';
const AUCTION_LANE = '1';
const SMALL_WASM_LANE = '5';

let dir: string;
let net: Running;
let publicKey: string;
const start = (blockTime: string) => startDevnetProcess(['--data-dir', dir, '--block-time', blockTime]);
const kill9 = async () => {
  const exited = new Promise((r) => net.child.once('exit', r));
  net.child.kill('SIGKILL');
  await exited;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'devnet-txlog-'));
  net = await start('200ms');
  publicKey = readFileSync(join(dir, 'public_key_hex'), 'utf8').trim();
});
afterAll(() => {
  net.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const node = () => ['-n', net.url, '--id', '1'];
const classic = (payment: string) => [
  '-n',
  net.url,
  '-k',
  net.key,
  '--chain-name',
  net.chain,
  '-g',
  '1',
  '--standard-payment',
  'true',
  '-p',
  payment,
];
async function ok(args: string[], timeoutMs = 30_000): Promise<string> {
  const r = await runCli(args, { timeoutMs });
  expect(r.code, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toBe(0);
  return r.stdout;
}
/** put-transaction … --wait: the hash, once executed without error. */
async function executedTx(sub: string, args: string[]): Promise<string> {
  const out = lastJson(await ok(['put-transaction', sub, ...args, '--wait', '--wait-timeout', '20s']));
  expect(out.result.execution_info.execution_result.Version2.error_message).toBeNull();
  return out.result.transaction_hash.Version1;
}
const getTx = (hash: string) => ok(['get-transaction', ...node(), hash]);
const balance = (key: string) => ok(['query-balance', ...node(), '--purse-identifier', key]);
const getBlock = (height: number) => ok(['get-block', ...node(), '-b', String(height)]);
/** Polls get-transaction (bounded) until the transaction has execution_info. */
async function waitExecuted(hash: string): Promise<any> {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  for (let i = 0; i < 100; i++) {
    const r = JSON.parse(await getTx(hash)).result;
    if (r.execution_info !== null) return r.execution_info;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`${hash} was not executed`);
}

describe('kill -9 and a restart keep every TransactionV1 the 2.x devnet acknowledged', () => {
  const before = {
    txs: new Map<string, string>(),
    blocks: new Map<number, string>(),
    deploy: '',
    balances: new Map<string, string>(),
  };
  let transfer = '';
  let addBid = '';
  let session = '';
  let delegate = '';
  let deployHash = '';

  it('executed transactions and an interleaved deploy: whole outputs equal after kill -9 and a restart', async () => {
    transfer = await executedTx('transfer', [
      ...classic('100000000'),
      '--target',
      TARGET,
      '--transfer-amount',
      '2500000000',
    ]);
    const d = JSON.parse(
      await ok([
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
      ]),
    );
    deployHash = d.result.deploy_hash;
    addBid = await executedTx('add-bid', [
      ...classic('2500000000'),
      '--public-key',
      publicKey,
      '--delegation-rate',
      '10',
      '--transaction-amount',
      '500000000000',
    ]);
    session = await executedTx('session', [...classic('3000000000'), '-w', WASM]);
    delegate = await executedTx('delegate', [
      ...classic('2500000000'),
      '--delegator',
      publicKey,
      '--validator',
      publicKey,
      '--transaction-amount',
      '100000000000',
    ]);
    const lanes = new Map([
      [transfer, MINT_LANE],
      [addBid, AUCTION_LANE],
      [session, SMALL_WASM_LANE],
      [delegate, AUCTION_LANE],
    ]);
    for (const [hash, lane] of lanes) {
      const out = await getTx(hash);
      before.txs.set(hash, out);
      const height = JSON.parse(out).result.execution_info.block_height as number;
      const block = await getBlock(height);
      before.blocks.set(height, block);
      expect(JSON.parse(block).result.block_with_signatures.block.Version2.body.transactions[lane]).toContainEqual({
        Version1: hash,
      });
    }
    for (
      let i = 0;
      i < 100 && JSON.parse(before.deploy || '{"result":{"execution_info":null}}').result.execution_info === null;
      i++
    ) {
      if (i > 0) await new Promise((res) => setTimeout(res, 100));
      before.deploy = await ok(['get-deploy', ...node(), deployHash]);
    }
    expect(JSON.parse(before.deploy).result.execution_info.execution_result.Version2.error_message).toBeNull();
    for (const k of [publicKey, TARGET]) before.balances.set(k, await balance(k));
    expect(JSON.parse(before.balances.get(TARGET)!).result.balance).toBe('2500000000');

    await kill9();
    net = await start('1h'); // no block until this test is done: the chain is what the log replayed
    expect(net.stderr()).not.toMatch(/torn/);
    for (const [hash, out] of before.txs) expect(await getTx(hash)).toBe(out);
    for (const [height, out] of before.blocks) expect(await getBlock(height)).toBe(out);
    expect(await ok(['get-deploy', ...node(), deployHash])).toBe(before.deploy);
    for (const [k, out] of before.balances) expect(await balance(k)).toBe(out);
  }, 120_000);

  it('a transaction acknowledged right before kill -9 comes back as sent, pending, and the next block executes it', async () => {
    const file = join(dir, 'transfer.json');
    await ok([
      'make-transaction',
      'transfer',
      '--chain-name',
      net.chain,
      '-k',
      net.key,
      '-g',
      '1',
      '--standard-payment',
      'true',
      '-p',
      '100000000',
      '--target',
      TARGET,
      '--transfer-amount',
      '3000000000',
      '-o',
      file,
    ]);
    const sent = JSON.parse(readFileSync(file, 'utf8'));
    const ack = JSON.parse(await ok(['send-transaction', '-n', net.url, '-i', file]));
    await kill9(); // the acknowledgement was the last thing the devnet did
    const hash = ack.result.transaction_hash.Version1;
    expect(hash).toBe(sent.Version1?.hash ?? sent.hash);

    net = await start('200ms');
    const got = JSON.parse(await getTx(hash)).result;
    expect(got.transaction).toEqual(sent.Version1 === undefined ? { Version1: sent } : sent);
    const info = await waitExecuted(hash);
    expect(info.execution_result.Version2.error_message).toBeNull();
    const block = JSON.parse(await getBlock(info.block_height)).result.block_with_signatures.block.Version2;
    expect(block.body.transactions[MINT_LANE]).toContainEqual({ Version1: hash });
    // The target had what the first test left it, plus this transfer.
    expect(JSON.parse(await balance(TARGET)).result.balance).toBe(String(2_500_000_000n + 3_000_000_000n));
  }, 60_000);

  it('the auction bookkeeping came back: the bid and the delegation hold exactly what was staked', async () => {
    const tooMuch = lastJson(
      (
        await runCli(
          [
            'put-transaction',
            'withdraw-bid',
            ...classic('2500000000'),
            '--public-key',
            publicKey,
            '--transaction-amount',
            '500000000001',
            '--wait',
            '--wait-timeout',
            '20s',
          ],
          { timeoutMs: 30_000 },
        )
      ).stdout,
    );
    expect(tooMuch.result.execution_info.execution_result.Version2.error_message).toBe(
      'ApiError::AuctionError(UnbondTooLarge)',
    );
    await executedTx('undelegate', [
      ...classic('2500000000'),
      '--delegator',
      publicKey,
      '--validator',
      publicKey,
      '--transaction-amount',
      '100000000000',
    ]);
    await executedTx('withdraw-bid', [
      ...classic('2500000000'),
      '--public-key',
      publicKey,
      '--transaction-amount',
      '500000000000',
    ]);
  }, 60_000);
});
