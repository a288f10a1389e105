// list-deploys (src/deploy/list.rs): chain_get_block, then prints only
// {api_version, deploy_hashes, transfer_hashes} as serde_json's pretty text, unabbreviated.
import { stringifyJson, type Json } from '../../core/index.js';
import type { FlagValues } from '../parse.js';
import type { listDeploysSpec } from './read-specs.js';
import { rpcSettings } from '../rpc-flags.js';
import { callNode } from '../send.js';
import { blockBody, laneHashes, MINT_LANE } from './block-hashes.js';
import { blockParams } from './block-read.js';

type Obj = Record<string, Json>;

const deploysOf = (hashes: Json[]): Json[] =>
  hashes.flatMap((h) => (typeof (h as Obj).Deploy === 'string' ? [(h as Obj).Deploy!] : []));

/**
 * A version 1 block lists deploy_hashes and transfer_hashes. For a 2.x block the Rust client
 * (branch feat-track-node-2.0 src/deploy/list.rs:36-58, as 5.0.1's list.rs begins) lists the
 * `Deploy` entries of every lane as deploy_hashes (so a transfer is in both lists) and those of
 * the mint lane as transfer_hashes. No block → both null.
 */
export function listOf(result: Json): Json {
  const api_version = (result as Obj).api_version ?? null;
  const b = blockBody(result);
  if (b === undefined) return { api_version, deploy_hashes: null, transfer_hashes: null };
  if (b.version === 1)
    return { api_version, deploy_hashes: b.body.deploy_hashes ?? [], transfer_hashes: b.body.transfer_hashes ?? [] };
  return {
    api_version,
    deploy_hashes: deploysOf(laneHashes(b.transactions)),
    transfer_hashes: deploysOf(laneHashes(b.transactions, MINT_LANE)),
  };
}

export async function run(v: FlagValues<typeof listDeploysSpec>): Promise<number> {
  const { result } = await callNode(rpcSettings(v), 'chain_get_block', blockParams(v));
  process.stdout.write(`${stringifyJson(listOf(result), true)}\n`);
  return 0;
}
