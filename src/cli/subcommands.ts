// Commands with subcommands (put-transaction, make-transaction): clap's help and usage errors for
// the parent, in the shape of casper-client 5.x (`subcommand_required(true)`).
import { UsageError } from './usage-error.js';

export interface SubcommandSummary {
  name: string;
  about: string;
}

const parentUsage = (command: string) => `Usage: casper-client ${command} <COMMAND>`;

export function parentHelp(command: string, about: string, subs: SubcommandSummary[]): string {
  const width = Math.max(...subs.map((s) => s.name.length), 4) + 2;
  return `${[
    about,
    '',
    parentUsage(command),
    '',
    'Commands:',
    ...subs.map((s) => `  ${s.name.padEnd(width)} ${s.about}`),
    `  ${'help'.padEnd(width)} Print this message or the help of the given subcommand(s)`,
    '',
    'Options:',
    '  -h, --help  Print help',
  ].join('\n')}\n`;
}

export function parentUsageError(command: string, message: string): UsageError {
  return new UsageError(message, parentUsage(command));
}

export function missingSubcommand(command: string, subs: SubcommandSummary[]): UsageError {
  return parentUsageError(command, `'casper-client ${command}' requires a subcommand but one was not provided\n  [subcommands: ${[...subs.map((s) => s.name), 'help'].join(', ')}]`);
}
