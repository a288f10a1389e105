// casper-client entry point: run() (run.ts) with the process's own streams, then exit with its code.
import { fsReason } from '../core/fs-reason.js';
import { exitOnSignals } from './output/interrupt.js';
import { processIo, run } from './run.js';
import { sentDeploy } from './sent.js';

// `casper-client … | head` closes the pipe early: stop quietly instead of dumping a stack. Any
// other failed write (a full disk, /dev/full, EIO) is a failure: one line on stderr, exit 1, and
// if a deploy already went to a node, the line says so and gives its hash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  const sent = sentDeploy();
  const why = `${fsReason(e)}${e.code && !fsReason(e).includes(e.code) ? ` (${e.code})` : ''}`;
  const line =
    sent === undefined
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
  const flushed = (s: NodeJS.WriteStream) =>
    new Promise<void>((r) => {
      if (!s.writableNeedDrain || s.destroyed) return r();
      s.once('drain', () => r());
      s.once('close', () => r());
    });
  // setImmediate: a failed write reports its 'error' on a later tick; it must win over exit 0.
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() =>
    setImmediate(() => process.exit(code)),
  );
}

// Ctrl-C or kill: exit 130/143 at once, spinners stopped, cursor shown.
exitOnSignals();

void run(process.argv.slice(2), processIo()).then(finish);
