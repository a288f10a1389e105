// Usage errors in clap's shape (stderr, exit 2), so scripts that grep casper-client's errors keep working.
import { usageLine } from './help.js';
import type { CommandSpec } from './flags.js';

export class UsageError extends Error {
  override name = 'UsageError';
  constructor(message: string, readonly usage: string) {
    super(message);
  }

  render(): string {
    return `error: ${this.message}\n\n${this.usage === '' ? '' : `${this.usage}\n\n`}For more information, try '--help'.\n`;
  }
}

export function usageError(spec: CommandSpec, message: string, requiredShown: string[] = []): UsageError {
  return new UsageError(message, usageLine(spec, requiredShown));
}
