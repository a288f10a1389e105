// The JSON-RPC methods the devnet serves, with results in the shapes of the node generation it
// stands in for: casper-node 1.5.8, or a Casper 2.0 node behind its sidecar.
import { chainspecToml } from '../chainspec/chainspec.js';
import { deployFromJson, type Deploy } from '../deploy/index.js';
import { formatTimestamp, formatTtl, fromHex, toHex, utf8, type Json } from '../core/index.js';
import { acceptDeploy } from './acceptor.js';
import { acceptDeploy2 } from './acceptor2.js';
import { blockJson } from './blocks.js';
import { addReadMethods } from './read-methods.js';
import { PROPOSER } from './execute.js';
import { invalidParams, namedParams, noParams, RpcFailure, type Handler } from './jsonrpc.js';
import { transactionMethods } from './transactions.js';
import type { MethodContext } from './context.js';
import type { Block } from './state.js';
import { messageOf } from '../core/errors.js';

export type { MethodContext } from './context.js';

const API_VERSION_15 = '1.5.8';
const API_VERSION_20 = '2.0.0';

const shortHash = (h: string) => `${h.slice(0, 4)}..${h.slice(-4)}`;

function parseDeployParam(v: Json | undefined): Deploy {
  if (v === undefined) throw invalidParams("Failed to parse 'params' field: missing field `deploy`");
  try {
    return deployFromJson(v);
  } catch (e) {
    throw invalidParams(`Failed to parse 'params' field: ${messageOf(e)}`, e);
  }
}

function hashParam(v: Json | undefined, what: string): string {
  if (typeof v !== 'string')
    throw invalidParams(`Failed to parse 'params' field: invalid type: expected a hex string for ${what}`);
  try {
    const b = fromHex(v);
    if (b.length !== 32) throw new Error(`expected 32 bytes, got ${b.length}`);
    return toHex(b);
  } catch (e) {
    throw invalidParams(`Failed to parse 'params' field: ${messageOf(e)}`, e);
  }
}

function blockParam(ctx: MethodContext, v: Json | undefined): Block {
  if (v === undefined || v === null) return ctx.chain.tip();
  const id = v as { Hash?: string; Height?: number };
  const block = ctx.chain.blockBy({ Hash: id.Hash, Height: typeof id.Height === 'number' ? id.Height : undefined });
  if (block === undefined) {
    if (ctx.chainspec.generation === '1.5')
      throw new RpcFailure(
        -32001,
        'No such block',
        id.Hash !== undefined ? 'block hash not found' : 'block height not found',
      );
    // The 2.0 sidecar's ErrorData::MissingBlockOrStateRoot: a message and the range it has.
    throw new RpcFailure(-32001, 'No such block', {
      message: 'no block found for the provided identifier',
      available_block_range: { low: 0, high: ctx.chain.tip().height },
    });
  }
  return block;
}

function accept(ctx: MethodContext, deploy: Deploy): void {
  if (ctx.chainspec.generation === '2') {
    const failure = acceptDeploy2(deploy, ctx.chainspec, ctx.chain, ctx.now());
    if (failure !== null) throw failure;
    return;
  }
  const error = acceptDeploy(deploy, ctx.chainspec, ctx.chain, ctx.now());
  if (error !== null) throw new RpcFailure(-32008, 'Invalid Deploy', error);
}

