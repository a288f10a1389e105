// What casper-client prints: serde_json pretty JSON in which every run of more than 150 hex
// characters inside a string value is shown as "[N hex chars]", unless the user asked for
// everything (-vv). The rule is casper-types 3.0.0's json_pretty_printer (casper-node v1.5.2,
// types/src/json_pretty_printer.rs:8 MAX_STRING_LEN = 150, :47-72 find_hex_strings_longer_than).
import { objectEntries, stringifyJson, withKeyOrder, type Json } from '../../core/index.js';

const MAX_HEX = 150;
const HEX_RUN = /[0-9a-fA-F]+/g;

/** Replaces each hex run longer than 150 characters, wherever it sits in the string. */
export function abbreviateString(s: string): string {
  if (s.length <= MAX_HEX) return s;
  return s.replace(HEX_RUN, (run) => (run.length > MAX_HEX ? `[${run.length} hex chars]` : run));
}

export function abbreviate(v: Json): Json {
  if (typeof v === 'string') return abbreviateString(v);
  if (Array.isArray(v)) return v.map(abbreviate);
  // Only values are shortened, never object keys (shorten_string_field walks map.values_mut()).
  if (v !== null && typeof v === 'object') return withKeyOrder(objectEntries(v).map(([k, x]) => [k, abbreviate(x)]));
  return v;
}

/** Pretty JSON for stdout: abbreviated at verbosity ≤ 1, whole at 2 and above. */
export function prettyJson(v: Json, verbosity: number): string {
  return stringifyJson(verbosity >= 2 ? v : abbreviate(v), true);
}

export function printJson(v: Json, verbosity: number): void {
  process.stdout.write(`${prettyJson(v, verbosity)}\n`);
}
