// Flag tables of the transaction commands (casper-client 5.x: put-transaction, make-transaction and
// their subcommands). Names, shorts, aliases, value names, defaults and required flags follow
// casper-client-rs src/transaction/creation_common.rs (C-dev, casper-2.md §0); help texts are ours.
// Flags are listed in the order of its DisplayOrder enum (creation_common.rs l.19–70), so each
// subcommand's help shows them as clap does.
import { nodeAddress, retries, rpcId, SIMPLE_ARG_VALUE, timeoutFlag, verbose } from './flag-sets.js';
import { flagList, type CommandSpec, type Flag, type FlagGroup, type FlagsOf } from './flags.js';
import type { ParsedFlags } from './parse.js';

/** Every transaction flag by its long name, in DisplayOrder. */
const F = {
  'show-simple-arg-examples': {
    long: 'show-simple-arg-examples',
    short: 'e',
    aliases: ['show-arg-examples'],
    help: 'Print examples of --session-arg values for every supported type, then exit; other options are ignored',
  },
  'show-json-args-examples': {
    long: 'show-json-args-examples',
    short: 'j',
    help: 'Print examples of --session-args-json values for every CLType, then exit; other options are ignored',
  },
  'node-address': nodeAddress,
  'secret-key': {
    long: 'secret-key',
    short: 'k',
    valueName: 'PATH',
    help: 'Path to the secret key PEM that signs the transaction and whose public key initiates it',
  },
  'wasm-path': {
    long: 'wasm-path',
    short: 'w',
    valueName: 'PATH',
    help: 'Path of the compiled Wasm to run as the session',
  },
  output: {
    long: 'output',
    short: 'o',
    valueName: 'PATH',
    help: 'Write the transaction to this file instead of stdout. An existing file is kept unless --force is given',
  },
  force: { long: 'force', short: 'f', help: 'Overwrite the --output file if it exists' },
  target: {
    long: 'target',
    valueName: 'FORMATTED STRING',
    help: "Who receives the motes: a public key as hex (01… or 02…), an 'account-hash-…', or a purse as 'uref-…-007'",
  },
  'transfer-amount': {
    long: 'transfer-amount',
    valueName: 'INTEGER',
    help: 'Number of motes to transfer (1 CSPR = 1,000,000,000 motes)',
  },
  'transfer-id': {
    long: 'transfer-id',
    short: 'i',
    valueName: '64-BIT INTEGER',
    help: 'A number of your choice recorded with the transfer, e.g. to match it with an invoice',
  },
  timestamp: {
    long: 'timestamp',
    valueName: 'TIMESTAMP',
    help: "When the transaction was made, in UTC, RFC 3339-like: '2018-02-16 00:31:37' or '2018-02-16T00:31:37.123Z'. Defaults to now",
  },
  ttl: {
    long: 'ttl',
    valueName: 'DURATION',
    default: '30min',
    help: "How long the transaction stays valid after its timestamp: e.g. '30min', '1hr 12min', '1day'",
  },
  'transferred-value': {
    long: 'transferred-value',
    short: 'T',
    valueName: 'integer',
    help: 'Motes passed to the called code (VmCasperV2 only, where it is required)',
  },
  'chain-name': {
    long: 'chain-name',
    valueName: 'NAME',
    help: "Name of the network the transaction is for (e.g. 'casper' or 'casper-test'), so no other chain will accept it",
  },
  'maximum-delegation-amount': {
    long: 'maximum-delegation-amount',
    aliases: ['max-amount'],
    valueName: 'INTEGER',
    help: 'The largest delegation, in motes, the validator accepts',
  },
  'delegation-rate': {
    long: 'delegation-rate',
    valueName: 'INTEGER',
    help: "The validator's commission on its delegators' rewards, in percent (0 to 100)",
  },
  'minimum-delegation-amount': {
    long: 'minimum-delegation-amount',
    aliases: ['min-amount'],
    valueName: 'INTEGER',
    help: 'The smallest delegation, in motes, the validator accepts',
  },
  'reserved-slots': {
    long: 'reserved-slots',
    valueName: 'INTEGER',
    help: 'How many delegator slots the validator keeps for reservations',
  },
  reservations: {
    long: 'reservations',
    valueName: 'JSON serialized Vec<Reservation>',
    help: 'The reservations to add, as a JSON array of {"delegator_kind": {"PublicKey": "01…"}, "validator_public_key": "01…", "delegation_rate": N}',
  },
  delegators: {
    long: 'delegators',
    valueName: 'JSON serialized Vec<DelegatorKind>',
    help: 'The delegators whose reservations to cancel, as a JSON array of {"PublicKey": "01…"} or {"Purse": "<64 hex>"}',
  },
  source: {
    long: 'source',
    valueName: 'FORMATTED STRING',
    help: "The purse the motes come from, as 'uref-…-007'; the initiator's main purse when not given",
  },
  'session-arg': {
    long: 'session-arg',
    short: 'a',
    valueName: SIMPLE_ARG_VALUE,
    repeatable: true,
    help: 'A named, typed arg for the called code; repeat for more. See -e for an example of each type. Types: {TYPES}',
  },
  'session-args-json': {
    long: 'session-args-json',
    valueName: 'JSON ARRAY',
    repeatable: true,
    help: 'The args as a JSON array of {"name","type","value"} objects; see -j for examples',
  },
  'chunked-args': {
    long: 'chunked-args',
    valueName: 'BYTES',
    help: 'The args as raw bytes in hex (Bytesrepr args, for VmCasperV2 code)',
  },
  'session-entry-point': { long: 'session-entry-point', valueName: 'NAME', help: 'Name of the entry point to call' },
  'session-version': {
    long: 'session-version',
    valueName: 'INTEGER',
    help: 'Version of the package to call; the latest when not given',
  },
  'public-key': {
    long: 'public-key',
    valueName: 'FORMATTED STRING or PATH',
    help: "The validator's public key as hex with its 01/02 tag, or the path of 'public_key_hex' or 'public_key.pem'",
  },
  'new-public-key': {
    long: 'new-public-key',
    valueName: 'FORMATTED STRING or PATH',
    help: 'The public key the bid moves to, as hex or the path of a public key file',
  },
  'transaction-package-name': {
    long: 'transaction-package-name',
    aliases: ['txn-package-name'],
    valueName: 'STRING',
    help: 'Name under which the initiator stores the package to call',
  },
  'package-address': {
    long: 'package-address',
    valueName: 'FORMATTED STRING or PATH',
    help: "Address of the package to call, as 'package-<64 hex>'",
  },
  'contract-package-hash': {
    long: 'contract-package-hash',
    valueName: 'FORMATTED STRING',
    help: "Hash of a 1.x contract package to call, as 'hash-<64 hex>'",
  },
  'entity-alias': {
    long: 'entity-alias',
    valueName: 'STRING',
    help: 'Name under which the initiator stores the contract to call',
  },
  'payment-amount': {
    long: 'payment-amount',
    short: 'p',
    valueName: 'INTEGER',
    help: "Most motes the transaction may spend (classic pricing): 'payment_amount' of PaymentLimited",
  },
  'initiator-address': {
    long: 'initiator-address',
    valueName: 'HEX STRING',
    help: 'The public key (hex, or a public key file) of the initiating account, for a transaction made unsigned; sign it later with sign-transaction',
  },
  // value_parser!(PricingMode), a ValueEnum of classic, reserved, fixed (creation_common.rs pricing_mode).
  'pricing-mode': {
    long: 'pricing-mode',
    valueName: 'classic|reserved|fixed',
    default: 'classic',
    possibleValues: ['classic', 'reserved', 'fixed'],
    help: 'How the transaction pays: classic (PaymentLimited, needs -p and --standard-payment), fixed (Fixed) or reserved (Prepaid, needs --receipt)',
  },
  'standard-payment': {
    long: 'standard-payment',
    valueName: 'STRING',
    help: "'true' to pay from the initiator's main purse, 'false' for custom payment (classic pricing)",
  },
  receipt: {
    long: 'receipt',
    valueName: 'HEX STRING',
    help: 'Hash of an earlier reservation of funds that pays for this transaction (reserved pricing)',
  },
  'gas-price-tolerance': {
    long: 'gas-price-tolerance',
    short: 'g',
    aliases: ['gas-price'],
    valueName: 'INTEGER',
    help: 'The highest gas price (1 to 255) the initiator agrees to pay',
  },
  'additional-computation-factor': {
    long: 'additional-computation-factor',
    short: 'c',
    aliases: ['additional-computation'],
    valueName: 'INTEGER',
    default: '0',
    help: 'Extra computation to reserve above the lane limit (fixed pricing)',
  },
  'install-upgrade': { long: 'install-upgrade', help: 'Mark the session as installing or upgrading a contract' },
  'transaction-amount': {
    long: 'transaction-amount',
    valueName: 'INTEGER',
    help: 'Number of motes to bid, withdraw or delegate',
  },
  validator: { long: 'validator', valueName: 'STRING', help: "The validator's public key as hex" },
  'new-validator': {
    long: 'new-validator',
    valueName: 'STRING',
    help: 'The public key of the validator the delegation moves to',
  },
  delegator: { long: 'delegator', valueName: 'STRING', help: "The delegator's public key as hex" },
  'entity-address': {
    long: 'entity-address',
    valueName: 'FORMATTED STRING',
    help: "Address of the contract to call, as 'entity-contract-<64 hex>'",
  },
  'contract-hash': {
    long: 'contract-hash',
    valueName: 'FORMATTED STRING',
    help: "Hash of a 1.x contract to call, as 'hash-<64 hex>'",
  },
  'min-bid-override': {
    long: 'min-bid-override',
    help: 'Withdraw even when what remains of the bid falls below the minimum',
  },
  'major-version': {
    long: 'major-version',
    valueName: 'INTEGER',
    help: 'Protocol major version of the package version to call (written only when given; nodes from 2.0.3 read it)',
  },
  // value_parser!(TransactionRuntime), a ValueEnum of vm-casper-v1, vm-casper-v2 (creation_common.rs transaction_runtime).
  'transaction-runtime': {
    long: 'transaction-runtime',
    valueName: 'vm-casper-v1|vm-casper-v2',
    default: 'vm-casper-v1',
    possibleValues: ['vm-casper-v1', 'vm-casper-v2'],
    help: 'The virtual machine that runs the code',
  },
  id: rpcId,
  v: verbose,
} as const satisfies Record<string, Flag>;
type TxKey = keyof typeof F;

