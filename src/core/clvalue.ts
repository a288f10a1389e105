// CLValue: value bytes plus their CLType. Encoders for each type, and the decoder that renders
// the node's `parsed` JSON from the bytes.
import { CasperError } from './errors.js';
import { ByteReader, ByteWriter, BytesError } from './bytes.js';
import { type CLType, clTypeBytes } from './cltype.js';
import { toHex } from './hex.js';
import type { Json } from './json-text.js';
import { formatURef, PublicKey, readKey } from './key.js';

export class CLValue {
  constructor(
    readonly clType: CLType,
    readonly bytes: Uint8Array,
  ) {}

  /** bytesrepr of a CLValue: u32 length + value bytes + CLType bytes. */
  write(w: ByteWriter): void {
    w.bytes(this.bytes).raw(clTypeBytes(this.clType));
  }

  /** The node's JSON: {cl_type, bytes, parsed}; parsed is null where the bytes do not decode. */
  toJson(): { cl_type: CLType; bytes: string; parsed: Json } {
    return { cl_type: this.clType, bytes: toHex(this.bytes), parsed: tryParsedJson(this.clType, this.bytes) };
  }
}

export class CLValueError extends CasperError {
  override name = 'CLValueError';
}

const BITS = { U128: 128, U256: 256, U512: 512 } as const;

/** U128/U256/U512: one length byte, then the minimal little-endian bytes (0 → `00`). */
export function encodeBigUint(v: bigint, bits: number): Uint8Array {
  if (v < 0n) throw new CLValueError('value must not be negative');
  if (v >> BigInt(bits) !== 0n) throw new CLValueError(`value does not fit in ${bits} bits`);
  const out: number[] = [];
  while (v > 0n) {
    out.push(Number(v & 0xffn));
    v >>= 8n;
  }
  return Uint8Array.from([out.length, ...out]);
}

function readBigUint(r: ByteReader, bits: number): bigint {
  const n = r.u8();
  if (n > bits / 8) throw new BytesError(`${n}-byte length too long for a ${bits}-bit integer`);
  const b = r.raw(n);
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  return v;
}

// Simple encoders, shared by the arg parsers and the deploy builder.
export const encode = {
  bool: (v: boolean) => Uint8Array.of(v ? 1 : 0),
  i32: (v: number) => new ByteWriter(4).i32(v).finish(),
  i64: (v: bigint) => new ByteWriter(8).i64(v).finish(),
  u8: (v: number) => Uint8Array.of(v),
  u32: (v: number) => new ByteWriter(4).u32(v).finish(),
  u64: (v: bigint) => new ByteWriter(8).u64(v).finish(),
  u128: (v: bigint) => encodeBigUint(v, 128),
  u256: (v: bigint) => encodeBigUint(v, 256),
  u512: (v: bigint) => encodeBigUint(v, 512),
  unit: () => new Uint8Array(0),
  string: (v: string) => new ByteWriter(v.length + 4).string(v).finish(),
};

export function u512Value(v: bigint): CLValue {
  return new CLValue('U512', encode.u512(v));
}

/** Decodes value bytes of the given type into the node's `parsed` JSON; all bytes must be used. */
export function parsedJson(t: CLType, bytes: Uint8Array): Json {
  const r = new ByteReader(bytes);
  const v = readParsed(r, t, PARSED_1X);
  r.end();
  return v;
}

/** Like parsedJson, but null where the bytes do not decode (parsed is informational only). */
function tryParsedJson(t: CLType, bytes: Uint8Array): Json {
  try {
    return parsedJson(t, bytes);
  } catch {
    return null;
  }
}

/**
 * What differs between the node generations' `parsed`: how a Key and an Any show, and how deep a value
 * may nest. Everything else is the same walk (casper-types 3 and 6 jsonrepr alike).
 */
export interface ParsedLeaves {
  key(r: ByteReader): Json;
  any(r: ByteReader): Json;
  maxDepth: number;
}

/** 1.x: a Key is `{variant: formatted}`; an Any has no self-describing length, and the node prints null. */
const PARSED_1X: ParsedLeaves = {
  key: (r) => {
    const k = readKey(r);
    return { [k.variant]: k.formatted };
  },
  any: (r) => {
    r.raw(r.remaining);
    return null;
  },
  maxDepth: 50,
};

/** One CLValue's `parsed`, read from r by the given generation's rules. */
export function readParsed(r: ByteReader, t: CLType, leaves: ParsedLeaves, depth = 0): Json {
  if (depth > leaves.maxDepth) throw new CLValueError('value nested too deeply');
  const next = (x: CLType) => readParsed(r, x, leaves, depth + 1);
  if (typeof t === 'string') {
    switch (t) {
      case 'Bool': {
        const b = r.u8();
        if (b > 1) throw new BytesError(`invalid bool byte ${b}`);
        return b === 1;
      }
      case 'I32':
        return r.i32();
      case 'I64':
        return safe(r.i64());
      case 'U8':
        return r.u8();
      case 'U32':
        return r.u32();
      case 'U64':
        return safe(r.u64());
      case 'U128':
      case 'U256':
      case 'U512':
        return readBigUint(r, BITS[t]).toString();
      case 'Unit':
        return null;
      case 'String':
        return r.string();
      case 'Key':
        return leaves.key(r);
      case 'URef':
        return formatURef(r.raw(33));
      case 'PublicKey':
        return PublicKey.read(r).toHex();
      case 'Any':
        return leaves.any(r);
    }
  }
  if ('Option' in t) {
    const tag = r.u8();
    if (tag === 0) return null;
    if (tag !== 1) throw new BytesError(`invalid Option tag ${tag}`);
    return next(t.Option);
  }
  if ('List' in t) {
    const n = r.u32();
    // Every item but Unit takes at least one byte: a count beyond the bytes is malformed, not a loop to run.
    if (t.List !== 'Unit' && n > r.remaining) throw new BytesError(`list of ${n} items is longer than the bytes`);
    const out: Json[] = [];
    for (let i = 0; i < n; i++) out.push(next(t.List));
    return out;
  }
  if ('ByteArray' in t) return toHex(r.raw(t.ByteArray));
  if ('Result' in t) {
    const tag = r.u8();
    if (tag === 1) return { Ok: next(t.Result.ok) };
    if (tag === 0) return { Err: next(t.Result.err) };
    throw new BytesError(`invalid Result tag ${tag}`);
  }
  if ('Map' in t) {
    const n = r.u32();
    const out: Json[] = [];
    for (let i = 0; i < n; i++) {
      const key = next(t.Map.key);
      out.push({ key, value: next(t.Map.value) });
    }
    return out;
  }
  if ('Tuple1' in t) return t.Tuple1.map(next);
  if ('Tuple2' in t) return t.Tuple2.map(next);
  return t.Tuple3.map(next);
}

function safe(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
