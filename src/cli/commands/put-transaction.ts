import { printExamplesIfAsked } from '../examples.js';
import type { CommandSpec } from '../flags.js';
import type { FlagValues } from '../parse.js';
import { sendTransaction } from '../send-transaction-flow.js';
import { transactionToJson } from '../../transaction/index.js';
import { checkValueEnums, transactionFromFlags } from '../tx-from-flags.js';
import { stakedAmountFromNode } from '../tx-stake.js';

export async function run(v: FlagValues, spec: CommandSpec): Promise<number> {
  if (await printExamplesIfAsked(v)) return 0;
  checkValueEnums(v);
  const sub = spec.name.split(' ')[1]!;
  // creation_common.rs adds --output to every subcommand; put_transaction never reads it.
  if (v.has('output')) process.stderr.write('note: put-transaction ignores --output, as casper-client does; use make-transaction to write the transaction to a file\n');
  const { transaction } = await transactionFromFlags(sub, v, { allowUnsigned: false, stakedAmount: (k) => stakedAmountFromNode(v, k) });
  return sendTransaction(v, transaction, transactionToJson(transaction));
}
