// casper-client as a function: argv and an Io in, the exit code out. Help, version and usage errors
// are answered from the flag tables alone; a command's code (and undici, the signer, the curves)
// loads only when it runs. The bin (main.ts) wires it to the process; tests call it in-process.
import { escapeControlChars } from '../core/control-chars.js';
import { CasperError } from '../core/errors.js';
import { redactUrlsIn } from '../rpc/address.js';
import { commandHelp, topHelp } from './help.js';
import type { CommandSpec } from './flags.js';
import { COMMANDS, type CommandEntry, findCommand } from './registry.js';
import { UsageError } from './usage-error.js';
import { VERSION_LINE } from '../core/version.js';

/** Where run() writes and what it reads of its surroundings (the bin passes the process's own). */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** stderr is a terminal: hints are for people only. */
  isTTY: boolean;
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY),
});

// Rendered as `error: <message>[\n\n<tip>]\n\nUsage: casper-client [COMMAND]\n\nFor more information, try '--help'.`
function topUsageError(message: string, tip?: string): never {
  throw new UsageError(tip ? `${message}\n\n${tip}` : message, 'Usage: casper-client [COMMAND]');
}

/** clap's tip for a mistyped command: every command name above the 0.7 threshold, weakest first. */
async function unknownCommand(name: string): Promise<never> {
  const { didYouMean, tipLine } = await import('../core/suggest.js');
  // clap offers names and aliases alike.
  const found = didYouMean(name, [...COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]), 'help']);
  topUsageError(`unrecognized subcommand '${name}'`, found.length > 0 ? tipLine('subcommand', found) : undefined);
}

/**
 * A flag before the command: clap looks for it among the top level's own longs, then among the
 * longs of the commands named later on the line (the first one named wins).
 */
async function unknownTopFlag(token: string, rest: string[]): Promise<never> {
  const { didYouMean, tipLine } = await import('../core/suggest.js');
  const name = token.replace(/^--?/, '').split('=')[0]!;
  if (!token.startsWith('--')) topUsageError(`unexpected argument '${token}' found`);
  const own = didYouMean(name, ['help', 'version']).at(-1);
  if (own !== undefined) topUsageError(`unexpected argument '--${name}' found`, tipLine('argument', [`--${own}`]));
  let best: { pos: number; tip: string } | undefined;
  for (const c of COMMANDS) {
    const pos = rest.indexOf(c.name);
    if (pos === -1 || (best !== undefined && best.pos <= pos)) continue;
    const spec = await c.spec();
    const longs = [
      ...spec.flags.flatMap((f) => [...(f.long !== undefined ? [f.long] : []), ...(f.aliases ?? [])]),
      'help',
    ];
    const found = didYouMean(name, longs).at(-1);
    if (found !== undefined) best = { pos, tip: `  tip: '${c.name} --${found}' exists` };
  }
  topUsageError(`unexpected argument '--${name}' found`, best?.tip);
}

async function substitutions(): Promise<Record<string, string>> {
  const { SIMPLE_TYPE_LIST } = await import('../runtime-args/simple.js');
  return { '{TYPES}': SIMPLE_TYPE_LIST };
}

