// -e / -j: the Rust client's text on a pipe (what scripts see); a table on a terminal.
import type { showExamples } from './flag-sets.js';
import type { FlagValues } from './parse.js';

export async function printExamplesIfAsked(v: FlagValues<{ flags: typeof showExamples }>): Promise<boolean> {
  const simple = v.get('show-simple-arg-examples');
  if (!simple && !v.get('show-json-args-examples')) return false;
  const args = await import('../runtime-args/index.js');
  if (simple && process.stdout.isTTY) {
    const { renderArgTable } = await import('./output/table.js');
    process.stdout.write(renderArgTable(args.ARG_TYPE_TABLE, args.OPTIONAL_TABLE));
  } else {
    process.stdout.write(simple ? args.simpleArgExamplesText() : args.jsonArgExamplesText());
  }
  return true;
}
