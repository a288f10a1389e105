// Every command: loaders for its flag table (which holds its about line) and for its code, so a
// command runs only what it needs. casper-client 2.0.0's commands come first, in its help order
// (src/main.rs DisplayOrder); `hidden` ones are there but not listed, as clap's .hide(true);
// `extra` ones are not in casper-client 2.0.0 and are listed apart.
import type { CommandSpec } from './flags.js';
import type { ParsedFlags } from './parse.js';

/**
 * Each entry pairs a spec loader with the command that reads it; the command declares
 * FlagValues<typeof itsSpec>, which this list cannot spell for all of them at once.
 */
// biome-ignore lint/suspicious/noExplicitAny: each command checks its own FlagValues<typeof spec>; this list holds them all.
type AnyValues = ParsedFlags<any>;

export interface CommandEntry {
  name: string;
  /** Other names clap accepts (`.alias`), not shown. */
  aliases?: string[];
  spec: () => Promise<CommandSpec>;
  /** For commands with subcommands: the spec of `<name> <sub>`, undefined for an unknown sub. */
  subcommands?: () => Promise<{
    list: { name: string; about: string }[];
    spec: (sub: string) => CommandSpec | undefined;
  }>;
  run: () => Promise<(v: AnyValues, spec: CommandSpec) => Promise<number>>;
  hidden?: boolean;
  /** Where it comes from when not from casper-client 2.0.0: 'ours' or '5.x' (casper-client 5.x). */
  extra?: string;
}

type ReadSpecs = typeof import('./commands/read-specs.js');
type Runner = () => Promise<{ run: (v: AnyValues) => Promise<number> }>;

const read = (
  name: string,
  specName: keyof ReadSpecs,
  load: Runner,
  more: Partial<CommandEntry> = {},
): CommandEntry => ({
  name,
  spec: async () => (await import('./commands/read-specs.js'))[specName],
  run: async () => (await load()).run,
  ...more,
});

/** Finds a command by its name or one of its aliases. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name || (c.aliases ?? []).includes(name));
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'put-deploy',
    spec: async () => (await import('./commands/put-deploy-specs.js')).putDeploySpec,
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
  read('get-balance', 'getBalanceSpec', () => import('./commands/get-balance.js'), { hidden: true }),
  read('get-block', 'getBlockSpec', () => import('./commands/get-block.js')),
  read('get-block-transfers', 'getBlockTransfersSpec', () => import('./commands/get-block-transfers.js')),
  read('list-deploys', 'listDeploysSpec', () => import('./commands/list-deploys.js')),
  read('get-state-root-hash', 'getStateRootHashSpec', () => import('./commands/get-state-root-hash.js')),
  read('get-era-summary', 'getEraSummarySpec', () => import('./commands/get-era-summary.js')),
  read('get-era-info', 'getEraInfoSpec', () => import('./commands/get-era-info.js'), {
    hidden: true,
    aliases: ['get-era-info-by-switch-block'],
  }),
  read('query-global-state', 'queryGlobalStateSpec', () => import('./commands/query-global-state.js'), {
    aliases: ['query-state'],
  }),
  read('query-balance', 'queryBalanceSpec', () => import('./commands/query-balance.js')),
  read('get-dictionary-item', 'getDictionaryItemSpec', () => import('./commands/get-dictionary-item.js')),
  read('get-account', 'getAccountSpec', () => import('./commands/get-account.js'), { aliases: ['get-account-info'] }),
  read('get-auction-info', 'getAuctionInfoSpec', () => import('./commands/get-auction-info.js')),
  read('get-validator-changes', 'getValidatorChangesSpec', () => import('./commands/get-validator-changes.js')),
  read('get-peers', 'getPeersSpec', () => import('./commands/get-peers.js')),
  read('get-node-status', 'getNodeStatusSpec', () => import('./commands/get-node-status.js')),
  read('get-chainspec', 'getChainspecSpec', () => import('./commands/get-chainspec.js')),
  read('list-rpcs', 'listRpcsSpec', () => import('./commands/list-rpcs.js')),
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
  {
    name: 'verify-deploy',
    spec: async () => (await import('./commands/specs.js')).verifyDeploySpec,
    run: async () => (await import('./commands/verify-deploy.js')).run,
    extra: 'ours',
  },
  read('query-balance-details', 'queryBalanceDetailsSpec', () => import('./commands/query-balance-details.js'), {
    extra: '5.x',
  }),
  read('get-entity', 'getEntitySpec', () => import('./commands/get-entity.js'), { extra: '5.x' }),
  read('get-package', 'getPackageSpec', () => import('./commands/get-package.js'), { extra: 'ours' }),
  read('get-reward', 'getRewardSpec', () => import('./commands/get-reward.js'), { extra: '5.x' }),
  {
    name: 'put-transaction',
    aliases: ['put-txn'],
    spec: async () => (await import('./commands/tx-specs.js')).putTransactionSpec,
    subcommands: async () => (await import('./commands/tx-specs.js')).txSubcommands('put-transaction'),
    run: async () => (await import('./commands/put-transaction.js')).run,
    extra: '5.x',
  },
  {
    name: 'make-transaction',
    spec: async () => (await import('./commands/tx-specs.js')).makeTransactionSpec,
    subcommands: async () => (await import('./commands/tx-specs.js')).txSubcommands('make-transaction'),
    run: async () => (await import('./commands/make-transaction.js')).run,
    extra: '5.x',
  },
  {
    name: 'sign-transaction',
    spec: async () => (await import('./commands/tx-specs.js')).signTransactionSpec,
    run: async () => (await import('./commands/sign-transaction.js')).run,
    extra: '5.x',
  },
  {
    name: 'send-transaction',
    aliases: ['send-txn'],
    spec: async () => (await import('./commands/tx-specs.js')).sendTransactionSpec,
    run: async () => (await import('./commands/send-transaction.js')).run,
    extra: '5.x',
  },
  {
    name: 'get-transaction',
    aliases: ['get-txn'],
    spec: async () => (await import('./commands/tx-specs.js')).getTransactionSpec,
    run: async () => (await import('./commands/get-transaction.js')).run,
    extra: '5.x',
  },
  read('list-transactions', 'listTransactionsSpec', () => import('./commands/list-transactions.js'), { extra: '5.x' }),
];
