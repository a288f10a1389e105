// Global state as the read methods see it at one state root: accounts (from the chain's snapshot
// of that root), the contracts and packages genesis named, and the dictionaries genesis gave to
// accounts and contracts. Keys are formatted strings; values are StoredValue JSON of the node
// generation in front (1.5.8, or 2.x's legacy accounts and contracts).
import { blake2b256, concatBytes, encode, fromHex, PublicKey, toHex, utf8, type Json } from '../core/index.js';
import type { Account, GenesisCode, GenesisDictionary } from './state.js';

interface Dictionary {
  ownerKey: string;
  name: string;
  seed: string;
  items: Map<string, string>;
}

const h = (text: string) => toHex(blake2b256(utf8(text)));

/** Where an owner named in the genesis file lives: 'account-hash-…' or 'hash-…'. */
export function ownerKey(owner: string): string {
  if (owner.startsWith('account-hash-') || owner.startsWith('hash-')) return owner.toLowerCase();
  if (/^[0-9a-fA-F]{64}$/.test(owner)) return `hash-${owner.toLowerCase()}`;
  return PublicKey.fromHex(owner).accountHashString();
}

/** A dictionary's seed URef: fixed by its owner and name, so restarts and both modes agree. */
export const seedUref = (owner: string, name: string) => `uref-${h(`casper-devnet dictionary ${owner} ${name}`)}-007`;

/** Key::dictionary(seed, item key): blake2b256(seed address ‖ item key bytes) (casper-types key.rs). */
export function dictionaryAddress(seed: string, itemKey: string): string {
  return `dictionary-${toHex(blake2b256(concatBytes(fromHex(seed.slice(5, 69)), utf8(itemKey))))}`;
}

function dictionaries(code: GenesisCode): Dictionary[] {
  return (code.dictionaries ?? []).map((d: GenesisDictionary) => {
    const key = ownerKey(d.owner);
    return {
      ownerKey: key,
      name: d.name,
      seed: seedUref(key, d.name),
      items: new Map(Object.entries(d.items).map(([k, v]) => [k, String(v)])),
    };
  });
}

/** Named keys in BTreeMap order (by name), as the node lists them. */
function namedKeys(code: GenesisCode, owner: string): { name: string; key: string }[] {
  return dictionaries(code)
    .filter((d) => d.ownerKey === owner)
    .map((d) => ({ name: d.name, key: d.seed }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const stringValue = (s: string): Json => ({ cl_type: 'String', bytes: toHex(encode.string(s)), parsed: s });
const unitValue: Json = { cl_type: 'Unit', bytes: '', parsed: null };
const u512Value = (n: bigint): Json => ({ cl_type: 'U512', bytes: toHex(encode.u512(n)), parsed: n.toString() });

export function accountJson(a: Account, code: GenesisCode): Json {
  return {
    account_hash: `account-hash-${a.hash}`,
    named_keys: namedKeys(code, `account-hash-${a.hash}`),
    main_purse: a.mainPurse,
    associated_keys: a.associatedKeys.map((k) => ({
      account_hash: PublicKey.fromHex(k).accountHashString(),
      weight: 1,
    })),
    action_thresholds: { deployment: 1, key_management: 1 },
  };
}

/** The contract package a genesis contract belongs to, and its Wasm: derived, stable names. */
const contractPackageOf = (contract: string) => h(`casper-devnet package of ${contract}`);
const contractWasmOf = (contract: string) => h(`casper-devnet wasm of ${contract}`);

function contractJson(hash: string, code: GenesisCode, protocolVersion: string): Json {
  return {
    contract_package_hash: `contract-package-wasm${contractPackageOf(hash)}`,
    contract_wasm_hash: `contract-wasm-${contractWasmOf(hash)}`,
    named_keys: namedKeys(code, `hash-${hash}`),
    entry_points: [],
    protocol_version: protocolVersion,
  };
}

/** A contract package: genesis packages, and the packages of genesis contracts (version 1 each). */
export function contractPackageJson(hash: string, code: GenesisCode): Json | undefined {
  const contracts = code.contracts.filter((c) => contractPackageOf(c) === hash);
  if (contracts.length === 0 && !code.packages.includes(hash)) return undefined;
  return {
    access_key: `uref-${h(`casper-devnet access key ${hash}`)}-007`,
    versions: contracts.map((c, i) => ({
      protocol_version_major: 1,
      contract_version: i + 1,
      contract_hash: `contract-${c}`,
    })),
    disabled_versions: [],
    groups: [],
    lock_status: 'Unlocked',
  };
}

export interface StateView {
  accounts: Map<string, Account>;
  code: GenesisCode;
  protocolVersion: string;
}

/** Every value at a formatted key, or undefined where global state has nothing. */
export function readKey(view: StateView, key: string): Json | undefined {
  if (key.startsWith('account-hash-')) {
    const a = view.accounts.get(key.slice(13));
    return a === undefined ? undefined : { Account: accountJson(a, view.code) };
  }
  if (key.startsWith('hash-')) {
    const hash = key.slice(5);
    if (view.code.contracts.includes(hash)) return { Contract: contractJson(hash, view.code, view.protocolVersion) };
    const pkg = contractPackageJson(hash, view.code);
    return pkg === undefined ? undefined : { ContractPackage: pkg };
  }
  if (key.startsWith('balance-')) {
    const addr = key.slice(8);
    for (const a of view.accounts.values())
      if (a.mainPurse.slice(5, 69) === addr) return { CLValue: u512Value(a.balance) };
    return undefined;
  }
  if (key.startsWith('uref-')) {
    const addr = key.slice(5, 69);
    // Purses and dictionary seeds hold the unit value; their content sits under other keys.
    for (const a of view.accounts.values()) if (a.mainPurse.slice(5, 69) === addr) return { CLValue: unitValue };
    if (dictionaries(view.code).some((d) => d.seed.slice(5, 69) === addr)) return { CLValue: unitValue };
    return undefined;
  }
  if (key.startsWith('dictionary-')) {
    for (const d of dictionaries(view.code)) {
      for (const [item, value] of d.items)
        if (dictionaryAddress(d.seed, item) === key) return { CLValue: stringValue(value) };
    }
    return undefined;
  }
  return undefined;
}

/** The named keys a stored value offers to a query path (accounts and contracts only). */
export function namedKeysOf(value: Json): { name: string; key: string }[] | undefined {
  const v = value as Record<string, { named_keys?: { name: string; key: string }[] }>;
  return (v.Account ?? v.Contract)?.named_keys;
}
