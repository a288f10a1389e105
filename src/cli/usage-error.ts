// Usage errors in clap's shape (stderr, exit 2), so scripts that grep casper-client's errors keep working.
import { CasperError } from '../core/errors.js';
import { usageLine } from './help.js';
import type { CommandSpec } from './flags.js';

export class UsageError extends CasperError {
  override name = 'UsageError';
  override readonly kind = 'usage' as const;
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }

  render(): string {
    // Some clap errors (an invalid value) carry no usage line.
    return `error: ${this.message}\n\n${this.usage === '' ? '' : `${this.usage}\n\n`}For more information, try '--help'.\n`;
  }
}

export function usageError(spec: CommandSpec, message: string, used: string[] = []): UsageError {
  return new UsageError(message, usageLine(spec, used));
}
