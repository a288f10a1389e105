// Spinners for people: only when stderr is a terminal, never in CI, never on stdout.
import { motesAndCspr } from '../chainspec/motes.js';
import { escapeControlChars, stringifyJson, type Json } from '../deploy/index.js';

export interface Spinner {
  /** Ends the spinner; with a final text, marked ✔, or ✖ when `failed`. */
  stop(final?: string, failed?: boolean): void;
}

export function startSpinner(text: string): Spinner {
  if (!process.stderr.isTTY || process.env.CI) return { stop: () => undefined };
  // A terminal that reports no width (some pseudo-terminals) sends ora into endless redraws:
  // say it once instead.
  if (!(process.stderr.columns >= 20)) {
    process.stderr.write(`${text}\n`);
    return { stop: (final) => void (final && process.stderr.write(`${final}\n`)) };
  }
  let spinner: { stop(): void; succeed(t?: string): void; fail(t?: string): void } | undefined;
  let stopped = false;
  void import('ora').then(({ default: ora }) => {
    if (!stopped) spinner = ora({ text, stream: process.stderr, color: process.env.NO_COLOR ? false : 'cyan' } as never).start();
  });
  return {
    stop(final, failed = false) {
      if (stopped) return;
      stopped = true;
      if (spinner === undefined) {
        // ora is still loading (a fast node): say the outcome without it.
        if (final) process.stderr.write(`${failed ? '✖' : '✔'} ${final}\n`);
        return;
      }
      if (!final) spinner.stop();
      else if (failed) spinner.fail(final);
      else spinner.succeed(final);
    },
  };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
// A node's values as text for a terminal: objects (which have no prototype, so String() would
// throw) as JSON, and control characters escaped.
const text = (v: unknown): string => escapeControlChars(typeof v === 'object' && v !== null ? stringifyJson(v as Json) : String(v));

/** Rows for people: block, outcome, and the figures each result version carries. */
export function executionRows(deployHash: string, outcome: { field: string; value: unknown }): Record<string, string>[] {
  const amount = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? motesAndCspr(BigInt(v)) : text(v));
  const rows: Record<string, string>[] = [{ deploy: deployHash }];
  const entries = outcome.field === 'execution_info'
    ? [{ block: obj(outcome.value).block_hash, height: obj(outcome.value).block_height, result: obj(outcome.value).execution_result }]
    : (outcome.value as Obj[]).map((r) => ({ block: r.block_hash, height: undefined, result: r.result }));
  for (const e of entries) {
    rows.push({ block: text(e.block) + (e.height !== undefined ? ` (height ${text(e.height)})` : '') });
    const r = obj(e.result);
    if ('Version2' in r) {
      const v2 = obj(r.Version2);
      rows.push({ result: v2.error_message == null ? 'Success' : 'Failure' });
      for (const k of ['limit', 'consumed', 'cost', 'refund'] as const) if (v2[k] !== undefined) rows.push({ [k]: k === 'limit' || k === 'consumed' ? `${text(v2[k])} gas` : amount(v2[k]) });
      if (v2.error_message != null) rows.push({ error: text(v2.error_message) });
    } else {
      const inner = 'Version1' in r ? obj(r.Version1) : r;
      const kind = Object.keys(inner)[0] ?? 'unknown';
      const body = obj(inner[kind]);
      rows.push({ result: kind }, { cost: amount(body.cost) });
      if (body.error_message) rows.push({ error: text(body.error_message) });
    }
  }
  return rows;
}

/** A summary table of an execution on stderr, for people at a terminal. */
export async function printExecutionSummary(deployHash: string, outcome: { field: string; value: unknown }): Promise<void> {
  if (!process.stderr.isTTY || process.env.CI) return;
  const { default: Table } = await import('cli-table3');
  const t = new Table({ style: process.env.NO_COLOR ? { head: [], border: [] } : { head: ['cyan'] } });
  for (const row of executionRows(deployHash, outcome)) t.push(row);
  process.stderr.write(`${t.toString()}\n`);
}
