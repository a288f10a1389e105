// Timestamps and TTLs exactly as casper-client reads and the node prints them (humantime's
// parse_rfc3339_weak / parse_duration / format_rfc3339_millis / format_duration).
import { CasperError } from './errors.js';

export class TimeError extends CasperError {
  override name = 'TimeError';
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * `2018-02-16 00:31:37`, `2018-02-16T00:31:37Z`, `…37.123Z` → milliseconds since the epoch (UTC),
 * exactly as humantime 2.1.0's parse_rfc3339_weak reads them (src/date.rs:109-190 at tag v2.1.0),
 * then truncated to milliseconds (casper-client-rs v2.0.0 lib/types/timestamp.rs:44-55). So a
 * leap second :60 counts as :59, any number of fraction digits is read (past nine they add
 * nothing), a '.' may have no digits after it, and no UTC offset is accepted.
 */
export function parseTimestamp(input: string): number {
  const b = Buffer.from(input, 'utf8');
  const bad = (): never => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(input))
      throw new TimeError(`'${input}' has no time of day: use e.g. '${input} 00:00:00'`);
    if (/[+-]\d{2}:?\d{2}$/.test(input))
      throw new TimeError(`'${input}' has a UTC offset: only UTC is accepted, written with a trailing Z or nothing`);
    throw new TimeError(`'${input}' is not a timestamp like '2018-02-16 00:31:37' or '2018-02-16T00:31:37.123Z' (UTC)`);
  };
  if (b.length < 19) return bad();
  if (b[4] !== 0x2d || b[7] !== 0x2d || (b[10] !== 0x54 && b[10] !== 0x20) || b[13] !== 0x3a || b[16] !== 0x3a)
    return bad();
  const digit = (i: number): number => {
    const c = b[i]!;
    if (c < 0x30 || c > 0x39) bad();
    return c - 0x30;
  };
  const two = (i: number) => digit(i) * 10 + digit(i + 1);
  const year = two(0) * 100 + two(2);
  const [month, day, hour, minute] = [two(5), two(8), two(11), two(14)];
  let second = two(17);
  const outOfRange = () =>
    new TimeError(`'${input}' is out of range (a valid UTC date and time from 1970 to 9999 is needed)`);
  if (year < 1970 || hour > 23 || minute > 59 || second > 60) throw outOfRange();
  if (second === 60) second = 59;
  const dim = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (dim === undefined || day < 1 || day > dim) throw outOfRange();
  let millis = 0;
  if (b[19] === 0x2e) {
    for (let i = 20, place = 100; i < b.length; i++) {
      if (b[i] === 0x5a && i === b.length - 1) break;
      const d = digit(i);
      millis += d * place;
      place = Math.floor(place / 10);
    }
  } else if (b.length !== 19 && (b.length > 20 || b[19] !== 0x5a)) {
    return bad();
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis);
}

/** A leap second (:60), which parse_rfc3339_weak takes as :59 without a word. */
export function isLeapSecondTimestamp(input: string): boolean {
  return /^.{17}60(?:[.Z]|$)/s.test(input);
}

const DAY_MS = 86_400_000;
/** 10000-01-01T00:00:00Z: from here on toISOString writes six-digit years. */
const YEAR_10000_MS = 253_402_300_800_000;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * RFC 3339 with milliseconds, as toISOString writes it. Worked out by hand for 1970–9999 because
 * the first Date in a process costs about a millisecond (its date machinery starts up), a
 * measurable part of a whole put-deploy; the days-to-civil-date step is Howard Hinnant's
 * civil_from_days.
 */
