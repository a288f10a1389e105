// argv → flag values for one command, checked the way clap checks casper-client's: unknown flags,
// missing values, repeats, one-of groups and `requires`. Tokens go through yargs' parser; the checks
// that clap makes and yargs does not are made here, against the command's flag table.
// yargs' own parser module: the yargs/helpers entry drags in y18n, locales and shims (~25 ms).
import Parser from 'yargs-parser';
import { display, flagKey, type CommandSpec, type Flag } from './flags.js';
import { usageError } from './usage-error.js';

export type FlagValues = {
  /** Value of a single-valued flag ('' for a bare optional-value flag). */
  get(key: string): string | undefined;
  all(key: string): string[];
  has(key: string): boolean;
  count(key: string): number;
  positionals: string[];
};

interface Lookup {
  byLong: Map<string, Flag>;
  byShort: Map<string, Flag>;
}

function lookup(spec: CommandSpec): Lookup {
  const byLong = new Map<string, Flag>();
  const byShort = new Map<string, Flag>();
  for (const f of spec.flags) {
    if (f.long !== undefined) byLong.set(f.long, f);
    for (const a of f.aliases ?? []) byLong.set(a, f);
    if (f.short !== undefined) byShort.set(f.short, f);
  }
  return { byLong, byShort };
}

function suggest(name: string, names: string[]): string | undefined {
  // The closest known flag by edit distance, as clap's "a similar argument exists" tip.
  const dist = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    return d[a.length]![b.length]!;
  };
  let best: string | undefined;
  let bestD = 4;
  for (const n of names) {
    const dd = dist(name, n);
    if (dd < bestD) [best, bestD] = [n, dd];
  }
  return best;
}

/** Walks the raw tokens for what clap rejects before parsing: unknown flags and missing values. */
function scan(spec: CommandSpec, argv: string[], lk: Lookup): Map<string, number> {
  const seen = new Map<string, number>();
  const bump = (f: Flag) => seen.set(flagKey(f), (seen.get(flagKey(f)) ?? 0) + 1);
  const isFlagToken = (t: string | undefined) => t !== undefined && t.startsWith('-') && t !== '-' && !/^-\d/.test(t);
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    if (t === '--') break;
    if (t.startsWith('--')) {
      const [name, inline] = t.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const f = lk.byLong.get(name);
      if (f === undefined) {
        const tip = suggest(name, [...lk.byLong.keys()]);
        throw usageError(spec, `unexpected argument '--${name}' found${tip ? `\n\n  tip: a similar argument exists: '--${tip}'` : ''}`);
      }
      bump(f);
      if (f.valueName === undefined) {
        if (inline !== undefined) throw usageError(spec, `unexpected value '${inline}' for '${display(f)}' found; no more were expected`);
        continue;
      }
      if (inline !== undefined) continue;
      if (f.optionalValue) {
        if (argv[i + 1] !== undefined && !isFlagToken(argv[i + 1])) i++;
        continue;
      }
      if (argv[i + 1] === undefined || isFlagToken(argv[i + 1])) throw usageError(spec, `a value is required for '${display(f)}' but none was supplied`);
      i++;
    } else if (isFlagToken(t)) {
      // -vv, -k path, -kpath, -n=x
      const body = t.slice(1);
      for (let j = 0; j < body.length; j++) {
        const f = lk.byShort.get(body[j]!);
        if (f === undefined) throw usageError(spec, `unexpected argument '-${body[j]}' found`);
        bump(f);
        if (f.valueName !== undefined) {
          if (j + 1 < body.length) break;
          if (argv[i + 1] === undefined || isFlagToken(argv[i + 1])) throw usageError(spec, `a value is required for '${display(f)}' but none was supplied`);
          i++;
          break;
        }
      }
    }
  }
  return seen;
}

