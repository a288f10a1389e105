// The block a chain_get_block reply holds, as the list commands read it: a 1.5 node's `block`
// (a version 1 block), or a 2.x node's `block_with_signatures.block` ({Version1} or {Version2}).
import type { Json } from '../../core/index.js';

type Obj = Record<string, Json>;

export type BlockBody =
  | { version: 1; body: Obj }
  /** `transactions` is the 2.x body's map lane id → TransactionHash JSON ({Deploy} or {Version1}). */
  | { version: 2; transactions: Record<string, Json[]> }
  | undefined;

export function blockBody(result: Json): BlockBody {
  const r = result as Obj;
  const legacy = r.block as Obj | null | undefined;
  if (legacy !== undefined && legacy !== null) return { version: 1, body: legacy.body as Obj };
  const block = (r.block_with_signatures as Obj | null | undefined)?.block as Obj | undefined;
  if (block?.Version1 !== undefined) return { version: 1, body: (block.Version1 as Obj).body as Obj };
  if (block?.Version2 !== undefined)
    return {
      version: 2,
      transactions: (((block.Version2 as Obj).body as Obj).transactions ?? {}) as Record<string, Json[]>,
    };
  return undefined;
}

/**
 * The hashes of a 2.x body's lanes in the order BlockBodyV2::all_transactions gives them
 * (casper-types block_body_v2.rs:85, a BTreeMap<u8, _>: lane ids ascending), or of one lane.
 */
export function laneHashes(transactions: Record<string, Json[]>, lane?: number): Json[] {
  const ids = Object.keys(transactions)
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
  return ids.filter((id) => lane === undefined || id === lane).flatMap((id) => transactions[String(id)] ?? []);
}

/** The mint lane (casper-types MINT_LANE_ID): BlockBodyV2::mint() lists its hashes. */
export const MINT_LANE = 0;
