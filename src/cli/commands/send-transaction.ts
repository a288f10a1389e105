import type { FlagValues } from '../parse.js';
import { readTransactionFile } from '../read-transaction.js';
import { requireValidSignatures, sendTransaction } from '../send-transaction-flow.js';

export async function run(v: FlagValues): Promise<number> {
  const path = v.get('transaction-path')!;
  const { transaction, json } = await readTransactionFile(path);
  // The node checks every approval; a transaction it would refuse is not sent.
  requireValidSignatures(transaction, `the transaction in '${path}'`);
  return sendTransaction(v, transaction, json);
}
