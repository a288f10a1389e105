import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../errors.js';
import { flagKey, type CommandSpec, type Flag, type FlagsOf } from '../flags.js';
import type { FlagValues } from '../parse.js';
import type { completionSpec } from './specs.js';

type CompletionFlags = FlagsOf<typeof completionSpec>;

/** Subcommand names of put-transaction and make-transaction, offered with their flags. */
const SUBS = new Map<string, string[]>();

function words(spec: CommandSpec): string[] {
  return [
    ...(SUBS.get(spec.name) ?? []),
    ...spec.flags.flatMap((f) => [...(f.long ? [`--${f.long}`] : []), ...(f.short && f.long ? [`-${f.short}`] : [])]),
    '--help',
  ];
}

/** A command with subcommands completes with every subcommand's name and flags (from their tables). */
async function specFor(c: CommandSpecs[number]): Promise<CommandSpec> {
  const spec = await c.spec();
  if (c.subcommands === undefined) return spec;
  const subs = await c.subcommands();
  SUBS.set(
    spec.name,
    subs.list.map((x) => x.name),
  );
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
  const cases = specs
    .map(
      (s) =>
        `    ${s.name}) _arguments ${s.flags
          .filter((f) => f.long)
          .map(
            (f) => `'--${f.long}[${f.help.replace(/[[\]']/g, '').slice(0, 60)}]${f.valueName ? ':value:_files' : ''}'`,
          )
          .join(' ')} ;;`,
    )
    .join('\n');
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
      lines.push(
        `complete -c casper-client -n '__fish_seen_subcommand_from ${s.name}' -l ${f.long}${f.short ? ` -s ${f.short}` : ''}${f.valueName ? ' -r' : ''} -d '${f.help.replace(/'/g, '').slice(0, 60)}'`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function elvish(specs: CommandSpec[]): string {
  const cases = specs
    .map(
      (s) =>
        `    &'casper-client;${s.name}'= { ${words(s)
          .map((w) => `cand ${w} ''`)
          .join('; ')} }`,
    )
    .join('\n');
  return `# elvish completion for casper-client (casper-client-ts)
use builtin;
use str;
set edit:completion:arg-completer[casper-client] = {|@words|
  fn cand {|text desc| edit:complex-candidate $text &display=$text' '$desc }
  var command = 'casper-client'
  for word $words[1..-1] {
    if (str:has-prefix $word '-') { break }
    set command = $command';'$word
  }
  var completions = [
    &'casper-client'= { ${specs.map((s) => `cand ${s.name} ''`).join('; ')}; cand help '' }
${cases}
  ]
  if (has-key $completions $command) { $completions[$command] }
}
`;
}

function powershell(specs: CommandSpec[]): string {
  const cases = specs
    .map(
      (s) =>
        `        '${s.name}' { @(${words(s)
          .map((w) => `'${w}'`)
          .join(', ')}) }`,
    )
    .join('\n');
  return `# PowerShell completion for casper-client (casper-client-ts)
Register-ArgumentCompleter -Native -CommandName 'casper-client' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements | ForEach-Object { $_.ToString() })
    $candidates = if ($words.Count -le 2 -and -not $wordToComplete.StartsWith('-')) {
        @(${specs.map((s) => `'${s.name}'`).join(', ')}, 'help')
    } else {
        switch ($words[1]) {
${cases}
        default { @() }
        }
    }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
`;
}

const GENERATORS: Record<CompletionFlags['shell'], (s: CommandSpec[]) => string> = {
  bash,
  elvish,
  fish,
  powershell,
  zsh,
};

/**
 * As casper-client 2.0.0's src/generate_completion.rs: the script goes to DIR/casper-client for
 * every shell (crate_name!()); an existing file without --force is one line on stderr and exit 1;
 * the folder must exist.
 */
/** The commands to complete: the registry passes itself in (importing it here would be a cycle). */
export type CommandSpecs = readonly {
  spec: () => Promise<CommandSpec>;
  hidden?: boolean;
  subcommands?: () => Promise<{ list: { name: string }[]; spec: (sub: string) => CommandSpec | undefined }>;
}[];

export async function run(v: FlagValues<typeof completionSpec>, commands: CommandSpecs): Promise<number> {
  const shell = v.get('shell');
  const dir = v.get('output-dir');
  const path = join(dir, 'casper-client');
  const force = v.get('force');
  if (!force && existsSync(path)) {
    process.stderr.write(`${path} exists. To overwrite, rerun with --force\n`);
    return 1;
  }
  // As clap_complete: hidden commands are left out.
  const specs = await Promise.all(commands.filter((c) => !c.hidden).map(specFor));
  // Written whole or not at all: a temp file beside it, then a rename.
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, GENERATORS[shell](specs), { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is the problem (e.g. a file): there is no temp file to remove
    }
    throw new CliError(`input/output error: ${path}: ${ioText(e)}`);
  }
  process.stdout.write(`Wrote completion script for ${shell} to ${dir}\n`);
  return 0;
}

/** Rust's io::Error Display, e.g. "No such file or directory (os error 2)". */
function ioText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const texts: Record<string, [string, number]> = {
    ENOENT: ['No such file or directory', 2],
    EACCES: ['Permission denied', 13],
    EISDIR: ['Is a directory', 21],
    ENOTDIR: ['Not a directory', 20],
    EROFS: ['Read-only file system', 30],
  };
  const t = err.code !== undefined ? texts[err.code] : undefined;
  return t !== undefined ? `${t[0]} (os error ${t[1]})` : err.message;
}
