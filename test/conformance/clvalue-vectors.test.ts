// Every CLValue the vectors found in node/SDK JSON: our decoder must render the same `parsed`
// from the bytes, and re-encoding the type must be stable.
import { expect, it } from 'vitest';
import {
  clTypeBytes,
  clTypeFromJson,
  ByteReader,
  parsedJson,
  readCLType,
  fromHex,
  type Json,
} from '../../src/core/index.js';
import { describeVectors, readVectorJson } from '../helpers/vectors.js';

interface Vec {
  source: string;
  cl_type: unknown;
  bytes: string;
  parsed?: unknown;
  status: string;
}

/**
 * The vectors mix node generations and hand-made SDK samples: 2.0 prints Key as a plain string and
 * URefs in checksummed mixed case, and Java samples quote some numbers. Those are differences of
 * presentation only; anything else must match exactly.
 */
function sameParsed(ours: Json, theirs: unknown): boolean {
  if (typeof theirs === 'string') {
    if (typeof ours === 'number' || typeof ours === 'bigint') return String(ours) === theirs;
    if (typeof ours === 'string') return ours === theirs || ours === theirs.toLowerCase();
    if (ours !== null && typeof ours === 'object' && !Array.isArray(ours)) {
      const vals = Object.values(ours);
      return vals.length === 1 && typeof vals[0] === 'string' && vals[0] === theirs.toLowerCase();
    }
    return false;
  }
  if (Array.isArray(theirs)) {
    return Array.isArray(ours) && ours.length === theirs.length && theirs.every((x, i) => sameParsed(ours[i]!, x));
  }
  if (theirs !== null && typeof theirs === 'object') {
    if (ours === null || typeof ours !== 'object' || Array.isArray(ours)) return false;
    const tk = Object.keys(theirs);
    return (
      tk.length === Object.keys(ours).length &&
      tk.every(
        (k) => k in ours && sameParsed((ours as Record<string, Json>)[k]!, (theirs as Record<string, unknown>)[k]),
      )
    );
  }
  return ours === theirs;
}

describeVectors('CLValue vectors (derived/clvalue-vectors.json)', () => {
  const all = readVectorJson<Vec[]>('derived', 'clvalue-vectors.json');
  const matching = all.filter((v) => v.status === 'parsed-matches');
  const decodable = all.filter((v) => v.status.startsWith('decoded'));

  it('has the 125 matching and 26 decodable values the README lists', () => {
    expect(matching.length).toBe(125);
    expect(decodable.length).toBe(26);
  });

  it('renders `parsed` from bytes like the node for every matching value', () => {
    const bad: string[] = [];
    for (const v of matching) {
      const t = clTypeFromJson(v.cl_type);
      const ours = parsedJson(t, fromHex(v.bytes));
      if (!sameParsed(ours, v.parsed)) bad.push(`${v.source} ${JSON.stringify(v.cl_type)} ${v.bytes.slice(0, 40)}`);
    }
    expect(bad).toEqual([]);
  });

  it('decodes every value the vectors could decode, consuming all bytes', () => {
    for (const v of decodable) expect(() => parsedJson(clTypeFromJson(v.cl_type), fromHex(v.bytes))).not.toThrow();
  });

  it('rejects the values the vectors flag as malformed (trailing or short bytes)', () => {
    const broken = all.filter((v) => v.status.startsWith('decode-error') && !JSON.stringify(v.cl_type).includes('Any'));
    expect(broken.length).toBeGreaterThan(0);
    for (const v of broken) expect(() => parsedJson(clTypeFromJson(v.cl_type), fromHex(v.bytes))).toThrow();
  });

  it('CLType bytes round-trip for every type in the vectors', () => {
    for (const v of all) {
      const t = clTypeFromJson(v.cl_type);
      const r = new ByteReader(clTypeBytes(t));
      expect(readCLType(r)).toEqual(t);
      expect(r.remaining).toBe(0);
    }
  });
});
