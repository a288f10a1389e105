// The devnet's chain log: one record per line, `<crc32 hex> <json>\n`, the checksum over the JSON's
// bytes. Numbers travel as exact JSON text (u64 and U512 above 2^53 come back as bigint).
//
// Durability: each record is written whole with a blocking write before the RPC that caused it is
// answered, so a killed process (kill -9) loses nothing it acknowledged. fdatasync runs once per
// block (group commit): a power loss may drop the deploys accepted since the last block, never
// leave a record half-kept, and the next start cuts a torn last record back off.
//
// On open: a bad record followed by nothing whole is a torn tail (a crash mid-write) and is cut
// off; a bad record anywhere else, or a first record that is not genesis, is corruption and stops
// the start with the offset. Nothing here ever starts a new chain over an old one.
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { fsReason, parseJsonExact, stringifyJson, type Json } from '../core/index.js';
import { messageOf } from '../core/errors.js';

/** The log cannot be used: corruption, or a chain of the other protocol mode. */
export class ChainLogError extends Error {
  override name = 'ChainLogError';
}

/** A record could not be written; the log was put back to its last whole record. */
export class ChainLogWriteError extends Error {
  override name = 'ChainLogWriteError';
}

export interface LogStats {
  records: number;
  bytes: number;
  syncs: number;
  syncMs: number;
}

/** Replaces the fs calls, so tests can fail a write the way a full disk does. */
export interface LogIo {
  write(fd: number, data: Buffer, offset: number): number;
  sync(fd: number): void;
}

const realIo: LogIo = {
  write: (fd, data, offset) => writeSync(fd, data, offset),
  sync: (fd) => fdatasyncSync(fd),
};

const crcHex = (b: Buffer) => crc32(b).toString(16).padStart(8, '0');

export function encodeRecord(record: Json): Buffer {
  const json = Buffer.from(stringifyJson(record), 'utf8');
  return Buffer.concat([Buffer.from(`${crcHex(json)} `), json, Buffer.from('\n')]);
}

/** One line (without its '\n') → the record, or why it is not one. */
function decodeLine(line: Buffer): Json | string {
  if (line.length === 0) return 'a blank line';
  if (line.length < 10 || line[8] !== 0x20) return 'no checksum frame';
  const want = line.subarray(0, 8).toString('latin1');
  const json = line.subarray(9);
  if (crcHex(json) !== want) return 'checksum mismatch';
  try {
    const v = parseJsonExact(json.toString('utf8'));
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
    return v;
  } catch (e) {
    return messageOf(e);
  }
}

export interface Opened {
  log: ChainLog;
  /** The whole records, genesis first (empty for a new log). */
  records: { offset: number; record: Json }[];
  /** Bytes of a torn last record, cut by cutTornTail (0 when the log ended cleanly). */
  droppedBytes: number;
}

export class ChainLog {
  readonly stats: LogStats = { records: 0, bytes: 0, syncs: 0, syncMs: 0 };
  private tornBytes = 0;

  private constructor(
    readonly path: string,
    private fd: number,
    private size: number,
    private readonly io: LogIo,
  ) {}

  /** Opens (or creates) the log, checks every record and cuts a torn tail before anything is appended. */
  static open(path: string, io: LogIo = realIo): Opened {
    let fd: number;
    try {
      fd = openSync(path, 'a+', 0o644);
    } catch (e) {
      throw new ChainLogError(`cannot open the chain log '${path}': ${fsReason(e)}`);
    }
    try {
      const text = readFileSync(fd);
      const records: Opened['records'] = [];
      let at = 0;
      while (at < text.length) {
        const nl = text.indexOf(0x0a, at);
        const end = nl === -1 ? text.length : nl;
        const decoded = nl === -1 ? 'no end of line' : decodeLine(text.subarray(at, end));
        if (typeof decoded === 'string') {
          if (hasWholeRecordAfter(text, end + 1)) {
            throw new ChainLogError(
              `the chain log '${path}' is corrupt at byte offset ${at} (${decoded}), with whole records after it; it was not changed. Restore it from a backup, or move it away to start a new chain`,
            );
          }
          break; // a torn tail: cut below
        }
        if (records.length === 0 && (decoded as { type?: Json }).type !== 'genesis') {
          throw new ChainLogError(
            `the chain log '${path}' does not start with a genesis record (byte offset 0); it was not changed. Move it away to start a new chain`,
          );
        }
        records.push({ offset: at, record: decoded });
        at = end + 1;
      }
      const droppedBytes = text.length - at;
      const log = new ChainLog(path, fd, at, io);
      log.tornBytes = droppedBytes;
      log.stats.records = records.length;
      log.stats.bytes = at;
      return { log, records, droppedBytes };
    } catch (e) {
      closeSync(fd);
      if (e instanceof ChainLogError) throw e;
      throw new ChainLogError(`cannot read the chain log '${path}': ${fsReason(e)}`);
    }
  }

  /**
   * Cuts the torn last record found on open, once the caller has decided to use this log (a start
   * refused for another reason leaves the file as it was). Returns the bytes dropped.
   */
  cutTornTail(): number {
    const n = this.tornBytes;
    if (n > 0) {
      try {
        ftruncateSync(this.fd, this.size);
        this.io.sync(this.fd);
      } catch (e) {
        throw new ChainLogError(`cannot cut the torn last record off the chain log '${this.path}': ${fsReason(e)}`);
      }
      this.tornBytes = 0;
    }
    return n;
  }

  /** Writes one record whole, or puts the log back as it was and throws ChainLogWriteError. */
  append(record: Json): void {
    if (this.tornBytes > 0) throw new ChainLogError('the torn last record must be cut before anything is appended');
    const data = encodeRecord(record);
    let done = 0;
    try {
      while (done < data.length) done += this.io.write(this.fd, data, done);
    } catch (e) {
      let restored = true;
      try {
        ftruncateSync(this.fd, this.size);
      } catch {
        restored = false; // the next start cuts the torn record instead
      }
      const code = (e as NodeJS.ErrnoException).code;
      throw new ChainLogWriteError(
        `cannot write the chain log '${this.path}': ${fsReason(e)}${code ? ` (${code})` : ''}; ${restored ? 'the log is whole' : 'the next start cuts the torn record'} at ${this.stats.records} records`,
      );
    }
    this.size += data.length;
    this.stats.records++;
    this.stats.bytes += data.length;
  }

  /** Makes everything appended so far durable (called once per block: the group commit). */
  commit(): void {
    const t0 = performance.now();
    try {
      this.io.sync(this.fd);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ChainLogWriteError(
        `cannot sync the chain log '${this.path}': ${fsReason(e)}${code ? ` (${code})` : ''}`,
      );
    }
    this.stats.syncs++;
    this.stats.syncMs += performance.now() - t0;
  }

  /** The current length on disk (tests compare it with the records written). */
  sizeOnDisk(): number {
    return fstatSync(this.fd).size;
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }
}

function hasWholeRecordAfter(text: Buffer, from: number): boolean {
  for (let at = from; at < text.length; ) {
    const nl = text.indexOf(0x0a, at);
    if (nl === -1) return false;
    if (typeof decodeLine(text.subarray(at, nl)) !== 'string') return true;
    at = nl + 1;
  }
  return false;
}

/** A log from before checksums: refused by name rather than read or overwritten. */
export function legacyLog(dir: string): string | undefined {
  const old = join(dir, 'chain.jsonl');
  return existsSync(old) && !existsSync(join(dir, 'chain.log')) ? old : undefined;
}
