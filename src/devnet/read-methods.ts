// The read methods of the devnet (what casper-client's read commands call), answered from the
// chain's real state at the block or state root asked for, with the replies and the errors of
// the node generation in front: casper-node 1.5.8 (node/src/components/rpc_server/rpcs/*.rs) or
// the 2.0 sidecar (rpc_sidecar/src/rpcs/*.rs, error.rs). The devnet has one validator (its
// proposer), one era (0, no switch block after genesis), no peers and no validator changes.
import { PublicKey, toHex, type Json } from '../core/index.js';
import { blockJson } from './blocks.js';
import { PROPOSER } from './execute.js';
import {
  accountJson,
  contractPackageJson,
  dictionaryAddress,
  namedKeysOf,
  readKey,
  type StateView,
} from './global-state.js';
import { invalidParams, namedParams, noParams, RpcFailure, type Handler } from './jsonrpc.js';
import type { Chainspec } from '../chainspec/chainspec.js';
import type { Account, Block, Chain } from './state.js';
import { messageOf } from '../core/errors.js';

type Obj = Record<string, Json>;

export interface ReadContext {
  chain: Chain;
  chainspec: Chainspec;
}

export interface ReadHelpers {
  apiVersion: string;
  blockParam: (v: Json | undefined) => Block;
}

/** casper-types 3.x Key Display, as 1.5.8's query errors print the path (types/src/key.rs). */
function keyDisplay(key: string): string {
  const hex = (p: string) => key.slice(p.length);
  if (key.startsWith('account-hash-')) return `Key::Account(${hex('account-hash-')})`;
  if (key.startsWith('hash-')) return `Key::Hash(${hex('hash-')})`;
  if (key.startsWith('uref-')) return `Key::URef(${key.slice(5, 69)}, ${ACCESS[parseInt(key.slice(70), 8)] ?? 'NONE'})`;
  if (key.startsWith('balance-')) return `Key::Balance(${hex('balance-')})`;
  if (key.startsWith('dictionary-')) return `Key::Dictionary(${hex('dictionary-')})`;
  if (key.startsWith('deploy-')) return `Key::DeployInfo(${hex('deploy-')})`;
  if (key.startsWith('transfer-')) return `Key::Transfer(${hex('transfer-')})`;
  if (key.startsWith('era-')) return `Key::EraInfo(${hex('era-')})`;
  if (key.startsWith('bid-')) return `Key::Bid(${hex('bid-')})`;
  if (key.startsWith('withdraw-')) return `Key::Withdraw(${hex('withdraw-')})`;
  return key;
}
const ACCESS = ['NONE', 'READ', 'WRITE', 'READ_WRITE', 'ADD', 'READ_ADD', 'ADD_WRITE', 'READ_ADD_WRITE'];

const KEY_PREFIXES_15 = [
  'account-hash-',
  'hash-',
  'uref-',
  'transfer-',
  'deploy-',
  'era-',
  'balance-',
  'bid-',
  'withdraw-',
  'dictionary-',
  'system-contract-registry-',
  'era-summary-',
  'unbond-',
  'chainspec-registry-',
  'checksum-registry-',
];
const KEY_PREFIXES_2 = [
  ...KEY_PREFIXES_15,
  'entity-',
  'package-',
  'byte-code-',
  'bid-addr-',
  'message-',
  'named-key-',
  'block-message-count-',
  'balance-hold-',
  'entry-point-',
];

