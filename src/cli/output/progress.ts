// Spinners for people: only when stderr is a terminal, never in CI, never on stdout.
import { motesAndCspr } from '../../core/motes.js';
import { onInterrupt } from './interrupt.js';
import { escapeControlChars, stringifyJson, type Json } from '../../core/index.js';

export interface Spinner {
  /** Ends the spinner; with a final text, marked ✔, or ✖ when `failed`. */
  stop(final?: string, failed?: boolean): void;
}

const forPeople = () => Boolean(process.stderr.isTTY) && !process.env.CI;
const colour = () => !process.env.NO_COLOR && process.stderr.hasColors?.() === true;

/** ✔ or ✖, green or red when colour is on. */
function mark(failed: boolean): string {
  const m = failed ? '✖' : '✔';
  return colour() ? `\x1b[${failed ? 31 : 32}m${m}\x1b[39m` : m;
}

export function startSpinner(text: string): Spinner {
  if (!forPeople()) return { stop: () => undefined };
  // A terminal that reports no width (some pseudo-terminals) sends ora into endless redraws:
  // say it once instead.
  if (!(process.stderr.columns >= 20)) {
    process.stderr.write(`${text}\n`);
    return { stop: (final, failed = false) => void (final && process.stderr.write(`${mark(failed)} ${final}\n`)) };
  }
  let spinner: { stop(): void; succeed(t?: string): void; fail(t?: string): void } | undefined;
  let stopped = false;
  void import('ora').then(({ default: ora }) => {
    // discardStdin would put the terminal in raw mode, where Ctrl-C is a byte to read rather than
    // SIGINT; ora's reader never starts stdin flowing, so Ctrl-C did nothing. Keys typed now echo.
    if (!stopped)
      spinner = ora({
        text,
        stream: process.stderr,
        discardStdin: false,
        color: process.env.NO_COLOR ? false : 'cyan',
      } as never).start();
  });
  // On Ctrl-C: clear the line and show the cursor before the process goes.
  const withdraw = onInterrupt(() => handle.stop());
  const handle: Spinner = {
    stop(final, failed = false) {
      if (stopped) return;
      stopped = true;
      withdraw();
      if (spinner === undefined) {
        // ora is still loading (a fast node): say the outcome without it.
        if (final) process.stderr.write(`${mark(failed)} ${final}\n`);
        return;
      }
      if (!final) spinner.stop();
      else if (failed) spinner.fail(final);
      else spinner.succeed(final);
    },
  };
  return handle;
}

/** A spinner that shows only if `stop` has not come within `delayMs` (a slow node), and then vanishes. */
export function spinnerAfter(delayMs: number, text: string): Spinner {
  if (!forPeople()) return { stop: () => undefined };
  let shown: Spinner | undefined;
  const timer = setTimeout(() => (shown = startSpinner(text)), delayMs);
  timer.unref();
  return {
    stop() {
      clearTimeout(timer);
      shown?.stop();
    },
  };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
// A node's values as text for a terminal: objects (which have no prototype, so String() would
// throw) as JSON, and control characters escaped.
const text = (v: unknown): string =>
  escapeControlChars(typeof v === 'object' && v !== null ? stringifyJson(v as Json) : String(v));

/** Rows for people: block, outcome, and the figures each result version carries. */
function executionRows(deployHash: string, outcome: { field: string; value: unknown }): Record<string, string>[] {
  const amount = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? motesAndCspr(BigInt(v)) : text(v));
  const rows: Record<string, string>[] = [{ deploy: deployHash }];
  const entries =
    outcome.field === 'execution_info'
      ? [
          {
            block: obj(outcome.value).block_hash,
            height: obj(outcome.value).block_height,
            result: obj(outcome.value).execution_result,
          },
        ]
      : (outcome.value as Obj[]).map((r) => ({ block: r.block_hash, height: undefined, result: r.result }));
  for (const e of entries) {
    rows.push({ block: text(e.block) + (e.height !== undefined ? ` (height ${text(e.height)})` : '') });
    const r = obj(e.result);
    if ('Version2' in r) {
      const v2 = obj(r.Version2);
      rows.push({ result: v2.error_message == null ? 'Success' : 'Failure' });
      for (const k of ['limit', 'consumed', 'cost', 'refund'] as const)
        if (v2[k] !== undefined)
          rows.push({ [k]: k === 'limit' || k === 'consumed' ? `${text(v2[k])} gas` : amount(v2[k]) });
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

/**
 * Key/value lines for a terminal too narrow for the table: `key: value` when it fits, else the
 * key alone and the value below it, indented and cut to the width.
 */
export function keyValueLines(rows: Record<string, string>[], width: number): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const [k, v] of Object.entries(row)) {
      if (k.length + 2 + v.length <= width) {
        out.push(`${k}: ${v}`);
        continue;
      }
      out.push(`${k}:`);
      const room = Math.max(1, width - 2);
      for (let i = 0; i < v.length; i += room) out.push(`  ${v.slice(i, i + room)}`);
    }
  }
  return out;
}

/** A summary of an execution on stderr, for people at a terminal: a table, or key/value lines when it would not fit. */
export async function printExecutionSummary(
  deployHash: string,
  outcome: { field: string; value: unknown },
): Promise<void> {
  if (!forPeople()) return;
  const rows = executionRows(deployHash, outcome);
  const width = process.stderr.columns > 0 ? process.stderr.columns : 80;
  // cli-table3's vertical table: "│ key │ value │", one space of padding on each side.
  const needed =
    Math.max(...rows.map((r) => Object.keys(r)[0]!.length)) +
    Math.max(...rows.map((r) => Object.values(r)[0]!.length)) +
    7;
  if (needed > width) {
    process.stderr.write(`${keyValueLines(rows, width).join('\n')}\n`);
    return;
  }
  const { default: Table } = await import('cli-table3');
  const t = new Table({ style: process.env.NO_COLOR ? { head: [], border: [] } : { head: ['cyan'] } });
  for (const row of rows) t.push(row);
  process.stderr.write(`${t.toString()}\n`);
}
