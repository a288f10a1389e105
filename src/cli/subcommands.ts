// Commands with subcommands (put-transaction, make-transaction): clap's help and usage errors for
// the parent, in the shape of casper-client 5.x (`subcommand_required(true)`).
import { HELP_SUBCOMMAND, subcommandList, terminalWidth } from './help.js';
import { UsageError } from './usage-error.js';

export interface SubcommandSummary {
  name: string;
  about: string;
}

const parentUsage = (command: string) => `Usage: casper-client ${command} <COMMAND>`;

export function parentHelp(
  command: string,
  about: string,
  subs: SubcommandSummary[],
  width: number = terminalWidth(),
): string {
  return `${[
    about,
    '',
    parentUsage(command),
    '',
    'Commands:',
    ...subcommandList([[...subs, HELP_SUBCOMMAND]], width)[0]!,
    '',
    'Options:',
    '  -h, --help  Print help',
  ].join('\n')}\n`;
}

export function parentUsageError(command: string, message: string): UsageError {
  return new UsageError(message, parentUsage(command));
}

export function missingSubcommand(command: string, subs: SubcommandSummary[]): UsageError {
  return parentUsageError(
    command,
    `'casper-client ${command}' requires a subcommand but one was not provided\n  [subcommands: ${[...subs.map((s) => s.name), 'help'].join(', ')}]`,
  );
}
