// list-deploys (src/deploy/list.rs): chain_get_block, then prints only
// {api_version, deploy_hashes, transfer_hashes} as serde_json's pretty text, unabbreviated.
import { stringifyJson, type Json } from '../../core/index.js';
import type { FlagValues } from '../parse.js';
import type { listDeploysSpec } from './read-specs.js';
import { rpcSettings } from '../rpc-flags.js';
import { callNode } from '../send.js';
import { blockParams } from './block-read.js';

type Obj = Record<string, Json>;

/**
 * 1.5 blocks list deploy_hashes and transfer_hashes. A 2.x node (result.block_with_signatures)
 * lists transactions per lane: its `Deploy` entries in the mint lane (0) are the transfers, the
 * other `Deploy` entries the deploys. No block → both null, as the Rust client prints them.
 */
export function listOf(result: Json): Json {
  const r = result as Obj;
  const v1 = r.block as Obj | null | undefined;
  if (v1 !== undefined && v1 !== null) {
    const body = v1.body as Obj;
    return { api_version: r.api_version!, deploy_hashes: body.deploy_hashes ?? [], transfer_hashes: body.transfer_hashes ?? [] };
  }
  const block = (r.block_with_signatures as Obj | null | undefined)?.block as Obj | undefined;
  const inner = (block?.Version2 ?? block?.Version1) as Obj | undefined;
  if (inner === undefined) return { api_version: r.api_version ?? null, deploy_hashes: null, transfer_hashes: null };
  const body = inner.body as Obj;
  if (block?.Version1 !== undefined) return { api_version: r.api_version!, deploy_hashes: body.deploy_hashes ?? [], transfer_hashes: body.transfer_hashes ?? [] };
  const deploys: Json[] = [];
  const transfers: Json[] = [];
  for (const [lane, items] of Object.entries((body.transactions ?? {}) as Record<string, Json[]>)) {
    for (const t of items) {
      const hash = (t as Obj).Deploy;
      if (typeof hash === 'string') (lane === '0' ? transfers : deploys).push(hash);
    }
  }
  return { api_version: r.api_version!, deploy_hashes: deploys, transfer_hashes: transfers };
}

export async function run(v: FlagValues<typeof listDeploysSpec>): Promise<number> {
  const { result } = await callNode(rpcSettings(v), 'chain_get_block', blockParams(v));
  process.stdout.write(`${stringifyJson(listOf(result), true)}\n`);
  return 0;
}
