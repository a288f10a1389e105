// Every command: its one-line about (for the top-level help, loaded eagerly) and loaders for its
// flag table and its code, so a command loads only what it needs.
import type { CommandSpec } from './flags.js';
import type { FlagValues } from './parse.js';

export interface CommandEntry {
  name: string;
  about: string;
  spec: () => Promise<CommandSpec>;
  run: () => Promise<(v: FlagValues) => Promise<number>>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'put-deploy',
    about: 'Make a deploy, sign it and send it to a node to be executed on the network',
    spec: async () => (await import('./commands/put-deploy.spec.js')).putDeploySpec,
    run: async () => (await import('./commands/put-deploy.js')).run,
  },
  {
    name: 'make-deploy',
    about: 'Make a deploy and write it to a file or stdout, for signing or sending later',
    spec: async () => (await import('./commands/specs.js')).makeDeploySpec,
    run: async () => (await import('./commands/make-deploy.js')).run,
  },
  {
    name: 'sign-deploy',
    about: 'Add a signature to a deploy read from a file',
    spec: async () => (await import('./commands/specs.js')).signDeploySpec,
    run: async () => (await import('./commands/sign-deploy.js')).run,
  },
  {
    name: 'send-deploy',
    about: 'Send a deploy read from a file to a node',
    spec: async () => (await import('./commands/specs.js')).sendDeploySpec,
    run: async () => (await import('./commands/send-deploy.js')).run,
  },
  {
    name: 'transfer',
    about: 'Make a native CSPR transfer, sign it and send it to a node',
    spec: async () => (await import('./commands/specs.js')).transferSpec,
    run: async () => (await import('./commands/transfer.js')).run,
  },
  {
    name: 'make-transfer',
    about: 'Make a native CSPR transfer and write it to a file or stdout',
    spec: async () => (await import('./commands/specs.js')).makeTransferSpec,
    run: async () => (await import('./commands/make-transfer.js')).run,
  },
  {
    name: 'get-deploy',
    about: 'Ask a node for a deploy and its execution results',
    spec: async () => (await import('./commands/specs.js')).getDeploySpec,
    run: async () => (await import('./commands/get-deploy.js')).run,
  },
  {
    name: 'verify-deploy',
    about: "Check a deploy file's hashes and signatures locally",
    spec: async () => (await import('./commands/specs.js')).verifyDeploySpec,
    run: async () => (await import('./commands/verify-deploy.js')).run,
  },
  {
    name: 'keygen',
    about: 'Make a new key pair and write it to a folder',
    spec: async () => (await import('./commands/specs.js')).keygenSpec,
    run: async () => (await import('./commands/keygen.js')).run,
  },
  {
    name: 'account-address',
    about: 'Print the account hash of a public key',
    spec: async () => (await import('./commands/specs.js')).accountAddressSpec,
    run: async () => (await import('./commands/account-address.js')).run,
  },
  {
    name: 'generate-completion',
    about: 'Write a shell completion script',
    spec: async () => (await import('./commands/specs.js')).completionSpec,
    run: async () => (await import('./commands/generate-completion.js')).run,
  },
];
