// One base for every error this project throws on purpose, in the spirit of viem's BaseError: a
// short message a person can act on, the original error kept as `cause`, an optional hint, and a
// kind that decides the exit code. Anything that is not a CasperError is a bug ("internal error").
export type ErrorKind = 'runtime' | 'usage';

export interface CasperErrorOptions {
  /** The error this one explains; kept for debugging (CASPER_CLIENT_DEBUG prints the chain). */
  cause?: unknown;
  /** What to do about it; shown on a terminal only. */
  hint?: string;
}

export class CasperError extends Error {
  override name = 'CasperError';
  readonly hint: string | undefined;
  /** runtime → exit 1 (one line on stdout, as casper-client); usage → exit 2 (clap's shape on stderr). */
  readonly kind: ErrorKind = 'runtime';

  constructor(message: string, options: CasperErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
  }

  get exitCode(): number {
    return this.kind === 'usage' ? 2 : 1;
  }
}

/** The message of whatever was thrown, for wrapping it into a clearer one (keep it as `cause`). */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
