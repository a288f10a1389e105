import type { FlagValues } from '../parse.js';
import type { sendTransactionSpec } from './tx-specs.js';
import { readAnyTransactionFile } from '../read-transaction.js';
import { requireValidSignatures, sendDeployAsTransaction, sendTransaction } from '../send-transaction-flow.js';

export async function run(v: FlagValues<typeof sendTransactionSpec>): Promise<number> {
  const path = v.get('transaction-path');
  const opts = { speculative: v.get('speculative-exec') };
  const read = await readAnyTransactionFile(path);
  const what = `the transaction in '${path}'`;
  if ('deploy' in read) return sendDeployAsTransaction(v, opts, read.deploy, read.json, what);
  // The node checks every approval; a transaction it would refuse is not sent.
  requireValidSignatures(read.transaction, what);
  return sendTransaction(v, opts, read.transaction, read.json);
}
