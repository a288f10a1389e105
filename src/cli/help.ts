// clap 4's help and usage layout (casper-client uses next_line_help): each option on its own
// line, its description on the next, indented 10 columns and wrapped at 100.
import { display, flagKey, type CommandSpec, type Flag } from './flags.js';

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

/** `Usage: casper-client <cmd> [OPTIONS] <group…>`; usage errors also list the named required flags. */
export function usageLine(spec: CommandSpec, requiredShown: string[] = []): string {
  const byKey = new Map(spec.flags.map((f) => [flagKey(f), f]));
  const parts = [`casper-client ${spec.name}`];
  const hasOptional = spec.flags.some((f) => !requiredShown.includes(flagKey(f)));
  if (requiredShown.length === 0 && hasOptional) parts.push('[OPTIONS]');
  const shown = [...requiredShown.filter((r) => !(spec.required ?? []).includes(r)), ...(spec.required ?? [])];
  for (const r of shown) parts.push(display(byKey.get(r)!));
  for (const g of spec.groups) if (g.required) parts.push(groupUsage(spec, g.name));
  for (const p of spec.positionals ?? []) parts.push(p.required ? `<${p.name}>` : `[${p.name}]`);
  return `Usage: ${parts.join(' ')}`;
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
    if (f.default !== undefined) text += ` [default: ${f.default}]`;
    out.push(...wrap(text, INDENT));
  }
  out.push('  -h, --help', `${INDENT}Print help`);
  return `${out.join('\n')}\n`;
}

export interface CommandSummary {
  name: string;
  about: string;
}

export function topHelp(commands: CommandSummary[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4) + 2;
  const out = [
    'A client for the Casper network: build, sign and send deploys, and query nodes',
    '',
    'Usage: casper-client [COMMAND]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)} ${c.about}`),
    `  ${'help'.padEnd(width)} Print this message or the help of the given subcommand(s)`,
    '',
    'Options:',
    '  -h, --help     Print help',
    '  -V, --version  Print version',
  ];
  return `${out.join('\n')}\n`;
}
