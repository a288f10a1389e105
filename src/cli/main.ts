// casper-client entry point. Help, version and usage errors are answered from the flag tables
// alone; a command's code (and undici, the signer, the curves) loads only when it runs.
import { escapeControlChars } from '../core/control-chars.js';
import { CasperError } from '../core/errors.js';
import { exitOnSignals } from './output/interrupt.js';
import { redactUrlsIn } from '../rpc/address.js';
import { sentDeploy } from './sent.js';
import { fsReason } from '../core/fs-reason.js';
import { commandHelp, topHelp } from './help.js';
import type { CommandSpec } from './flags.js';
import { COMMANDS, type CommandEntry, findCommand } from './registry.js';
import { UsageError } from './usage-error.js';
import { VERSION_LINE } from '../core/version.js';

function topUsageError(message: string, tip?: string): never {
  process.stderr.write(`error: ${message}${tip ? `\n\n${tip}` : ''}\n\nUsage: casper-client [COMMAND]\n\nFor more information, try '--help'.\n`);
  process.exit(2);
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
    const longs = [...spec.flags.flatMap((f) => [...(f.long !== undefined ? [f.long] : []), ...(f.aliases ?? [])]), 'help'];
    const found = didYouMean(name, longs).at(-1);
    if (found !== undefined) best = { pos, tip: `  tip: '${c.name} --${found}' exists` };
  }
  topUsageError(`unexpected argument '--${name}' found`, best?.tip);
}

async function substitutions(): Promise<Record<string, string>> {
  const { SIMPLE_TYPE_LIST } = await import('../runtime-args/simple.js');
  return { '{TYPES}': SIMPLE_TYPE_LIST };
}

async function main(argv: string[]): Promise<number> {
  const first = argv[0];
  const listed = COMMANDS.filter((c) => !c.hidden);
  const summaries = async () => (await Promise.all(listed.map((c) => c.spec()))).map((s, i) => ({ name: s.name, about: s.about, extra: listed[i]!.extra }));
  if (first === undefined) {
    // As casper-client: no command prints the help to stdout and fails.
    process.stdout.write(`${topHelp(await summaries())}\n`);
    return 1;
  }
  if (first === '-h' || first === '--help') {
    process.stdout.write(topHelp(await summaries()));
    return 0;
  }
  if (first === '-V' || first === '--version') {
    process.stdout.write(`${VERSION_LINE}\n`);
    return 0;
  }
  if (first === 'help') {
    const target = argv[1];
    if (target === undefined) {
      process.stdout.write(topHelp(await summaries()));
      return 0;
    }
    const cmd = findCommand(target);
    // clap's help subcommand names an unknown command without a tip (parser.rs, parse_help_subcommand).
    if (cmd === undefined) topUsageError(`unrecognized subcommand '${target}'`);
    if (cmd.subcommands !== undefined) return runParent(cmd, await cmd.spec(), argv[2] === undefined ? ['--help'] : [argv[2], '--help']);
    // clap's help subcommand shows the long help (parser.rs, parse_help_subcommand: help_err(true)).
    process.stdout.write(commandHelp(await cmd.spec(), await substitutions(), { long: true }));
    return 0;
  }
  if (first.startsWith('-')) return unknownTopFlag(first, argv.slice(1));
  const cmd = findCommand(first);
  if (cmd === undefined) return unknownCommand(first);
  const rest = argv.slice(1);
  const spec = await cmd.spec();
  if (cmd.subcommands !== undefined) return runParent(cmd, spec, rest);
  return runCommand(cmd, spec, rest);
}

async function runCommand(cmd: CommandEntry, spec: CommandSpec, rest: string[]): Promise<number> {
  const { parseFlags, HelpRequested } = await import('./parse.js');
  let values;
  try {
    values = parseFlags(spec, rest);
  } catch (e) {
    // clap answers -h/--help where it meets it: a problem earlier on the line wins.
    if (!(e instanceof HelpRequested)) throw e;
    process.stdout.write(commandHelp(spec, await substitutions(), { long: e.long }));
    return 0;
  }
  const run = await cmd.run();
  return run(values, spec);
}

