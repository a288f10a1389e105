// What casper-client prints: serde_json pretty JSON, with hex runs over 100 characters shown as
// "[N hex chars]" unless the user asked for everything (-vv).
import { stringifyJson, type Json } from '../deploy/index.js';

const MAX_HEX = 100;
const HEX_RUN = /^[0-9a-fA-F]+$/;

export function abbreviate(v: Json): Json {
  if (typeof v === 'string') return v.length > MAX_HEX && HEX_RUN.test(v) ? `[${v.length} hex chars]` : v;
  if (Array.isArray(v)) return v.map(abbreviate);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, abbreviate(x)]));
  return v;
}

/** Pretty JSON for stdout: abbreviated at verbosity ≤ 1, whole at 2 and above. */
export function prettyJson(v: Json, verbosity: number): string {
  return stringifyJson(verbosity >= 2 ? v : abbreviate(v), true);
}

export function printJson(v: Json, verbosity: number): void {
  process.stdout.write(`${prettyJson(v, verbosity)}\n`);
}
