// Flag tables of the read commands, in each command's clap display order (casper-client 2.0.0
// src/<command>.rs DisplayOrder enums; the 5.x additions from the 5.x line's src/*.rs).
// Names, shorts, aliases, value names and groups match the Rust client; help texts are our own.
import { rpcFlags as rpc } from '../flag-sets.js';
import { commandSpec, flag } from '../flags.js';

const KEY_VALUE = 'FORMATTED STRING or PATH';

/** src/common.rs block_identifier: -b, optional; empty = the node's latest block. */
const blockId = (help = 'Block hash (64 hex characters) or height; the latest block the node has when not given') =>
  flag({
    long: 'block-identifier',
    short: 'b',
    valueName: 'HEX STRING OR INTEGER',
    help,
  });

/** src/common.rs state_root_hash: -s. */
const stateRootHash = <const R extends boolean = false>(required: R = false as R) =>
  flag({
    long: 'state-root-hash',
    short: 's',
    valueName: 'HEX STRING',
    required,
    help: 'State root hash (64 hex characters) to read global state at',
  });

/** src/common.rs purse_identifier: -p, alias --purse-uref (its name when the command was get-balance). */
const purseIdentifier = flag({
  long: 'purse-identifier',
  short: 'p',
  aliases: ['purse-uref'],
  valueName: KEY_VALUE,
  required: true,
  help: "The purse: a public key (hex, or the path of 'public_key_hex' / 'public_key.pem') or an 'account-hash-…' for that account's main purse, a purse URef 'uref-<hex>-<3 digits>', or on 2.x an 'entity-account-…' address",
});

const stateGroup = (required: boolean) => ({
  name: 'state-identifier',
  members: ['block-identifier', 'state-root-hash'],
  required,
});

const blockOnly = (name: string, about: string, help?: string) =>
  commandSpec({ name, about, flags: [...rpc, blockId(help)], groups: [], requires: {} });
const noArgs = (name: string, about: string) => commandSpec({ name, about, flags: rpc, groups: [], requires: {} });

export const getBlockSpec = blockOnly('get-block', 'Ask a node for a block, by hash or height, or its latest');
export const getBlockTransfersSpec = blockOnly('get-block-transfers', 'Ask a node for the transfers a block executed');
export const listDeploysSpec = blockOnly('list-deploys', 'List the deploy and transfer hashes of a block');
/** casper-client 5.0.1 src/transaction/list.rs DisplayOrder: Verbose, NodeAddress, RpcId, BlockHash. */
export const listTransactionsSpec = blockOnly(
  'list-transactions',
  'List the transaction and transfer hashes of a 2.x block',
);
export const getStateRootHashSpec = blockOnly('get-state-root-hash', 'Ask a node for the state root hash of a block');
export const getEraSummarySpec = blockOnly(
  'get-era-summary',
  'Ask a node for the era summary (validators, rewards) as of a block',
);
export const getEraInfoSpec = blockOnly(
  'get-era-info',
  'Ask a node for the era info of a switch block (deprecated: use get-era-summary)',
  'Hash (64 hex characters) or height of a switch block; the latest block the node has when not given',
);
export const getAuctionInfoSpec = blockOnly(
  'get-auction-info',
  'Ask a node for the bids and validators as of a block, or its latest',
);
export const getValidatorChangesSpec = noArgs(
  'get-validator-changes',
  'Ask a node how the status of validators changed',
);
export const getPeersSpec = noArgs('get-peers', 'Ask a node for the ids and addresses of its peers');
export const getNodeStatusSpec = noArgs('get-node-status', 'Ask a node for its status');
export const getChainspecSpec = noArgs(
  'get-chainspec',
  "Ask a node for its network's chainspec (-vv also prints the TOML)",
);
export const listRpcsSpec = noArgs('list-rpcs', 'Ask a node for the JSON-RPC methods it serves (its OpenRPC schema)');

export const queryGlobalStateSpec = commandSpec({
  name: 'query-global-state',
  about: 'Read a value from global state, optionally following named keys',
  flags: [
    ...rpc,
    { ...blockId('Block hash (64 hex characters) or height whose global state to read'), aliases: ['block-hash'] },
    stateRootHash(),
    {
      long: 'key',
      short: 'k',
      valueName: KEY_VALUE,
      required: true,
      help: "The key to start from: a formatted key ('account-hash-…', 'hash-…', 'uref-…-007', 'transfer-…', 'deploy-…', 'era-<n>', 'bid-…', 'withdraw-…', 'dictionary-…', 'system-contract-registry-…', and on 2.x 'entity-…', 'package-…' and the other 2.x keys), or a public key (hex, or the path of a public key file) for its account",
    },
    {
      long: 'query-path',
      short: 'q',
      valueName: 'PATH/FROM/KEY',
      help: "Named keys to follow from the key, separated by '/'",
    },
  ],
  groups: [stateGroup(true)],
  requires: {},
});

