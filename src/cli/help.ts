// clap 4's help layout, as casper-client 2.0.0 shows it. casper-client 2.0.0 asks for clap "4"
// (Cargo.toml) and ships no Cargo.lock; on its release day (2023-07-04) that resolved to clap 4.3.10,
// whose clap_builder sources the rules below are read from (file:line at tag v4.3.10):
// - width: clap's `wrap_help` feature is on (Cargo.toml:28), so the terminal's width when stdout is a
//   terminal, else $COLUMNS when it parses as a number, else 100 (help_template.rs:104-116, 1024-1039);
// - -h gives the short help, --help (and `help <command>`) the long one, but only when the command
//   has some long text (parser.rs:1230-1238, command.rs:4569-4618);
// - flags sorted by (display_order, -x or --long) (help_template.rs:480, 1001-1022), -h/--help last
//   (command.rs:4246-4261, arg.rs:4391 gives it order 999);
// - two columns unless the command asks for next-line help, the long help is shown, or one help text
//   would not fit beside the widest flag (help_template.rs:455-493, 710-737);
// - after each text: [default: …] then [possible values: …], on their own lines in the long help
//   (help_template.rs:630-642, 739-828); texts wrap at word boundaries (textwrap/wrap_algorithms.rs).
import { display, flagKey, isRequired, isRequiredUnlessExamples, type CommandSpec, type Flag } from './flags.js';

/** clap's term_w: the terminal's width, else $COLUMNS, else 100 (help_template.rs:104-116). */
export function terminalWidth(
  stdout: { isTTY?: boolean; columns?: number } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): number {
  if (stdout.isTTY && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  // parse_env: Rust's usize::from_str takes an optional leading '+' and digits only.
  const columns = env.COLUMNS;
  if (columns !== undefined && /^\+?[0-9]+$/.test(columns)) return Number(columns.replace(/^\+/, ''));
  return 100;
}

// clap's TAB (output/mod.rs:21) and NEXT_LINE_INDENT (help_template.rs:993).
const TAB = 2;
const NEXT_LINE_INDENT = 8;

/** clap's display_width without its `unicode` feature: one column a character (textwrap/core.rs:55-84). */
const width = (s: string): number => [...s].length;

/**
 * clap's greedy wrapper (textwrap/wrap_algorithms.rs LineWrapper, styled_str.rs:68-98): words keep
 * their trailing spaces; a word goes to a new line when it would pass `hard` columns; the line it
 * leaves loses its trailing spaces; the text's trailing whitespace is dropped.
 */
export function wrapText(text: string, hard: number): string {
  const out: string[] = [];
  for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    const words = line.match(/[^ ]+ *| +/g) ?? [];
    // find_words_ascii_space: leading spaces form their own word, carried to each wrapped line.
    const carry = words[0] !== undefined && words[0].trim() === '' ? words[0] : '';
    let lineWidth = 0;
    const done: string[] = [];
    words.forEach((word, i) => {
      const trimmed = word.trimEnd();
      if (i !== 0 && hard < lineWidth + width(trimmed)) {
        done[done.length - 1] = done[done.length - 1]!.trimEnd();
        done.push('\n', carry);
        lineWidth = carry.length;
      }
      lineWidth += width(trimmed) + (word.length - trimmed.length);
      done.push(word);
    });
    out.push(done.join(''));
  }
  return out.join('').trimEnd();
}

function groupUsage(spec: CommandSpec, groupName: string): string {
  const g = spec.groups.find((x) => x.name === groupName)!;
  const byKey = new Map(spec.flags.map((f) => [flagKey(f), f]));
  return `<${g.members.map((m) => display(byKey.get(m)!)).join('|')}>`;
}

/**
 * The usage line as clap 4 builds it (clap_builder/src/output/usage.rs). With nothing `used` it is
 * the help's usage: `[OPTIONS]` when some visible flag is neither required nor in a required group,
 * then the required flags, the required groups and the positionals. Errors pass the flags given so
 * far (clap's "used"): then there is no `[OPTIONS]`, and the used flags follow the required ones,
 * except members of a required group, which the group stands for. clap never wraps this line.
 */
