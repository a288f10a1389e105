// list-transactions (casper-client 5.0.1 src/transaction/list.rs): chain_get_block, then prints only
// {api_version, transaction_hashes, transfer_hashes}, each hash as TransactionHash JSON
// ({"Deploy": hex} or {"Version1": hex}). Only the first part of 5.0.1's list.rs could be read (docs.rs
// excerpt): a version 2 block's transaction_hashes are all_transactions(), a version 1 block's an
// empty list. The rest is inferred the way its list-deploys does it: transfer_hashes are the mint
// lane's hashes, and a version 1 block gets an empty list there too.
import { stringifyJson, type Json } from '../../core/index.js';
import type { FlagValues } from '../parse.js';
import type { listTransactionsSpec } from './read-specs.js';
import { rpcSettings } from '../rpc-flags.js';
import { callNode } from '../send.js';
import { warn } from '../warn.js';
import { blockBody, laneHashes, MINT_LANE } from './block-hashes.js';
import { blockParams } from './block-read.js';

/** Also the 1.5 node's `block`: it is a version 1 block (5.x itself cannot read a 1.5 reply). */
export function transactionListOf(result: Json): { list: Json; v1: boolean } {
  const api_version = (result as Record<string, Json>).api_version ?? null;
  const b = blockBody(result);
  if (b === undefined) return { list: { api_version, transaction_hashes: null, transfer_hashes: null }, v1: false };
  if (b.version === 1) return { list: { api_version, transaction_hashes: [], transfer_hashes: [] }, v1: true };
  return {
    list: {
      api_version,
      transaction_hashes: laneHashes(b.transactions),
      transfer_hashes: laneHashes(b.transactions, MINT_LANE),
    },
    v1: false,
  };
}

export async function run(v: FlagValues<typeof listTransactionsSpec>): Promise<number> {
  const { result } = await callNode(rpcSettings(v), 'chain_get_block', blockParams(v));
  const { list, v1 } = transactionListOf(result);
  if (v1)
    warn(
      'a version 1 block lists no transactions here, as casper-client 5.x prints it; list-deploys shows its deploys and transfers',
    );
  process.stdout.write(`${stringifyJson(list, true)}\n`);
  return 0;
}
