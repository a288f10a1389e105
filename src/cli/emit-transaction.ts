// Where make-transaction and sign-transaction put their transaction: the `Transaction` enum JSON
// ({"Version1": …}, as casper-client 5.x writes it), pretty, on stdout followed by an empty line,
// or a file written whole.
import { stringifyJson } from '../core/index.js';
import { transactionToJsonWrapped, type TransactionV1 } from '../transaction/index.js';
import { writeFileAtomic } from './files.js';
import type { output } from './flag-sets.js';
import type { FlagValues } from './parse.js';

export function emitTransaction(
  v: FlagValues<{ flags: typeof output }>,
  t: TransactionV1,
  wroteMessage: (out: string) => string,
): void {
  const text = stringifyJson(transactionToJsonWrapped(t), true);
  const out = v.get('output');
  if (out === undefined) {
    process.stdout.write(`${text}\n\n`);
    return;
  }
  writeFileAtomic(out, `${text}\n`, { force: v.get('force') });
  process.stdout.write(`${wroteMessage(out)}\n`);
}
