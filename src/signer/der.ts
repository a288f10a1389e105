// Just enough DER to read and write the key structures Casper uses (PKCS#8, SEC1, SPKI).
import { CasperError } from '../core/errors.js';

export class DerError extends CasperError {
  override name = 'DerError';
}

export interface DerNode {
  tag: number;
  /** Content bytes (for constructed types, the encoded children). */
  body: Uint8Array;
}

function readDer(data: Uint8Array, pos = 0): { node: DerNode; next: number } {
  if (pos + 2 > data.length) throw new DerError('truncated DER');
  const tag = data[pos]!;
  let len = data[pos + 1]!;
  let off = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3 || off + n > data.length) throw new DerError('bad DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = (len << 8) | data[off + i]!;
    off += n;
  }
  if (off + len > data.length) throw new DerError('truncated DER');
  return { node: { tag, body: data.subarray(off, off + len) }, next: off + len };
}

/** Children of a constructed node, in order. */
export function children(node: DerNode): DerNode[] {
  const out: DerNode[] = [];
  let pos = 0;
  while (pos < node.body.length) {
    const { node: child, next } = readDer(node.body, pos);
    out.push(child);
    pos = next;
  }
  return out;
}

export function readOnly(data: Uint8Array): DerNode {
  const { node, next } = readDer(data);
  if (next !== data.length) throw new DerError('trailing bytes after DER');
  return node;
}

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
} as const;

export function oidToString(body: Uint8Array): string {
  const parts: number[] = [Math.floor(body[0]! / 40), body[0]! % 40];
  let v = 0;
  for (let i = 1; i < body.length; i++) {
    v = v * 128 + (body[i]! & 0x7f);
    if (!(body[i]! & 0x80)) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

function lenBytes(n: number): number[] {
  if (n < 0x80) return [n];
  if (n < 0x100) return [0x81, n];
  return [0x82, n >> 8, n & 0xff];
}

export function der(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(parts);
  return Uint8Array.from([tag, ...lenBytes(body.length), ...body]);
}

export const OID = {
  ed25519: '1.3.101.112',
  ecPublicKey: '1.2.840.10045.2.1',
  secp256k1: '1.3.132.0.10',
} as const;

/** Names of key types people commonly have lying around, for the "wrong kind of key" message. */
export const FOREIGN_OIDS: Record<string, string> = {
  '1.2.840.10045.3.1.7': 'NIST P-256 (prime256v1)',
  '1.3.132.0.34': 'NIST P-384',
  '1.3.132.0.35': 'NIST P-521',
  '1.3.101.110': 'X25519',
  '1.3.101.111': 'X448',
  '1.3.101.113': 'Ed448',
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.10040.4.1': 'DSA',
};

export function oidBytes(oid: string): Uint8Array {
  const p = oid.split('.').map(Number);
  const out = [p[0]! * 40 + p[1]!];
  for (const n of p.slice(2)) {
    const enc = [n & 0x7f];
    let v = Math.floor(n / 128);
    while (v > 0) {
      enc.unshift((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(...enc);
  }
  return der(TAG.OID, Uint8Array.from(out));
}