async function main(argv: string[], io: Io): Promise<number> {
  const first = argv[0];
  const listed = COMMANDS.filter((c) => !c.hidden);
  const summaries = async () =>
    (await Promise.all(listed.map((c) => c.spec()))).map((s, i) => ({
      name: s.name,
      about: s.about,
      extra: listed[i]!.extra,
    }));
  if (first === undefined) {
    // As casper-client: no command prints the help to stdout and fails.
    io.stdout.write(`${topHelp(await summaries())}\n`);
    return 1;
  }
  if (first === '-h' || first === '--help') {
    io.stdout.write(topHelp(await summaries()));
    return 0;
  }
  if (first === '-V' || first === '--version') {
    io.stdout.write(`${VERSION_LINE}\n`);
    return 0;
  }
  if (first === 'help') {
    const target = argv[1];
    if (target === undefined) {
      io.stdout.write(topHelp(await summaries()));
      return 0;
    }
    const cmd = findCommand(target);
    // clap's help subcommand names an unknown command without a tip (parser.rs, parse_help_subcommand).
    if (cmd === undefined) topUsageError(`unrecognized subcommand '${target}'`);
    if (cmd.subcommands !== undefined)
      return runParent(cmd, await cmd.spec(), argv[2] === undefined ? ['--help'] : [argv[2], '--help'], io);
    // clap's help subcommand shows the long help (parser.rs, parse_help_subcommand: help_err(true)).
    io.stdout.write(commandHelp(await cmd.spec(), await substitutions(), { long: true }));
    return 0;
  }
  if (first.startsWith('-')) return unknownTopFlag(first, argv.slice(1));
  const cmd = findCommand(first);
  if (cmd === undefined) return unknownCommand(first);
  const rest = argv.slice(1);
  const spec = await cmd.spec();
  if (cmd.subcommands !== undefined) return runParent(cmd, spec, rest, io);
  return runCommand(cmd, spec, rest, io);
}

async function runCommand(cmd: CommandEntry, spec: CommandSpec, rest: string[], io: Io): Promise<number> {
  const { parseFlags, HelpRequested } = await import('./parse.js');
  let values: ReturnType<typeof parseFlags>;
  try {
    values = parseFlags(spec, rest);
  } catch (e) {
    // clap answers -h/--help where it meets it: a problem earlier on the line wins.
    if (!(e instanceof HelpRequested)) throw e;
    io.stdout.write(commandHelp(spec, await substitutions(), { long: e.long }));
    return 0;
  }
  const run = await cmd.run();
  return run(values, spec);
}

/** `put-transaction <sub> …`: the parent answers help and its own usage errors, the sub parses. */
async function runParent(cmd: CommandEntry, spec: CommandSpec, rest: string[], io: Io): Promise<number> {
  const subs = await cmd.subcommands!();
  const sub = rest[0];
  const sc = await import('./subcommands.js');
  if (sub === '-h' || sub === '--help' || (sub === 'help' && rest[1] === undefined)) {
    io.stdout.write(sc.parentHelp(spec.name, spec.about, subs.list));
    return 0;
  }
  if (sub === 'help') return runParent(cmd, spec, [rest[1]!, '--help'], io);
  if (sub === undefined) throw sc.missingSubcommand(spec.name, subs.list);
  if (sub.startsWith('-')) throw sc.parentUsageError(spec.name, `unexpected argument '${sub}' found`);
  const subSpec = subs.spec(sub);
  if (subSpec === undefined) throw sc.parentUsageError(spec.name, `unrecognized subcommand '${sub}'`);
  return runCommand(cmd, subSpec, rest.slice(1), io);
}

/** CASPER_CLIENT_DEBUG: the stack of the error and of every cause behind it. */
function debugChain(e: unknown, io: Io): void {
  for (let cur = e, depth = 0; cur !== undefined && depth < 10; cur = (cur as { cause?: unknown }).cause, depth++) {
    io.stderr.write(`${depth === 0 ? '' : 'caused by: '}${(cur as Error)?.stack ?? String(cur)}\n`);
  }
}

function hint(text: string | undefined, io: Io): void {
  if (text !== undefined && io.isTTY && !io.env.CI) io.stderr.write(`hint: ${text}\n`);
}

/** Runs one command line; every error ends here as its one line (or clap's block) and its exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(e.render());
      return 2;
    }
    const err = e as Error;
    if (err instanceof CasperError) {
      // casper-client prints runtime errors on stdout; extra help goes to stderr, only for people.
      // Last line of defence: no credentials of any URL and no terminal escapes in the one line.
      io.stdout.write(`${escapeControlChars(redactUrlsIn(err.message))}\n`);
      hint(err.hint, io);
    } else {
      io.stdout.write(`internal error: ${escapeControlChars(redactUrlsIn(err?.message ?? String(e)))}\n`);
    }
    if (io.env.CASPER_CLIENT_DEBUG) debugChain(e, io);
    return err instanceof CasperError ? err.exitCode : 1;
  }
}