export const queryBalanceSpec = commandSpec({
  name: 'query-balance',
  about: "Ask a node for a purse's balance: the latest, at a block or state root",
  flags: [
    ...rpc,
    blockId('Block hash (64 hex characters) or height to read the balance at'),
    stateRootHash(),
    purseIdentifier,
  ],
  groups: [stateGroup(false)],
  requires: {},
});

export const queryBalanceDetailsSpec = commandSpec({
  name: 'query-balance-details',
  about: "Ask a 2.x node for a purse's balance and its holds",
  flags: [
    ...rpc,
    blockId('Block hash (64 hex characters) or height to read the balance at'),
    stateRootHash(),
    purseIdentifier,
  ],
  groups: [stateGroup(false)],
  requires: {},
});

const dictKey = <const L extends string>(long: L, help: string) => flag({ long, valueName: KEY_VALUE, help });

export const getDictionaryItemSpec = commandSpec({
  name: 'get-dictionary-item',
  about: "Read a dictionary item by its owner's named key, seed URef or address",
  flags: [
    ...rpc,
    stateRootHash(true),
    dictKey('account-hash', "Account ('account-hash-…') whose named key --dictionary-name holds the dictionary"),
    dictKey('contract-hash', "Contract ('hash-…') whose named key --dictionary-name holds the dictionary"),
    dictKey(
      'entity-addr',
      "On 2.x: entity ('entity-contract-…' or 'entity-account-…') whose named key --dictionary-name holds the dictionary",
    ),
    {
      long: 'dictionary-name',
      valueName: 'STRING',
      help: "Named key under which the dictionary's seed URef is stored",
    },
    { long: 'dictionary-item-key', valueName: 'STRING', help: 'Key of the item within the dictionary' },
    { long: 'seed-uref', valueName: 'FORMATTED STRING', help: "The dictionary's seed URef, 'uref-<hex>-<3 digits>'" },
    { long: 'dictionary-address', valueName: 'FORMATTED STRING', help: "The item's own address, 'dictionary-<hex>'" },
  ],
  groups: [
    {
      name: 'dictionary-identifier',
      members: ['account-hash', 'contract-hash', 'entity-addr', 'seed-uref', 'dictionary-address'],
      required: true,
    },
  ],
  requires: {},
});

export const getAccountSpec = commandSpec({
  name: 'get-account',
  about: 'Ask a node for an account: main purse, named keys, associated keys',
  flags: [
    ...rpc,
    blockId(),
    {
      long: 'public-key',
      short: 'p',
      valueName: KEY_VALUE,
      help: "The account's public key: hex, or the path of 'public_key_hex' or 'public_key.pem'",
    },
    {
      long: 'account-identifier',
      short: 'a',
      valueName: KEY_VALUE,
      help: "As in casper-client 5.x: a public key (hex or the path of a public key file) or an 'account-hash-…'",
    },
  ],
  groups: [{ name: 'account', members: ['public-key', 'account-identifier'], required: true }],
  requires: {},
});

export const getBalanceSpec = commandSpec({
  name: 'get-balance',
  about: "Ask a node for a purse's balance at a state root hash (deprecated: use query-balance)",
  flags: [
    ...rpc,
    stateRootHash(true),
    {
      long: 'purse-uref',
      short: 'u',
      valueName: 'FORMATTED STRING',
      required: true,
      help: "The purse URef, 'uref-<hex>-<3 digits>'",
    },
  ],
  groups: [],
  requires: {},
});

export const getEntitySpec = commandSpec({
  name: 'get-entity',
  about: 'Ask a 2.x node for an addressable entity or a legacy account',
  flags: [
    ...rpc,
    blockId(),
    {
      long: 'entity-identifier',
      short: 'e',
      aliases: ['public-key', 'account-hash'],
      shortAliases: ['p', 'a'],
      valueName: KEY_VALUE,
      required: true,
      help: "The entity: 'entity-contract-…' or 'entity-account-…', a public key (hex or the path of a public key file), or an 'account-hash-…'",
    },
  ],
  groups: [],
  requires: {},
});

export const getPackageSpec = commandSpec({
  name: 'get-package',
  about: 'Ask a 2.x node for a package or a legacy contract package',
  flags: [
    ...rpc,
    blockId(),
    {
      long: 'package-identifier',
      short: 'p',
      valueName: 'FORMATTED STRING',
      required: true,
      help: "The package: 'package-<hex>' for a 2.x package, or 'hash-<hex>' / 'contract-package-<hex>' for a contract package",
    },
  ],
  groups: [],
  requires: {},
});

export const getRewardSpec = commandSpec({
  name: 'get-reward',
  about: "Ask a 2.x node for a validator's or delegator's reward in an era",
  flags: [
    ...rpc,
    {
      long: 'era-identifier',
      short: 'e',
      valueName: 'INTEGER',
      help: 'The era; the last completed era when not given',
    },
    {
      long: 'validator',
      valueName: KEY_VALUE,
      required: true,
      help: "The validator's public key: hex, or the path of a public key file",
    },
    {
      long: 'delegator',
      valueName: KEY_VALUE,
      help: "A delegator's public key (hex, or the path of a public key file), for that delegator's reward",
    },
  ],
  groups: [],
  requires: {},
});
