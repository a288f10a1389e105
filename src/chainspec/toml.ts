// Just enough TOML for chainspec.toml (1.5 and 2.x) and NCTL-style accounts files: [tables],
// [[arrays of tables]], and key = value with strings, integers (with _), floats, booleans, inline
// tables and arrays, which may span lines (2.x chainspecs write wasm_lanes that way).
// Tables have no prototype, so a key such as __proto__ is an ordinary key.
import { CasperError } from '../core/errors.js';
class TomlError extends CasperError {
  override name = 'TomlError';
}

type Table = Record<string, unknown>;

function parseValue(raw: string, line: number): unknown {
  const v = raw.trim();
  if (/^'.*'$/.test(v)) return v.slice(1, -1);
  if (/^".*"$/.test(v)) return JSON.parse(v) as string;
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^[+-]?\d[\d_]*$/.test(v)) {
    const n = BigInt(v.replace(/_/g, ''));
    return Number.isSafeInteger(Number(n)) ? Number(n) : n;
  }
  if (/^[+-]?\d[\d_]*\.\d+([eE][+-]?\d+)?$/.test(v)) return Number(v.replace(/_/g, ''));
  if (v.startsWith('[') && v.endsWith(']')) return splitTop(v.slice(1, -1)).map((x) => parseValue(x, line));
  if (v.startsWith('{') && v.endsWith('}')) {
    const table: Table = Object.create(null) as Table;
    for (const pair of splitTop(v.slice(1, -1))) {
      const eq = pair.indexOf('=');
      if (eq < 0) throw new TomlError(`line ${line}: expected key = value inside { }`);
      table[pair.slice(0, eq).trim()] = parseValue(pair.slice(eq + 1), line);
    }
    return table;
  }
  throw new TomlError(`line ${line}: cannot read the value ${v}`);
}

/**
 * Walks text outside quotes, calling `at` with each character and the bracket depth before it; `at`
 * returns true to stop. Returns the depth at the end (> 0: a value left open, it goes on).
 */
function walkOutsideQuotes(text: string, at: (ch: string, i: number, depth: number) => boolean): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (at(ch, i, depth)) break;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth;
}

/** Splits on commas that are outside brackets, braces and quotes. */
function splitTop(inner: string): string[] {
  const items: string[] = [];
  let start = 0;
  walkOutsideQuotes(inner, (ch, i, depth) => {
    if (ch === ',' && depth === 0) {
      items.push(inner.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  const last = inner.slice(start);
  if (last.trim() !== '') items.push(last);
  return items;
}

function stripComment(line: string): string {
  let end = line.length;
  walkOutsideQuotes(line, (ch, i) => {
    if (ch !== '#') return false;
    end = i;
    return true;
  });
  return line.slice(0, end);
}

/** Bracket depth left open at the end of a line (outside quotes): > 0 means the value goes on. */
const openBrackets = (text: string): number => walkOutsideQuotes(text, () => false);

export function parseToml(text: string): Table {
  const root: Table = Object.create(null) as Table;
  let current = root;
  const dig = (path: string[], arrayLast: boolean): Table => {
    let t = root;
    path.forEach((key, i) => {
      const last = i === path.length - 1;
      if (last && arrayLast) {
        t[key] ??= [];
        const arr = t[key] as Table[];
        const next: Table = Object.create(null) as Table;
        arr.push(next);
        t = next;
        return;
      }
      const existing = t[key];
      if (Array.isArray(existing)) t = existing[existing.length - 1] as Table;
      else {
        t[key] ??= Object.create(null) as Table;
        t = t[key] as Table;
      }
    });
    return t;
  };
  let pending = '';
  let pendingLine = 0;
  for (const [lineIdx, rawLine] of text.split(/\r?\n/).entries()) {
    let idx = lineIdx;
    let line = stripComment(rawLine).trim();
    if (pending !== '') {
      line = `${pending} ${line}`;
      if (openBrackets(line) > 0) {
        pending = line;
        continue;
      }
      pending = '';
      idx = pendingLine;
    } else if (line === '') continue;
    else if (line.includes('=') && openBrackets(line) > 0) {
      pending = line;
      pendingLine = idx;
      continue;
    }
    const arr = /^\[\[([^\]]+)\]\]$/.exec(line);
    const tbl = /^\[([^\]]+)\]$/.exec(line);
    if (arr)
      current = dig(
        arr[1]!.split('.').map((s) => s.trim()),
        true,
      );
    else if (tbl)
      current = dig(
        tbl[1]!.split('.').map((s) => s.trim()),
        false,
      );
    else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new TomlError(`line ${idx + 1}: expected key = value`);
      current[line.slice(0, eq).trim().replace(/^"|"$/g, '')] = parseValue(line.slice(eq + 1), idx + 1);
    }
  }
  if (pending !== '') throw new TomlError(`line ${pendingLine + 1}: an array or table is never closed`);
  return root;
}
