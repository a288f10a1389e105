// argv → flag values for one command, walked token by token the way clap 4 walks casper-client's
// command line: unknown flags, missing values, repeats and -h/--help are met in order, so the first
// problem is the one clap reports; then required flags, one-of groups and `requires` are checked.
import { display, flagKey, isRequired, type CommandSpec, type Flag, type FlagsOf } from './flags.js';
import { didYouMean, jaro, tipLine } from '../core/suggest.js';
import { UsageError, usageError } from './usage-error.js';

/** Parsed flags whose values are the record R: reading a key R does not have is a compile error. */
export interface ParsedFlags<R> {
  /**
   * A flag's value, its table's default applied when it is absent: a string ('' for a bare
   * optional-value flag; the first one given), string[] for a repeatable, boolean for a switch,
   * number for a count.
   */
  get<K extends keyof R & string>(key: K): R[K];
  /** Whether the flag was on the command line: a default does not count (clap's "present"). */
  given(key: keyof R & string): boolean;
  readonly positionals: readonly string[];
  /** Keys of the flags given, in the order they first appear (clap's "used" args). */
  readonly present: readonly string[];
}

/** The parsed flags of a command, typed from its table: FlagValues<typeof putDeploySpec>. */
export type FlagValues<S extends { readonly flags: readonly Flag[] }> = ParsedFlags<FlagsOf<S>>;

/** -h/--help was met before any problem: the caller prints the help. */
export class HelpRequested {
  readonly kind = 'help';
  /** --help asks for the long help, -h for the short one (clap parser.rs:1230-1238). */
  constructor(readonly long: boolean = true) {}
}

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
    for (const a of f.shortAliases ?? []) byShort.set(a, f);
  }
  return { byLong, byShort };
}

/** The long names clap would offer, in its keymap's order: each flag's long, then its aliases; --help last. */
function longNames(spec: CommandSpec): string[] {
  return [...spec.flags.flatMap((f) => [...(f.long !== undefined ? [f.long] : []), ...(f.aliases ?? [])]), 'help'];
}

/** clap's unknown-argument error: its best suggestion, and a usage line that includes it. */
function unknownLong(spec: CommandSpec, name: string, seen: Map<string, number>, lk: Lookup): never {
  const tip = didYouMean(name, longNames(spec)).at(-1);
  const tipFlag = tip === undefined ? undefined : lk.byLong.get(tip);
  const used = [...seen.keys(), ...(tipFlag !== undefined ? [flagKey(tipFlag)] : [])];
  const lines = [`unexpected argument '--${name}' found`];
  if (tip !== undefined) lines.push('', tipLine('argument', [`--${tip}`]));
  else if ((spec.positionals ?? []).length > 0)
    lines.push('', `  tip: to pass '--${name}' as a value, use '-- --${name}'`);
  throw usageError(spec, lines.join('\n'), used);
}

/**
 * clap's invalid-value error: no usage line, the possible values, and the most similar one as a
 * tip (clap 4 error/format.rs InvalidValue, suggestions.rs did_you_mean).
 */
function invalidValue(f: Flag, value: string): UsageError {
  const values = f.possibleValues!;
  let tip: string | undefined;
  let best = 0.7;
  for (const pv of values) {
    const c = jaro(value, pv);
    if (c > best || (c === best && tip !== undefined)) [tip, best] = [pv, c];
  }
  const quoted = values.map((v) => (/\s/.test(v) ? `"${v}"` : v));
  const head =
    value === ''
      ? `a value is required for '${display(f)}' but none was supplied`
      : `invalid value '${value}' for '${display(f)}'`;
  return new UsageError(
    `${head}\n  [possible values: ${quoted.join(', ')}]${tip !== undefined ? `\n\n  tip: a similar value exists: '${tip}'` : ''}`,
    '',
  );
}

// A token that starts a new flag rather than being a value (negative numbers stay values).
const isFlagToken = (t: string | undefined) => t?.startsWith('-') && t !== '-' && !/^-\d/.test(t);

interface Walked {
  values: Map<string, string[]>;
  counts: Map<string, number>;
  positionals: string[];
  help: boolean;
  /** --help rather than -h. */
  helpLong?: boolean;
}

