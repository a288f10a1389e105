// Flag tables of the companion commands (put-deploy's lives in put-deploy.spec.ts).
import {
  creation, deployGroups, deployRequires, inputDeploy, nodeAddress, output, payment, rpcId, secretKey, session, sessionAccount, showExamples,
  speculativeExec, timeoutFlag, verbose, waitFlags,
} from '../flag-sets.js';
import type { CommandSpec, Flag } from '../flags.js';

const force: Flag = { long: 'force', short: 'f', help: 'Overwrite files that already exist' };

export const makeDeploySpec: CommandSpec = {
  name: 'make-deploy',
  about: 'Make a deploy and write it to a file or stdout, signed when --secret-key is given, for sending later',
  flags: [...showExamples, ...output, { ...secretKey, help: 'Path to the secret key PEM that signs the deploy; without it the deploy is unsigned and --session-account is needed' }, ...creation, ...session, sessionAccount, ...payment],
  groups: deployGroups,
  requires: deployRequires,
};

export const signDeploySpec: CommandSpec = {
  name: 'sign-deploy',
  about: 'Add a signature to a deploy read from a file, keeping the signatures it already has',
  flags: [secretKey, inputDeploy, ...output],
  groups: [],
  requires: {},
};

export const sendDeploySpec: CommandSpec = {
  name: 'send-deploy',
  about: 'Send a deploy read from a file to a node to be executed on the network',
  flags: [verbose, nodeAddress, rpcId, speculativeExec, timeoutFlag, inputDeploy, ...waitFlags],
  groups: [],
  requires: {},
};

export const getDeploySpec: CommandSpec = {
  name: 'get-deploy',
  about: 'Ask a node for a deploy and its execution results',
  flags: [verbose, nodeAddress, rpcId, timeoutFlag, { long: 'finalized-approvals', short: 'a', help: 'Ask for the approvals that were finalized in a block rather than the ones first received' }],
  groups: [],
  requires: {},
  positionals: [{ name: 'HEX STRING', required: true, help: 'Hash of the deploy' }],
};

export const verifyDeploySpec: CommandSpec = {
  name: 'verify-deploy',
  about: 'Check a deploy file locally: its body hash, its hash and every signature. Not in the Rust client',
  flags: [inputDeploy],
  groups: [],
  requires: {},
};

export const keygenSpec: CommandSpec = {
  name: 'keygen',
  about: 'Make a new key pair and write secret_key.pem, public_key.pem and public_key_hex into a folder',
  flags: [{ long: 'algorithm', short: 'a', valueName: 'STRING', default: 'Ed25519', help: 'Signature algorithm: Ed25519 or secp256k1' }, force],
  groups: [],
  requires: {},
  positionals: [{ name: 'PATH', required: false, help: 'Folder to write the key files into (made if missing); the current folder when not given' }],
};

export const accountAddressSpec: CommandSpec = {
  name: 'account-address',
  about: "Print the account hash of a public key",
  flags: [{ long: 'public-key', short: 'p', valueName: 'FORMATTED STRING or PATH', help: "The public key as hex with its 01/02 tag, or the path of 'public_key_hex' or 'public_key.pem'" }],
  groups: [],
  requires: {},
};

export const completionSpec: CommandSpec = {
  name: 'generate-completion',
  about: 'Write a shell completion script for casper-client',
  flags: [
    { long: 'output-dir', short: 'o', valueName: 'PATH', default: '/usr/share/bash-completion/completions', help: 'Folder to write the completion script into' },
    force,
    { long: 'shell', valueName: 'STRING', default: 'bash', help: 'The shell: bash, zsh or fish' },
  ],
  groups: [],
  requires: {},
};
