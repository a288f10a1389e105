// Spinners for people: only when stderr is a terminal, never in CI, never on stdout.
export interface Spinner {
  stop(final?: string): void;
}

export function startSpinner(text: string): Spinner {
  if (!process.stderr.isTTY || process.env.CI) return { stop: () => undefined };
  // A terminal that reports no width (some pseudo-terminals) sends ora into endless redraws:
  // say it once instead.
  if (!(process.stderr.columns >= 20)) {
    process.stderr.write(`${text}\n`);
    return { stop: (final) => void (final && process.stderr.write(`${final}\n`)) };
  }
  let spinner: { stop(): void; succeed(t?: string): void } | undefined;
  let stopped = false;
  void import('ora').then(({ default: ora }) => {
    if (!stopped) spinner = ora({ text, stream: process.stderr, color: process.env.NO_COLOR ? false : 'cyan' } as never).start();
  });
  return {
    stop(final) {
      if (stopped) return;
      stopped = true;
      if (spinner !== undefined) final ? spinner.succeed(final) : spinner.stop();
    },
  };
}

/** A summary table of an execution on stderr, for people at a terminal. */
export async function printExecutionSummary(deployHash: string, results: unknown[]): Promise<void> {
  if (!process.stderr.isTTY || process.env.CI) return;
  const { default: Table } = await import('cli-table3');
  const t = new Table({ style: process.env.NO_COLOR ? { head: [], border: [] } : { head: ['cyan'] } });
  for (const r of results as { block_hash: string; result: Record<string, { cost: string; error_message?: string }> }[]) {
    const kind = Object.keys(r.result)[0]!;
    const body = r.result[kind]!;
    t.push({ deploy: deployHash }, { block: r.block_hash }, { result: kind }, { cost: `${body.cost} motes` });
    if (body.error_message) t.push({ error: body.error_message });
  }
  process.stderr.write(`${t.toString()}\n`);
}