/**
 * The clap walk. Short options cluster (-vv, -vk path) and a short option that takes a value takes
 * the rest of its token when there is one, less one leading '=' (-ksecret.pem, -k=secret.pem,
 * -a"x:u8='1'"), as clap_lex's ShortFlags::next_value_os and clap's parse_short_arg do.
 */
function walk(spec: CommandSpec, argv: readonly string[], lk: Lookup): Walked {
  const values = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const positionals: string[] = [];
  const maxPositionals = spec.positionals?.length ?? 0;
  const occur = (f: Flag, value?: string) => {
    const k = flagKey(f);
    const n = (counts.get(k) ?? 0) + 1;
    if (n > 1 && !f.repeatable && !f.count)
      throw usageError(spec, `the argument '${display(f)}' cannot be used multiple times`);
    counts.set(k, n);
    if (value !== undefined && f.possibleValues !== undefined && !f.possibleValues.includes(value))
      throw invalidValue(f, value);
    if (value !== undefined) values.set(k, [...(values.get(k) ?? []), value]);
  };
  const takeNext = (i: number, f: Flag): string => {
    const next = argv[i + 1];
    if (next === undefined || isFlagToken(next))
      throw usageError(spec, `a value is required for '${display(f)}' but none was supplied`);
    return next;
  };
  const positional = (t: string) => {
    if (positionals.length >= maxPositionals) throw usageError(spec, `unexpected argument '${t}' found`);
    positionals.push(t);
  };
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    if (t === '--') {
      for (const rest of argv.slice(i + 1)) positional(rest);
      break;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const name = eq === -1 ? t.slice(2) : t.slice(2, eq);
      const inline = eq === -1 ? undefined : t.slice(eq + 1);
      if (name === 'help') {
        if (inline !== undefined)
          throw usageError(spec, `unexpected value '${inline}' for '--help' found; no more were expected`);
        return { values, counts, positionals, help: true, helpLong: true };
      }
      const f = lk.byLong.get(name);
      if (f === undefined) unknownLong(spec, name, counts, lk);
      if (f.valueName === undefined) {
        if (inline !== undefined)
          throw usageError(spec, `unexpected value '${inline}' for '${display(f)}' found; no more were expected`);
        occur(f);
      } else if (inline !== undefined) {
        occur(f, inline);
      } else if (f.optionalValue) {
        const next = argv[i + 1];
        if (next !== undefined && !isFlagToken(next)) {
          occur(f, next);
          i++;
        } else occur(f, '');
      } else {
        occur(f, takeNext(i, f));
        i++;
      }
      continue;
    }
    if (!isFlagToken(t)) {
      positional(t);
      continue;
    }
    const body = t.slice(1);
    for (let j = 0; j < body.length; j++) {
      const c = body[j]!;
      if (c === 'h') return { values, counts, positionals, help: true, helpLong: false };
      const f = lk.byShort.get(c);
      if (f === undefined) {
        const tip = (spec.positionals ?? []).length > 0 ? `\n\n  tip: to pass '-${c}' as a value, use '-- -${c}'` : '';
        // clap: the help's usage line here, not the flags given (parser.rs, short NoMatchingArg).
        throw usageError(spec, `unexpected argument '-${c}' found${tip}`);
      }
      if (f.valueName === undefined) {
        occur(f);
        continue;
      }
      let rest = body.slice(j + 1);
      if (rest.startsWith('=')) rest = rest.slice(1);
      if (j + 1 < body.length) occur(f, rest);
      else if (f.optionalValue) occur(f, '');
      else {
        occur(f, takeNext(i, f));
        i++;
      }
      break;
    }
  }
  return { values, counts, positionals, help: false };
}

/**
 * Parses a command's argv; throws HelpRequested when -h/--help comes before any problem. Defaults
 * come from the table and only from there; groups and `requires` look at the flags given.
 */
