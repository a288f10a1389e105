// The read params as casper-client's lib/cli/parse.rs builds them (v2.0.0 and the 5.x line),
// case by case. The public key ↔ account hash pair is casper-node 1.5.8's OpenRPC example
// (vectors casper-node/resources/test/rpc_schema_hashing.json, state_get_account_info).
import { describe, expect, it } from 'vitest';
import {
  accountIdentifier,
  blockIdentifier,
  dictionaryIdentifier,
  entityIdentifier,
  eraIdentifier,
  globalStateIdentifier,
  keyForQuery,
  positionalHash,
  purseIdentifier,
  queryPath,
} from './read-params.js';

const PK = '013b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29';
const ACC = 'account-hash-e94daaff79c2ab8d9c31d9c3058d7d0a0dd31204a5638dc1451fa67b2e3fb88c';
const H = '0a'.repeat(32);

// get-deploy / get-transaction: Digest::from_hex (base16, either case) of exactly 32 bytes, sent as
// lower-case hex (v2.0.0 lib/cli.rs get_deploy → DeployHash::new(Digest::from_hex(..))).
describe('positionalHash', () => {
  const bad = (t: string) => `bad '${t}'`;
  it.each([
    [H, H],
    ['AB'.repeat(32), 'ab'.repeat(32)],
  ])('%s → %s', (text, want) => expect(positionalHash(text, bad)).toBe(want));
  it.each(['', 'abc', 'zz'.repeat(32), '0a'.repeat(33), '0a'.repeat(31)])(
    "%j is refused with the caller's line",
    (text) => {
      expect(() => positionalHash(text, bad)).toThrow(`bad '${text}'`);
    },
  );
});

describe('blockIdentifier (parse.rs:653)', () => {
  it.each([
    ['', undefined],
    ['0', { Height: 0 }],
    ['18446744073709551615', { Height: 18446744073709551615n }],
    [H.toUpperCase(), { Hash: H }],
  ])('%s', (text, expected) => expect(blockIdentifier(text)).toEqual(expected));

  it.each([
    ['-1', "failed to parse 'block_identifier' as an integer: invalid digit found in string"],
    ['1.5', "failed to parse 'block_identifier' as an integer: invalid digit found in string"],
    ['z'.repeat(64), "failed to parse 'block_identifier' as a hash digest"],
  ])('%j is refused', (text, message) => expect(() => blockIdentifier(text)).toThrow(message));
});

describe('globalStateIdentifier (parse.rs:705): the block first, then the state root', () => {
  it.each([
    ['', '', undefined],
    ['7', '', { BlockHeight: 7 }],
    [H, '', { BlockHash: H }],
    ['', H, { StateRootHash: H }],
  ])('-b %j -s %j', (b, s, expected) => expect(globalStateIdentifier(b, s)).toEqual(expected));
});

describe('purseIdentifier (parse.rs:732; entity- from the 5.x line)', () => {
  it.each([
    [PK, { main_purse_under_public_key: PK }],
    [ACC, { main_purse_under_account_hash: ACC }],
    [`uref-${H}-007`, { purse_uref: `uref-${H}-007` }],
    [`entity-account-${H}`, { main_purse_under_entity_addr: `entity-account-${H}` }],
  ])('%s', (text, expected) => expect(purseIdentifier(text)).toEqual(expected));

  it.each([
    ['', "invalid argument 'purse_identifier': cannot be empty string"],
    ['account-hash-00', 'failed to parse purse_identifier as an account hash'],
    ['uref-00-007', "failed to parse 'purse_identifier' as a uref"],
    ['nope', 'failed to parse purse_identifier as a public key'],
  ])('%j is refused', (text, message) => expect(() => purseIdentifier(text)).toThrow(message));
});

describe('account and entity identifiers (5.x parse.rs)', () => {
  it.each([
    [PK, PK],
    [ACC, ACC],
  ])('account %s', (text, expected) => expect(accountIdentifier(text)).toBe(expected));
  it.each([
    [PK, { PublicKey: PK }],
    [ACC, { AccountHash: ACC }],
    [`entity-contract-${H}`, { EntityAddr: `entity-contract-${H}` }],
  ])('entity %s', (text, expected) => expect(entityIdentifier(text)).toEqual(expected));
});

describe('keyForQuery (parse.rs:688): a formatted key, else a public key for its account', () => {
  it.each([
    [PK, ACC],
    [`HASH-${H}`.replace('HASH', 'hash'), `hash-${H}`],
    [`hash-${H.toUpperCase()}`, `hash-${H}`],
    ['era-5', 'era-5'],
    [`entity-contract-${H}`, `entity-contract-${H}`],
  ])('%s → %s', (text, expected) => expect(keyForQuery(text)).toBe(expected));
  it('anything else is refused', () =>
    expect(() => keyForQuery('nope')).toThrow(/^failed to parse key for query as a key: /));
});

describe('queryPath (cli.rs:400-404)', () => {
  it.each([
    ['', []],
    ['a', ['a']],
    ['a/b/c', ['a', 'b', 'c']],
    ['a//b', ['a', '', 'b']],
  ])('%j', (t, e) => expect(queryPath(t)).toEqual(e));
});

describe('dictionaryIdentifier (src/get_dictionary_item.rs:258-284): first complete form wins', () => {
  const none = {
    accountHash: '',
    contractHash: '',
    entityAddr: '',
    dictionaryName: '',
    seedUref: '',
    dictionaryAddress: '',
    itemKey: 'k',
  };
  it.each([
    [
      { accountHash: ACC, dictionaryName: 'd' },
      { AccountNamedKey: { key: ACC, dictionary_name: 'd', dictionary_item_key: 'k' } },
    ],
    [
      { contractHash: `hash-${H}`, dictionaryName: 'd' },
      { ContractNamedKey: { key: `hash-${H}`, dictionary_name: 'd', dictionary_item_key: 'k' } },
    ],
    [{ seedUref: `uref-${H}-007` }, { URef: { seed_uref: `uref-${H}-007`, dictionary_item_key: 'k' } }],
    [{ dictionaryAddress: `dictionary-${H}` }, { Dictionary: `dictionary-${H}` }],
    // An account hash without a dictionary name falls through to the seed URef form.
    [
      { accountHash: ACC, seedUref: `uref-${H}-007` },
      { URef: { seed_uref: `uref-${H}-007`, dictionary_item_key: 'k' } },
    ],
  ])('%j', (flags, expected) => expect(dictionaryIdentifier({ ...none, ...flags })).toEqual(expected));

  it.each([
    [{}, "invalid argument 'dictionary item identifier': mismatch of args"],
    [
      { accountHash: `hash-${H}`, dictionaryName: 'd' },
      "invalid argument 'dictionary item account named key': not an account hash",
    ],
    [{ dictionaryAddress: `hash-${H}` }, `expected Key::Dictionary but got hash-${H}`],
  ])('%j is refused', (flags, message) => expect(() => dictionaryIdentifier({ ...none, ...flags })).toThrow(message));
});

describe('eraIdentifier (5.x parse.rs era_identifier)', () => {
  it.each([
    ['', undefined],
    ['3', { Era: 3 }],
  ])('%j', (t, e) => expect(eraIdentifier(t)).toEqual(e));
});