export function usageLine(spec: CommandSpec, used: string[] = []): string {
  const byKey = new Map(spec.flags.map((f) => [flagKey(f), f]));
  const inRequiredGroup = new Set(spec.groups.filter((g) => g.required).flatMap((g) => g.members));
  const parts = [`casper-client ${spec.name}`];
  if (
    used.length === 0 &&
    spec.flags.some((f) => !f.hidden && !isRequired(spec, f) && !inRequiredGroup.has(flagKey(f)))
  )
    parts.push('[OPTIONS]');
  const opts: string[] = [];
  for (const k of [...spec.flags.filter((f) => isRequired(spec, f)).map(flagKey), ...used]) {
    const f = byKey.get(k);
    if (f === undefined || f.hidden || inRequiredGroup.has(k) || opts.includes(k)) continue;
    opts.push(k);
  }
  parts.push(...opts.map((k) => display(byKey.get(k)!)));
  for (const g of spec.groups) if (g.required) parts.push(groupUsage(spec, g.name));
  for (const p of spec.positionals ?? []) parts.push(p.required ? `<${p.name}>` : `[${p.name}]`);
  return `Usage: ${parts.join(' ')}`;
}

/** Our own marks after a flag's text: required, and required unless -e/-j (words, not clap's spec values). */
function requiredMark(spec: CommandSpec, f: Flag): string {
  if (isRequired(spec, f)) return ' [required]';
  if (isRequiredUnlessExamples(spec, f)) return ' [required unless -e or -j is given]';
  return '';
}

/** Rust's {:?} of a string, as clap quotes a default or possible value holding whitespace. */
const quoteIfSpaced = (v: string): string => (/\s/.test(v) ? JSON.stringify(v) : v);

/**
 * clap's spec_vals (help_template.rs:739-828): [default: …] for a flag that takes a value, then
 * [possible values: …]. Aliases are hidden ones here (clap's `alias`, not `visible_alias`), so none.
 */
export function specVals(f: Flag): string[] {
  const vals: string[] = [];
  if (f.valueName !== undefined && f.default !== undefined) vals.push(`[default: ${quoteIfSpaced(f.default)}]`);
  if (f.possibleValues !== undefined && f.possibleValues.length > 0)
    vals.push(`[possible values: ${f.possibleValues.map(quoteIfSpaced).join(', ')}]`);
  return vals;
}

/** One line of an Options or Arguments section, before layout. */
export interface HelpRow {
  /** What clap measures: `--long <V>`, `-x...`, `<NAME>` (arg.rs stylized). */
  name: string;
  /** The columns before `name`: `-x, ` / 4 spaces for options with a long name, none otherwise. */
  lead: string;
  help: string;
  longHelp?: string;
  specVals: string[];
  /** Short-only switches without a value are left out of the widest-name count (help_template.rs:1059-1061). */
  measured: boolean;
  /** An option with a long name (help_template.rs:572-578 pads from the long name). */
  hasLong: boolean;
}

export interface Layout {
  width: number;
  /** --help on a command with long texts (clap's use_long). */
  long: boolean;
  /** The command's next_line_help(true). */
  nextLine: boolean;
}

