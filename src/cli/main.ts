// casper-client entry point. Help, version and usage errors are answered from the flag tables
// alone; a command's code (and undici, the signer, the curves) loads only when it runs.
import { CliError } from './errors.js';
import { commandHelp, topHelp } from './help.js';
import type { CommandSpec } from './flags.js';
import { COMMANDS, type CommandEntry } from './registry.js';
import { UsageError } from './usage-error.js';
import { VERSION_LINE } from './version.js';

const RUNTIME_ERRORS = new Set(['CliError', 'ArgError', 'KeyError', 'RpcError', 'AddressError', 'DeployJsonError', 'TimeError', 'HexError', 'KeyFormatError']);

function topUsageError(message: string): never {
  process.stderr.write(`error: ${message}\n\nUsage: casper-client [COMMAND]\n\nFor more information, try '--help'.\n`);
  process.exit(2);
}

async function substitutions(): Promise<Record<string, string>> {
  const { SIMPLE_TYPE_LIST } = await import('../args/simple.js');
  return { '{TYPES}': SIMPLE_TYPE_LIST };
}

async function main(argv: string[]): Promise<number> {
  const first = argv[0];
  const summaries = async () => (await Promise.all(COMMANDS.map((c) => c.spec()))).map((s) => ({ name: s.name, about: s.about }));
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
    const cmd = COMMANDS.find((c) => c.name === target || c.aliases?.includes(target));
    if (cmd === undefined) topUsageError(`unrecognized subcommand '${target}'`);
    if (cmd.subcommands !== undefined) return runParent(cmd, await cmd.spec(), argv[2] === undefined ? ['--help'] : [argv[2], '--help']);
    process.stdout.write(commandHelp(await cmd.spec(), await substitutions()));
    return 0;
  }
  if (first.startsWith('-')) topUsageError(`unexpected argument '${first}' found`);
  const cmd = COMMANDS.find((c) => c.name === first || c.aliases?.includes(first) || (first === 'get-account-info' && c.name === 'get-account'));
  if (cmd === undefined) topUsageError(`unrecognized subcommand '${first}'`);
  const rest = argv.slice(1);
  const spec = await cmd.spec();
  if (cmd.subcommands !== undefined) return runParent(cmd, spec, rest);
  return runCommand(cmd, spec, rest);
}

async function runCommand(cmd: CommandEntry, spec: CommandSpec, rest: string[]): Promise<number> {
  const end = rest.indexOf('--');
  if ((end === -1 ? rest : rest.slice(0, end)).some((a) => a === '-h' || a === '--help')) {
    process.stdout.write(commandHelp(spec, await substitutions()));
    return 0;
  }
  const { parseFlags } = await import('./parse.js');
  const values = parseFlags(spec, rest);
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

function hint(text: string | undefined): void {
  if (text !== undefined && process.stderr.isTTY && !process.env.CI) process.stderr.write(`hint: ${text}\n`);
}

// `casper-client … | head` closes the pipe early: stop quietly instead of dumping a stack.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

/**
 * Exit once the output is flushed: the command is done, and timers or sockets a library left
 * behind must not hold the process open. (An empty write's callback is not a flush signal: on
 * Node 24 it may never fire.)
 */
function finish(code: number): void {
  process.exitCode = code;
  const flushed = (s: NodeJS.WriteStream) => new Promise<void>((r) => (s.writableNeedDrain ? s.once('drain', () => r()) : r()));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit(code));
}

main(process.argv.slice(2)).then(
  (code) => finish(code),
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(e.render());
      finish(2);
      return;
    }
    const err = e as Error;
    if (err instanceof CliError || RUNTIME_ERRORS.has(err?.name)) {
      // casper-client prints runtime errors on stdout; extra help goes to stderr, only for people.
      process.stdout.write(`${err.message}\n`);
      if (err instanceof CliError) hint(err.hint);
    } else {
      process.stdout.write(`internal error: ${err?.message ?? String(e)}\n`);
      if (process.env.CASPER_CLIENT_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    }
    finish(1);
  },
);
