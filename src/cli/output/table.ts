// Tables for people at a terminal (never for pipes: scripts get plain text).
import Table from 'cli-table3';

export function renderArgTable(
  rows: readonly { type: string; example: string; clType: string; note: string }[],
  optional: readonly { example: string; meaning: string }[],
): string {
  const style = process.env.NO_COLOR ? { head: [], border: [] } : { head: ['cyan'] };
  const t = new Table({ head: ['type', 'example (quote it for the shell)', 'CLType', 'note'], style, wordWrap: true });
  for (const r of rows) t.push([r.type, r.example, r.clType, r.note]);
  const o = new Table({ head: ['optional form', 'means'], style });
  for (const r of optional) o.push([r.example, r.meaning]);
  return `${t.toString()}\nEvery type has an opt_ form; null (unquoted) means None:\n${o.toString()}\n`;
}