const ORDER = Object.keys(F) as TxKey[];

/**
 * clap display_order of each flag: the `DisplayOrder` variant it passes, by position in the enum of
 * casper-client-rs src/transaction/creation_common.rs (C-dev aa067b59, l.19-70). Several share a
 * variant, and clap then sorts by name (help_template.rs:1001-1022): wasm-path and transaction-path
 * use TransactionPath; delegation-rate and minimum-delegation-amount MinimumDelegationRate;
 * initiator-address PricingMode; package-address ContractPackageHash and contract-package-hash
 * PackageAddr (so the 1.x hash is listed first).
 */
export const TX_DISPLAY_ORDER: Record<string, number> = {
  'show-simple-arg-examples': 0,
  'show-json-args-examples': 1,
  'node-address': 2,
  'secret-key': 3,
  'speculative-exec': 4,
  'wasm-path': 5,
  'transaction-path': 5,
  output: 6,
  force: 7,
  target: 8,
  'transfer-amount': 9,
  'transfer-id': 10,
  timestamp: 11,
  ttl: 12,
  'transferred-value': 13,
  'chain-name': 14,
  'maximum-delegation-amount': 15,
  'delegation-rate': 16,
  'minimum-delegation-amount': 16,
  'reserved-slots': 17,
  reservations: 18,
  delegators: 19,
  source: 20,
  'session-arg': 21,
  'session-args-json': 22,
  'chunked-args': 23,
  'session-entry-point': 24,
  'session-version': 25,
  'public-key': 26,
  'new-public-key': 27,
  'transaction-package-name': 28,
  'contract-package-hash': 29,
  'package-address': 30,
  'entity-alias': 31,
  'payment-amount': 32,
  'initiator-address': 33,
  'pricing-mode': 33,
  'standard-payment': 34,
  receipt: 35,
  'gas-price-tolerance': 36,
  'additional-computation-factor': 37,
  'install-upgrade': 38,
  'transaction-amount': 39,
  validator: 40,
  'new-validator': 41,
  delegator: 42,
  'entity-address': 43,
  'contract-hash': 44,
  'min-bid-override': 45,
  'major-version': 46,
  'transaction-runtime': 47,
  id: 48,
  v: 49,
};

