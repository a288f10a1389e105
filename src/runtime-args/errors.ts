import { CasperError } from '../core/errors.js';
/** A runtime arg was rejected. The message is the one line the CLI prints. */
export class ArgError extends CasperError {
  override name = 'ArgError';
}
