// info_get_transaction with {"transaction_hash": {"Version1": hex}, "finalized_approvals"} as
// casper-client-rs get.rs / parse.rs transaction_hash sends it. A 2.x node also serves legacy
// deploys under {"Deploy": hex}: when it has no TransactionV1 by that hash, this client asks once
// more for a deploy (the Rust client stops at "No such transaction").
import { CliError } from '../errors.js';
import type { FlagValues } from '../parse.js';
import { positionalHash } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';
import type { getTransactionSpec } from './tx-specs.js';

export async function run(v: FlagValues<typeof getTransactionSpec>): Promise<number> {
  const hash = positionalHash(
    v.positionals[0]!,
    (text) =>
      `failed to parse 'failed to parse digest from string for transaction hash' as a hash digest: '${text}' is not 64 hex characters`,
  );
  const s = rpcSettings(v);
  const finalized = v.get('get-finalized-approvals');
  try {
    await sendAndPrint(s, 'info_get_transaction', {
      transaction_hash: { Version1: hash },
      finalized_approvals: finalized,
    });
  } catch (e) {
    if (!(e instanceof CliError) || !/-32014|No such transaction/.test(e.message)) throw e;
    if (process.stderr.isTTY && !process.env.CI)
      process.stderr.write(`no TransactionV1 ${hash}; asking for a deploy with that hash\n`);
    try {
      await sendAndPrint(s, 'info_get_transaction', {
        transaction_hash: { Deploy: hash },
        finalized_approvals: finalized,
      });
    } catch {
      throw e;
    }
  }
  return 0;
}
