// Formatted strings of Casper keys: public keys, account hashes, URefs and every Key variant the
// casper-types 3.x line (casper-client 2.0.0) knows. Each parses to the exact bytesrepr bytes.
import { CasperError, messageOf } from './errors.js';
import { type ByteReader, ByteWriter, concatBytes, utf8 } from './bytes.js';
import { compressedSecp256k1, isEd25519Point } from './curve-points.js';
import { blake2b256 } from './hash.js';
import { fromHex, toHex } from './hex.js';

export class KeyFormatError extends CasperError {
  override name = 'KeyFormatError';
}

export type Algorithm = 'ed25519' | 'secp256k1' | 'system';
const ALGO_BY_TAG: Record<number, Algorithm> = { 0: 'system', 1: 'ed25519', 2: 'secp256k1' };
const KEY_LEN: Record<Algorithm, number> = { system: 0, ed25519: 32, secp256k1: 33 };

/** A public key as bytesrepr has it: algorithm tag byte, then the raw key. */
export class PublicKey {
  private constructor(readonly bytes: Uint8Array) {}

  /** Tag + raw key as bytesrepr has it (secp256k1 compressed); the key must be a curve point. */
  static fromBytes(bytes: Uint8Array): PublicKey {
    const tag = bytes[0];
    if (tag === undefined) throw new KeyFormatError('public key is empty');
    const algo = ALGO_BY_TAG[tag];
    if (algo === undefined) throw new KeyFormatError(`unknown public key tag ${tag} (01 is ed25519, 02 is secp256k1)`);
    if (bytes.length - 1 !== KEY_LEN[algo]) {
      throw new KeyFormatError(
        `${algo} public key must be ${KEY_LEN[algo]} bytes after the tag, got ${bytes.length - 1}`,
      );
    }
    if (algo === 'secp256k1' && bytes[1] !== 2 && bytes[1] !== 3) {
      throw new KeyFormatError('secp256k1 public key must be compressed (33 bytes starting 02 or 03)');
    }
    return PublicKey.checked(algo, bytes.slice());
  }

  private static checked(algo: Algorithm, bytes: Uint8Array): PublicKey {
    if (algo === 'ed25519' && !isEd25519Point(bytes.subarray(1)))
      throw new KeyFormatError('not a valid ed25519 public key: the bytes are not a point of the curve');
    if (algo === 'secp256k1' && compressedSecp256k1(bytes.subarray(1)) === undefined)
      throw new KeyFormatError('not a valid secp256k1 public key: the bytes are not a point of the curve');
    return new PublicKey(bytes);
  }

  /**
   * Tagged hex as casper-types' PublicKey::from_hex reads it: the tag and the key are decoded as two
   * separate (checksummed) hex strings, and a secp256k1 key may be given uncompressed (65 bytes,
   * 04…), which is kept compressed, as k256's VerifyingKey writes it.
   */
  static fromHex(hex: string): PublicKey {
    if (hex.length < 2) throw new KeyFormatError('public key hex is empty');
    const tag = fromHex(hex.slice(0, 2));
    const rest = fromHex(hex.slice(2));
    if (tag[0] === 2 && rest.length === 65 && rest[0] === 4) {
      const c = compressedSecp256k1(rest);
      if (c === undefined)
        throw new KeyFormatError('not a valid secp256k1 public key: the bytes are not a point of the curve');
      return new PublicKey(concatBytes(tag, c));
    }
    return PublicKey.fromBytes(concatBytes(tag, rest));
  }

  /** True when the hex was an uncompressed secp256k1 key, which fromHex writes compressed. */
  static isUncompressedHex(hex: string): boolean {
    return /^02(04)/i.test(hex) && hex.length === 2 + 130;
  }

  /**
   * A key this process derived from a secret key (node:crypto or @noble/curves), which is a curve
   * point by construction: the point check is skipped on this hot path.
   */
  static fromDerived(algo: 'ed25519' | 'secp256k1', raw: Uint8Array): PublicKey {
    if (raw.length !== KEY_LEN[algo])
      throw new KeyFormatError(`${algo} public key must be ${KEY_LEN[algo]} bytes, got ${raw.length}`);
    return new PublicKey(concatBytes(Uint8Array.of(algo === 'ed25519' ? 1 : 2), raw));
  }

  static fromRaw(algo: 'ed25519' | 'secp256k1', raw: Uint8Array): PublicKey {
    return PublicKey.fromBytes(concatBytes(Uint8Array.of(algo === 'ed25519' ? 1 : 2), raw));
  }

  static read(r: ByteReader): PublicKey {
    const tag = r.u8();
    const algo = ALGO_BY_TAG[tag];
    if (algo === undefined) throw new KeyFormatError(`unknown public key tag ${tag}`);
    return PublicKey.fromBytes(concatBytes(Uint8Array.of(tag), r.raw(KEY_LEN[algo])));
  }

  get algorithm(): Algorithm {
    return ALGO_BY_TAG[this.bytes[0]!]!;
  }

  get raw(): Uint8Array {
    return this.bytes.subarray(1);
  }

  toHex(): string {
    return toHex(this.bytes);
  }

  /** blake2b256(lowercase algorithm name ‖ 0x00 ‖ raw key). */
  accountHash(): Uint8Array {
    return blake2b256(concatBytes(utf8(this.algorithm), Uint8Array.of(0), this.raw));
  }

  accountHashString(): string {
    return `account-hash-${toHex(this.accountHash())}`;
  }
}

function hash32(s: string, what: string): Uint8Array {
  let b: Uint8Array;
  try {
    b = fromHex(s);
  } catch (e) {
    throw new KeyFormatError(`${what}: ${messageOf(e)}`, { cause: e });
  }
  if (b.length !== 32) throw new KeyFormatError(`${what} must be 32 bytes (64 hex characters), got ${b.length}`);
  return b;
}

