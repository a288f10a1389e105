// Flag tables of the companion commands (put-deploy's lives in put-deploy-specs.ts).
import {
  creation,
  DEPLOY_DISPLAY_ORDER,
  deployGroups,
  retries,
  deployRequires,
  inputDeploy,
  nodeAddress,
  output,
  payment,
  rpcId,
  secretKey,
  session,
  sessionAccount,
  showExamples,
  speculativeExec,
  timeoutFlag,
  verbose,
  waitFlags,
  withDisplayOrder,
} from '../flag-sets.js';
import { commandSpec, flag, flagList } from '../flags.js';

const force = flag({ long: 'force', short: 'f', help: 'Overwrite files that already exist' });

export const makeDeploySpec = commandSpec({
  name: 'make-deploy',
  about: 'Make a deploy and write it to a file or stdout, to sign or send later',
  flags: withDisplayOrder(
    [
      ...showExamples,
      ...output,
      {
        ...secretKey,
        help: 'Path to the secret key PEM that signs the deploy; without it the deploy is unsigned and --session-account is needed',
      },
      ...creation,
      ...session,
      sessionAccount,
      ...payment,
    ],
    DEPLOY_DISPLAY_ORDER,
  ),
  groups: deployGroups,
  requires: deployRequires,
  // creation_common.rs:621 apply_common_creation_options: next_line_help(true).
  nextLineHelp: true,
});

export const signDeploySpec = commandSpec({
  name: 'sign-deploy',
  about: 'Add a signature to a deploy file, keeping the ones it has',
  flags: withDisplayOrder([{ ...secretKey, required: true }, inputDeploy, ...output], DEPLOY_DISPLAY_ORDER),
  groups: [],
  requires: {},
});

export const sendDeploySpec = commandSpec({
  name: 'send-deploy',
  about: 'Send a deploy file to a node to be executed on the network',
  flags: withDisplayOrder(
    [verbose, nodeAddress, rpcId, speculativeExec, timeoutFlag, retries, inputDeploy, ...waitFlags],
    DEPLOY_DISPLAY_ORDER,
  ),
  groups: [],
  requires: {},
});

export const getDeploySpec = commandSpec({
  name: 'get-deploy',
  about: 'Ask a node for a deploy and its execution results',
  flags: [
    verbose,
    nodeAddress,
    rpcId,
    timeoutFlag,
    retries,
    {
      long: 'get-finalized-approvals',
      short: 'a',
      aliases: ['finalized-approvals'],
      help: 'Ask for the approvals that were finalized in a block rather than the ones first received',
    },
  ],
  groups: [],
  requires: {},
  positionals: [{ name: 'HEX STRING', required: true, help: 'Hash of the deploy' }],
});

export const verifyDeploySpec = commandSpec({
  name: 'verify-deploy',
  about: "Check a deploy file's hashes and signatures locally",
  flags: [{ ...inputDeploy, required: false, help: "Path of the deploy JSON file to read ('-' or nothing for stdin)" }],
  groups: [],
  requires: {},
});

export const keygenSpec = commandSpec({
  name: 'keygen',
  about: 'Make a key pair: secret_key.pem, public_key.pem and public_key_hex',
  // PossibleValuesParser [Ed25519, secp256k1], case-sensitive (casper-client-rs v2.0.0 src/keygen.rs).
  // src/keygen.rs:23-27 enum DisplayOrder { OutputDir, Force, Algorithm }: -f before -a.
  flags: [
    {
      long: 'algorithm',
      short: 'a',
      valueName: 'STRING',
      default: 'Ed25519',
      possibleValues: ['Ed25519', 'secp256k1'],
      order: 2,
      help: 'The signature algorithm of the new key pair',
    },
    { ...force, order: 1 },
  ],
  groups: [],
  requires: {},
  positionals: [
    {
      name: 'PATH',
      required: false,
      help: 'Folder to write the key files into (made if missing); the current folder when not given',
    },
  ],
  // src/keygen.rs:12-20, 97: long_about, shown by --help.
  longAbout:
    "Make a key pair: secret_key.pem, public_key.pem and public_key_hex. public_key_hex holds the public key as hex, led by its algorithm's tag (01 for Ed25519, 02 for secp256k1)",
});

