import { join } from 'node:path';
import { CliError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { flagKey, type CommandSpec, type Flag } from '../flags.js';
import type { FlagValues } from '../parse.js';
import { COMMANDS, type CommandEntry } from '../registry.js';

/** Subcommand names of put-transaction and make-transaction, offered with their flags. */
const SUBS = new Map<string, string[]>();

function words(spec: CommandSpec): string[] {
  return [...(SUBS.get(spec.name) ?? []), ...spec.flags.flatMap((f) => [...(f.long ? [`--${f.long}`] : []), ...(f.short && f.long ? [`-${f.short}`] : [])]), '--help'];
}

/** A command with subcommands completes with every subcommand's name and flags (from their tables). */
async function specFor(c: CommandEntry): Promise<CommandSpec> {
  const spec = await c.spec();
  if (c.subcommands === undefined) return spec;
  const subs = await c.subcommands();
  SUBS.set(spec.name, subs.list.map((x) => x.name));
  const flags = new Map<string, Flag>();
  for (const x of subs.list) for (const f of subs.spec(x.name)!.flags) flags.set(flagKey(f), f);
  return { ...spec, flags: [...flags.values()] };
}

function bash(specs: CommandSpec[]): string {
  const cases = specs.map((s) => `    ${s.name}) opts="${words(s).join(' ')}" ;;`).join('\n');
  const pathFlags = specs.flatMap((s) => s.flags.filter((f) => f.valueName === 'PATH').map((f) => `--${flagKey(f)}`));
  return `# bash completion for casper-client (casper-client-ts)
_casper_client() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd="\${COMP_WORDS[1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${specs.map((s) => s.name).join(' ')} help --help --version" -- "$cur") )
    return
  fi
  case "$prev" in
    ${[...new Set(pathFlags)].join('|') || '--no-such-flag'}) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
  esac
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
}
complete -o default -F _casper_client casper-client casper-client-ts
`;
}

function zsh(specs: CommandSpec[]): string {
  const cases = specs.map((s) => `    ${s.name}) _arguments ${s.flags.filter((f) => f.long).map((f) => `'--${f.long}[${f.help.replace(/[[\]']/g, '').slice(0, 60)}]${f.valueName ? ':value:_files' : ''}'`).join(' ')} ;;`).join('\n');
  return `#compdef casper-client casper-client-ts
_casper_client() {
  if (( CURRENT == 2 )); then
    _values 'command' ${specs.map((s) => `'${s.name}[${s.about.replace(/[[\]']/g, '')}]'`).join(' ')}
    return
  fi
  case "$words[2]" in
${cases}
  esac
}
_casper_client "$@"
`;
}

function fish(specs: CommandSpec[]): string {
  const lines = ['# fish completion for casper-client (casper-client-ts)'];
  for (const s of specs) {
    lines.push(`complete -c casper-client -n '__fish_use_subcommand' -a '${s.name}' -d '${s.about.replace(/'/g, '')}'`);
    for (const f of s.flags) {
      if (f.long === undefined) continue;
      lines.push(`complete -c casper-client -n '__fish_seen_subcommand_from ${s.name}' -l ${f.long}${f.short ? ` -s ${f.short}` : ''}${f.valueName ? ' -r' : ''} -d '${f.help.replace(/'/g, '').slice(0, 60)}'`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const TARGETS: Record<string, [string, (s: CommandSpec[]) => string]> = {
  bash: ['casper-client', bash],
  zsh: ['_casper-client', zsh],
  fish: ['casper-client.fish', fish],
};

export async function run(v: FlagValues): Promise<number> {
  const shell = (v.get('shell') ?? 'bash').toLowerCase();
  const target = TARGETS[shell];
  if (target === undefined) throw new CliError(`--shell '${v.get('shell')}' is not supported: use bash, zsh or fish`);
  const specs = await Promise.all(COMMANDS.map(specFor));
  const path = join(v.get('output-dir') ?? '/usr/share/bash-completion/completions', target[0]);
  writeFileAtomic(path, target[1](specs), { force: v.has('force') });
  process.stdout.write(`Wrote completions for ${shell} to ${path}\n`);
  return 0;
}
