// The chain log keeps what it acknowledged: torn tails cut (and counted), corruption and foreign
// first records refused with the offset and the file untouched, failed writes undone, numbers
// above 2^53 exact.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeploy, standardPayment } from '../deploy/index.js';
import { PublicKey, toHex, u512Value, type Json } from '../core/index.js';
import { defaultChainspec } from '../chainspec/chainspec.js';
import { ChainLog, ChainLogError, ChainLogWriteError, encodeRecord, type LogIo } from './log.js';
import { Chain } from './state.js';

const dir = mkdtempSync(join(tmpdir(), 'chain-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `log-${n++}`);

const GENESIS: Json = { type: 'genesis', chainName: 'c', timestamp: 1, generation: '2', accounts: [] };
const BLOCK: Json = { type: 'block', timestamp: 2 };
const whole = Buffer.concat([encodeRecord(GENESIS), encodeRecord(BLOCK), encodeRecord({ type: 'block', timestamp: 3 })]);

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
    expect(records.map((r) => r.offset)).toEqual([0, encodeRecord(GENESIS).length, encodeRecord(GENESIS).length + encodeRecord(BLOCK).length]);
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
    ['a flipped byte mid-log', Buffer.from(whole.toString('latin1').replace('"timestamp":2', '"timestamp":7'), 'latin1'), /corrupt at byte offset 89 \(checksum mismatch\), with whole records after it/],
    ['a blank first line', Buffer.concat([Buffer.from('\n'), whole]), /corrupt at byte offset 0 \(a blank line\)/],
    ['a first record that is not genesis', Buffer.concat([encodeRecord(BLOCK), whole]), /does not start with a genesis record \(byte offset 0\)/],
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
  const failures: [string, string, number][] = [['ENOSPC after 10 bytes', 'ENOSPC', 10], ['EIO before any byte', 'EIO', 0]];
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
    expect(() => log.append({ type: 'block', timestamp: 9 })).toThrow(new RegExp(`\\(${code}\\); the log is whole at 4 records`));
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
    const deploy = buildDeploy({ account: key, chainName: 'c', payment: standardPayment(big), session: { kind: 'Transfer', args: [['amount', u512Value(big)]] }, gasPrice: 18446744073709551615n, timestamp: 1000 });
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
    expect(() => Chain.open('c', [], path, 2000, undefined, cs)).toThrow(/made by a devnet in 2\.x \(the default, --protocol 2\.0\) mode, and this one runs in 1\.5 \(--protocol 1\.5\) mode/);
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
    const deploy = buildDeploy({ account: key, chainName: 'c', payment: standardPayment(1n), session: { kind: 'Transfer', args: [] } });
    expect(() => c.addDeploy(deploy)).toThrow();
    expect(c.deploys.size).toBe(0);
  });
});
