// clap 4's help and usage layout (casper-client uses next_line_help): each option on its own
// line, its description on the next, indented 10 columns and wrapped at 100.
import { display, flagKey, isRequired, isRequiredUnlessExamples, type CommandSpec, type Flag } from './flags.js';

// clap's wrap_help: the terminal's width on a terminal, 100 columns otherwise (pipes, files).
const WIDTH = process.stdout.isTTY && (process.stdout.columns ?? 0) >= 40 ? process.stdout.columns : 100;
const INDENT = ' '.repeat(10);

function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

function optionLine(f: Flag): string {
  if (f.count) return `  -${f.short}...`;
  const short = f.short !== undefined && f.long !== undefined ? `-${f.short}, ` : f.short !== undefined ? '' : '    ';
  return `  ${short}${display(f)}`;
}

export function groupUsage(spec: CommandSpec, groupName: string): string {
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
  if (used.length === 0 && spec.flags.some((f) => !f.hidden && !isRequired(spec, f) && !inRequiredGroup.has(flagKey(f)))) parts.push('[OPTIONS]');
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

/** What the help says about a flag beyond its own text: required, and its default (clap's spec values). */
function specValues(spec: CommandSpec, f: Flag): string {
  const marks: string[] = [];
  if (isRequired(spec, f)) marks.push('[required]');
  else if (isRequiredUnlessExamples(spec, f)) marks.push('[required unless -e or -j is given]');
  if (f.default !== undefined) marks.push(`[default: ${f.default}]`);
  return marks.length === 0 ? '' : ` ${marks.join(' ')}`;
}

export function commandHelp(spec: CommandSpec, substitutions: Record<string, string> = {}): string {
  const out = [spec.about, '', usageLine(spec), ''];
  if (spec.positionals !== undefined && spec.positionals.length > 0) {
    out.push('Arguments:');
    for (const p of spec.positionals) {
      out.push(`  ${p.required ? `<${p.name}>` : `[${p.name}]`}`);
      out.push(...wrap(p.help, INDENT));
    }
    out.push('');
  }
  out.push('Options:');
  for (const f of spec.flags) {
    if (f.hidden) continue;
    out.push(optionLine(f));
    let text = f.help;
    for (const [k, v] of Object.entries(substitutions)) text = text.replace(k, v);
    text += specValues(spec, f);
    out.push(...wrap(text, INDENT));
  }
  out.push('  -h, --help', `${INDENT}Print help`);
  return `${out.join('\n')}\n`;
}

export interface CommandSummary {
  name: string;
  about: string;
  /** Not a casper-client 2.0.0 command: where it comes from. */
  extra?: string;
}

export function topHelp(commands: CommandSummary[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4) + 2;
  const out = [
    'A client for the Casper network: build, sign and send deploys, and query nodes',
    '',
    'Usage: casper-client [COMMAND]',
    '',
    'Commands:',
    ...commands.filter((c) => c.extra === undefined).map((c) => `  ${c.name.padEnd(width)} ${c.about}`),
    `  ${'help'.padEnd(width)} Print this message or the help of the given subcommand(s)`,
    '',
    'Extra commands (not in casper-client 2.0.0; [5.x]: as in casper-client 5.x):',
    ...commands.filter((c) => c.extra !== undefined).map((c) => `  ${c.name.padEnd(width)} ${c.about} [${c.extra}]`),
    '',
    'Options:',
    '  -h, --help     Print help',
    '  -V, --version  Print version',
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
