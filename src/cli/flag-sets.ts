// Flag groups shared by the deploy-making commands, in casper-client 2.0.0's help order.
import { flag, flagKey, flagList, type Flag, type FlagGroup } from './flags.js';

// The node flags live with the settings they make (rpc-flags.ts); the tables spread them from here too.
export { nodeAddress, retries, rpcFlags, rpcId, timeoutFlag, verbose } from './rpc-flags.js';

export const SIMPLE_ARG_VALUE = `"NAME:TYPE='VALUE'" OR "NAME:TYPE=null"`;

export const showExamples = flagList([
  {
    long: 'show-simple-arg-examples',
    short: 'e',
    aliases: ['show-arg-examples'],
    help: 'Print examples of --session-arg/--payment-arg values for every supported type, then exit; other options are ignored',
  },
  {
    long: 'show-json-args-examples',
    short: 'j',
    help: 'Print examples of --session-args-json/--payment-args-json values for every CLType, then exit; other options are ignored',
  },
]);

export const speculativeExec = flag({
  long: 'speculative-exec',
  valueName: 'HEX STRING OR INTEGER',
  optionalValue: true,
  help: 'Ask a node that offers it to execute the deploy on its own, without putting it on the network. Execution is against the latest block, or against the block with the given hex hash or height. A success is no promise that the deploy will succeed on the network, and its cost may differ',
});

export const waitFlags = flagList([
  {
    long: 'wait',
    help: 'After the node accepts the deploy, wait until a block executes it, then print the result with its execution results; exit 1 if execution failed. Not in the Rust client',
  },
  { long: 'wait-timeout', valueName: 'DURATION', default: '5min', help: 'How long --wait waits for execution' },
  {
    long: 'no-preflight',
    help: 'Skip the local checks made before sending (expiry, future timestamps, and the limits of casper, casper-test or --chainspec)',
  },
  {
    long: 'chainspec',
    valueName: 'PATH',
    help: "Check against this chainspec.toml (1.5 or 2.x, read from the file) before sending, or 'node' to ask the node for its own (info_get_chainspec, one extra request)",
  },
]);

export const output = flagList([
  {
    long: 'output',
    short: 'o',
    valueName: 'PATH',
    help: 'Write the deploy to this file instead of stdout. An existing file is kept unless --force is given',
  },
  { long: 'force', short: 'f', help: 'Overwrite the --output file if it exists' },
]);

// casper-client 2.0.0 makes -i required for sign-deploy and send-deploy (src/deploy/creation_common.rs,
// input::arg, .required(true)); '-' for stdin is ours.
export const inputDeploy = flag({
  long: 'input',
  short: 'i',
  valueName: 'PATH',
  required: true,
  help: "Path of the deploy JSON file to read; '-' reads it from stdin (not in the Rust client)",
});

export const secretKey = flag({
  long: 'secret-key',
  short: 'k',
  valueName: 'PATH',
  help: 'Path to the secret key PEM that signs the deploy',
});

export const creation = flagList([
  {
    long: 'timestamp',
    valueName: 'TIMESTAMP',
    help: "When the deploy was made, in UTC, RFC 3339-like: '2018-02-16 00:31:37' or '2018-02-16T00:31:37.123Z'. Defaults to now",
  },
  {
    long: 'ttl',
    valueName: 'DURATION',
    default: '30min',
    help: "How long the deploy stays valid after its timestamp: e.g. '30min', '1hr 12min', '1day'. Units: ms, s/sec, m/min, h/hr, d/day, w/week",
  },
  {
    long: 'chain-name',
    valueName: 'NAME',
    requiredUnlessExamples: true,
    help: "Name of the network the deploy is for (e.g. 'casper' or 'casper-test'), so no other chain will accept it",
  },
  {
    long: 'gas-price',
    short: 'g',
    valueName: 'INTEGER',
    default: '1',
    help: 'Gas price of the deploy header. casper-client 1.x took this flag; 2.0.0 fixed it at 1',
  },
  {
    long: 'dependency',
    valueName: 'HEX STRING',
    repeatable: true,
    help: 'Hash of a deploy that must run before this one (repeatable). casper-client 1.x took this flag; nodes from 2.0 refuse dependencies',
  },
]);

export const sessionAccount = flag({
  long: 'session-account',
  valueName: 'FORMATTED STRING or PATH',
  help: "The account the session runs as: a public key as hex (with its 01/02 tag), or the path of a public key file ('public_key_hex' or 'public_key.pem' from keygen). Defaults to the signing key's account",
});

// The session and payment flags are alike but for their names; each is written out, so a search
// for a flag's name finds where it is defined as well as where it is read (deploy-from-flags.ts).
export const session = flagList([
  { long: 'session-path', short: 's', valueName: 'PATH', help: 'Path of the compiled Wasm to run as the session' },
  {
    long: 'session-arg',
    short: 'a',
    valueName: SIMPLE_ARG_VALUE,
    repeatable: true,
    help: 'A named, typed arg for the session code; repeat for more. See -e for an example of each type. Types: {TYPES}',
  },
  // ArgAction::Append in casper-client 2.0.0, read with get_one: repeats are accepted, the first wins.
  {
    long: 'session-args-json',
    valueName: 'JSON ARRAY',
    repeatable: true,
    help: 'The session args as a JSON array of {"name","type","value"} objects; see -j for examples',
  },
  {
    long: 'session-args-complex',
    valueName: 'PATH',
    help: 'Path of a file holding the session args as bytesrepr-encoded values',
  },
  { long: 'session-hash', valueName: 'HEX STRING', help: 'Hash of a stored contract to call as the session' },
  {
    long: 'session-name',
    valueName: 'NAME',
    help: 'Name under which the account stores the contract to call as the session',
  },
  {
    long: 'session-package-hash',
    valueName: 'HEX STRING',
    help: 'Hash of a stored contract package to call as the session',
  },
  {
    long: 'session-package-name',
    valueName: 'NAME',
    help: 'Name under which the account stores the contract package to call as the session',
  },
  { long: 'session-entry-point', valueName: 'NAME', help: 'Entry point of the stored session contract to call' },
  {
    long: 'session-version',
    valueName: 'INTEGER',
    help: 'Version of the stored session package to call; the latest when not given',
  },
  { long: 'is-session-transfer', help: 'Make the session a native transfer, built from the --session-arg values' },
]);

