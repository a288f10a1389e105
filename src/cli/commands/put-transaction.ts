import { printExamplesIfAsked } from '../examples.js';
import type { CommandSpec } from '../flags.js';
import { sendTransaction } from '../send-transaction-flow.js';
import { transactionToJson } from '../../transaction/index.js';
import { transactionFromFlags } from '../tx-from-flags.js';
import { rpcSettings } from '../rpc-flags.js';
import type { TxPutValues } from '../tx-flags.js';
import { stakedAmountFromNode } from '../tx-stake.js';

export async function run(v: TxPutValues, spec: CommandSpec): Promise<number> {
  if (await printExamplesIfAsked(v)) return 0;
  const sub = spec.name.split(' ')[1]!;
  // creation_common.rs adds --output to every subcommand; put_transaction never reads it.
  if (v.given('output'))
    process.stderr.write(
      'note: put-transaction ignores --output, as casper-client does; use make-transaction to write the transaction to a file\n',
    );
  const { transaction } = await transactionFromFlags(sub, v, {
    allowUnsigned: false,
    stakedAmount: (k) => stakedAmountFromNode(rpcSettings(v), k),
  });
  // put-transaction has no --speculative-exec (send-transaction has).
  return sendTransaction(v, { speculative: false }, transaction, transactionToJson(transaction));
}
