import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHex } from '../core/index.js';
import {
  allJsonExamples,
  ARG_TYPE_TABLE,
  jsonArgExamplesText,
  OPTIONAL_TABLE,
  simpleArgExamplesText,
} from './examples.js';
import { ArgError } from './errors.js';
import { parseJsonArgs } from './json-args.js';
import { parseSimpleArg } from './simple.js';
import { readComplexArgsFile } from './complex.js';

describe('examples printed by -e and -j parse back', () => {
  const simpleLines = simpleArgExamplesText()
    .split('\n')
    .filter((l) => l.startsWith('"'))
    .map((l) => l.split('"')[1]!);
  it('-e shows one example per table row plus the optional forms', () => {
    expect(simpleLines.length).toBe(ARG_TYPE_TABLE.length + OPTIONAL_TABLE.length);
    expect(simpleArgExamplesText().endsWith('# None\n\n')).toBe(true);
  });
  it.each(simpleLines)('%s', (line) => expect(() => parseSimpleArg(line)).not.toThrow());

  const jsonLines = jsonArgExamplesText()
    .split('\n')
    .filter((l) => l.startsWith('  {'));
  it('-j prints every JSON example', () => expect(jsonLines.map((l) => l.trim())).toEqual(allJsonExamples()));
  it.each(allJsonExamples())('%s', (e) => expect(() => parseJsonArgs(`[${e}]`)).not.toThrow());
  it('-j lines stay within 100 columns except the examples', () => {
    for (const l of jsonArgExamplesText().split('\n'))
      if (!l.includes('{"name"')) expect(l.length).toBeLessThanOrEqual(100);
  });
});

describe('property: random input never escapes as anything but ArgError', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc
      .tuple(
        fc.constantFrom('x', '', 'a b', 'ä'),
        fc.constantFrom(':', '='),
        fc.constantFrom(
          'u8',
          'opt_u512',
          'key',
          'byte_array_3',
          'BOOL',
          'opt_',
          'byte_array_99999999999',
          'uref',
          'public_key',
          'i64',
        ),
        fc.constantFrom(':', '='),
        fc.string({ maxLength: 40 }),
      )
      .map(([n, s1, t, s2, v]) => `${n}${s1}${t}${s2}'${v}'`),
  );
  it('parseSimpleArg, 10,000 strings', () => {
    fc.assert(
      fc.property(text, (s) => {
        try {
          parseSimpleArg(s);
        } catch (e) {
          expect(e).toBeInstanceOf(ArgError);
        }
      }),
      { numRuns: 10_000, seed: 7 },
    );
  });
  it('parseJsonArgs, 10,000 strings', () => {
    const json = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.json().map((j) => `[{"name":"x","type":"U8","value":${j}}]`),
      fc.tuple(fc.json(), fc.json()).map(([t, v]) => `[{"name":"x","type":${t},"value":${v}}]`),
    );
    fc.assert(
      fc.property(json, (s) => {
        try {
          parseJsonArgs(s);
        } catch (e) {
          expect(e).toBeInstanceOf(ArgError);
        }
      }),
      { numRuns: 10_000, seed: 11 },
    );
  });
});

describe('complex args file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'complex-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  it('reads raw bytesrepr CLValues (u32 len + value + type)', () => {
    // U512 2500000000 = 0400f90295, CLType tag 8; String "a" = 0100000061, tag 10
    const p = write(
      'ok.json',
      '[{"name":"amount","value":{"raw_bytes":"050000000400f9029508"}},{"name":"s","value":{"raw_bytes":"0500000001000000610a"}}]',
    );
    const args = readComplexArgsFile(p);
    expect(args.map(([n, v]) => [n, v.clType, toHex(v.bytes)])).toEqual([
      ['amount', 'U512', '0400f90295'],
      ['s', 'String', '0100000061'],
    ]);
  });
  it.each([
    ['missing', null, /cannot be read: no such file/],
    ['notjson.json', 'nope', /is not JSON/],
    ['shape.json', '{"a":1}', /expected a JSON array/],
    ['entry.json', '[{"name":"a"}]', /entry #1 must be/],
    [
      'trailing.json',
      '[{"name":"a","value":{"raw_bytes":"010000000103ff"}}]',
      /not a valid bytesrepr CLValue \(1 left-over bytes\)/,
    ],
    ['badtype.json', '[{"name":"a","value":{"raw_bytes":"0100000001ff"}}]', /unknown CLType tag 255/],
    ['badvalue.json', '[{"name":"a","value":{"raw_bytes":"010000000200"}}]', /invalid bool byte 2/],
  ])('%s', (name, body, msg) => {
    const p = body === null ? join(dir, name) : write(name, body);
    expect(() => readComplexArgsFile(p, '--payment-args-complex')).toThrow(ArgError);
    expect(() => readComplexArgsFile(p, '--payment-args-complex')).toThrow(msg);
  });
});
