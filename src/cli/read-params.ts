// The JSON-RPC params of the read commands, built from the flag strings the way casper-client
// builds them (lib/cli/parse.rs of 2.0.0 and of the 5.x line). Each function takes the raw flag
// text and returns the JSON the node gets, or throws one CliError line worded like the Rust one.
//
// Node generations (1.5 and 2.x): no read command asks the node which it is. The shape sent
// follows what the user typed:
// - every 1.5 form is accepted by 2.x nodes too (the sidecar keeps `public_key` as an alias of
//   `account_identifier`), so 2.0.0's flags send 2.0.0's params;
// - a value only 2.x has a use for (an `entity-…` purse or entity, a 2.x-only key prefix) is sent
//   in the 2.x form, and a 1.5 node answers it with its own error, as it would answer casper-client 5.x.
import {
  fromHex,
  KeyFormatError,
  parseAccountHash,
  parseKey,
  parseURef,
  PublicKey,
  readKey,
  ByteReader,
  toHex,
  type Json,
} from '../core/index.js';
import { CliError } from './errors.js';
import { messageOf } from '../core/errors.js';

/** Rust's `u64::from_str` error texts (core::num::ParseIntError's Display). */
function parseU64(text: string, context: string): bigint {
  let why: string | undefined;
  if (text === '') why = 'cannot parse integer from empty string';
  else if (!/^\+?\d+$/.test(text)) why = 'invalid digit found in string';
  else if (BigInt(text) > 0xffffffffffffffffn) why = 'number too large to fit in target type';
  if (why !== undefined) throw new CliError(`failed to parse '${context}' as an integer: ${why}`);
  return BigInt(text);
}

/** JSON numbers for what fits a double exactly, as serde_json prints any u64. */
const jsonU64 = (n: bigint): Json => (Number.isSafeInteger(Number(n)) ? Number(n) : (n as unknown as Json));

function digest(text: string, context: string): string {
  let b: Uint8Array;
  try {
    b = fromHex(text);
  } catch (e) {
    throw new CliError(`failed to parse '${context}' as a hash digest: ${messageOf(e)}`, { cause: e });
  }
  if (b.length !== 32)
    throw new CliError(
      `failed to parse '${context}' as a hash digest: expected 32 bytes (64 hex characters), got ${b.length}`,
    );
  return toHex(b);
}

/** The hash a command takes as its positional (get-deploy, get-transaction): 64 hex characters → lower-case hex; anything else → the one line `bad` words. */
export function positionalHash(text: string, bad: (text: string) => string): string {
  let b: Uint8Array | undefined;
  try {
    b = fromHex(text);
  } catch {
    b = undefined;
  }
  if (b === undefined || b.length !== 32) throw new CliError(bad(text));
  return toHex(b);
}

/** `-b`: empty → none (the node's latest block); 64 characters → a hash; else a height (parse.rs block_identifier). */
export function blockIdentifier(text: string): Json | undefined {
  if (text === '') return undefined;
  if (text.length === 64) return { Hash: digest(text, 'block_identifier') };
  return { Height: jsonU64(parseU64(text, 'block_identifier')) };
}

/** `-b` or `-s` (parse.rs global_state_identifier): the block wins; none of them → none. */
export function globalStateIdentifier(blockText: string, stateRootText: string): Json | undefined {
  const block = blockIdentifier(blockText) as { Hash?: string; Height?: Json } | undefined;
  if (block?.Hash !== undefined) return { BlockHash: block.Hash };
  if (block?.Height !== undefined) return { BlockHeight: block.Height };
  if (stateRootText === '') return undefined;
  return { StateRootHash: digest(stateRootText, 'state root hash in global_state_identifier') };
}

function publicKeyHex(text: string, context: string): string {
  try {
    return PublicKey.fromHex(text).toHex();
  } catch (e) {
    throw new CliError(`failed to parse ${context} as a public key: ${messageOf(e)}`, { cause: e });
  }
}

function accountHash(text: string, context: string): string {
  try {
    return `account-hash-${toHex(parseAccountHash(text))}`;
  } catch (e) {
    throw new CliError(`failed to parse ${context} as an account hash: ${messageOf(e)}`, { cause: e });
  }
}

function uref(text: string, context: string): string {
  try {
    const b = parseURef(text);
    return `uref-${toHex(b.subarray(0, 32))}-${b[32]!.toString(8).padStart(3, '0')}`;
  } catch (e) {
    throw new CliError(`failed to parse '${context}' as a uref: ${messageOf(e)}`, { cause: e });
  }
}

/** `entity-account-<hex>` / `entity-contract-<hex>` / `entity-system-<hex>` (casper-types 5+ EntityAddr). */
function entityAddr(text: string, context: string): string {
  const m = /^entity-(system|account|contract)-([0-9a-fA-F]*)$/.exec(text);
  if (m === null)
    throw new CliError(
      `failed to parse ${context} as an entity address: expected 'entity-system-', 'entity-account-' or 'entity-contract-' and 64 hex characters, got '${text}'`,
    );
  return `entity-${m[1]}-${digest(m[2]!, context)}`;
}

const notEmpty = (text: string, context: string) => {
  if (text === '') throw new CliError(`invalid argument '${context}': cannot be empty string`);
};