export function devnetMethods(ctx: MethodContext): Map<string, Handler> {
  const m = new Map<string, Handler>();
  const v2 = ctx.chainspec.generation === '2';
  const API_VERSION = v2 ? API_VERSION_20 : API_VERSION_15;

  m.set('account_put_deploy', (params) => {
    const p = namedParams(params, ['deploy'], ['deploy']);
    const deploy = parseDeployParam(p.deploy);
    accept(ctx, deploy);
    ctx.chain.addDeploy(deploy); // idempotent: a known deploy stays as it was
    // The node answers with the hash from the submitted JSON.
    return {
      api_version: API_VERSION,
      deploy_hash: String((p.deploy as { hash?: string }).hash ?? toHex(deploy.hash)).toLowerCase(),
    };
  });

  m.set('info_get_deploy', (params): Json => {
    const p = namedParams(params, ['deploy_hash', 'finalized_approvals'], ['deploy_hash']);
    const hash = hashParam(p.deploy_hash, 'deploy_hash');
    const stored = ctx.chain.deploys.get(hash);
    if (stored === undefined) {
      throw new RpcFailure(
        -32000,
        'No such deploy',
        v2
          ? `no deploy for hash deploy-hash(${shortHash(hash)})`
          : `failed to get deploy-hash(${shortHash(hash)}) and metadata from storage`,
      );
    }
    if (v2) {
      const execution_info =
        stored.block && stored.result
          ? { block_hash: stored.block.hash, block_height: stored.block.height, execution_result: stored.result }
          : null;
      return { api_version: API_VERSION, deploy: stored.json, execution_info };
    }
    const execution_results: Json[] =
      stored.block && stored.result ? [{ block_hash: stored.block.hash, result: stored.result }] : [];
    return { api_version: API_VERSION, deploy: stored.json, execution_results };
  });

  m.set('speculative_exec', (params): Json => {
    // 2.x takes the deploy alone and runs it on the tip (the sidecar's speculative server).
    const p = v2
      ? namedParams(params, ['deploy'], ['deploy'])
      : namedParams(params, ['block_identifier', 'deploy'], ['deploy']);
    const block = blockParam(ctx, p.block_identifier);
    const deploy = parseDeployParam(p.deploy);
    accept(ctx, deploy);
    const result = ctx.chain.speculate(deploy);
    if (!v2) return { api_version: API_VERSION, block_hash: block.hash, execution_result: result };
    const r = (result as { Version2: Record<string, Json> }).Version2;
    return {
      api_version: API_VERSION,
      execution_result: {
        block_hash: block.hash,
        transfers: r.transfers!,
        limit: r.limit!,
        consumed: r.consumed!,
        effects: r.effects!,
        messages: [],
        error: r.error_message!,
      },
    };
  });

  m.set('chain_get_state_root_hash', (params) => {
    const p = namedParams(params, ['block_identifier'], []);
    return { api_version: API_VERSION, state_root_hash: blockParam(ctx, p.block_identifier).stateRootHash };
  });

  m.set('chain_get_block', (params): Json => {
    const p = namedParams(params, ['block_identifier'], []);
    const block = blockParam(ctx, p.block_identifier);
    const json = blockJson(ctx.chain, block, ctx.chainspec);
    return v2
      ? { api_version: API_VERSION, block_with_signatures: { block: json, proofs: [] } }
      : { api_version: API_VERSION, block: json };
  });

  m.set('info_get_chainspec', (params) => {
    noParams(params);
    const text = ctx.chainspecText ?? chainspecToml(ctx.chainspec);
    return {
      api_version: API_VERSION,
      chainspec_bytes: {
        chainspec_bytes: toHex(utf8(text)),
        maybe_genesis_accounts_bytes: null,
        maybe_global_state_bytes: null,
      },
    };
  });

  m.set('info_get_status', (params): Json => {
    noParams(params);
    const tip = ctx.chain.tip();
    const genesis = ctx.chain.blocks[0]!;
    return {
      api_version: API_VERSION,
      ...(v2 ? { protocol_version: API_VERSION } : {}),
      peers: [],
      build_version: `${API_VERSION}-casper-devnet`,
      chainspec_name: ctx.chain.chainName,
      starting_state_root_hash: genesis.stateRootHash,
      last_added_block_info: {
        hash: tip.hash,
        timestamp: formatTimestamp(tip.timestamp),
        era_id: 0,
        height: tip.height,
        state_root_hash: tip.stateRootHash,
        creator: PROPOSER,
      },
      our_public_signing_key: null,
      round_length: null,
      next_upgrade: null,
      uptime: formatTtl(Math.max(0, ctx.now() - ctx.startedAt)),
      reactor_state: 'Validate',
      last_progress: formatTimestamp(tip.timestamp),
      available_block_range: { low: 0, high: tip.height },
      block_sync: { historical: null, forward: null },
      ...(v2 ? { latest_switch_block_hash: genesis.hash } : {}),
    };
  });

  addReadMethods(m, ctx, { apiVersion: API_VERSION, blockParam: (v) => blockParam(ctx, v) });
  if (v2) for (const [name, handler] of transactionMethods(ctx)) m.set(name, handler);

  m.set('rpc.discover', (params) => {
    noParams(params);
    return openRpcDocument(ctx.url(), [...m.keys()], API_VERSION);
  });
  return m;
}

const SUMMARIES: Record<string, string> = {
  account_put_deploy: 'receives a Deploy to be executed by the network',
  info_get_deploy: 'returns a Deploy from the network, with its execution results',
  account_put_transaction: 'receives a Transaction to be executed by the network',
  info_get_transaction: 'returns a Transaction from the network, with its execution info',
  speculative_exec_txn: 'executes a Transaction on this node only, without committing it',
  speculative_exec: 'executes a Deploy on this node only, without committing it',
  chain_get_state_root_hash: 'returns a state root hash at a given Block',
  query_balance: "returns the balance of an account's main purse",
  state_get_account_info: 'returns an Account from the network',
  info_get_status: 'returns the current status of the node',
  chain_get_block: 'returns a Block from the network, by hash or height, the latest by default',
  info_get_chainspec: 'returns the raw bytes of the chainspec.toml the network runs with',
  'rpc.discover': 'returns an OpenRPC schema describing the methods of this server',
  chain_get_block_transfers: "returns a Block's transfers from the network",
  chain_get_era_summary: 'returns the era summary at a given Block',
  chain_get_era_info_by_switch_block: 'returns an EraInfo from the network, for a switch block',
  query_global_state: 'a query to global state using either a Block hash or state root hash',
  state_get_item: 'a query to global state at a given state root hash',
  state_get_balance: "returns a purse's balance from the network",
  state_get_dictionary_item: 'returns an item from a Dictionary',
  state_get_auction_info:
    'returns the bids and validators as of either a specific block, or the most recently added block',
  info_get_validator_changes: 'returns status changes of active validators',
  info_get_peers: 'returns a list of peers connected to the node',
  query_balance_details: "returns a purse's balance, its available balance and its holds",
  state_get_entity: 'returns an AddressableEntity or a legacy Account or Contract from the network',
  state_get_package: 'returns a Package or a legacy ContractPackage from the network',
  info_get_reward: 'returns the reward for a given era and a validator or a delegator',
};

/** An OpenRPC document of the node's shape, listing what the devnet serves. */
function openRpcDocument(url: string, methods: string[], version: string): Json {
  return {
    openrpc: '1.0.0-rc1',
    info: {
      version,
      title: 'Client API of casper-devnet',
      description: 'The JSON-RPC 2.0 methods of a local casper-devnet, a stand-in for a Casper node.',
      license: { name: 'APACHE LICENSE, VERSION 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ name: 'casper-devnet', url: `${url}/rpc` }],
    methods: methods
      .filter((n) => n !== 'rpc.discover')
      .map((name) => ({
        name,
        summary: SUMMARIES[name] ?? name,
        params: [],
        result: { name: `${name}_result`, schema: { type: 'object' } },
      })),
    components: { schemas: {} },
  };
}
