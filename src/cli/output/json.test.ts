// casper-client's abbreviated JSON (-v and the final print), checked against the Rust tests of the
// rule itself: casper-node v1.5.2 types/src/json_pretty_printer.rs (MAX_STRING_LEN = 150 at :8;
// the tests at :113-296). Expected values are copied from those tests, not from our output.
import { describe, expect, it } from 'vitest';
import { abbreviate, abbreviateString, prettyJson } from './json.js';

// json_pretty_printer.rs:117-119: "0123456789abcdef" cycled to the length.
const hexString = (n: number) => '0123456789abcdef'.repeat(Math.ceil(n / 16)).slice(0, n);

describe('abbreviateString: each hex run over 150 characters, wherever it sits', () => {
  it.each([
    // should_shorten_long_strings (:143-220)
    ['150 hex characters stay', hexString(150), hexString(150)],
    ['151 become a count', hexString(151), '[151 hex chars]'],
    ['151 non-hex characters stay', 'g'.repeat(151), 'g'.repeat(151)],
    ['a run inside other text', `a-${hexString(151)}-b`, 'a-[151 hex chars]-b'],
    [
      'every run in the string',
      `a: ${hexString(151)}, b: ${hexString(151)}, c: ${hexString(151)}`,
      'a: [151 hex chars], b: [151 hex chars], c: [151 hex chars]',
    ],
    // should_not_modify_short_strings (:232): 'a' is a hex digit, and 150 of them stay.
    ['150 a characters stay', 'a'.repeat(150), 'a'.repeat(150)],
    // regression_1456 (:266-290): 148 characters, a 64-character hex run inside.
    [
      'a 148-character node message stays',
      'state query failed: ValueNotFound("Failed to find base key at path: Key::Account(72698d4dc715a28347b15920b09b4f0f1d633be5a33f4686d06992415b0825e2)")',
      'state query failed: ValueNotFound("Failed to find base key at path: Key::Account(72698d4dc715a28347b15920b09b4f0f1d633be5a33f4686d06992415b0825e2)")',
    ],
    // find_hex_strings_longer_than (:127-160) at 150 instead of 3: runs split by '-' are counted apart.
    ['runs split by a dash are separate', `${hexString(100)}-${hexString(100)}`, `${hexString(100)}-${hexString(100)}`],
    ['only the long run of two', `${hexString(151)}-${hexString(150)}`, `[151 hex chars]-${hexString(150)}`],
    // is_ascii_hexdigit: upper case counts too.
    ['upper-case hex counts', 'AB'.repeat(76), '[152 hex chars]'],
    ['the empty string', '', ''],
  ])('%s', (_, input, expected) => {
    expect(abbreviateString(input)).toBe(expected);
  });
});

describe('prettyJson', () => {
  // should_shorten_long_strings (:164-220): the whole document, byte for byte.
  const value = {
    field_1: null,
    field_2: true,
    field_3: 123,
    field_4: hexString(150),
    field_5: ['short string value', hexString(151)],
    field_6: {
      f1: null,
      f2: false,
      f3: -123,
      f4: 'g'.repeat(151),
      f5: ['short string value', `a-${hexString(151)}-b`],
      f6: { 'final long string': `a: ${hexString(151)}, b: ${hexString(151)}, c: ${hexString(151)}` },
    },
  };
  const expected = `{
  "field_1": null,
  "field_2": true,
  "field_3": 123,
  "field_4": "${hexString(150)}",
  "field_5": [
    "short string value",
    "[151 hex chars]"
  ],
  "field_6": {
    "f1": null,
    "f2": false,
    "f3": -123,
    "f4": "${'g'.repeat(151)}",
    "f5": [
      "short string value",
      "a-[151 hex chars]-b"
    ],
    "f6": {
      "final long string": "a: [151 hex chars], b: [151 hex chars], c: [151 hex chars]"
    }
  }
}`;

  it.each([
    ['verbosity 0 (the final print)', 0, expected],
    ['verbosity 1 (-v)', 1, expected],
    // lib.rs@v2.0.0:486: High is serde_json::to_string_pretty, nothing shortened.
    ['verbosity 2 (-vv) prints everything', 2, JSON.stringify(value, null, 2)],
  ])('%s', (_, verbosity, want) => {
    expect(prettyJson(value, verbosity)).toBe(want);
  });

  it('never shortens an object key (shorten_string_field walks map.values_mut(), :94-98)', () => {
    const key = hexString(151);
    expect(abbreviate({ [key]: hexString(151) })).toEqual({ [key]: '[151 hex chars]' });
  });

  it('keeps u64 values exact (bigint in, digits out)', () => {
    expect(prettyJson({ n: 18446744073709551615n }, 1)).toBe('{\n  "n": 18446744073709551615\n}');
  });
});
