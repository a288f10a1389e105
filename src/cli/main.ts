// casper-client entry point. Help, version and usage errors are answered from the flag tables
// alone; a command's code (and undici, the signer, the curves) loads only when it runs.
import { escapeControlChars } from '../deploy/control-chars.js';
import { fsReason } from '../deploy/fs-reason.js';
import { CliError } from './errors.js';
import { redactUrlsIn } from '../rpc/address.js';
import { sentDeploy } from './sent.js';
import { commandHelp, topHelp } from './help.js';
import { COMMANDS } from './registry.js';
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
    const cmd = COMMANDS.find((c) => c.name === target);
    if (cmd === undefined) topUsageError(`unrecognized subcommand '${target}'`);
    process.stdout.write(commandHelp(await cmd.spec(), await substitutions()));
    return 0;
  }
  if (first.startsWith('-')) topUsageError(`unexpected argument '${first}' found`);
  const cmd = COMMANDS.find((c) => c.name === first || (first === 'get-account-info' && c.name === 'get-account'));
  if (cmd === undefined) topUsageError(`unrecognized subcommand '${first}'`);
  const rest = argv.slice(1);
  const spec = await cmd.spec();
  const end = rest.indexOf('--');
  if ((end === -1 ? rest : rest.slice(0, end)).some((a) => a === '-h' || a === '--help')) {
    process.stdout.write(commandHelp(spec, await substitutions()));
    return 0;
  }
  const { parseFlags } = await import('./parse.js');
  const values = parseFlags(spec, rest);
  const run = await cmd.run();
  return run(values);
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
      // Last line of defence: no credentials of any URL and no terminal escapes in the one line.
      process.stdout.write(`${escapeControlChars(redactUrlsIn(err.message))}\n`);
      if (err instanceof CliError) hint(err.hint);
    } else {
      process.stdout.write(`internal error: ${escapeControlChars(redactUrlsIn(err?.message ?? String(e)))}\n`);
      if (process.env.CASPER_CLIENT_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    }
    finish(1);
  },
);
