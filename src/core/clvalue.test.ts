import { describe, expect, it } from 'vitest';
import { CLValueError, encode, encodeBigUint, parsedJson } from './clvalue.js';
import { fromHex, toHex } from './hex.js';
import { standardPayment, itemBytes } from '../deploy/item.js';

// Expected bytes are the reference encodings (put-deploy.md §2.3, §3.3).
describe('big unsigned integers', () => {
  const table: [bigint, number, string][] = [
    [0n, 512, '00'],
    [100n, 512, '0164'],
    [2_500_000_000n, 512, '0400f90295'],
    [(1n << 512n) - 1n, 512, `40${'ff'.repeat(64)}`],
    [(1n << 128n) - 1n, 128, `10${'ff'.repeat(16)}`],
    [256n, 256, '020001'],
  ];
  it.each(table)('%s as U%d', (v, bits, hex) => {
    expect(toHex(encodeBigUint(v, bits))).toBe(hex);
    expect(parsedJson(bits === 512 ? 'U512' : bits === 256 ? 'U256' : 'U128', fromHex(hex))).toBe(v.toString());
  });
  it.each([
    [1n << 512n, 512],
    [1n << 128n, 128],
    [-1n, 512],
  ])('rejects %s for U%d', (v, bits) => expect(() => encodeBigUint(v, bits)).toThrow(CLValueError));
});

describe('fixed-width values', () => {
  it.each([
    ['i32 -1', toHex(encode.i32(-1)), 'ffffffff'],
    ['i32 42', toHex(encode.i32(42)), '2a000000'],
    ['i64 min', toHex(encode.i64(-(1n << 63n))), '0000000000000080'],
    ['u64 max', toHex(encode.u64((1n << 64n) - 1n)), 'ffffffffffffffff'],
    ['string héllo (UTF-8 length)', toHex(encode.string('héllo')), '0600000068c3a96c6c6f'],
    ['string 😀', toHex(encode.string('😀')), '04000000f09f9880'],
    ['bool true', toHex(encode.bool(true)), '01'],
  ])('%s', (_, got, want) => expect(got).toBe(want));
});

describe('parsed JSON conventions', () => {
  it.each([
    ['U64', 'ffffffffffffffff', 18446744073709551615n],
    ['I64', 'ffffffffffffffff', -1],
    ['Unit', '', null],
    [{ Option: 'U64' }, '00', null],
    [{ Result: { ok: 'Unit', err: 'String' } }, '000300000061626364'.slice(0, 16), { Err: 'abc' }],
    [{ Map: { key: 'String', value: 'U8' } }, '0100000001000000610f', [{ key: 'a', value: 15 }]],
    [{ ByteArray: 2 }, 'beef', 'beef'],
    ['Key', '05' + '0100000000000000', { EraInfo: 'era-1' }],
  ] as const)('%j %s', (t, hex, parsed) => expect(parsedJson(t as never, fromHex(hex))).toEqual(parsed));

  it.each([
    ['Bool', '02'],
    ['U8', '05ff'],
    ['String', '0a00000061'],
    [{ Option: 'U8' }, '02'],
    [{ List: 'U32' }, 'ffffffff'],
  ] as const)('rejects malformed %j %s', (t, hex) => expect(() => parsedJson(t as never, fromHex(hex))).toThrow());
});

describe('standard payment', () => {
  it('2.5 CSPR encodes as the reference spells it', () => {
    expect(toHex(itemBytes(standardPayment(2_500_000_000n)))).toBe(
      '00' + '00000000' + '01000000' + '06000000616d6f756e74' + '05000000' + '0400f90295' + '08',
    );
  });
});