export const payment = flagList([
  {
    long: 'payment-amount',
    short: 'p',
    valueName: 'AMOUNT',
    help: "Pay with the standard payment contract, this many motes ('amount' arg). Cannot be combined with the other --payment-* options",
  },
  { long: 'payment-path', valueName: 'PATH', help: 'Path of the compiled Wasm to run as custom payment code' },
  {
    long: 'payment-arg',
    valueName: SIMPLE_ARG_VALUE,
    repeatable: true,
    help: 'A named, typed arg for the payment code; repeat for more. See -e for an example of each type. Types: {TYPES}',
  },
  {
    long: 'payment-args-json',
    valueName: 'JSON ARRAY',
    repeatable: true,
    help: 'The payment args as a JSON array of {"name","type","value"} objects; see -j for examples',
  },
  {
    long: 'payment-args-complex',
    valueName: 'PATH',
    help: 'Path of a file holding the payment args as bytesrepr-encoded values',
  },
  { long: 'payment-hash', valueName: 'HEX STRING', help: 'Hash of a stored contract to call as the payment' },
  {
    long: 'payment-name',
    valueName: 'NAME',
    help: 'Name under which the account stores the contract to call as the payment',
  },
  {
    long: 'payment-package-hash',
    valueName: 'HEX STRING',
    help: 'Hash of a stored contract package to call as the payment',
  },
  {
    long: 'payment-package-name',
    valueName: 'NAME',
    help: 'Name under which the account stores the contract package to call as the payment',
  },
  { long: 'payment-entry-point', valueName: 'NAME', help: 'Entry point of the stored payment contract to call' },
  {
    long: 'payment-version',
    valueName: 'INTEGER',
    help: 'Version of the stored payment package to call; the latest when not given',
  },
]);

const SESSION_SELECTORS = [
  'session-path',
  'session-package-hash',
  'session-package-name',
  'is-session-transfer',
  'session-hash',
  'session-name',
];
const PAYMENT_SELECTORS = [
  'payment-amount',
  'payment-path',
  'payment-package-hash',
  'payment-package-name',
  'payment-hash',
  'payment-name',
];
const EXAMPLES = ['show-simple-arg-examples', 'show-json-args-examples'];

export const deployGroups: FlagGroup[] = [
  { name: 'session', members: [...SESSION_SELECTORS, ...EXAMPLES], required: true },
  { name: 'payment', members: [...PAYMENT_SELECTORS, ...EXAMPLES], required: true },
  { name: 'session-args', members: ['session-arg', 'session-args-json', 'session-args-complex'], required: false },
  { name: 'payment-args', members: ['payment-arg', 'payment-args-json', 'payment-args-complex'], required: false },
];

export const deployRequires: Record<string, string[]> = {
  'session-hash': ['session-entry-point'],
  'session-name': ['session-entry-point'],
  'session-package-hash': ['session-entry-point'],
  'session-package-name': ['session-entry-point'],
  'payment-hash': ['payment-entry-point'],
  'payment-name': ['payment-entry-point'],
  'payment-package-hash': ['payment-entry-point'],
  'payment-package-name': ['payment-entry-point'],
};

/**
 * clap display_order of the deploy commands' flags: the position in casper-client-rs v2.0.0
 * src/deploy/creation_common.rs:13-53 `enum DisplayOrder` (put-deploy, make-deploy, sign-deploy,
 * send-deploy, transfer, make-transfer all pass these). Flags not named here are this client's own.
 */
export const DEPLOY_DISPLAY_ORDER: Record<string, number> = Object.fromEntries(
  [
    'show-simple-arg-examples',
    'show-json-args-examples',
    'v',
    'node-address',
    'id',
    'speculative-exec',
    'secret-key',
    'input',
    'output',
    'force',
    'amount',
    'target-account',
    'transfer-id',
    'timestamp',
    'ttl',
    'chain-name',
    'session-path',
    'session-arg',
    'session-args-json',
    'session-args-complex',
    'session-hash',
    'session-name',
    'session-package-hash',
    'session-package-name',
    'session-entry-point',
    'session-version',
    'is-session-transfer',
    'session-account',
    'payment-amount',
    'payment-path',
    'payment-arg',
    'payment-args-json',
    'payment-args-complex',
    'payment-hash',
    'payment-name',
    'payment-package-hash',
    'payment-package-name',
    'payment-entry-point',
    'payment-version',
  ].map((k, i) => [k, i]),
);

/** The flags with their clap display_order from `order` (by flag key), for the help's sorting. */
/** The table with clap's display order written in; its literal type (the typed keys) is unchanged. */
export function withDisplayOrder<const L extends readonly Flag[]>(
  flags: L,
  order: Readonly<Record<string, number>>,
): L {
  return flags.map((f) => {
    const o = order[flagKey(f)];
    return o === undefined ? f : { ...f, order: o };
  }) as unknown as L;
}
