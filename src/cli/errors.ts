/** A runtime failure of a command: one line on stdout (as casper-client prints it) and exit 1. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}
