// Every command: loaders for its flag table (which holds its about line) and for its code, so a
// command runs only what it needs.
import type { CommandSpec } from './flags.js';
import type { FlagValues } from './parse.js';

export interface CommandEntry {
  name: string;
  /** Other names clap accepts (`.alias`), not shown. */
  aliases?: string[];
  spec: () => Promise<CommandSpec>;
  /** For commands with subcommands: the spec of `<name> <sub>`, undefined for an unknown sub. */
  subcommands?: () => Promise<{ list: { name: string; about: string }[]; spec: (sub: string) => CommandSpec | undefined }>;
  run: () => Promise<(v: FlagValues, spec: CommandSpec) => Promise<number>>;
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
    run: async () => (await import('./commands/generate-completion.js')).run,
  },
  {
    name: 'put-transaction',
    aliases: ['put-txn'],
    spec: async () => (await import('./commands/tx-specs.js')).putTransactionSpec,
    subcommands: async () => (await import('./commands/tx-specs.js')).txSubcommands('put-transaction'),
    run: async () => (await import('./commands/put-transaction.js')).run,
  },
  {
    name: 'make-transaction',
    spec: async () => (await import('./commands/tx-specs.js')).makeTransactionSpec,
    subcommands: async () => (await import('./commands/tx-specs.js')).txSubcommands('make-transaction'),
    run: async () => (await import('./commands/make-transaction.js')).run,
  },
  {
    name: 'sign-transaction',
    spec: async () => (await import('./commands/tx-specs.js')).signTransactionSpec,
    run: async () => (await import('./commands/sign-transaction.js')).run,
  },
  {
    name: 'send-transaction',
    aliases: ['send-txn'],
    spec: async () => (await import('./commands/tx-specs.js')).sendTransactionSpec,
    run: async () => (await import('./commands/send-transaction.js')).run,
  },
  {
    name: 'get-transaction',
    aliases: ['get-txn'],
    spec: async () => (await import('./commands/tx-specs.js')).getTransactionSpec,
    run: async () => (await import('./commands/get-transaction.js')).run,
  },
];