// Extras of this client, after the Rust flags (as put-deploy has them).
const txWaitFlags = flagList([
  {
    long: 'wait',
    help: 'After the node accepts the transaction, wait until a block executes it, then print the result with its execution info; exit 1 if execution failed. Not in the Rust client',
  },
  { long: 'wait-timeout', valueName: 'DURATION', default: '5min', help: 'How long --wait waits for execution' },
  {
    long: 'no-preflight',
    help: 'Skip the local checks made before sending (expiry, pricing mode, lanes, minimum payments, for casper, casper-test or --chainspec)',
  },
  {
    long: 'chainspec',
    valueName: 'PATH',
    help: "Check against this chainspec.toml before sending, or 'node' to ask the node for its own (info_get_chainspec, one extra request)",
  },
]);
const txRetries = {
  ...retries,
  help: 'Try again this many times when the node cannot be reached, times out or answers with HTTP 5xx (safe: a transaction is identified by its hash). Not in the Rust client',
} as const;
const putExtras = [timeoutFlag, txRetries, ...txWaitFlags] as const;

// The values a transaction subcommand reads. Which flags a subcommand has is decided at run time
// (txSubcommandSpec), so these records hold every transaction flag; each flag is read only in the
// subcommands that have it (a flag with a default in the table is in every subcommand that reads it).
type TxFlag = (typeof F)[TxKey];
type TxRequired = { readonly required: readonly ['chain-name', 'gas-price-tolerance'] };
/** What building a transaction reads: the flags of make-transaction's subcommands. */
export type TxBuildFlags = FlagsOf<
  { readonly flags: readonly Exclude<TxFlag, typeof rpcId | typeof verbose>[] } & TxRequired
