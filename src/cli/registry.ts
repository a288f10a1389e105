// Every command: loaders for its flag table (which holds its about line) and for its code, so a
// command runs only what it needs.
import type { CommandSpec } from './flags.js';
import type { FlagValues } from './parse.js';

export interface CommandEntry {
  name: string;
  spec: () => Promise<CommandSpec>;
  run: () => Promise<(v: FlagValues) => Promise<number>>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'put-deploy',
    spec: async () => (await import('./commands/put-deploy.spec.js')).putDeploySpec,
    run: async () => (await import('./commands/put-deploy.js')).run,
  },
  {
    name: 'make-deploy',
    spec: async () => (await import('./commands/specs.js')).makeDeploySpec,
    run: async () => (await import('./commands/make-deploy.js')).run,
  },
  {
    name: 'sign-deploy',
    spec: async () => (await import('./commands/specs.js')).signDeploySpec,
    run: async () => (await import('./commands/sign-deploy.js')).run,
  },
  {
    name: 'send-deploy',
    spec: async () => (await import('./commands/specs.js')).sendDeploySpec,
    run: async () => (await import('./commands/send-deploy.js')).run,
  },
  {
    name: 'transfer',
    spec: async () => (await import('./commands/specs.js')).transferSpec,
    run: async () => (await import('./commands/transfer.js')).run,
  },
  {
    name: 'make-transfer',
    spec: async () => (await import('./commands/specs.js')).makeTransferSpec,
    run: async () => (await import('./commands/make-transfer.js')).run,
  },
  {
    name: 'get-deploy',
    spec: async () => (await import('./commands/specs.js')).getDeploySpec,
    run: async () => (await import('./commands/get-deploy.js')).run,
  },
  {
    name: 'verify-deploy',
    spec: async () => (await import('./commands/specs.js')).verifyDeploySpec,
    run: async () => (await import('./commands/verify-deploy.js')).run,
  },
  {
    name: 'keygen',
    spec: async () => (await import('./commands/specs.js')).keygenSpec,
    run: async () => (await import('./commands/keygen.js')).run,
  },
  {
    name: 'account-address',
    spec: async () => (await import('./commands/specs.js')).accountAddressSpec,
    run: async () => (await import('./commands/account-address.js')).run,
  },
  {
    name: 'generate-completion',
    spec: async () => (await import('./commands/specs.js')).completionSpec,
    run: async () => {
      const { run } = await import('./commands/generate-completion.js');
      return (v) => run(v, COMMANDS);
    },
  },
];