export const accountAddressSpec = commandSpec({
  name: 'account-address',
  about: 'Print the account hash of a public key',
  flags: [
    {
      long: 'public-key',
      short: 'p',
      valueName: 'FORMATTED STRING or PATH',
      required: true,
      help: "The public key as hex with its 01/02 tag, or the path of 'public_key_hex' or 'public_key.pem'",
    },
  ],
  groups: [],
  requires: {},
});

export const completionSpec = commandSpec({
  name: 'generate-completion',
  about: 'Write a shell completion script for casper-client',
  flags: [
    {
      long: 'output-dir',
      short: 'o',
      valueName: 'PATH',
      default: '/usr/share/bash-completion/completions',
      help: 'Folder to write the completion script into, as a file named casper-client; it must exist',
    },
    force,
    // value_parser!(clap_complete::Shell): its ValueEnum names (src/generate_completion.rs).
    {
      long: 'shell',
      valueName: 'STRING',
      default: 'bash',
      possibleValues: ['bash', 'elvish', 'fish', 'powershell', 'zsh'],
      help: 'The shell to write the completion script for',
    },
  ],
  groups: [],
  requires: {},
});

const transferFlags = flagList([
  {
    long: 'amount',
    short: 'a',
    requiredUnlessExamples: true,
    valueName: '512-BIT INTEGER',
    help: 'Number of motes to transfer (1 CSPR = 1,000,000,000 motes)',
  },
  {
    long: 'target-account',
    short: 't',
    requiredUnlessExamples: true,
    valueName: 'FORMATTED STRING',
    help: "Who receives the motes: a public key as hex (01… or 02…), an 'account-hash-…', or a purse as 'uref-…-007'",
  },
  {
    long: 'transfer-id',
    short: 'i',
    requiredUnlessExamples: true,
    valueName: '64-BIT INTEGER',
    help: 'A number of your choice recorded with the transfer, e.g. to match it with an invoice',
  },
]);
const transferPaymentGroup = [
  {
    name: 'payment',
    members: [
      'payment-amount',
      'payment-path',
      'payment-package-hash',
      'payment-package-name',
      'payment-hash',
      'payment-name',
    ],
    required: true,
  },
  { name: 'payment-args', members: ['payment-arg', 'payment-args-json', 'payment-args-complex'], required: false },
];
const paymentRequires = Object.fromEntries(Object.entries(deployRequires).filter(([k]) => k.startsWith('payment')));

export const transferSpec = commandSpec({
  name: 'transfer',
  about: 'Make a native CSPR transfer, sign it and send it to a node',
  flags: withDisplayOrder(
    [
      ...showExamples,
      verbose,
      nodeAddress,
      rpcId,
      speculativeExec,
      timeoutFlag,
      retries,
      { ...secretKey, requiredUnlessExamples: true },
      ...creation,
      sessionAccount,
      ...transferFlags,
      ...payment,
      ...waitFlags,
    ],
    DEPLOY_DISPLAY_ORDER,
  ),
  groups: transferPaymentGroup,
  requires: paymentRequires,
  nextLineHelp: true,
});

export const makeTransferSpec = commandSpec({
  name: 'make-transfer',
  about: 'Make a native CSPR transfer and write it to a file or stdout',
  flags: withDisplayOrder(
    [
      ...showExamples,
      ...output,
      {
        ...secretKey,
        help: 'Path to the secret key PEM that signs the transfer; without it the deploy is unsigned and --session-account is needed',
      },
      ...creation,
      sessionAccount,
      ...transferFlags,
      ...payment,
    ],
    DEPLOY_DISPLAY_ORDER,
  ),
  groups: transferPaymentGroup,
  requires: paymentRequires,
  nextLineHelp: true,
});