export function addReadMethods(m: Map<string, Handler>, ctx: ReadContext, x: ReadHelpers): void {
  const v2 = ctx.chainspec.generation === '2';
  const api = x.apiVersion;
  const code = () => ctx.chain.genesisCode();
  const viewOf = (accounts: Map<string, Account>): StateView => ({ accounts, code: code(), protocolVersion: api });

  /** The failure both generations give for a state root no block had. */
  const noSuchRoot = (root: string, what: string) =>
    v2
      ? new RpcFailure(
          -32012,
          'No such state root',
          `request for ${what} has failed: could not find the provided state root hash`,
        )
      : new RpcFailure(-32012, 'No such state root', {
          message: `failed to get state root at ${root}`,
          available_block_range: { low: 0, high: ctx.chain.tip().height },
        });

  const rootView = (root: string, what: string): StateView => {
    const accounts = ctx.chain.accountsAt(root);
    if (accounts === undefined) throw noSuchRoot(root, what);
    return viewOf(accounts);
  };
  const blockView = (b: Block): StateView => viewOf(ctx.chain.accountsAt(b.stateRootHash)!);

  /** GlobalStateIdentifier → the block (when one was named) and the state there; none → the tip. */
  const stateAt = (id: Json | undefined, what: string): { block?: Block; view: StateView } => {
    if (id === undefined || id === null) return { view: blockView(ctx.chain.tip()) };
    const o = id as Obj;
    if (typeof o.BlockHash === 'string') {
      const block = x.blockParam({ Hash: o.BlockHash });
      return { block, view: blockView(block) };
    }
    if (typeof o.BlockHeight === 'number') {
      const block = x.blockParam({ Height: o.BlockHeight });
      return { block, view: blockView(block) };
    }
    if (typeof o.StateRootHash === 'string') return { view: rootView(o.StateRootHash.toLowerCase(), what) };
    throw invalidParams(
      "Failed to parse 'params' field: unknown variant, expected one of `BlockHash`, `BlockHeight`, `StateRootHash`",
    );
  };

  const headerOf = (b: Block): Json => {
    const json = blockJson(ctx.chain, b, ctx.chainspec) as Obj;
    return v2 ? { Version2: (json.Version2 as Obj).header! } : json.header!;
  };

  const valueNotFound = (path: string) => new RpcFailure(-32003, 'Query failed', `ValueNotFound("${path}")`);
  const notInState = () => new RpcFailure(-32003, 'Query failed', 'value was not found in the global state');

  /** The tracking copy's walk: read the base key, then follow named keys (1.5.8 tracking_copy/mod.rs query). */
  const query = (view: StateView, key: string, path: string[]): Json => {
    let value = readKey(view, key);
    let walked = keyDisplay(key);
    if (value === undefined) throw v2 ? notInState() : valueNotFound(`Failed to find base key at path: ${walked}`);
    for (const name of path) {
      const kind = 'Account' in (value as Obj) ? 'Account' : 'Contract' in (value as Obj) ? 'Contract' : undefined;
      const named = namedKeysOf(value);
      if (kind === undefined || named === undefined) {
        if (v2) throw notInState();
        const found = Object.keys(value as Obj)[0];
        throw valueNotFound(`${found} value found. at path: ${walked}`);
      }
      const next = named.find((n) => n.name === name);
      if (next === undefined)
        throw v2 ? notInState() : valueNotFound(`Name ${name} not found in ${kind} at path: ${walked}`);
      walked = `${walked}/${name}`;
      value = readKey(view, next.key);
      if (value === undefined) throw v2 ? notInState() : valueNotFound(`Failed to find base key at path: ${walked}`);
    }
    return value!;
  };

  const keyParam = (v: Json | undefined): string => {
    const prefixes = v2 ? KEY_PREFIXES_2 : KEY_PREFIXES_15;
    if (typeof v !== 'string' || !prefixes.some((p) => v.startsWith(p))) {
      const text = typeof v === 'string' ? v : JSON.stringify(v);
      if (v2) throw invalidParams(`Failed to parse 'params' field: invalid key prefix: ${text}`);
      throw new RpcFailure(-32002, 'Failed to parse query key', `failed to parse key: ${text}`);
    }
    return v.toLowerCase().replace(/^(uref-[0-9a-f]{64}-)([0-7]{3})$/, '$1$2');
  };

  m.set('query_global_state', (params) => {
    const p = namedParams(params, ['state_identifier', 'key', 'path'], ['key']);
    const { block, view } = stateAt(p.state_identifier, 'global state item');
    const key = keyParam(p.key);
    const path = Array.isArray(p.path) ? p.path.map(String) : [];
    const stored = query(view, key, path);
    return {
      api_version: api,
      block_header: block === undefined ? null : headerOf(block),
      stored_value: stored,
      merkle_proof: '',
    };
  });

  m.set('state_get_item', (params) => {
    // 1.5's older form of query_global_state, by state root only.
    const p = namedParams(params, ['state_root_hash', 'key', 'path'], ['state_root_hash', 'key']);
    const view = rootView(String(p.state_root_hash).toLowerCase(), 'global state item');
    const stored = query(view, keyParam(p.key), Array.isArray(p.path) ? p.path.map(String) : []);
    return { api_version: api, stored_value: stored, merkle_proof: '' };
  });

  /** An account hash from a public key or 'account-hash-…' string (the node's AccountIdentifier). */
  const accountHashOf = (v: Json | undefined, what: string): string => {
    if (typeof v !== 'string')
      throw invalidParams(`Failed to parse 'params' field: expected a public key or account hash for ${what}`);
    try {
      if (v.startsWith('account-hash-')) {
        if (!/^[0-9a-fA-F]{64}$/.test(v.slice(13))) throw new Error('expected 64 hex characters after account-hash-');
        return v.slice(13).toLowerCase();
      }
      return toHex(PublicKey.fromHex(v).accountHash());
    } catch (e) {
      throw invalidParams(`Failed to parse 'params' field: ${messageOf(e)}`, e);
    }
  };

  const missingAccount = (hash: string) =>
    v2
      ? new RpcFailure(-32009, 'No such account', 'the requested account was not found')
      : valueNotFound(`Failed to find base key at path: Key::Account(${hash})`);

  m.set('state_get_account_info', (params) => {
    // Both generations take `public_key` as another name for account_identifier (serde alias).
    let raw = params;
    if (
      raw !== undefined &&
      !Array.isArray(raw) &&
      typeof raw === 'object' &&
      raw !== null &&
      'public_key' in raw &&
      !('account_identifier' in raw)
    ) {
      const { public_key, ...rest } = raw as Obj;
      raw = { account_identifier: public_key!, ...rest };
    }
    const p = namedParams(raw, ['account_identifier', 'block_identifier'], ['account_identifier']);
    const block = x.blockParam(p.block_identifier);
    const hash = accountHashOf(p.account_identifier, 'account_identifier');
    const view = blockView(block);
    const a = view.accounts.get(hash);
    if (a === undefined) throw missingAccount(hash);
    return { api_version: api, account: accountJson(a, view.code), merkle_proof: '' };
  });

  /** PurseIdentifier → the account whose main purse it is (the devnet's only purses). */
  const purseOwner = (view: StateView, id: Json | undefined): Account => {
    const o = (id ?? {}) as Obj;
    const notFound = (hash?: string) =>
      v2
        ? new RpcFailure(
            -32026,
            'Purse not found',
            'request for balance has failed: purse was not found for given identifier',
          )
        : hash !== undefined
          ? valueNotFound(`Failed to find base key at path: Key::Account(${hash})`)
          : new RpcFailure(
              -32007,
              'get-balance failed to execute',
              `Key not found: ${keyDisplay(String(o.purse_uref))}`,
            );
    let hash: string | undefined;
    if (typeof o.main_purse_under_public_key === 'string')
      hash = accountHashOf(o.main_purse_under_public_key, 'purse_identifier');
    else if (typeof o.main_purse_under_account_hash === 'string')
      hash = accountHashOf(o.main_purse_under_account_hash, 'purse_identifier');
    else if (v2 && typeof o.main_purse_under_entity_addr === 'string') {
      const m2 = /^entity-account-([0-9a-fA-F]{64})$/.exec(o.main_purse_under_entity_addr);
      if (m2 === null) throw notFound();
      hash = m2[1]!.toLowerCase();
    } else if (typeof o.purse_uref === 'string') {
      const addr = o.purse_uref.slice(5, 69).toLowerCase();
      const a = [...view.accounts.values()].find((acc) => acc.mainPurse.slice(5, 69) === addr);
      if (a === undefined) throw notFound();
      return a;
    } else {
      const variants = v2
        ? '`main_purse_under_public_key`, `main_purse_under_account_hash`, `main_purse_under_entity_addr`, `purse_uref`'
        : '`main_purse_under_public_key`, `main_purse_under_account_hash`, `purse_uref`';
      throw invalidParams(`Failed to parse 'params' field: unknown variant, expected one of ${variants}`);
    }
    const a = view.accounts.get(hash);
    if (a === undefined) throw notFound(hash);
    return a;
  };

  m.set('query_balance', (params) => {
    const p = namedParams(params, ['purse_identifier', 'state_identifier'], ['purse_identifier']);
    const { view } = stateAt(p.state_identifier, 'balance');
    return { api_version: api, balance: purseOwner(view, p.purse_identifier).balance.toString() };
  });

  if (v2) {
    m.set('query_balance_details', (params) => {
      const p = namedParams(params, ['purse_identifier', 'state_identifier'], ['purse_identifier']);
      const { view } = stateAt(p.state_identifier, 'balance');
      // The devnet places no holds: available = total.
      const balance = purseOwner(view, p.purse_identifier).balance.toString();
      return {
        api_version: api,
        total_balance: balance,
        available_balance: balance,
        total_balance_proof: '',
        holds: [],
      };
    });
  }

  m.set('state_get_balance', (params) => {
    const p = namedParams(params, ['state_root_hash', 'purse_uref'], ['state_root_hash', 'purse_uref']);
    const root = String(p.state_root_hash).toLowerCase();
    const purse = String(p.purse_uref);
    if (!/^uref-[0-9a-fA-F]{64}-[0-7]{3}$/.test(purse)) {
      throw new RpcFailure(
        -32005,
        'Failed to parse get-balance URef',
        v2 ? `the requested purse URef was invalid: ${purse}` : `failed to parse purse_uref: ${purse}`,
      );
    }
    const accounts = ctx.chain.accountsAt(root);
    if (accounts === undefined) {
      if (v2) throw noSuchRoot(root, 'balance');
      throw new RpcFailure(
        -32006,
        'Failed to get balance',
        `failed for purse ${keyDisplay(purse).slice(5)}: Ok(RootNotFound)`,
      );
    }
    const a = [...accounts.values()].find((acc) => acc.mainPurse.slice(5, 69) === purse.slice(5, 69).toLowerCase());
    if (a === undefined) {
      if (v2)
        throw new RpcFailure(
          -32026,
          'Purse not found',
          'request for balance has failed: purse was not found for given identifier',
        );
      throw new RpcFailure(-32007, 'get-balance failed to execute', `Key not found: ${keyDisplay(purse)}`);
    }
    return { api_version: api, balance_value: a.balance.toString(), merkle_proof: '' };
  });

  m.set('state_get_dictionary_item', (params) => {
    const p = namedParams(
      params,
      ['state_root_hash', 'dictionary_identifier'],
      ['state_root_hash', 'dictionary_identifier'],
    );
    const root = String(p.state_root_hash).toLowerCase();
    const view = rootView(root, 'dictionary item');
    const id = (p.dictionary_identifier ?? {}) as Obj;
    const dictFail = (text: string) => new RpcFailure(-32010, 'Failed to get dictionary URef', text);
    let address: string;
    const named = (id.AccountNamedKey ?? id.ContractNamedKey ?? (v2 ? id.EntityNamedKey : undefined)) as
      | Obj
      | undefined;
    if (named !== undefined) {
      let ownerKey = String(named.key).toLowerCase();
      if (ownerKey.startsWith('entity-account-')) ownerKey = `account-hash-${ownerKey.slice(15)}`;
      else if (ownerKey.startsWith('entity-contract-')) ownerKey = `hash-${ownerKey.slice(16)}`;
      const owner = readKey(view, ownerKey);
      if (owner === undefined) throw v2 ? notInState() : dictFail('could not retrieve account/contract');
      const seed = namedKeysOf(owner)?.find((n) => n.name === named.dictionary_name);
      if (seed === undefined) throw v2 ? notInState() : dictFail('seed uref not in named keys');
      address = dictionaryAddress(seed.key, String(named.dictionary_item_key));
    } else if (id.URef !== undefined) {
      const u = id.URef as Obj;
      const seed = String(u.seed_uref);
      if (!/^uref-[0-9a-fA-F]{64}-[0-7]{3}$/.test(seed))
        throw v2
          ? new RpcFailure(-32002, 'Failed to parse query key', `the provided dictionary key was invalid: ${seed}`)
          : dictFail(`failed to parse uref: ${seed}`);
      address = dictionaryAddress(seed.toLowerCase(), String(u.dictionary_item_key));
    } else if (typeof id.Dictionary === 'string') {
      address = id.Dictionary.toLowerCase();
      if (!/^dictionary-[0-9a-f]{64}$/.test(address))
        throw v2
          ? new RpcFailure(
              -32002,
              'Failed to parse query key',
              'the provided dictionary key was invalid: not a dictionary key',
            )
          : dictFail(`failed to parse dictionary key: ${id.Dictionary}`);
    } else {
      throw invalidParams("Failed to parse 'params' field: unknown variant of dictionary_identifier");
    }
    const stored = readKey(view, address);
    if (stored === undefined)
      throw v2 ? notInState() : valueNotFound(`Failed to find base key at path: ${keyDisplay(address)}`);
    return { api_version: api, dictionary_key: address, stored_value: stored, merkle_proof: '' };
  });

  m.set('chain_get_block_transfers', (params) => {
    const p = namedParams(params, ['block_identifier'], []);
    const block = x.blockParam(p.block_identifier);
    return { api_version: api, block_hash: block.hash, transfers: blockTransfers(block) };
  });

  /** The transfers a block's deploys made, from their execution results (2.x) or their args (1.5). */
  const blockTransfers = (block: Block): Json[] => {
    const out: Json[] = [];
    const accounts = ctx.chain.accountsAt(block.stateRootHash)!;
    for (const h of block.deployHashes) {
      const stored = ctx.chain.deploys.get(h)!;
      const r = stored.result as Obj | undefined;
      if (r === undefined) continue;
      if (v2) {
        out.push(...(((r.Version2 as Obj).transfers ?? []) as Json[]));
        continue;
      }
      if (r.Success === undefined || stored.deploy.session.kind !== 'Transfer') continue;
      const effect = ((r.Success as Obj).effect as Obj).transforms as Obj[];
      const toKey = effect.find((t) => (t.transform as Obj).WriteAccount !== undefined)?.key as string | undefined;
      const from = toHex(stored.deploy.header.account.accountHash());
      const to = toKey?.slice(13);
      const args = new Map(stored.deploy.session.args.map(([n, v]) => [n, v]));
      const amount = args.get('amount');
      const idArg = args.get('id');
      const idBytes = idArg?.bytes;
      out.push({
        deploy_hash: h,
        from: `account-hash-${from}`,
        to: to === undefined ? null : `account-hash-${to}`,
        source: accounts.get(from)?.mainPurse ?? null,
        target: to === undefined ? null : (accounts.get(to)?.mainPurse ?? null),
        amount: amount === undefined ? '0' : leU512(amount.bytes),
        gas: '0',
        id:
          idBytes !== undefined && idBytes[0] === 1
            ? Number(Buffer.from(idBytes.subarray(1, 9)).readBigUInt64LE())
            : null,
      });
    }
    return out;
  };

  /** EraInfo of era 0: the devnet's one validator, its reward nothing. */
  const eraSummary = (b: Block): Json => ({
    block_hash: b.hash,
    era_id: 0,
    stored_value: {
      EraInfo: { seigniorage_allocations: [{ Validator: { validator_public_key: PROPOSER, amount: '0' } }] },
    },
    state_root_hash: b.stateRootHash,
    merkle_proof: '',
  });

  m.set('chain_get_era_summary', (params) => {
    const p = namedParams(params, ['block_identifier'], []);
    return { api_version: api, era_summary: eraSummary(x.blockParam(p.block_identifier)) };
  });

  m.set('chain_get_era_info_by_switch_block', (params) => {
    // Only a switch block carries era info, and the devnet's blocks all end no era.
    const p = namedParams(params, ['block_identifier'], []);
    x.blockParam(p.block_identifier);
    return { api_version: api, era_summary: null };
  });

  const STAKE = '1000000000000000';
  const BONDING_PURSE = `uref-${'00'.repeat(31)}01-007`;
  // 1.5.8 prints a JsonBid (no key, no vesting schedule, delegators as a list); 2.x a Bid.
  const bid = (): Json =>
    v2
      ? {
          validator_public_key: PROPOSER,
          bonding_purse: BONDING_PURSE,
          staked_amount: STAKE,
          delegation_rate: 0,
          vesting_schedule: null,
          delegators: [],
          inactive: false,
        }
      : { bonding_purse: BONDING_PURSE, staked_amount: STAKE, delegation_rate: 0, delegators: [], inactive: false };

  m.set('state_get_auction_info', (params) => {
    const p = namedParams(params, ['block_identifier'], []);
    const b = x.blockParam(p.block_identifier);
    return {
      api_version: api,
      auction_state: {
        state_root_hash: b.stateRootHash,
        block_height: b.height,
        era_validators: [{ era_id: 0, validator_weights: [{ public_key: PROPOSER, weight: STAKE }] }],
        bids: [{ public_key: PROPOSER, bid: bid() }],
      },
    };
  });

  m.set('info_get_validator_changes', (params) => {
    noParams(params);
    return { api_version: api, changes: [] };
  });

  m.set('info_get_peers', (params) => {
    noParams(params);
    return { api_version: api, peers: [] };
  });

  if (!v2) return;

  m.set('state_get_entity', (params): Json => {
    const p = namedParams(params, ['entity_identifier', 'block_identifier', 'include_bytecode'], ['entity_identifier']);
    const block = x.blockParam(p.block_identifier);
    const view = blockView(block);
    const id = (p.entity_identifier ?? {}) as Obj;
    const missing = () =>
      new RpcFailure(-32020, 'No such addressable entity', 'the requested addressable entity was not found');
    let key: string;
    if (typeof id.PublicKey === 'string' || typeof id.AccountHash === 'string')
      key = `account-hash-${accountHashOf(id.PublicKey ?? id.AccountHash, 'entity_identifier')}`;
    else if (typeof id.ContractHash === 'string')
      key = `hash-${String(id.ContractHash)
        .replace(/^contract-/, '')
        .toLowerCase()}`;
    else if (typeof id.EntityAddr === 'string') {
      const m2 = /^entity-(account|contract|system)-([0-9a-fA-F]{64})$/.exec(id.EntityAddr);
      if (m2 === null) throw invalidParams(`Failed to parse 'params' field: invalid entity address ${id.EntityAddr}`);
      key = m2[1] === 'account' ? `account-hash-${m2[2]!.toLowerCase()}` : `hash-${m2[2]!.toLowerCase()}`;
    } else
      throw invalidParams(
        "Failed to parse 'params' field: unknown variant, expected one of `ContractHash`, `PublicKey`, `AccountHash`, `EntityAddr`",
      );
    const value = readKey(view, key) as Obj | undefined;
    // The 2.0 chain keeps accounts and contracts in their legacy form (no addressable entities).
    if (value?.Account !== undefined) return { api_version: api, entity: { Account: value.Account }, merkle_proof: '' };
    if (value?.Contract !== undefined)
      return { api_version: api, entity: { Contract: { contract: value.Contract, wasm: null } }, merkle_proof: '' };
    throw missing();
  });

  m.set('state_get_package', (params) => {
    const p = namedParams(params, ['package_identifier', 'block_identifier'], ['package_identifier']);
    x.blockParam(p.block_identifier);
    const id = (p.package_identifier ?? {}) as Obj;
    const text = String(id.ContractPackageHash ?? id.PackageAddr ?? '');
    const m2 = /^(contract-package-|package-)([0-9a-fA-F]{64})$/.exec(text);
    if (m2 === null)
      throw invalidParams(
        "Failed to parse 'params' field: unknown variant, expected one of `PackageAddr`, `ContractPackageHash`",
      );
    const pkg = contractPackageJson(m2[2]!.toLowerCase(), code());
    // The sidecar answers a missing package with the entity error (state.rs GetPackage).
    if (pkg === undefined)
      throw new RpcFailure(-32020, 'No such addressable entity', 'the requested addressable entity was not found');
    return { api_version: api, package: { ContractPackage: pkg }, merkle_proof: '' };
  });

  m.set('info_get_reward', (params) => {
    const p = namedParams(params, ['validator', 'era_identifier', 'delegator'], ['validator']);
    const era = p.era_identifier as Obj | null | undefined;
    let eraId = 0;
    if (era !== undefined && era !== null) {
      if (typeof era.Era === 'number') eraId = era.Era;
      else if (era.Block !== undefined) x.blockParam(era.Block);
    }
    if (eraId !== 0)
      throw new RpcFailure(
        -32023,
        'Switch block not found',
        'request for reward has failed: the switch block for the requested era was not found',
      );
    const isProposer = String(p.validator).toLowerCase() === PROPOSER;
    if (!isProposer || (p.delegator !== undefined && p.delegator !== null))
      throw new RpcFailure(-32022, 'No rewards found', 'the requested reward was not found');
    return {
      api_version: api,
      reward_amount: '0',
      era_id: 0,
      delegation_rate: 0,
      switch_block_hash: ctx.chain.blocks[0]!.hash,
    };
  });
}

function leU512(bytes: Uint8Array): string {
  const n = bytes[0] ?? 0;
  let v = 0n;
  for (let i = n; i >= 1; i--) v = (v << 8n) | BigInt(bytes[i]!);
  return v.toString();
}
