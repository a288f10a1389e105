// Approvals: signing adds one and keeps the node's BTreeSet order; verification checks the hash
// and every approval the way the node does.
// Follows casper-node 2.0.0 types/src/transaction/transaction_v1.rs l.206–210 (sign: insert into
// the BTreeSet, so an identical approval is not added twice), l.413–430 (has_valid_hash) and
// l.440–460 (do_verify: approvals non-empty, then the hash, then each signature over the 32-byte
// hash, in BTreeSet order), approval.rs l.30–35.
import { bytesEqual, toHex } from '../core/index.js';
import { sortedApprovals } from '../core/index.js';
import { verifySignature, type SecretKey } from '../signer/index.js';
import { transactionHash } from './build.js';
import { TransactionError, type TransactionV1 } from './types.js';

/** Returns the transaction with the key's approval added, approvals in the node's order. */
export function signTransaction(t: TransactionV1, key: SecretKey): TransactionV1 {
  const approval = { signer: key.publicKey, signature: key.sign(t.hash) };
  const present = t.approvals.some(
    (a) => bytesEqual(a.signer.bytes, approval.signer.bytes) && bytesEqual(a.signature, approval.signature),
  );
  return { ...t, approvals: sortedApprovals(present ? t.approvals : [...t.approvals, approval]) };
}

export interface TransactionCheck {
  /** The hash is the BLAKE2b-256 of the payload bytes. */
  hashOk: boolean;
  computedHash: string;
  /** One entry per approval, in the node's order; error null when the signature verifies. */
  approvals: { signer: string; error: string | null }[];
}

export function checkTransaction(t: TransactionV1): TransactionCheck {
  const computed = transactionHash(t.payload);
  return {
    hashOk: bytesEqual(computed, t.hash),
    computedHash: toHex(computed),
    approvals: sortedApprovals(t.approvals).map((a) => ({
      signer: a.signer.toHex(),
      error: verifySignature(a.signer, t.hash, a.signature),
    })),
  };
}

/**
 * Throws a TransactionError with one clear line when the transaction would fail the node's
 * verification, in the node's order: no approvals, a wrong hash, or the first approval that does
 * not verify (named by its signer).
 */
export function verifyTransaction(t: TransactionV1): void {
  const c = checkTransaction(t);
  if (c.approvals.length === 0) throw new TransactionError('the transaction has no approvals: sign it first');
  if (!c.hashOk)
    throw new TransactionError(
      `invalid transaction hash: the payload hashes to ${c.computedHash}, not ${toHex(t.hash)}`,
    );
  const bad = c.approvals.find((a) => a.error !== null);
  if (bad !== undefined) throw new TransactionError(`the approval by ${bad.signer} does not verify: ${bad.error}`);
}