export function formatTimestamp(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms >= YEAR_10000_MS) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY_MS);
  const inDay = ms - days * DAY_MS;
  const z = days + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor((inDay % 3_600_000) / 60_000);
  const sec = Math.floor((inDay % 60_000) / 1000);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(h, 2)}:${pad(m, 2)}:${pad(sec, 2)}.${pad(inDay % 1000, 3)}Z`;
}

// Nanoseconds per unit, as humantime defines them (a month is 30.44 days, a year 365.25 days).
const NS = 1_000_000_000n;
const UNITS: Record<string, bigint> = {
  nanos: 1n,
  nsec: 1n,
  ns: 1n,
  usec: 1000n,
  us: 1000n,
  millis: 1_000_000n,
  msec: 1_000_000n,
  ms: 1_000_000n,
  seconds: NS,
  second: NS,
  secs: NS,
  sec: NS,
  s: NS,
  minutes: 60n * NS,
  minute: 60n * NS,
  mins: 60n * NS,
  min: 60n * NS,
  m: 60n * NS,
  hours: 3600n * NS,
  hour: 3600n * NS,
  hrs: 3600n * NS,
  hr: 3600n * NS,
  h: 3600n * NS,
  days: 86400n * NS,
  day: 86400n * NS,
  d: 86400n * NS,
  weeks: 604800n * NS,
  week: 604800n * NS,
  w: 604800n * NS,
  months: 2_630_016n * NS,
  month: 2_630_016n * NS,
  M: 2_630_016n * NS,
  years: 31_557_600n * NS,
  year: 31_557_600n * NS,
  y: 31_557_600n * NS,
};
const UNIT_HELP = 'ms, sec (s), min (m), hours (hr, h), days (d), weeks (w), months (M), years (y)';
const MAX_U64 = 0xffffffffffffffffn;

/**
 * humantime durations (`30min`, `1hr 12min`, `1day`, `2h30m`) → whole milliseconds. Arithmetic is
 * done in nanoseconds with bigint so sub-millisecond parts add up the way humantime's do.
 */
export function parseTtl(input: string): number {
  const s = input.trim();
  if (s === '') throw new TimeError('the duration is empty: use e.g. 30min, 1h or 1day');
  let nanos = 0n;
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input[i]!)) i++;
    if (i >= input.length) break;
    if (!/[0-9]/.test(input[i]!)) throw new TimeError(`'${input}': expected a number at position ${i}`);
    let digits = '';
    while (i < input.length && /[0-9\s]/.test(input[i]!)) {
      if (input[i] !== ' ' && !/\s/.test(input[i]!)) digits += input[i];
      i++;
    }
    let unit = '';
    while (i < input.length && /[a-zA-Z]/.test(input[i]!)) unit += input[i++];
    if (i < input.length && !/[\s0-9]/.test(input[i]!))
      throw new TimeError(`'${input}': invalid character '${input[i]}' at position ${i}`);
    const n = BigInt(digits);
    if (n > MAX_U64) throw new TimeError(`'${input}': number is too large`);
    if (unit === '') throw new TimeError(`'${input}': a time unit is needed, e.g. ${digits}min or ${digits}sec`);
    const per = UNITS[unit];
    if (per === undefined) throw new TimeError(`'${input}': unknown time unit '${unit}' (use ${UNIT_HELP})`);
    nanos += n * per;
  }
  const ms = nanos / 1_000_000n;
  if (ms > BigInt(Number.MAX_SAFE_INTEGER)) throw new TimeError(`'${input}': duration is too large`);
  return Number(ms);
}

/** humantime::format_duration of a millisecond count: `30m`, `1h 30m`, `1day`, `2days 1h`, `1s 500ms`. */
export function formatTtl(ms: number): string {
  if (ms === 0) return '0s';
  let secs = Math.floor(ms / 1000);
  const millis = ms % 1000;
  const years = Math.floor(secs / 31_557_600);
  secs %= 31_557_600;
  const months = Math.floor(secs / 2_630_016);
  secs %= 2_630_016;
  const days = Math.floor(secs / 86400);
  secs %= 86400;
  const parts: string[] = [];
  const plural = (n: number, name: string) => n > 0 && parts.push(`${n}${name}${n > 1 ? 's' : ''}`);
  const item = (n: number, name: string) => n > 0 && parts.push(`${n}${name}`);
  plural(years, 'year');
  plural(months, 'month');
  plural(days, 'day');
  item(Math.floor(secs / 3600), 'h');
  item(Math.floor((secs % 3600) / 60), 'm');
  item(secs % 60, 's');
  item(millis, 'ms');
  return parts.join(' ');
}
