// withdraw-bid-all: casper-client-rs put.rs put_withdraw_all_transaction reads the validator's
// staked amount from state_get_auction_info (auction_state.bids, found by public key) and withdraws
// it all; no bid → CliError::FailedToGetAuctionState.
import type { PublicKey } from '../core/index.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';
import { messageOf } from '../core/errors.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function stakedAmountFromNode(s: RpcSettings, validator: PublicKey): Promise<bigint> {
  const rpc = await import('../rpc/index.js');
  let result: unknown;
  try {
    result = (
      await rpc.rpcCall(s.nodeAddress, 'state_get_auction_info', null, {
        id: rpc.rpcId(s.idText),
        timeoutMs: s.timeoutMs,
      })
    ).result;
  } catch (e) {
    throw new CliError(`withdraw-bid-all: state_get_auction_info failed: ${messageOf(e)}`, { cause: e });
  }
  const bids =
    isObj(result) && isObj(result.auction_state) && Array.isArray(result.auction_state.bids)
      ? result.auction_state.bids
      : [];
  const hex = validator.toHex().toLowerCase();
  for (const b of bids) {
    if (!isObj(b) || typeof b.public_key !== 'string' || b.public_key.toLowerCase() !== hex) continue;
    const staked = isObj(b.bid) ? b.bid.staked_amount : undefined;
    if (typeof staked === 'string' && /^\d+$/.test(staked)) return BigInt(staked);
  }
  throw new CliError(`failed to get auction state: no bid by ${validator.toHex()} in the node's auction state`);
}