>;
export type TxMakeValues = ParsedFlags<TxBuildFlags>;
/** put-transaction's subcommands add -v, --id and this client's --timeout, --retries and --wait flags. */
export type TxPutValues = ParsedFlags<
  FlagsOf<{ readonly flags: readonly (TxFlag | (typeof putExtras)[number])[] } & TxRequired>
>;

const COMMON: TxKey[] = [
  'secret-key',
  'initiator-address',
  'timestamp',
  'ttl',
  'chain-name',
  'output',
  'payment-amount',
  'pricing-mode',
  'additional-computation-factor',
  'gas-price-tolerance',
  'receipt',
  'standard-payment',
];
const SESSION_ARGS: TxKey[] = [
  'session-arg',
  'session-args-json',
  'show-simple-arg-examples',
  'show-json-args-examples',
];
const RUNTIME: TxKey[] = ['transaction-runtime', 'transferred-value', 'chunked-args'];

export interface TxSubcommand {
  name: string;
  about: string;
  /** Flags of its own (creation_common.rs add_args). */
  readonly flags: readonly TxKey[];
  /** clap `.required(true)` flags of its own. */
  readonly required: readonly TxKey[];
  acceptsSessionArgs: boolean;
}

// creation_common.rs: add_bid l.~1190, activate_bid, withdraw_bid_all, withdraw_bid, delegate,
// undelegate, redelegate, change_bid_public_key, add_reservations, cancel_reservations,
// invocable_entity, invocable_entity_alias, package, package_alias ("package-name"), session, transfer.
export const TX_SUBCOMMANDS = [
  {
    name: 'add-bid',
    about: 'Bid to become a validator, or add to an existing bid',
    flags: [
      'delegation-rate',
      'public-key',
      'transaction-amount',
      'minimum-delegation-amount',
      'maximum-delegation-amount',
      'reserved-slots',
    ],
    required: ['delegation-rate', 'public-key', 'transaction-amount'],
    acceptsSessionArgs: false,
  },
  {
    name: 'activate-bid',
    about: 'Reactivate an inactive validator bid',
    flags: ['validator'],
    required: ['validator'],
    acceptsSessionArgs: false,
  },
  {
    name: 'withdraw-bid-all',
    about: "Withdraw a validator's whole stake, as the node's auction state shows it",
    flags: ['public-key'],
    required: ['public-key'],
    acceptsSessionArgs: false,
  },
  {
    name: 'withdraw-bid',
    about: 'Withdraw part or all of a validator bid',
    flags: ['public-key', 'min-bid-override', 'transaction-amount'],
    required: ['public-key', 'transaction-amount'],
    acceptsSessionArgs: false,
  },
  {
    name: 'delegate',
    about: 'Delegate motes to a validator',
    flags: ['delegator', 'validator', 'transaction-amount'],
    required: ['delegator', 'validator', 'transaction-amount'],
    acceptsSessionArgs: false,
  },
  {
    name: 'undelegate',
    about: 'Take back motes delegated to a validator',
    flags: ['delegator', 'validator', 'transaction-amount'],
    required: ['delegator', 'validator', 'transaction-amount'],
    acceptsSessionArgs: false,
  },
  {
    name: 'redelegate',
    about: 'Move a delegation from one validator to another',
    flags: ['delegator', 'validator', 'new-validator', 'transaction-amount'],
    required: ['delegator', 'validator', 'new-validator', 'transaction-amount'],
    acceptsSessionArgs: false,
  },
  {
    name: 'change-bid-public-key',
    about: 'Move a validator bid to another public key',
    flags: ['public-key', 'new-public-key'],
    required: ['public-key', 'new-public-key'],
    acceptsSessionArgs: false,
  },
  {
    name: 'add-reservations',
    about: 'Reserve delegator slots of a validator for given delegators',
    flags: ['reservations'],
    required: ['reservations'],
    acceptsSessionArgs: false,
  },
  {
    name: 'cancel-reservations',
    about: 'Cancel reserved delegator slots of a validator',
    flags: ['validator', 'delegators'],
    required: ['validator', 'delegators'],
    acceptsSessionArgs: false,
  },
  {
    name: 'invocable-entity',
    about: 'Call an entry point of a stored contract, by its address or 1.x hash',
    flags: ['entity-address', 'contract-hash', 'session-entry-point', ...RUNTIME],
    required: [],
    acceptsSessionArgs: true,
  },
  {
    name: 'invocable-entity-alias',
    about: 'Call an entry point of a contract the initiator stores under a name',
    flags: ['entity-alias', 'session-entry-point'],
    required: ['entity-alias'],
    acceptsSessionArgs: true,
  },
  {
    name: 'package',
    about: 'Call an entry point of a stored package, by its address or 1.x hash',
    flags: [
      'package-address',
      'contract-package-hash',
      'session-version',
      ...RUNTIME,
      'major-version',
      'session-entry-point',
    ],
    required: [],
    acceptsSessionArgs: true,
  },
  {
    name: 'package-name',
    about: 'Call an entry point of a package the initiator stores under a name',
    flags: ['transaction-package-name', 'session-version', ...RUNTIME, 'major-version', 'session-entry-point'],
    required: [],
    acceptsSessionArgs: true,
  },
  {
    name: 'session',
    about: 'Run compiled Wasm as the session',
    flags: ['wasm-path', 'session-entry-point', 'install-upgrade', ...RUNTIME],
    required: ['wasm-path'],
    acceptsSessionArgs: true,
  },
  {
    name: 'transfer',
    about: 'Make a native CSPR transfer',
    flags: ['source', 'target', 'transfer-amount', 'transfer-id'],
    required: ['target', 'transfer-amount'],
    acceptsSessionArgs: false,
  },
] as const satisfies readonly TxSubcommand[];

