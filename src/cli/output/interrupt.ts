// Ctrl-C and kill: stop at once with the shell's codes (130, 143), leave the terminal as it was
// (spinners stop, which shows the cursor again), and say what the user needs to pick up later.
const cleanups = new Set<() => void>();
let note: string | undefined;

/** Runs `fn` if the process is interrupted; the returned function withdraws it. */
export function onInterrupt(fn: () => void): () => void {
  cleanups.add(fn);
  return () => void cleanups.delete(fn);
}

/** A line for stderr if the process is interrupted from now on (undefined: none). */
export function setInterruptNote(text: string | undefined): void {
  note = text;
}

export function exitOnSignals(): void {
  const handle = (code: number) => () => {
    for (const fn of [...cleanups]) {
      try {
        fn();
      } catch {
        // the exit matters more than a tidy line
      }
    }
    if (note !== undefined) process.stderr.write(`${note}\n`);
    // What is already printed (the deploy hash) must reach a pipe before the process goes.
    if (process.stdout.writableNeedDrain) process.stdout.once('drain', () => process.exit(code));
    else process.exit(code);
  };
  process.once('SIGINT', handle(130));
  process.once('SIGTERM', handle(143));
}
