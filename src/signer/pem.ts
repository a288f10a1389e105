// PEM armour: the blocks of a file, decoded strictly so garbage is reported, not half-read.
import { CasperError } from '../core/errors.js';

export interface PemBlock {
  label: string;
  headers: Record<string, string>;
  der: Uint8Array;
}

export class PemError extends CasperError {
  override name = 'PemError';
}

const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n/y;
const END = /-----END ([A-Z0-9 ]+)-----/y;

/**
 * The PEM blocks of a text, in one pass: each BEGIN is matched to the next END by indexOf, and the
 * search goes on after that END, so the time is linear in the text (a file of repeated BEGIN lines
 * with no END is dismissed after one scan, not one scan per line).
 */
export function readPemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  let from = 0;
  for (;;) {
    const begin = text.indexOf('-----BEGIN ', from);
    if (begin === -1) break;
    BEGIN.lastIndex = begin;
    const b = BEGIN.exec(text);
    if (b === null) {
      from = begin + 11;
      continue;
    }
    const bodyStart = BEGIN.lastIndex;
    const endAt = text.indexOf('-----END ', bodyStart);
    if (endAt === -1) break; // no END anywhere after: no further block can close
    END.lastIndex = endAt;
    const e = END.exec(text);
    if (e === null) {
      from = endAt + 9;
      continue;
    }
    from = END.lastIndex;
    const label = b[1]!;
    const endLabel = e[1]!;
    if (label !== endLabel) throw new PemError(`PEM block "BEGIN ${label}" ends with "END ${endLabel}"`);
    const body = text.slice(bodyStart, endAt);
    // Headers (RFC 1421: Proc-Type, DEK-Info) into a null-prototype object: a header named
    // __proto__ is just a header.
    const headers: Record<string, string> = Object.create(null) as Record<string, string>;
    const b64: string[] = [];
    for (const raw of body.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '') continue;
      const h = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (h) headers[h[1]!] = h[2]!;
      else b64.push(line);
    }
    const joined = b64.join('');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(joined) || joined.length % 4 !== 0)
      throw new PemError(`the ${label} block is not valid base64`);
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
