// Value parsers shared by the simple and JSON arg forms: each returns value bytes or throws a
// plain Error whose message the caller wraps with the argument's name.
import { encode, fromHexLoose, parseAccountHash, parseKey, parseURef, PublicKey } from '../core/index.js';
import { messageOf } from '../core/errors.js';

export interface IntSpec {
  name: string;
  min: bigint;
  max: bigint;
  range: string;
  encode: (v: bigint) => Uint8Array;
}

const pow = (n: number) => 1n << BigInt(n);
export const INTS: Record<string, IntSpec> = {
  I32: {
    name: 'i32',
    min: -pow(31),
    max: pow(31) - 1n,
    range: '-2147483648 to 2147483647',
    encode: (v) => encode.i32(Number(v)),
  },
  I64: {
    name: 'i64',
    min: -pow(63),
    max: pow(63) - 1n,
    range: '-9223372036854775808 to 9223372036854775807',
    encode: encode.i64,
  },
  U8: { name: 'u8', min: 0n, max: 255n, range: '0 to 255', encode: (v) => encode.u8(Number(v)) },
  U32: { name: 'u32', min: 0n, max: pow(32) - 1n, range: '0 to 4294967295', encode: (v) => encode.u32(Number(v)) },
  U64: { name: 'u64', min: 0n, max: pow(64) - 1n, range: '0 to 18446744073709551615', encode: encode.u64 },
  U128: { name: 'u128', min: 0n, max: pow(128) - 1n, range: '0 to 2^128-1', encode: encode.u128 },
  U256: { name: 'u256', min: 0n, max: pow(256) - 1n, range: '0 to 2^256-1', encode: encode.u256 },
  U512: { name: 'u512', min: 0n, max: pow(512) - 1n, range: '0 to 2^512-1', encode: encode.u512 },
};

/**
 * Decimal text as Rust's from_str_radix reads it: digits, a '+' for the fixed-width types, and '-'
 * only for signed ones. U128–U512 (the uint crate) take digits only.
 */
export function parseIntText(text: string, spec: IntSpec): bigint {
  const wide = spec.name === 'u128' || spec.name === 'u256' || spec.name === 'u512';
  const signed = spec.min < 0n;
  const re = wide ? /^\d+$/ : signed ? /^[+-]?\d+$/ : /^\+?\d+$/;
  if (text === '') throw new Error(`an empty value is not a ${spec.name} (a whole number from ${spec.range})`);
  if (!re.test(text)) {
    if (!signed && /^-\d+$/.test(text))
      throw new Error(`'${text}' is negative, but ${spec.name} is unsigned (${spec.range})`);
    throw new Error(`'${text}' is not a ${spec.name} (a whole number from ${spec.range}, digits only)`);
  }
  return checkRange(BigInt(text), spec, text);
}

/**
 * The uint crate's from_dec_str (0.9.5), which casper-types' U128/U256/U512 use: ASCII digits only,
 * no sign, and the empty string is 0.
 */
export function parseDecStr(text: string, spec: IntSpec): bigint {
  if (!/^\d*$/.test(text))
    throw new Error(`'${text}' is not a ${spec.name} (a whole number from ${spec.range}, digits only)`);
  return checkRange(text === '' ? 0n : BigInt(text), spec, text);
}

export function checkRange(v: bigint, spec: IntSpec, shown: string = v.toString()): bigint {
  if (v < spec.min || v > spec.max) throw new Error(`${shown} is out of range for ${spec.name} (${spec.range})`);
  return v;
}

export function parseBoolText(text: string): boolean {
  const t = text.toLowerCase();
  if (t === 'true' || t === 't') return true;
  if (t === 'false' || t === 'f') return false;
  throw new Error(`'${text}' is not a bool (use 'true' or 'false')`);
}

export function keyBytes(text: string): Uint8Array {
  return parseKey(text);
}

export function urefBytes(text: string): Uint8Array {
  return parseURef(text);
}

export function accountHashBytes(text: string): Uint8Array {
  return parseAccountHash(text);
}

export function publicKeyBytes(text: string): Uint8Array {
  return PublicKey.fromHex(text).bytes;
}

/** base16 as the Rust client decodes byte lists and arrays (any case, no checksum rule). */
export function hexBytes(text: string, what: string): Uint8Array {
  try {
    return fromHexLoose(text);
  } catch (e) {
    throw new Error(`'${text}' is not valid hex for a ${what}: ${messageOf(e)}`, { cause: e });
  }
}
