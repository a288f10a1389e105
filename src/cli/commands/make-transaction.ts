import { emitTransaction } from '../emit-transaction.js';
import { printExamplesIfAsked } from '../examples.js';
import type { CommandSpec } from '../flags.js';
import { transactionFromFlags } from '../tx-from-flags.js';
import { nodeOnlySettings } from '../rpc-flags.js';
import type { TxMakeValues } from '../tx-flags.js';
import { stakedAmountFromNode } from '../tx-stake.js';

export async function run(v: TxMakeValues, spec: CommandSpec): Promise<number> {
  if (await printExamplesIfAsked(v)) return 0;
  const sub = spec.name.split(' ')[1]!;
  const { transaction } = await transactionFromFlags(sub, v, {
    allowUnsigned: true,
    stakedAmount: (k) => stakedAmountFromNode(nodeOnlySettings(v.get('node-address')), k),
  });
  // make.rs: "Wrote the deploy to {path}" (the Rust text, kept as it is).
  emitTransaction(v, transaction, (out) => `Wrote the deploy to ${out}`);
  return 0;
}
