import { describe, expect, it } from 'vitest';
import { formatTimestamp, formatTtl, parseTimestamp, parseTtl, TimeError } from './time.js';

// Expected values are worked out by hand from humantime's rules (reference put-deploy.md §3.2).
describe('parseTimestamp', () => {
  const ok: [string, string][] = [
    ['2018-02-16 00:31:37', '2018-02-16T00:31:37.000Z'],
    ['2018-02-16T00:31:37Z', '2018-02-16T00:31:37.000Z'],
    ['2018-02-16T00:31:37', '2018-02-16T00:31:37.000Z'],
    ['2021-01-19T01:18:19.120Z', '2021-01-19T01:18:19.120Z'],
    ['2021-01-19T01:18:19.1Z', '2021-01-19T01:18:19.100Z'],
    ['2021-01-19 01:18:19.123999999', '2021-01-19T01:18:19.123Z'], // truncated, not rounded
    ['2024-02-29 23:59:59', '2024-02-29T23:59:59.000Z'],
    ['1970-01-01 00:00:00', '1970-01-01T00:00:00.000Z'],
    // humantime 2.1.0 src/date.rs:126-132: second 60 is taken as 59.
    ['2016-12-31 23:59:60', '2016-12-31T23:59:59.000Z'],
    ['2016-12-31T23:59:60.5Z', '2016-12-31T23:59:59.500Z'],
    // date.rs:165-179: any number of fraction digits (past nine they add nothing), none at all too.
    ['2018-02-16 00:31:37.1234567890', '2018-02-16T00:31:37.123Z'],
    ['2018-02-16T00:31:37.99999999999999Z', '2018-02-16T00:31:37.999Z'],
    ['2018-02-16T00:31:37.', '2018-02-16T00:31:37.000Z'],
    ['2018-02-16T00:31:37.Z', '2018-02-16T00:31:37.000Z'],
    ['9999-12-31 23:59:59', '9999-12-31T23:59:59.000Z'],
  ];
  it.each(ok)('%s', (input, iso) => expect(formatTimestamp(parseTimestamp(input))).toBe(iso));

  const bad: [string, RegExp][] = [
    ['', /not a timestamp/],
    ['yesterday', /not a timestamp/],
    ['2018-02-16', /no time of day/],
    ['2018-02-16T00:31:37+01:00', /UTC offset/],
    ['2023-02-29 00:00:00', /out of range/],
    ['2018-13-01 00:00:00', /out of range/],
    ['2018-02-16 24:00:00', /out of range/],
    ['1969-12-31 23:59:59', /out of range/],
    ['2018-02-16 00:31:37.12a', /not a timestamp/],
    ['2018-02-16 00:31:37.1Z2', /not a timestamp/],
    ['2018-02-16 00:31:61', /out of range/],
    ['2018-02-16T00:31:37+00:00', /UTC offset/], // 2.1.0 has no +00:00 (date.rs:180)
    ['2018-02-16T00:31:37ZZ', /not a timestamp/],
  ];
  it.each(bad)('rejects %j', (input, msg) => {
    expect(() => parseTimestamp(input)).toThrow(TimeError);
    expect(() => parseTimestamp(input)).toThrow(msg);
  });
});

describe('parseTtl', () => {
  const ok: [string, number][] = [
    ['30min', 1_800_000],
    ['30m', 1_800_000],
    ['1hr 12min', 4_320_000],
    ['30min 50sec', 1_850_000],
    ['1day', 86_400_000],
    ['10s', 10_000],
    ['1h30m', 5_400_000],
    ['1 hour', 3_600_000],
    ['  2h  ', 7_200_000],
    ['1500ms', 1_500],
    ['999us', 0],
    ['1000000ns', 1],
    ['2weeks', 1_209_600_000],
    ['1M', 2_630_016_000],
    ['1y', 31_557_600_000],
    ['18 hours', 64_800_000],
  ];
  it.each(ok)('%s', (input, ms) => expect(parseTtl(input)).toBe(ms));

  const bad: [string, RegExp][] = [
    ['', /empty/],
    ['30', /time unit is needed/],
    ['30 lightyears', /unknown time unit 'lightyears'/],
    ['1.5h', /invalid character '\.'/],
    ['-1h', /expected a number/],
    ['h', /expected a number/],
    ['99999999999999999999s', /too large/],
  ];
  it.each(bad)('rejects %j', (input, msg) => {
    expect(() => parseTtl(input)).toThrow(TimeError);
    expect(() => parseTtl(input)).toThrow(msg);
  });
});

describe('formatTtl (humantime::format_duration of whole ms)', () => {
  const table: [number, string][] = [
    [0, '0s'],
    [10_000, '10s'],
    [1_800_000, '30m'],
    [3_600_000, '1h'],
    [5_400_000, '1h 30m'],
    [86_400_000, '1day'],
    [86_400_001, '1day 1ms'],
    [172_800_000, '2days'],
    [604_800_000, '7days'],
    [1_500, '1s 500ms'],
    [2_630_016_000, '1month'],
    [31_557_600_000, '1year'],
    [64_800_000, '18h'],
  ];
  it.each(table)('%d ms → %s', (ms, text) => expect(formatTtl(ms)).toBe(text));
  it.each(table)('%d ms round-trips through parseTtl', (ms, text) => expect(parseTtl(text)).toBe(ms));
});

describe('formatTimestamp (by hand for 1970–9999) writes what Date#toISOString writes', () => {
  // The reference is ECMAScript's own Date Time String Format (ECMA-262 §21.4.1.32), which is
  // what the node's RFC 3339 output with milliseconds matches for these years.
  const edges = [
    0, 1, 999, 86_399_999, 86_400_000, 951_782_400_000 /* 2000-02-29 */, 951_868_799_999,
    4_107_542_400_000 /* 2100-03-01 */, 1_700_000_000_123, 253_402_300_799_999 /* 9999-12-31T23:59:59.999Z */,
    253_402_300_800_000 /* +010000 */, -1, 1.5,
  ];
  it.each(edges)('%s', (ms) => expect(formatTimestamp(ms)).toBe(new Date(ms).toISOString()));

  it('agrees on 20,000 random instants', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const ms = Math.floor(next() * 253_402_300_800_000);
      expect(formatTimestamp(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
