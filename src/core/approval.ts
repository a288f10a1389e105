// An approval (signer + signature) as deploys and transactions carry it, and the node's order of them.
import type { PublicKey } from './key.js';

export interface Approval {
  signer: PublicKey;
  /** Tag byte (01 ed25519, 02 secp256k1) + 64 signature bytes. */
  signature: Uint8Array;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Approvals in the node's order: it keeps them in a BTreeSet, by signer then signature (casper-node
 * v1.5.2 node/src/types/deploy.rs:126), so its bytes list them sorted. The Rust client's own deploy
 * keeps a Vec in the order they were added (casper-client-rs v2.0.0 lib/types/deploy.rs:197), which
 * is what its JSON shows, and has no byte form but a size: deployToJson keeps insertion order.
 * A TransactionV1 keeps its approvals in the same BTreeSet order.
 */
export function sortedApprovals(approvals: readonly Approval[]): Approval[] {
  return [...approvals].sort(
    (x, y) => compareBytes(x.signer.bytes, y.signer.bytes) || compareBytes(x.signature, y.signature),
  );
}
