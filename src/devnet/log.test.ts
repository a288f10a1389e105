// The chain log keeps what it acknowledged: torn tails cut (and counted), corruption and foreign
// first records refused with the offset and the file untouched, failed writes undone, numbers
// above 2^53 exact; TransactionV1 records (2.x) round-trip, are cut or refused by the same rule as
// deploy records, and replay interleaved with deploys into the same blocks, results and bids.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeploy, signDeploy, standardPayment } from '../deploy/index.js';
import {
  CLValue,
  encode,
  fromHex,
  PublicKey,
  stringifyJson,
  toHex,
  u512Value,
  type Json,
  type RuntimeArgs,
} from '../core/index.js';
import { defaultChainspec } from '../chainspec/chainspec.js';
import { generateSecretKey, type SecretKey } from '../signer/index.js';
import {
  buildTransaction,
  signTransaction,
  transactionToJson,
  type PricingMode,
  type TransactionEntryPoint,
  type TransactionTarget,
  type TransactionV1,
} from '../transaction/index.js';
import { PROPOSER } from './execute.js';
import { ChainLog, ChainLogError, ChainLogWriteError, encodeRecord, type LogIo } from './log.js';
import { Chain } from './state.js';
import { TransactionPool } from './tx-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'chain-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `log-${n++}`);

const GENESIS: Json = { type: 'genesis', chainName: 'c', timestamp: 1, generation: '2', accounts: [] };
const BLOCK: Json = { type: 'block', timestamp: 2 };
const whole = Buffer.concat([
  encodeRecord(GENESIS),
  encodeRecord(BLOCK),
  encodeRecord({ type: 'block', timestamp: 3 }),
]);