export type TxSubName = (typeof TX_SUBCOMMANDS)[number]['name'];
type SubRequired<N extends TxSubName> = Extract<(typeof TX_SUBCOMMANDS)[number], { name: N }>['required'][number];

/**
 * The values of one subcommand: the flags its table marks required read as strings. The parser
 * has enforced that list (txSubcommandSpec's `required`); this is where the type learns it, as
 * parseFlags's own record does for a table known at compile time.
 */
export const subcommandValues = <N extends TxSubName>(v: TxMakeValues, _sub: N) =>
  v as ParsedFlags<TxBuildFlags & { readonly [K in SubRequired<N>]: string }>;

export type TxCommand = 'put-transaction' | 'make-transaction';

/** The CommandSpec of `put-transaction <sub>` or `make-transaction <sub>`. */
export function txSubcommandSpec(command: TxCommand, sub: TxSubcommand): CommandSpec {
  const keys = new Set<TxKey>([...sub.flags, ...COMMON, ...(sub.acceptsSessionArgs ? SESSION_ARGS : [])]);
  if (command === 'put-transaction') for (const k of ['id', 'node-address', 'v'] as const) keys.add(k);
  else {
    keys.add('force');
    // withdraw-bid-all reads the stake from a node (put.rs); make-transaction needs to say which.
    if (sub.name === 'withdraw-bid-all') keys.add('node-address');
  }
  const flags: Flag[] = ORDER.filter((k) => keys.has(k)).map(
    (k): Flag => ({
      ...(k === 'secret-key' && command === 'make-transaction'
        ? { ...F[k], help: `${F[k].help}; without it the transaction is unsigned and --initiator-address is needed` }
        : F[k]),
      order: TX_DISPLAY_ORDER[k],
    }),
  );
  if (command === 'put-transaction') flags.push(...putExtras);
  const groups: FlagGroup[] = [{ name: 'initiator', members: ['secret-key', 'initiator-address'], required: true }];
  if (sub.acceptsSessionArgs)
    groups.push({ name: 'session-args', members: ['session-arg', 'session-args-json'], required: false });
  return {
    name: `${command} ${sub.name}`,
    about: sub.about,
    flags,
    groups,
    requires: {},
    required: [...sub.required, 'chain-name' as const, 'gas-price-tolerance' as const].sort(
      (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b),
    ),
  };
}

export function findTxSubcommand(name: string): TxSubcommand | undefined {
  return TX_SUBCOMMANDS.find((s) => s.name === name);
}
