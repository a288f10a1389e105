// Blocks as chain_get_block shows them: 1.5.8's BlockV1 (deploy and transfer hashes), or 2.x's
// BlockV2, whose body lists transactions by lane id (the lane each deploy was put in).
import type { Chainspec } from '../chainspec/chainspec.js';
import { deployLane } from '../deploy/lane.js';
import { blake2b256, formatTimestamp, stringifyJson, utf8, toHex, type Json } from '../core/index.js';
import { deploySize } from '../deploy/index.js';
import { PROPOSER } from './execute.js';
import type { Block, Chain } from './state.js';

const digest = (v: Json) => toHex(blake2b256(utf8(stringifyJson(v))));

export function blockJson(chain: Chain, b: Block, c: Chainspec): Json {
  const deploys = b.deployHashes.map((h) => chain.deploys.get(h)!.deploy);
  const common = { parent_hash: b.parentHash, state_root_hash: b.stateRootHash };
  if (c.generation === '1.5') {
    const body = {
      proposer: PROPOSER,
      deploy_hashes: b.deployHashes.filter((_, i) => deploys[i]!.session.kind !== 'Transfer'),
      transfer_hashes: b.deployHashes.filter((_, i) => deploys[i]!.session.kind === 'Transfer'),
    };
    const header = {
      ...common,
      body_hash: digest(body),
      random_bit: false,
      accumulated_seed: digest(['seed', b.parentHash]),
      era_end: null,
      timestamp: formatTimestamp(b.timestamp),
      era_id: 0,
      height: b.height,
      protocol_version: '1.5.8',
    };
    return { hash: b.hash, header, body, proofs: [] };
  }
  const transactions: Record<string, Json[]> = {};
  const inLane = (id: string, hash: Json) => {
    transactions[id] ??= [];
    transactions[id].push(hash);
  };
  deploys.forEach((d, i) => {
    const lane = deployLane(d, c, deploySize(d));
    inLane(typeof lane === 'string' ? 'unknown' : String(lane.id), { Deploy: b.deployHashes[i]! });
  });
  for (const t of b.transactions ?? []) inLane(String(t.lane), { Version1: t.hash });
  const body = { transactions, rewarded_signatures: [] };
  const header = {
    ...common,
    body_hash: digest(body),
    random_bit: false,
    accumulated_seed: digest(['seed', b.parentHash]),
    era_end: null,
    timestamp: formatTimestamp(b.timestamp),
    era_id: 0,
    height: b.height,
    protocol_version: '2.0.0',
    proposer: PROPOSER,
    current_gas_price: c.v2?.minGasPrice ?? 1,
    last_switch_block_hash: b.height === 0 ? null : chain.blocks[0]!.hash,
  };
  return { Version2: { hash: b.hash, header, body } };
}