/** clap's write_args for one section (help_template.rs:455-493), rows already in display order. */
export function renderSection(rows: HelpRow[], positional: boolean, layout: Layout): string {
  const longest = Math.max(2, ...rows.filter((r) => r.measured).map((r) => width(r.name)));
  // help_template.rs:620-626 (where the text starts) and 720-737 (arg_next_line_help).
  const taken = longest + TAB * 2 + (positional ? 0 : 4);
  const overflows = (r: HelpRow) => {
    const hw = width(r.help) + width(r.specVals.join(' '));
    return layout.width >= taken && Math.fround(taken / layout.width) > Math.fround(0.4) && hw > layout.width - taken;
  };
  const nextLine = layout.long || layout.nextLine || rows.some(overflows);
  const spaces = nextLine ? TAB + NEXT_LINE_INDENT : taken;
  const parts = rows.map((r) => {
    let line = ' '.repeat(TAB) + r.lead + r.name;
    if (nextLine) line += `\n${' '.repeat(spaces)}`;
    // align_to_about (help_template.rs:557-597): pad to the widest name, +4 for short-only options.
    else line += ' '.repeat(longest + TAB + (positional || r.hasLong ? 0 : 4) - width(r.name));
    let text = layout.long ? (r.longHelp ?? r.help) : r.help;
    if (r.specVals.length > 0)
      text += (text === '' ? '' : layout.long ? '\n\n' : ' ') + r.specVals.join(layout.long ? '\n' : ' ');
    // help(): wrap at what is left of the width, then indent every further line (styled_str.rs:56-62).
    line += wrapText(text, Math.max(0, layout.width - spaces)).replaceAll('\n', `\n${' '.repeat(spaces)}`);
    return line;
  });
  return parts.join(nextLine && layout.long ? '\n\n' : '\n');
}

/** clap's option_sort_key (help_template.rs:1001-1022): `-x` as "x0" ("X" as "x1"), else the long name. */
function clapKey(f: Flag): string {
  if (f.short !== undefined) return f.short.toLowerCase() + (f.short >= 'a' && f.short <= 'z' ? '0' : '1');
  return f.long ?? '';
}

/** The visible flags in clap's display order; see Flag.order. */
export function displayOrder(flags: readonly Flag[]): Flag[] {
  let prev = -1;
  const keyed = flags.map((f, i) => {
    if (f.order !== undefined) prev = f.order;
    return { f, order: prev, tier: f.order !== undefined ? 0 : 1, key: f.order !== undefined ? clapKey(f) : '', i };
  });
  keyed.sort(
    (a, b) => a.order - b.order || a.tier - b.tier || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || a.i - b.i,
  );
  return keyed.map((k) => k.f).filter((f) => !f.hidden);
}

/** clap's long_help_exists (command.rs:4595-4618): some long text, so --help differs from -h. */
const hasLongHelp = (spec: CommandSpec): boolean =>
  spec.longAbout !== undefined || spec.flags.some((f) => !f.hidden && f.longHelp !== undefined);

function flagRow(spec: CommandSpec, f: Flag, substitutions: Record<string, string>): HelpRow {
  const sub = (t: string) => Object.entries(substitutions).reduce((acc, [k, v]) => acc.replace(k, v), t);
  const name = display(f);
  const lead = f.long !== undefined ? (f.short !== undefined ? `-${f.short}, ` : '    ') : '';
  // display() writes `-x...` or `-x <V>` for short-only flags: the lead is in the name already.
  const mark = requiredMark(spec, f);
  return {
    name,
    lead,
    help: sub(f.help) + mark,
    longHelp: f.longHelp === undefined ? undefined : sub(f.longHelp) + mark,
    specVals: specVals(f),
    measured: f.valueName !== undefined || f.long !== undefined || f.short === undefined,
    hasLong: f.long !== undefined,
  };
}

/**
 * A command's help page as clap 4 writes it (help_template.rs write_all_args; output/help.rs trims
 * it and ends it with one newline). `long` is --help; -h passes false. `width` defaults to clap's.
 */
export function commandHelp(
  spec: CommandSpec,
  substitutions: Record<string, string> = {},
  opts: { long?: boolean; width?: number } = {},
): string {
  const longExists = hasLongHelp(spec);
  const layout: Layout = {
    width: opts.width ?? terminalWidth(),
    long: (opts.long ?? false) && longExists,
    nextLine: spec.nextLineHelp ?? false,
  };
  const about = layout.long ? (spec.longAbout ?? spec.about) : spec.about;
  const sections = [`${wrapText(about, layout.width)}\n\n${usageLine(spec)}`];
  const positionals = spec.positionals ?? [];
  if (positionals.length > 0) {
    const rows = positionals.map(
      (p): HelpRow => ({
        name: p.required ? `<${p.name}>` : `[${p.name}]`,
        lead: '',
        help: p.help,
        specVals: [],
        measured: true,
        hasLong: false,
      }),
    );
    sections.push(`Arguments:\n${renderSection(rows, true, layout)}`);
  }
  // The -h/--help flag clap adds (command.rs:4246-4261).
  const helpRow: HelpRow = {
    name: '--help',
    lead: '-h, ',
    help: longExists ? "Print help (see more with '--help')" : 'Print help',
    longHelp: longExists ? "Print help (see a summary with '-h')" : undefined,
    specVals: [],
    measured: true,
    hasLong: true,
  };
  const rows = [...displayOrder(spec.flags).map((f) => flagRow(spec, f, substitutions)), helpRow];
  sections.push(`Options:\n${renderSection(rows, false, layout)}`);
  return `${sections.join('\n\n').trim()}\n`;
}