/** `-p` of query-balance (parse.rs purse_identifier): account hash, entity (5.x), URef, else a public key. */
export function purseIdentifier(text: string): Json {
  notEmpty(text, 'purse_identifier');
  if (text.startsWith('account-hash-')) return { main_purse_under_account_hash: accountHash(text, 'purse_identifier') };
  if (text.startsWith('entity-')) return { main_purse_under_entity_addr: entityAddr(text, 'purse_identifier') };
  if (text.startsWith('uref-')) return { purse_uref: uref(text, 'purse_identifier') };
  return { main_purse_under_public_key: publicKeyHex(text, 'purse_identifier') };
}

/** 5.x `--account-identifier` (parse.rs account_identifier): an account hash, else a public key. */
export function accountIdentifier(text: string): string {
  notEmpty(text, 'account_identifier');
  if (text.startsWith('account-hash-')) return accountHash(text, 'account_identifier');
  return publicKeyHex(text, 'account_identifier');
}

/** 5.x `--entity-identifier` (parse.rs entity_identifier): tagged by kind, serde's external tagging. */
export function entityIdentifier(text: string): Json {
  notEmpty(text, 'entity_identifier');
  if (text.startsWith('account-hash-')) return { AccountHash: accountHash(text, 'entity_identifier') };
  if (text.startsWith('entity-')) return { EntityAddr: entityAddr(text, 'entity_identifier') };
  return { PublicKey: publicKeyHex(text, 'entity_identifier') };
}

// Key prefixes only 2.x nodes know (casper-types 5+). casper-client 2.0.0 cannot parse them; a 2.x
// node can, so they are passed on as typed and a 1.5 node refuses them itself.
const KEY_PREFIXES_2X = [
  'entity-',
  'package-',
  'byte-code-',
  'bid-addr-',
  'message-',
  'named-key-',
  'block-message-count-',
  'balance-hold-',
  'entry-point-',
  'state-',
];

/** `-k` of query-global-state (parse.rs key_for_query): a formatted Key, else a public key → its account. */
export function keyForQuery(text: string): string {
  try {
    return readKey(new ByteReader(parseKey(text))).formatted;
  } catch (e) {
    try {
      return PublicKey.fromHex(text).accountHashString();
    } catch {
      if (KEY_PREFIXES_2X.some((p) => text.startsWith(p))) return text;
      const why = e instanceof KeyFormatError ? e.message : String(e);
      throw new CliError(`failed to parse key for query as a key: ${why}`);
    }
  }
}

/** `-q a/b/c` → ["a","b","c"]; nothing → [] (cli.rs query_global_state). */
export function queryPath(text: string): string[] {
  return text === '' ? [] : text.split('/');
}

export interface DictionaryFlags {
  accountHash: string;
  contractHash: string;
  entityAddr?: string;
  dictionaryName: string;
  seedUref: string;
  dictionaryAddress: string;
  itemKey: string;
}

/**
 * get-dictionary-item (src/get_dictionary_item.rs run()): the first form whose flags are all there,
 * in the Rust order — account named key, contract named key, (5.x) entity named key, seed URef,
 * dictionary address.
 */
export function dictionaryIdentifier(f: DictionaryFlags): Json {
  if (f.accountHash !== '' && f.dictionaryName !== '') {
    const key = variantKey(f.accountHash, 'dictionary item account named key', 'Account', 'not an account hash');
    return { AccountNamedKey: { key, dictionary_name: f.dictionaryName, dictionary_item_key: f.itemKey } };
  }
  if (f.contractHash !== '' && f.dictionaryName !== '') {
    const key = variantKey(f.contractHash, 'dictionary item contract named key', 'Hash', 'not a hash-addr');
    return { ContractNamedKey: { key, dictionary_name: f.dictionaryName, dictionary_item_key: f.itemKey } };
  }
  if (f.entityAddr !== undefined && f.entityAddr !== '' && f.dictionaryName !== '') {
    return {
      EntityNamedKey: {
        key: entityAddr(f.entityAddr, 'dictionary item entity address'),
        dictionary_name: f.dictionaryName,
        dictionary_item_key: f.itemKey,
      },
    };
  }
  if (f.seedUref !== '')
    return { URef: { seed_uref: uref(f.seedUref, 'dictionary item uref'), dictionary_item_key: f.itemKey } };
  if (f.dictionaryAddress !== '') {
    const key = formattedKey(f.dictionaryAddress, 'dictionary item address');
    if (key.variant !== 'Dictionary') throw new CliError(`expected Key::Dictionary but got ${key.formatted}`);
    return { Dictionary: key.formatted };
  }
  throw new CliError("invalid argument 'dictionary item identifier': mismatch of args");
}

function formattedKey(text: string, context: string): ReturnType<typeof readKey> {
  try {
    return readKey(new ByteReader(parseKey(text)));
  } catch (e) {
    throw new CliError(`failed to parse ${context} as a key: ${messageOf(e)}`, { cause: e });
  }
}

/** Key::from_formatted_str, then the variant the form needs (dictionary_item_str_params.rs). */
function variantKey(text: string, context: string, variant: 'Account' | 'Hash', wrong: string): string {
  const key = formattedKey(text, context);
  if (key.variant !== variant) throw new CliError(`invalid argument '${context}': ${wrong}`);
  return key.formatted;
}

/** 5.x `--era-identifier` (parse.rs era_identifier): none, or {Era: n}. */
export function eraIdentifier(text: string): Json | undefined {
  if (text === '') return undefined;
  return { Era: jsonU64(parseU64(text, 'era_identifier')) };
}

/** A public key given as hex (already read from a file where one was named). */
export function publicKeyParam(text: string, context: string): string {
  return publicKeyHex(text, context);
}
