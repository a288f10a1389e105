import { describe, expect, it } from 'vitest';
import { describeVectors, readVectorJson } from '../../test/helpers/vectors.js';
import { fromHex, HexError, toChecksummedHex, toHex } from './hex.js';

describe('hex', () => {
  it.each([
    ['', []],
    ['00ff', [0, 255]],
    ['ABCDEF', [0xab, 0xcd, 0xef]],
    ['abcdef', [0xab, 0xcd, 0xef]],
  ])('decodes %j', (s, bytes) => expect([...fromHex(s)]).toEqual(bytes));

  it.each([
    ['0', /odd number/],
    ['zz', /invalid hex character 'z' at position 0/],
    ['0g', /invalid hex character 'g' at position 1/],
    ['aBcD', /checksum/],
  ])('rejects %j', (s, msg) => expect(() => fromHex(s)).toThrow(msg));

  it('prints lowercase, long runs through Buffer', () => {
    const big = new Uint8Array(1000).fill(0xab);
    expect(toHex(big)).toBe('ab'.repeat(1000));
    expect(toHex(Uint8Array.of(1, 0xfe))).toBe('01fe');
  });

  it('a HexError is what bad hex throws', () => expect(() => fromHex('x')).toThrow(HexError));
});

describeVectors('CEP-57 checksums (pycspr crypto-checksums.json)', () => {
  const table = readVectorJson<{ input: string; checksum: string }[]>(
    'casper-python-sdk',
    'tests',
    'assets',
    'vectors',
    'crypto-checksums.json',
  );
  it.each(table.map((x) => [x.input.slice(0, 16), x] as const))('%s…', (_, x) => {
    const bytes = fromHex(x.input.toLowerCase());
    expect(toChecksummedHex(bytes)).toBe(x.checksum);
    // The node accepts the checksummed form back (short inputs) and always the lowercase one.
    expect(toHex(fromHex(x.checksum))).toBe(x.input.toLowerCase());
  });
});
