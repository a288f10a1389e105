// The common end of put-transaction and send-transaction: signatures checked, pre-flight, then
// account_put_transaction or speculative_exec_txn, then (with --wait) the wait for execution.
// Params as casper-client-rs sends them: {"transaction": {"Version1": …}} (lib/rpcs/v2_0_0
// put_transaction.rs / speculative_exec_transaction.rs; casper-2.md §6).
import { toHex, type Json } from '../core/index.js';
import type { Deploy } from '../deploy/index.js';
import { checkTransaction, type TransactionV1 } from '../transaction/index.js';
import { CliError } from './errors.js';
import type { rpcFlags, waitFlags } from './flag-sets.js';
import type { FlagValues } from './parse.js';
import { preflight, resolveChainspec } from './preflight.js';
import { rpcSettings } from './rpc-flags.js';
import { sendAndPrint } from './send.js';

/** Refuses, before anything is sent, a transaction the node would refuse for its signatures. */
export function requireValidSignatures(t: TransactionV1, what: string): void {
  const c = checkTransaction(t);
  if (!c.hashOk)
    throw new CliError(
      `${what}: its hash does not match its payload (the payload hashes to ${c.computedHash}); it was changed after it was made`,
    );
  const bad = c.approvals.find((a) => a.error !== null);
  if (bad !== undefined)
    throw new CliError(
      `${what}: the signature by ${bad.signer} does not verify (${bad.error}); it was changed after it was signed, or signed for another hash`,
    );
  if (c.approvals.length === 0)
    throw new CliError(`${what} has no signatures: the node refuses it; sign it first with sign-transaction`);
}

/**
 * Sends the transaction. `json` is what goes on the wire under "transaction": for send-transaction
 * the file's own TransactionV1 object, unchanged; for put-transaction the one just built.
 */
/** The flags of send-transaction that put-transaction shares (its --wait flags differ in help only). */
export type SendTxFlags = { flags: readonly ((typeof rpcFlags)[number] | (typeof waitFlags)[number])[] };

/** How to send: `speculative` is send-transaction's --speculative-exec (put-transaction has none). */
export interface SendTxOptions {
  speculative: boolean;
}

export async function sendTransaction(
  v: FlagValues<SendTxFlags>,
  opts: SendTxOptions,
  t: TransactionV1,
  json: Json,
): Promise<number> {
  const rpc = rpcSettings(v);
  if (!v.get('no-preflight')) {
    const { preflightTransaction } = await import('../lib/preflight-transaction.js');
    const r = preflightTransaction(t, await resolveChainspec(v.get('chainspec'), rpc, t.payload.chainName), Date.now());
    for (const w of r.warnings) process.stderr.write(`${w}\n`);
    if (r.refusal !== null) throw new CliError(`pre-flight: ${r.refusal}`, 'pass --no-preflight to send it anyway');
  }
  return sendWrapped(v, opts, 'Version1', toHex(t.hash), json);
}

/**
 * A legacy deploy in the `Transaction` enum ({"Deploy": …}), which casper-client 5.x's
 * send-transaction reads and sends with account_put_transaction: checked like send-deploy.
 */
export async function sendDeployAsTransaction(
  v: FlagValues<SendTxFlags>,
  opts: SendTxOptions,
  d: Deploy,
  json: Json,
  what: string,
): Promise<number> {
  const { verifyDeploy } = await import('../deploy/index.js');
  const c = verifyDeploy(d);
  if (!c.bodyHashOk || !c.hashOk)
    throw new CliError(
      `${what}: its ${c.bodyHashOk ? 'hash' : 'body hash'} does not match its contents; it was changed after it was made`,
    );
  const bad = c.approvals.find((a) => a.error !== null);
  if (bad !== undefined)
    throw new CliError(
      `${what}: the signature by ${bad.signer} does not verify (${bad.error}); it was changed after it was signed, or signed for another hash`,
    );
  if (c.approvals.length === 0)
    throw new CliError(`${what} has no signatures: the node refuses it; sign it first with sign-deploy`);
  const rpc = rpcSettings(v);
  if (!v.get('no-preflight')) preflight(d, await resolveChainspec(v.get('chainspec'), rpc, d.header.chainName));
  return sendWrapped(v, opts, 'Deploy', toHex(d.hash), json);
}

async function sendWrapped(
  v: FlagValues<SendTxFlags>,
  opts: SendTxOptions,
  variant: 'Version1' | 'Deploy',
  hash: string,
  json: Json,
): Promise<number> {
  const rpc = rpcSettings(v);
  const params = { transaction: { [variant]: json } };
  if (opts.speculative) {
    await sendAndPrint(rpc, 'speculative_exec_txn', params);
    return 0;
  }
  if (!v.get('wait')) {
    await sendAndPrint(rpc, 'account_put_transaction', params);
    return 0;
  }
  const { putAndWait, waitTimeoutMs } = await import('./wait.js');
  return putAndWait(rpc, 'account_put_transaction', params, hash, waitTimeoutMs(v.get('wait-timeout')), {
    noun: 'transaction',
    method: 'info_get_transaction',
    params: { transaction_hash: { [variant]: hash }, finalized_approvals: false },
  });
}