export function parseFlags(spec: CommandSpec, argv: string[]): FlagValues {
  const lk = lookup(spec);
  const seen = scan(spec, argv, lk);
  for (const f of spec.flags) {
    if ((seen.get(flagKey(f)) ?? 0) > 1 && !f.repeatable && !f.count) {
      throw usageError(spec, `the argument '${display(f)}' cannot be used multiple times`);
    }
  }
  const parsed = Parser(argv, {
    string: spec.flags.filter((f) => f.valueName !== undefined).map(flagKey),
    boolean: spec.flags.filter((f) => f.valueName === undefined && !f.count).map(flagKey),
    count: spec.flags.filter((f) => f.count).map(flagKey),
    alias: Object.fromEntries(spec.flags.map((f) => [flagKey(f), [...(f.short !== undefined && f.long !== undefined ? [f.short] : []), ...(f.aliases ?? [])]])),
    configuration: {
      'parse-numbers': false,
      'parse-positional-numbers': false,
      'camel-case-expansion': false,
      'dot-notation': false,
      'boolean-negation': false,
      'duplicate-arguments-array': true,
      'strip-aliased': true,
      'short-option-groups': true,
      'greedy-arrays': false,
      'populate--': false,
    },
  });
  const raw = parsed as unknown as Record<string, unknown>;
  const listOf = (k: string): string[] => {
    if (!seen.has(k)) return [];
    const v = raw[k];
    return (Array.isArray(v) ? v : [v]).map((x) => (x === undefined || x === null ? '' : String(x)));
  };
  const positionals = (raw._ as unknown[]).map(String);
  const values: FlagValues = {
    get: (k) => listOf(k)[0],
    all: listOf,
    has: (k) => seen.has(k),
    count: (k) => seen.get(k) ?? 0,
    positionals,
  };
  const max = spec.positionals?.length ?? 0;
  if (positionals.length > max) throw usageError(spec, `unexpected argument '${positionals[max]}' found`);
  for (const [i, p] of (spec.positionals ?? []).entries()) {
    if (p.required && positionals[i] === undefined) throw usageError(spec, `the following required arguments were not provided:\n  <${p.name}>`);
  }
  checkGroups(spec, values);
  return values;
}

function checkGroups(spec: CommandSpec, v: FlagValues): void {
  const byKey = new Map(spec.flags.map((f) => [flagKey(f), f]));
  const examples = v.has('show-simple-arg-examples') || v.has('show-json-args-examples');
  // As in casper-client's dev branch: asking for examples wins over every other check.
  if (examples) return;
  const missingRequired = (spec.required ?? []).filter((k) => !v.has(k));
  const missingGroups = spec.groups.filter((g) => g.required && !g.members.some((m) => v.has(m)));
  if (missingRequired.length > 0) {
    // clap names every missing required argument at once, groups after flags.
    const lines = [...missingRequired.map((m) => `  ${display(byKey.get(m)!)}`), ...missingGroups.map((g) => `  <${g.members.map((m) => display(byKey.get(m)!)).join('|')}>`)];
    throw usageError(spec, `the following required arguments were not provided:\n${lines.join('\n')}`, missingRequired);
  }
  for (const g of spec.groups) {
    const present = g.members.filter((m) => v.has(m));
    if (present.length > 1) {
      throw usageError(spec, `the argument '${display(byKey.get(present[0]!)!)}' cannot be used with '${display(byKey.get(present[1]!)!)}'`);
    }
    if (g.required && present.length === 0) {
      const members = g.members.filter((m) => !m.startsWith('show-'));
      throw usageError(spec, `the following required arguments were not provided:\n  <${members.map((m) => display(byKey.get(m)!)).join('|')}>`);
    }
  }
  for (const [flag, needs] of Object.entries(spec.requires)) {
    if (!v.has(flag)) continue;
    const missing = needs.filter((n) => !v.has(n));
    if (missing.length > 0) {
      throw usageError(spec, `the following required arguments were not provided:\n${missing.map((m) => `  ${display(byKey.get(m)!)}`).join('\n')}`, missing);
    }
  }
}

/** Flags that must be given unless examples were asked for (clap's required_unless_present). */
export function requireFlags(spec: CommandSpec, v: FlagValues, keys: string[]): void {
  if (v.has('show-simple-arg-examples') || v.has('show-json-args-examples')) return;
  const byKey = new Map(spec.flags.map((f) => [flagKey(f), f]));
  const missing = keys.filter((k) => !v.has(k));
  if (missing.length > 0) {
    throw usageError(spec, `the following required arguments were not provided:\n${missing.map((m) => `  ${display(byKey.get(m)!)}`).join('\n')}`, missing);
  }
}
