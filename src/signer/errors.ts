import { CasperError } from '../core/errors.js';
/** A key could not be loaded or used. The message is one line and never contains key material. */
export class KeyError extends CasperError {
  override name = 'KeyError';
}
