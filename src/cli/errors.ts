import { CasperError, type CasperErrorOptions } from '../core/errors.js';

/** A runtime failure of a command: one line on stdout (as casper-client prints it) and exit 1. */
export class CliError extends CasperError {
  override name = 'CliError';
  constructor(message: string, hintOrOptions?: string | CasperErrorOptions) {
    super(message, typeof hintOrOptions === 'string' ? { hint: hintOrOptions } : hintOrOptions);
  }
}