export function parseAccountHash(s: string): Uint8Array {
  if (!s.startsWith('account-hash-'))
    throw new KeyFormatError(`expected 'account-hash-' followed by 64 hex characters, got '${s}'`);
  return hash32(s.slice('account-hash-'.length), 'account hash');
}

/**
 * `uref-<64 hex>-<access rights in octal>` → 32 address bytes + access-rights byte. As casper-types
 * 3.0.0's URef::from_formatted_str (types/src/uref.rs:195-208 at casper-node v1.5.2): the rights are
 * u8::from_str_radix(_, 8), so any number of octal digits (and a leading '+') will do, as long as
 * the value is a valid set of rights (0 to 7).
 */
export function parseURef(s: string): Uint8Array {
  const m = /^uref-([^-]*)-([\s\S]*)$/.exec(s);
  if (!m)
    throw new KeyFormatError(
      `expected 'uref-' + 64 hex characters + '-' + access rights in octal (e.g. -007), got '${s}'`,
    );
  const addr = hash32(m[1]!, 'URef address');
  if (!/^\+?[0-7]+$/.test(m[2]!) || parseInt(m[2]!, 8) > 255)
    throw new KeyFormatError(`URef access rights must be an octal number (e.g. 007), got '${m[2]}'`);
  const access = parseInt(m[2]!, 8);
  if (access > 7) throw new KeyFormatError(`URef access rights must be 0 to 7 (octal), got ${m[2]}`);
  return concatBytes(addr, Uint8Array.of(access));
}

export function formatURef(b: Uint8Array): string {
  return `uref-${toHex(b.subarray(0, 32))}-${b[32]!.toString(8).padStart(3, '0')}`;
}

/** Key variants: tag byte, JSON variant name, formatted prefix (in casper-types 3.x order). */
export const KEY_VARIANTS = [
  { tag: 0, name: 'Account', prefix: 'account-hash-' },
  { tag: 1, name: 'Hash', prefix: 'hash-' },
  { tag: 2, name: 'URef', prefix: 'uref-' },
  { tag: 3, name: 'Transfer', prefix: 'transfer-' },
  { tag: 4, name: 'DeployInfo', prefix: 'deploy-' },
  { tag: 5, name: 'EraInfo', prefix: 'era-' },
  { tag: 6, name: 'Balance', prefix: 'balance-' },
  { tag: 7, name: 'Bid', prefix: 'bid-' },
  { tag: 8, name: 'Withdraw', prefix: 'withdraw-' },
  { tag: 9, name: 'Dictionary', prefix: 'dictionary-' },
  { tag: 10, name: 'SystemContractRegistry', prefix: 'system-contract-registry-' },
  { tag: 11, name: 'EraSummary', prefix: 'era-summary-' },
  { tag: 12, name: 'Unbond', prefix: 'unbond-' },
  { tag: 13, name: 'ChainspecRegistry', prefix: 'chainspec-registry-' },
  { tag: 14, name: 'ChecksumRegistry', prefix: 'checksum-registry-' },
] as const;

// Longest prefix first, so 'era-summary-' wins over 'era-'.
const BY_PREFIX = [...KEY_VARIANTS].sort((a, b) => b.prefix.length - a.prefix.length);

const KEY_PREFIX_LIST = KEY_VARIANTS.map((v) =>
  v.name === 'URef' ? 'uref-<hex>-<access>' : v.name === 'EraInfo' ? 'era-<number>' : `${v.prefix}<hex>`,
).join(', ');

/** A formatted Key string (`hash-…`, `uref-…-007`, `era-5`…) → Key bytes (tag + payload). */
export function parseKey(s: string): Uint8Array {
  const v = BY_PREFIX.find((x) => s.startsWith(x.prefix));
  if (v === undefined) throw new KeyFormatError(`'${s}' has no known key prefix (expected one of: ${KEY_PREFIX_LIST})`);
  const body = s.slice(v.prefix.length);
  const w = new ByteWriter(40).u8(v.tag);
  if (v.name === 'URef') return w.raw(parseURef(s)).finish();
  if (v.name === 'EraInfo') {
    // EraId::from_str is u64::from_str: a leading '+' is accepted (types/src/era_id.rs:120-126).
    if (!/^\+?\d+$/.test(body) || BigInt(body) > 0xffffffffffffffffn)
      throw new KeyFormatError(`era id must be a 64-bit unsigned integer, got '${body}'`);
    return w.u64(BigInt(body)).finish();
  }
  const bytes = hash32(body, `${v.name} key`);
  // These variants carry no data: the 32 bytes are only length-checked and the key serializes as
  // 32 zero bytes (types/src/key.rs:389-396, 444-475 and PADDING_BYTES at :742-745, v1.5.2).
  return w.raw(NO_DATA.has(v.name) ? new Uint8Array(32) : bytes).finish();
}

const NO_DATA = new Set<string>(['SystemContractRegistry', 'EraSummary', 'ChainspecRegistry', 'ChecksumRegistry']);

export type KeyVariantName = (typeof KEY_VARIANTS)[number]['name'];

/** Reads Key bytes; returns the variant and its formatted string. */
export function readKey(r: ByteReader): { variant: KeyVariantName; formatted: string } {
  const tag = r.u8();
  const v = KEY_VARIANTS[tag];
  if (v === undefined) throw new KeyFormatError(`unknown Key tag ${tag}`);
  if (v.name === 'URef') return { variant: v.name, formatted: formatURef(r.raw(33)) };
  if (v.name === 'EraInfo') return { variant: v.name, formatted: `era-${r.u64()}` };
  return { variant: v.name, formatted: `${v.prefix}${toHex(r.raw(32))}` };
}