/** `put-transaction <sub> …`: the parent answers help and its own usage errors, the sub parses. */
async function runParent(cmd: CommandEntry, spec: CommandSpec, rest: string[]): Promise<number> {
  const subs = await cmd.subcommands!();
  const sub = rest[0];
  const sc = await import('./subcommands.js');
  if (sub === '-h' || sub === '--help' || (sub === 'help' && rest[1] === undefined)) {
    process.stdout.write(sc.parentHelp(spec.name, spec.about, subs.list));
    return 0;
  }
  if (sub === 'help') return runParent(cmd, spec, [rest[1]!, '--help']);
  if (sub === undefined) throw sc.missingSubcommand(spec.name, subs.list);
  if (sub.startsWith('-')) throw sc.parentUsageError(spec.name, `unexpected argument '${sub}' found`);
  const subSpec = subs.spec(sub);
  if (subSpec === undefined) throw sc.parentUsageError(spec.name, `unrecognized subcommand '${sub}'`);
  return runCommand(cmd, subSpec, rest.slice(1));
}

/** CASPER_CLIENT_DEBUG: the stack of the error and of every cause behind it. */
function debugChain(e: unknown): void {
  for (let cur = e, depth = 0; cur !== undefined && depth < 10; cur = (cur as { cause?: unknown }).cause, depth++) {
    process.stderr.write(`${depth === 0 ? '' : 'caused by: '}${(cur as Error)?.stack ?? String(cur)}\n`);
  }
}

function hint(text: string | undefined): void {
  if (text !== undefined && process.stderr.isTTY && !process.env.CI) process.stderr.write(`hint: ${text}\n`);
}

// `casper-client … | head` closes the pipe early: stop quietly instead of dumping a stack. Any
// other failed write (a full disk, /dev/full, EIO) is a failure: one line on stderr, exit 1, and
// if a deploy already went to a node, the line says so and gives its hash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  const sent = sentDeploy();
  const why = `${fsReason(e)}${e.code && !fsReason(e).includes(e.code) ? ` (${e.code})` : ''}`;
  const line = sent === undefined
    ? `error: the output could not be written to stdout: ${why}`
    : `error: the output could not be written to stdout: ${why}; the deploy WAS sent, deploy hash ${sent} (do not send it again; look it up with get-deploy ${sent})`;
  process.stderr.write(`${line}\n`);
  process.exit(1);
});

/**
 * Exit once the output is flushed: the command is done, and timers or sockets a library left
 * behind must not hold the process open. (An empty write's callback is not a flush signal: on
 * Node 24 it may never fire.)
 */
function finish(code: number): void {
  process.exitCode = code;
  const flushed = (s: NodeJS.WriteStream) => new Promise<void>((r) => {
    if (!s.writableNeedDrain || s.destroyed) return r();
    s.once('drain', () => r());
    s.once('close', () => r());
  });
  // setImmediate: a failed write reports its 'error' on a later tick; it must win over exit 0.
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => setImmediate(() => process.exit(code)));
}

// Ctrl-C or kill: exit 130/143 at once, spinners stopped, cursor shown.
exitOnSignals();

main(process.argv.slice(2)).then(
  (code) => finish(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(e.render());
      finish(2);
      return;
    }
    const err = e as Error;
    if (err instanceof CasperError) {
      // casper-client prints runtime errors on stdout; extra help goes to stderr, only for people.
      // Last line of defence: no credentials of any URL and no terminal escapes in the one line.
      process.stdout.write(`${escapeControlChars(redactUrlsIn(err.message))}\n`);
      hint(err.hint);
    } else {
      process.stdout.write(`internal error: ${escapeControlChars(redactUrlsIn(err?.message ?? String(e)))}\n`);
    }
    if (process.env.CASPER_CLIENT_DEBUG) debugChain(e);
    finish(err instanceof CasperError ? err.exitCode : 1);
  },
);
