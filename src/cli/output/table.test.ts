// The argument-type tables for a terminal (-e on a TTY): every cell shown, boxes that line up,
// and no colour codes under NO_COLOR (https://no-color.org).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderArgTable } from './table.js';

afterEach(() => vi.unstubAllEnvs());

const rows = [
  { type: 'bool', example: "x:bool='true'", clType: 'Bool', note: '' },
  { type: 'u512', example: "x:u512='1000000000000'", clType: 'U512', note: 'a decimal number' },
  {
    type: 'public_key',
    example: `x:public_key='01${'ab'.repeat(32)}'`,
    clType: 'PublicKey',
    note: 'tag 01 ed25519, 02 secp256k1',
  },
];
const optional = [
  { example: "x:opt_u8='1'", meaning: 'Some(1)' },
  { example: 'x:opt_u8=null', meaning: 'None' },
];

describe('renderArgTable', () => {
  it('under NO_COLOR: plain text, every cell, boxes of one width', () => {
    vi.stubEnv('NO_COLOR', '1');
    const text = renderArgTable(rows, optional);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes is the point.
    expect(text).not.toMatch(/\x1b\[/);
    const flat = text.replace(/[│┃|\s]+/g, ' ');
    for (const r of rows) for (const cell of [r.type, r.clType]) expect(flat).toContain(cell);
    // Long cells may wrap, but no character of them is lost.
    const squeezed = text.replace(/[^A-Za-z0-9'=:_]/g, '');
    for (const r of rows) expect(squeezed).toContain(r.example.replace(/[^A-Za-z0-9'=:_]/g, ''));
    for (const o of optional) expect(flat).toContain(o.meaning);
    const [first, second] = text.split('\nEvery type has an opt_ form; null (unquoted) means None:\n');
    expect(second).toBeDefined();
    for (const table of [first!, second!]) {
      const widths = new Set(
        table
          .trimEnd()
          .split('\n')
          .map((l) => [...l].length),
      );
      expect(widths.size).toBe(1);
    }
    expect(first!.indexOf('CLType')).toBeLessThan(first!.indexOf('Bool'));
  });
});
