// What every JSON-RPC method of the devnet works with: the chain, the chainspec, the clock.
import type { Chainspec } from '../chainspec/chainspec.js';
import type { Chain } from './state.js';
import type { TransactionPool } from './tx-pool.js';

export interface MethodContext {
  chain: Chain;
  chainspec: Chainspec;
  /** The TransactionV1s of a 2.x chain (the pool Chain.open replayed the log into). */
  transactions?: TransactionPool;
  /** The chainspec.toml text the devnet was started with, served by info_get_chainspec. */
  chainspecText?: string;
  now: () => number;
  startedAt: number;
  url: () => string;
}
