// Hex in and out. Output is always lowercase (as the node prints it); input follows
// casper-types' checksummed_hex: all-lower or all-upper always, mixed case only when it is the
// CEP-57 checksum of the bytes (checked for inputs up to 75 bytes, as casper-types does).
import { CasperError } from './errors.js';
import { blake2b256 } from './hash.js';

export class HexError extends CasperError {
  override name = 'HexError';
}

const HEX = '0123456789abcdef';
const LUT: string[] = Array.from({ length: 256 }, (_, i) => HEX[i >> 4]! + HEX[i & 15]!);

export function toHex(bytes: Uint8Array): string {
  // Buffer's native encoder is ~10× faster than a JS loop for big module bytes.
  if (bytes.length > 64) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += LUT[bytes[i]!];
  return s;
}

function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Plain hex decoding (any case), with a reason on failure. */
export function fromHexLoose(s: string): Uint8Array {
  if (s.length % 2 !== 0) throw new HexError(`odd number of hex digits (${s.length})`);
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = nibble(s.charCodeAt(2 * i));
    const lo = nibble(s.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) {
      const at = hi < 0 ? 2 * i : 2 * i + 1;
      throw new HexError(`invalid hex character '${s[at]}' at position ${at}`);
    }
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const SMALL_BYTES_COUNT = 75;

/** CEP-57 mixed-case checksum encoding of the bytes. */
export function toChecksummedHex(bytes: Uint8Array): string {
  const lower = toHex(bytes);
  if (bytes.length > SMALL_BYTES_COUNT) return lower;
  const hash = blake2b256(bytes);
  let bit = 0;
  let out = '';
  for (const ch of lower) {
    if (ch >= 'a' && ch <= 'f') {
      // Bits are taken LSB-first from each hash byte, cycling over the hash.
      const set = (hash[(bit >> 3) % 32]! >> (bit & 7)) & 1;
      out += set ? ch.toUpperCase() : ch;
      bit++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Decodes hex the way the node does (checksummed_hex::decode). */
export function fromHex(s: string): Uint8Array {
  const bytes = fromHexLoose(s);
  const hasLower = /[a-f]/.test(s);
  const hasUpper = /[A-F]/.test(s);
  if (hasLower && hasUpper && bytes.length <= SMALL_BYTES_COUNT && toChecksummedHex(bytes) !== s) {
    throw new HexError('mixed-case hex is not a valid CEP-57 checksum (use all lowercase or all uppercase)');
  }
  return bytes;
}
