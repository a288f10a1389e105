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
];
