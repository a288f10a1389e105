// PEM armour: the blocks of a file, decoded strictly so garbage is reported, not half-read.
import { CasperError } from '../errors.js';

export interface PemBlock {
  label: string;
  headers: Record<string, string>;
  der: Uint8Array;
}

export class PemError extends CasperError {
  override name = 'PemError';
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END ([A-Z0-9 ]+)-----/g;

export function readPemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  for (const m of text.matchAll(BLOCK)) {
    const [, label, body, endLabel] = m as unknown as [string, string, string, string];
    if (label !== endLabel) throw new PemError(`PEM block "BEGIN ${label}" ends with "END ${endLabel}"`);
    const headers: Record<string, string> = {};
    const b64: string[] = [];
    for (const raw of body.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '') continue;
      const h = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (h) headers[h[1]!] = h[2]!;
      else b64.push(line);
    }
    const joined = b64.join('');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(joined) || joined.length % 4 !== 0) throw new PemError(`the ${label} block is not valid base64`);
    out.push({ label, headers, der: Uint8Array.from(Buffer.from(joined, 'base64')) });
  }
  return out;
}

/**
 * PEM as casper-types 3.0.0 writes key files: the pem crate 0.8's encode, which ends every line,
 * the last too, with CRLF and wraps base64 at 64 characters (pem-rs v0.8.1 src/lib.rs:340-347,
 * encode_config; LINE_WRAP = 64).
 */
export function writePem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\r\n');
}