export function parseFlags<const S extends CommandSpec>(spec: S, argv: readonly string[]): FlagValues<S> {
  const w = walk(spec, argv, lookup(spec));
  if (w.help) throw new HelpRequested(w.helpLong ?? true);
  const read = new Map<string, string | string[] | boolean | number | undefined>();
  for (const f of spec.flags) {
    const k = flagKey(f);
    if (f.count) read.set(k, w.counts.get(k) ?? 0);
    else if (f.valueName === undefined) read.set(k, w.counts.has(k));
    else if (f.repeatable) read.set(k, w.values.get(k) ?? []);
    else read.set(k, w.values.get(k)?.[0] ?? f.default);
  }
  const given = (k: string) => w.counts.has(k);
  const present = [...w.counts.keys()];
  for (const [i, p] of (spec.positionals ?? []).entries()) {
    if (p.required && w.positionals[i] === undefined)
      throw usageError(spec, `the following required arguments were not provided:\n  <${p.name}>`);
  }
  checkGroups(spec, given, present);
  return {
    // The one place where the table's types meet the walk's values: `read` holds, per key, what FlagsOf says.
    get: (k) => read.get(k) as never,
    given,
    positionals: w.positionals,
    present,
  };
}

function checkGroups(spec: CommandSpec, has: (key: string) => boolean, given: readonly string[]): void {
  const byKey = new Map(spec.flags.map((f) => [flagKey(f), f]));
  // clap's .required(true): missing ones are named together, before any group.
  const missingRequired = spec.flags.filter((f) => isRequired(spec, f) && !has(flagKey(f))).map(flagKey);
  const examples = has('show-simple-arg-examples') || has('show-json-args-examples');
  if (missingRequired.length > 0) {
    // clap names every missing required argument at once, required groups after the flags.
    const missingGroups = examples ? [] : spec.groups.filter((g) => g.required && !g.members.some((m) => has(m)));
    const lines = [
      ...missingRequired.map((m) => `  ${display(byKey.get(m)!)}`),
      ...missingGroups.map(
        (g) =>
          `  <${g.members
            .filter((m) => !m.startsWith('show-'))
            .map((m) => display(byKey.get(m)!))
            .join('|')}>`,
      ),
    ];
    throw usageError(spec, `the following required arguments were not provided:\n${lines.join('\n')}`, [
      ...given,
      ...missingRequired,
    ]);
  }
  // As in casper-client's dev branch: asking for examples wins over every other check.
  if (examples) return;
  for (const g of spec.groups) {
    const present = g.members.filter((m) => has(m));
    if (present.length > 1) {
      throw usageError(
        spec,
        `the argument '${display(byKey.get(present[0]!)!)}' cannot be used with '${display(byKey.get(present[1]!)!)}'`,
      );
    }
    if (g.required && present.length === 0) {
      const members = g.members.filter((m) => !m.startsWith('show-'));
      throw usageError(
        spec,
        `the following required arguments were not provided:\n  <${members.map((m) => display(byKey.get(m)!)).join('|')}>`,
        [...given],
      );
    }
  }
  for (const [flag, needs] of Object.entries(spec.requires)) {
    if (!has(flag)) continue;
    const missing = needs.filter((n) => !has(n));
    if (missing.length > 0) {
      throw usageError(
        spec,
        `the following required arguments were not provided:\n${missing.map((m) => `  ${display(byKey.get(m)!)}`).join('\n')}`,
        [...given, ...missing],
      );
    }
  }
}

/**
 * Flags that must be given unless examples were asked for (clap's required_unless_present), in the
 * order clap names them; afterwards they read as strings.
 */
export function requireFlags<R, K extends keyof R & string>(
  spec: CommandSpec,
  v: ParsedFlags<R>,
  keys: readonly K[],
): asserts v is ParsedFlags<R & { readonly [P in K]: NonNullable<R[P]> }> {
  if (v.present.includes('show-simple-arg-examples') || v.present.includes('show-json-args-examples')) return;
  const byKey = new Map(spec.flags.map((f) => [flagKey(f), f]));
  const missing = keys.filter((k) => !v.given(k));
  if (missing.length > 0) {
    throw usageError(
      spec,
      `the following required arguments were not provided:\n${missing.map((m) => `  ${display(byKey.get(m)!)}`).join('\n')}`,
      [...v.present, ...missing],
    );
  }
}
