// JSON text with exact integers. The node prints U64/I64 `parsed` values as JSON numbers even above
// 2^53 and --session-args-json accepts them, which JSON.parse/JSON.stringify would round. Here
// integers outside the safe range travel as bigint.
import { CasperError } from './errors.js';

export type Json = null | boolean | number | bigint | string | Json[] | { [k: string]: Json };

/**
 * JS objects list integer-like keys first; serde_json (with preserve_order, as casper-client builds
 * it) keeps the order of the text. Parsed objects carry their text order under this symbol, and
 * objectEntries reads it, so what the Rust client keeps in order stays in order here.
 */
const KEY_ORDER = Symbol('keyOrder');
type Ordered = { [KEY_ORDER]?: string[] };

/** An object's entries in text order when it came from parseJsonExact (or withKeyOrder). */
export function objectEntries(v: { [k: string]: Json }): [string, Json][] {
  const order = (v as Ordered)[KEY_ORDER];
  return order === undefined ? Object.entries(v) : order.map((k) => [k, v[k]!]);
}

/** A new object with the given entries, keeping their order for objectEntries/stringifyJson. */
export function withKeyOrder(entries: [string, Json][]): { [k: string]: Json } {
  const obj: { [k: string]: Json } = {};
  const order: string[] = [];
  for (const [k, x] of entries) {
    if (!Object.hasOwn(obj, k)) order.push(k);
    setOwn(obj, k, x);
  }
  Object.defineProperty(obj, KEY_ORDER, { value: order, enumerable: false });
  return obj;
}

/** obj[k] = x, also for "__proto__", which must be data here, not the prototype. */
function setOwn(obj: Record<string, Json>, k: string, x: Json): void {
  Object.defineProperty(obj, k, { value: x, enumerable: true, writable: true, configurable: true });
}

export class JsonSyntaxError extends CasperError {
  override name = 'JsonSyntaxError';
}

/**
 * serde_json-compatible text: compact, or pretty with 2-space indent (to_string_pretty).
 * Built by concatenation, not join(): V8 keeps concatenations as ropes and flattens once when the text is
 * written, while each join() copies everything below it, and a deploy's megabytes of module-byte
 * hex sit five levels down.
 */
export function stringifyJson(v: unknown, pretty = false, indent = ''): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'bigint':
      return v.toString();
    case 'number':
      if (!Number.isFinite(v)) return 'null';
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'string':
      // Module bytes are megabytes of hex: no escaping needed, so skip JSON.stringify's copy.
      return v.length > 4096 && /^[0-9a-f]*$/.test(v) ? `"${v}"` : JSON.stringify(v);
  }
  const inner = `${indent}  `;
  const sep = pretty ? `,\n${inner}` : ',';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    let out = '';
    for (let i = 0; i < v.length; i++) out += `${i === 0 ? '' : sep}${stringifyJson(v[i], pretty, inner)}`;
    return pretty ? `[\n${inner}${out}\n${indent}]` : `[${out}]`;
  }
  let out = '';
  let first = true;
  for (const [k, x] of objectEntries(v as { [k: string]: Json })) {
    if (x === undefined) continue;
    out += `${first ? '' : sep}${JSON.stringify(k)}${pretty ? ': ' : ':'}${stringifyJson(x, pretty, inner)}`;
    first = false;
  }
  if (first) return '{}';
  return pretty ? `{\n${inner}${out}\n${indent}}` : `{${out}}`;
}

const I64_MIN = -(1n << 63n);
const U64_MAX = (1n << 64n) - 1n;

/**
 * Whether serde_json (without arbitrary_precision) reads a number token as an f64: a fraction or an
 * exponent, `-0`, or an integer outside i64::MIN..=u64::MAX (de.rs parse_number: "Convert into a
 * float if we underflow, or on `-0`"; parse_integer: overflow → parse_long_integer).
 */
function serdeFloat(token: string, fraction: boolean): boolean {
  if (fraction || token === '-0') return true;
  const n = BigInt(token);
  return n < I64_MIN || n > U64_MAX;
}

export interface ParseOptions {
  /** Called for each number token serde_json would read as an f64; what it returns stands for it. */
  float?: (token: string) => Json;
}

const WORDS: readonly (readonly [string, Json])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

/**
 * JSON.parse, except integers beyond ±(2^53−1) become bigint instead of losing digits, and objects
 * have no prototype (so `__proto__` and `constructor` are keys like any other).
 */
export function parseJsonExact(text: string, opts: ParseOptions = {}): Json {
  let i = 0;
  const fail = (what: string): never => {
    const line = text.slice(0, i).split('\n').length;
    const col = i - text.lastIndexOf('\n', i - 1);
    throw new JsonSyntaxError(`${what} at line ${line} column ${col}`);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const value = (depth: number): Json => {
    if (depth > 512) fail('JSON nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      // A repeated key keeps its first place and its last value, as serde_json's IndexMap does.
      // Null prototype: "__proto__" is an ordinary key here (kept, signed, printed), never a setter.
      const obj: Record<string, Json> = Object.create(null) as Record<string, Json>;
      const order: string[] = [];
      Object.defineProperty(obj, KEY_ORDER, { value: order, enumerable: false });
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a string key');
        const k = str();
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        if (!Object.hasOwn(obj, k)) order.push(k);
        setOwn(obj, k, value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr: Json[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    for (const [word, value] of WORDS) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 4096));
    if (!m || m[0] === '' || m[0] === '-') return fail('expected value');
    i += m[0].length;
    if (opts.float !== undefined && serdeFloat(m[0], m[2] !== undefined || m[3] !== undefined)) return opts.float(m[0]);
    if (m[2] === undefined && m[3] === undefined) {
      const n = Number(m[0]);
      return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    return Number(m[0]);
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        try {
          return JSON.parse(text.slice(start, i)) as string;
        } catch {
          i = start;
          return fail('invalid string');
        }
      }
      if (c === 0x5c) i += 2;
      else if (c < 0x20) return fail('control character in string');
      else i++;
    }
    return fail('unterminated string');
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail('trailing characters');
  return v;
}
