import { signTransaction } from '../../transaction/index.js';
import { emitTransaction } from '../emit-transaction.js';
import { CliError } from '../errors.js';
import type { FlagValues } from '../parse.js';
import type { signTransactionSpec } from './tx-specs.js';
import { readTransactionFile } from '../read-transaction.js';
import { messageOf } from '../../core/errors.js';

export async function run(v: FlagValues<typeof signTransactionSpec>): Promise<number> {
  const input = v.get('transaction-path');
  // transactionFromJson refuses a hash that does not match the payload: a signature over it would help nobody.
  const { transaction } = await readTransactionFile(input);
  const signer = await import('../../signer/index.js');
  let key: Awaited<ReturnType<typeof signer.loadSecretKeyFile>>;
  try {
    key = await signer.loadSecretKeyFile(v.get('secret-key'));
  } catch (e) {
    throw new CliError(messageOf(e), { cause: e });
  }
  // sign.rs: "Signed the transaction at {input} and wrote to {output}".
  emitTransaction(
    v,
    signTransaction(transaction, key),
    (out) => `Signed the transaction at ${input} and wrote to ${out}`,
  );
  return 0;
}