describe('open: torn tails are cut, and only tails', () => {
  const tails: [string, Buffer][] = [
    ['half a record, no newline', encodeRecord(BLOCK).subarray(0, 17)],
    ['a whole line with a wrong checksum', Buffer.from(`00000000 ${JSON.stringify(BLOCK)}\n`)],
    ['NUL bytes a power loss left', Buffer.alloc(4096)],
    ['a line with no frame', Buffer.from('{"type":"block"}\n')],
  ];
  it.each(tails)('%s: cut back to the last whole record, the count of bytes reported', (_, tail) => {
    const path = fresh();
    writeFileSync(path, Buffer.concat([whole, tail]));
    const { log, records } = ChainLog.open(path);
    expect(records.map((r) => r.offset)).toEqual([
      0,
      encodeRecord(GENESIS).length,
      encodeRecord(GENESIS).length + encodeRecord(BLOCK).length,
    ]);
    // Nothing is cut until the caller takes the log: a refused start leaves the file as it was.
    expect(statSync(path).size).toBe(whole.length + tail.length);
    expect(log.cutTornTail()).toBe(tail.length);
    log.append({ type: 'block', timestamp: 4 });
    log.close();
    const again = ChainLog.open(path);
    expect(again.droppedBytes).toBe(0);
    expect(again.records.at(-1)!.record).toEqual({ type: 'block', timestamp: 4 });
    again.log.close();
  });

  const corrupt: [string, Buffer, RegExp][] = [
    [
      'a flipped byte mid-log',
      Buffer.from(whole.toString('latin1').replace('"timestamp":2', '"timestamp":7'), 'latin1'),
      /corrupt at byte offset 89 \(checksum mismatch\), with whole records after it/,
    ],
    ['a blank first line', Buffer.concat([Buffer.from('\n'), whole]), /corrupt at byte offset 0 \(a blank line\)/],
    [
      'a first record that is not genesis',
      Buffer.concat([encodeRecord(BLOCK), whole]),
      /does not start with a genesis record \(byte offset 0\)/,
    ],
  ];
  it.each(corrupt)('%s: refused with the offset, the file unchanged', (_, bytes, msg) => {
    const path = fresh();
    writeFileSync(path, bytes);
    expect(() => ChainLog.open(path)).toThrow(msg);
    expect(() => ChainLog.open(path)).toThrow(ChainLogError);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('the offset in the flipped-byte case is where that record starts', () => {
    expect(encodeRecord(GENESIS).length).toBe(89);
  });
});

describe('append: a failed write leaves the log whole', () => {
  const failures: [string, string, number][] = [
    ['ENOSPC after 10 bytes', 'ENOSPC', 10],
    ['EIO before any byte', 'EIO', 0],
  ];
  it.each(failures)('%s', (_, code, partial) => {
    const path = fresh();
    writeFileSync(path, whole);
    let fail = false;
    const io: LogIo = {
      write: (fd, data, offset) => {
        if (!fail) return writeSync(fd, data, offset);
        if (partial > 0 && offset === 0) return writeSync(fd, data, 0, partial);
        throw Object.assign(new Error(`${code}: simulated`), { code });
      },
      sync: () => undefined,
    };
    const { log } = ChainLog.open(path, io);
    log.append(BLOCK);
    const size = log.sizeOnDisk();
    fail = true;
    expect(() => log.append({ type: 'block', timestamp: 9 })).toThrow(ChainLogWriteError);
    expect(() => log.append({ type: 'block', timestamp: 9 })).toThrow(
      new RegExp(`\\(${code}\\); the log is whole at 4 records`),
    );
    expect(log.sizeOnDisk()).toBe(size);
    log.close();
    const again = ChainLog.open(path);
    expect(again.droppedBytes).toBe(0);
    expect(again.records.length).toBe(4);
    again.log.close();
  });
});

describe('the chain through its log', () => {
  const key = PublicKey.fromHex(`01${'11'.repeat(32)}`);
  const cs = defaultChainspec('c', '1.5');

  it('u64::MAX gas price and a U512 above 2^53 survive a restart, deploy hash and all', () => {
    const path = fresh();
    const a = Chain.open('c', [{ publicKey: key.toHex(), balance: 10n ** 30n }], path, 1000, undefined, cs);
    const big = (1n << 500n) + 12345n;
    const deploy = buildDeploy({
      account: key,
      chainName: 'c',
      payment: standardPayment(big),
      session: { kind: 'Transfer', args: [['amount', u512Value(big)]] },
      gasPrice: 18446744073709551615n,
      timestamp: 1000,
    });
    a.addDeploy(deploy);
    a.produceBlock(2000);
    a.closeLog();
    const b = Chain.open('c', [], path, 5000, undefined, cs);
    const again = b.deploys.get(toHex(deploy.hash))!;
    expect(again.deploy.header.gasPrice).toBe(18446744073709551615n);
    expect(toHex(again.deploy.hash)).toBe(toHex(deploy.hash));
    expect(again.json).toEqual(a.deploys.get(toHex(deploy.hash))!.json);
    expect(b.tip().height).toBe(1);
    expect(b.stateRoot()).toBe(a.stateRoot());
    b.closeLog();
  });

  it('a chain made in 2.x mode is refused in 1.5 mode, and the log is left as it was', () => {
    const path = fresh();
    Chain.open('c', [], path, 1000, undefined, defaultChainspec('c', '2')).closeLog();
    appendFileSync(path, 'torn');
    const before = readFileSync(path);
    expect(() => Chain.open('c', [], path, 2000, undefined, cs)).toThrow(
      /made by a devnet in 2\.x \(the default, --protocol 2\.0\) mode, and this one runs in 1\.5 \(--protocol 1\.5\) mode/,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a write failure reaches onLogFailure, and the deploy is not kept in memory either', () => {
    const path = fresh();
    const c = Chain.open('c', [], path, 1000, undefined, cs);
    c.closeLog(); // a closed log fails every write (EBADF)
    const seen: string[] = [];
    c.onLogFailure = (e) => {
      seen.push(e.message);
      throw e;
    };
    const deploy = buildDeploy({
      account: key,
      chainName: 'c',
      payment: standardPayment(1n),
      session: { kind: 'Transfer', args: [] },
    });
    expect(() => c.addDeploy(deploy)).toThrow();
    expect(c.deploys.size).toBe(0);
  });
});

describe('transaction records (2.x)', () => {
  const cs2 = defaultChainspec('casper-devnet', '2');
  const START = 1_700_000_000_000;
  let key: SecretKey;
  beforeAll(async () => {
    key = await generateSecretKey('ed25519');
  });
  const u512 = (v: bigint) => new CLValue('U512', encode.u512(v));
  const pkArg = (hex: string) => new CLValue('PublicKey', fromHex(hex));
  const limited = (amount: bigint): PricingMode => ({
    kind: 'PaymentLimited',
    paymentAmount: amount,
    gasPriceTolerance: 1,
    standardPayment: true,
  });
  const tx = (
    n: number,
    entryPoint: TransactionEntryPoint,
    args: RuntimeArgs,
    pricing = limited(2_500_000_000n),
    target: TransactionTarget = { kind: 'Native' },
  ): TransactionV1 =>
    signTransaction(
      buildTransaction({
        initiator: key.publicKey,
        chainName: 'casper-devnet',
        timestamp: START + n,
        pricingMode: pricing,
        target,
        entryPoint,
        args,
      }),
      key,
    );
  const transfer = (n: number, amount: bigint) =>
    tx(
      n,
      { kind: 'Transfer' },
      [
        ['target', pkArg(PROPOSER)],
        ['amount', u512(amount)],
      ],
      limited(100_000_000n),
    );
  const addBid = (n: number, amount: bigint) =>
    tx(n, { kind: 'AddBid' }, [
      ['public_key', pkArg(key.publicKey.toHex())],
      ['amount', u512(amount)],
      ['delegation_rate', new CLValue('U8', Uint8Array.of(10))],
    ]);
  const delegate = (n: number, amount: bigint) =>
    tx(n, { kind: 'Delegate' }, [
      ['delegator', pkArg(key.publicKey.toHex())],
      ['validator', pkArg(key.publicKey.toHex())],
      ['amount', u512(amount)],
    ]);
  const session = (n: number) =>
    tx(
      n,
      { kind: 'Call' },
      [['n', new CLValue('U64', encode.u64(18446744073709551615n))]],
      limited(18446744073709551615n),
      {
        kind: 'Session',
        isInstallUpgrade: false,
        moduleBytes: new Uint8Array(3000).fill(7),
        runtime: { kind: 'VmCasperV1' },
      },
    );
  const record = (t: TransactionV1, lane: number): Json => ({
    type: 'transaction',
    transaction: { Version1: transactionToJson(t) },
    lane,
  });
  const GENESIS2: Json = {
    type: 'genesis',
    chainName: 'casper-devnet',
    timestamp: START,
    generation: '2',
    accounts: [],
  };

  describe('the record format', () => {
    const rows: [string, () => Json][] = [
      ['a native transfer', () => record(transfer(1, 5_000_000_000n), 0)],
      ['an auction AddBid', () => record(addBid(2, 10n ** 12n), 1)],
      ['session Wasm paying u64::MAX, a u64::MAX arg', () => record(session(3), 3)],
    ];
    it.each(rows)('%s: written whole, read back byte for byte, its hash intact', (_, make) => {
      const path = fresh();
      const rec = make();
      writeFileSync(path, Buffer.concat([encodeRecord(GENESIS2), encodeRecord(rec)]));
      const { log, records, droppedBytes } = ChainLog.open(path);
      log.close();
      expect(droppedBytes).toBe(0);
      expect(records.length).toBe(2);
      expect(encodeRecord(records[1]!.record).equals(encodeRecord(rec))).toBe(true);
      const json = (records[1]!.record as { transaction: { Version1: { hash: string } } }).transaction.Version1;
      expect(json.hash).toBe((rec as { transaction: { Version1: { hash: string } } }).transaction.Version1.hash);
    });

    // A torn or corrupt last record is a crash mid-write: it was never acknowledged, so it is cut.
    const torn: [string, (line: Buffer) => Buffer][] = [
      ['its first byte only', (l) => l.subarray(0, 1)],
      ['its checksum and nothing else', (l) => l.subarray(0, 9)],
      ['half of it', (l) => l.subarray(0, l.length >> 1)],
      ['all but the newline', (l) => l.subarray(0, l.length - 1)],
      [
        'whole, with a flipped checksum digit',
        (l) => Buffer.concat([Buffer.from(l[0] === 0x30 ? '1' : '0'), l.subarray(1)]),
      ],
      [
        'whole, with a flipped byte in its JSON',
        (l) => Buffer.from(l.toString('latin1').replace('"lane":', '"lanf":'), 'latin1'),
      ],
    ];
    it.each(torn)('a last transaction record torn to %s: cut, the records before it kept', (_, tear) => {
      const path = fresh();
      const before = Buffer.concat([
        encodeRecord(GENESIS2),
        encodeRecord(record(transfer(4, 1n), 0)),
        encodeRecord(BLOCK),
      ]);
      const tail = tear(encodeRecord(record(addBid(5, 1n), 1)));
      writeFileSync(path, Buffer.concat([before, tail]));
      const { log, records, droppedBytes } = ChainLog.open(path);
      expect(records.map((r) => (r.record as { type: string }).type)).toEqual(['genesis', 'transaction', 'block']);
      expect(droppedBytes).toBe(tail.length);
      expect(log.cutTornTail()).toBe(tail.length);
      log.close();
      expect(readFileSync(path).equals(before)).toBe(true);
    });

    it.each(torn.slice(4))(
      'a transaction record %s, with whole records after it: refused with its offset, the file unchanged',
      (_, tear) => {
        const path = fresh();
        const head = Buffer.concat([encodeRecord(GENESIS2), encodeRecord(BLOCK)]);
        const bytes = Buffer.concat([head, tear(encodeRecord(record(transfer(6, 1n), 0))), encodeRecord(BLOCK)]);
        writeFileSync(path, bytes);
        expect(() => ChainLog.open(path)).toThrow(
          new RegExp(`corrupt at byte offset ${head.length} \\(checksum mismatch\\), with whole records after it`),
        );
        expect(readFileSync(path).equals(bytes)).toBe(true);
      },
    );
  });

  describe('the chain through its log', () => {
    // The pool each chain was opened with, as the devnet keeps it beside the chain (node.ts).
    const pools = new WeakMap<Chain, TransactionPool>();
    const open = (path: string, now = START) => {
      const pool = new TransactionPool(cs2);
      const chain = Chain.open(
        'casper-devnet',
        [{ publicKey: key.publicKey.toHex(), balance: 10n ** 18n }],
        path,
        now,
        undefined,
        cs2,
        pool,
      );
      pools.set(chain, pool);
      return chain;
    };
    const poolOf = (c: Chain) => pools.get(c)!;
    const deploy = (n: number) =>
      signDeploy(
        buildDeploy({
          account: key.publicKey,
          chainName: 'casper-devnet',
          payment: standardPayment(100_000_000n),
          timestamp: START + n,
          session: {
            kind: 'Transfer',
            args: [
              ['amount', u512(2_500_000_000n)],
              ['target', pkArg(PROPOSER)],
            ],
          },
        }),
        key,
      );
    const seen = (c: Chain) =>
      [...poolOf(c).stored].map(([h, s]) =>
        stringifyJson({ h, json: s.json, lane: s.lane, result: s.result ?? null, block: s.block?.hash ?? null }),
      );
    const bids = (c: Chain) =>
      stringifyJson(
        [...poolOf(c).bids].map(([k, b]) => [
          k,
          b.staked.toString(),
          b.delegationRate,
          b.inactive,
          [...b.delegators].map(([d, v]) => [d, v.toString()]),
        ]),
      );

    it('deploys and transactions interleaved replay in order: same blocks (lanes too), state root, results and bids; an unexecuted one is pending again', () => {
      const path = fresh();
      const a = open(path);
      const [t1, t2, t3, t4] = [
        transfer(10, 7_000_000_000n),
        addBid(11, 5n * 10n ** 11n),
        delegate(12, 3n * 10n ** 11n),
        transfer(13, 1_000_000_000n),
      ];
      a.addDeploy(deploy(20));
      a.addTransaction(t1, transactionToJson(t1), 0);
      a.produceBlock(START + 1000);
      a.addTransaction(t2, transactionToJson(t2), 1);
      a.addDeploy(deploy(21));
      a.addTransaction(t3, transactionToJson(t3), 1);
      a.addTransaction(t3, transactionToJson(t3), 1); // known: not logged twice
      a.produceBlock(START + 2000);
      a.addTransaction(t4, transactionToJson(t4), 0); // acknowledged, then the process dies before the next block
      a.closeLog();
      const { log, records } = ChainLog.open(path);
      log.close();
      expect(records.map((r) => (r.record as { type: string }).type)).toEqual([
        'genesis',
        'deploy',
        'transaction',
        'block',
        'transaction',
        'deploy',
        'transaction',
        'block',
        'transaction',
      ]);

      const b = open(path, START + 99_000);
      expect(b.blocks.map((x) => stringifyJson(x as unknown as Json))).toEqual(
        a.blocks.map((x) => stringifyJson(x as unknown as Json)),
      );
      expect(b.blocks[2]!.transactions).toEqual([
        { hash: toHex(t2.hash), lane: 1 },
        { hash: toHex(t3.hash), lane: 1 },
      ]);
      expect(b.stateRoot()).toBe(a.stateRoot());
      expect(seen(b)).toEqual(seen(a));
      for (const t of [t1, t2, t3])
        expect(
          (poolOf(b).stored.get(toHex(t.hash))!.result as { Version2: { error_message: unknown } }).Version2
            .error_message,
        ).toBeNull();
      expect(bids(b)).toBe(bids(a));
      expect(poolOf(b).bids.get(key.publicKey.toHex())!.delegators.get(key.publicKey.toHex())).toBe(3n * 10n ** 11n);
      expect(poolOf(b).stored.get(toHex(t4.hash))!.block).toBeUndefined();
      const next = b.produceBlock(START + 3000);
      expect(next.transactions).toEqual([{ hash: toHex(t4.hash), lane: 0 }]);
      b.closeLog();
    });

    it('a 2.x log of deploys only (from before transaction records) still opens', () => {
      const path = fresh();
      const a = Chain.open(
        'casper-devnet',
        [{ publicKey: key.publicKey.toHex(), balance: 10n ** 18n }],
        path,
        START,
        undefined,
        cs2,
      );
      a.addDeploy(deploy(30));
      a.produceBlock(START + 1000);
      a.closeLog();
      const b = open(path);
      expect(b.tip().hash).toBe(a.tip().hash);
      expect(poolOf(b).stored.size).toBe(0);
      b.closeLog();
    });

    const unreplayable: [string, (t: TransactionV1) => Json, RegExp][] = [
      ['a lane that is no u8', (t) => ({ ...(record(t, 0) as object), lane: 256 }), /lane 256 \(not a u8\)/],
      [
        'no Version1 wrapper',
        (t) => ({ type: 'transaction', transaction: transactionToJson(t), lane: 0 }),
        /without \{"Version1": …\}/,
      ],
      [
        'a payload that does not hash to its hash',
        (t) => ({
          type: 'transaction',
          transaction: { Version1: { ...(transactionToJson(t) as object), hash: 'ab'.repeat(32) } },
          lane: 0,
        }),
        /transaction hash mismatch/,
      ],
    ];
    it.each(unreplayable)('a whole record with %s: refused with its offset', (_, make, why) => {
      const path = fresh();
      open(path).closeLog();
      const at = statSync(path).size;
      appendFileSync(path, encodeRecord(make(transfer(40, 1n))));
      expect(() => open(path)).toThrow(new RegExp(`cannot replay at byte offset ${at}: .*${why.source}`));
    });

    it('a transaction record in a 1.5 chain (no pool) is refused with its offset', () => {
      const path = fresh();
      const cs15 = defaultChainspec('casper-devnet', '1.5');
      Chain.open('casper-devnet', [], path, START, undefined, cs15).closeLog();
      const at = statSync(path).size;
      appendFileSync(path, encodeRecord(record(transfer(41, 1n), 0)));
      expect(() => Chain.open('casper-devnet', [], path, START, undefined, cs15)).toThrow(
        new RegExp(`cannot replay at byte offset ${at}: this chain keeps no TransactionV1s`),
      );
    });

    it('a write failure reaches onLogFailure, and the transaction is not kept in memory either', () => {
      const c = open(fresh());
      c.closeLog();
      const seenErrors: string[] = [];
      c.onLogFailure = (e) => {
        seenErrors.push(e.message);
        throw e;
      };
      const t = transfer(42, 1n);
      expect(() => c.addTransaction(t, transactionToJson(t), 0)).toThrow(ChainLogWriteError);
      expect(seenErrors).toHaveLength(1);
      expect(poolOf(c).has(toHex(t.hash))).toBe(false);
    });
  });
});
