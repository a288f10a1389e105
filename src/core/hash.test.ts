import { describe, expect, it } from 'vitest';
import { blake2b256, enableFastHash } from './hash.js';
import { toHex } from './hex.js';
import { describeVectors, readVectorJson } from '../../test/helpers/vectors.js';

describe('BLAKE2b-256', () => {
  it('the WASM path and the JS path agree on big inputs', async () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 31) & 0xff);
    const slow = toHex(blake2b256(big));
    await enableFastHash();
    expect(toHex(blake2b256(big))).toBe(slow);
    expect(toHex(blake2b256(new Uint8Array(0)))).toBe(
      '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8',
    );
  });
});

describeVectors('pycspr crypto-hashes', () => {
  it('BLAKE2B digests of UTF-8 text', () => {
    const v = readVectorJson<{ data: string; hashes: { algo: string; digest: string }[] }[]>(
      'casper-python-sdk',
      'tests',
      'assets',
      'vectors',
      'crypto-hashes.json',
    );
    for (const x of v)
      for (const h of x.hashes.filter((y) => y.algo === 'BLAKE2B'))
        expect(toHex(blake2b256(new TextEncoder().encode(x.data)))).toBe(h.digest);
  });
});