export interface CommandSummary {
  name: string;
  about: string;
  /** Not a casper-client 2.0.0 command: where it comes from. */
  extra?: string;
}

/**
 * clap's write_subcommands (help_template.rs:851-990): names padded to the longest + 2, unless one
 * about would not fit beside them (subcommand_next_line_help: the 40% rule with longest + 4). A
 * quirk kept: help() is called without an arg, so a wrapped about continues at longest + 8, not at
 * the column where it started (help_template.rs:620-626).
 */
export function subcommandList(groups: { name: string; about: string }[][], width: number): string[][] {
  const all = groups.flat();
  const longest = Math.max(2, ...all.map((r) => [...r.name].length));
  const taken = longest + TAB * 2;
  const nextLine = all.some(
    (r) => width >= taken && Math.fround(taken / width) > Math.fround(0.4) && [...r.about].length > width - taken,
  );
  const spaces = nextLine ? TAB + NEXT_LINE_INDENT : taken + 4;
  return groups.map((rows) =>
    rows.map((r) => {
      const head =
        ' '.repeat(TAB) +
        r.name +
        (nextLine ? `\n${' '.repeat(spaces)}` : ' '.repeat(longest + TAB - [...r.name].length));
      return head + wrapText(r.about, Math.max(0, width - spaces)).replaceAll('\n', `\n${' '.repeat(spaces)}`);
    }),
  );
}

/** clap's help subcommand (command.rs:4277). */
export const HELP_SUBCOMMAND = { name: 'help', about: 'Print this message or the help of the given subcommand(s)' };

export function topHelp(commands: CommandSummary[], width: number = terminalWidth()): string {
  const own = commands.filter((c) => c.extra === undefined).map((c) => ({ name: c.name, about: c.about }));
  const extra = commands
    .filter((c) => c.extra !== undefined)
    .map((c) => ({ name: c.name, about: `${c.about} [${c.extra}]` }));
  // Both lists share clap's one column; the second heading is this client's own.
  const [ownRows, extraRows] = subcommandList([[...own, HELP_SUBCOMMAND], extra], width);
  const options: HelpRow[] = [
    { name: '--help', lead: '-h, ', help: 'Print help', specVals: [], measured: true, hasLong: true },
    { name: '--version', lead: '-V, ', help: 'Print version', specVals: [], measured: true, hasLong: true },
  ];
  const out = [
    wrapText('A client for the Casper network: build, sign and send deploys, and query nodes', width),
    '',
    'Usage: casper-client [COMMAND]',
    '',
    'Commands:',
    ...ownRows!,
    '',
    'Extra commands (not in casper-client 2.0.0; [5.x]: as in casper-client 5.x):',
    ...extraRows!,
    '',
    'Options:',
    renderSection(options, false, { width, long: false, nextLine: false }),
    '',
    // clap's after_help: a blank line, then the text.
    'Environment:',
    '  HTTP_PROXY, HTTPS_PROXY  Proxy for http:// or https:// node addresses (or http_proxy, https_proxy)',
    '  NO_PROXY                 Hosts to reach directly, without the proxy (or no_proxy)',
    '  NO_COLOR                 No colour on the terminal',
    '  CI                       No spinners, tables or hints, as when stderr is not a terminal',
    '  CASPER_CLIENT_DEBUG      On an internal error, print its stack trace on stderr',
  ];
  return `${out.join('\n')}\n`;
}
