// Node addresses in messages: AddressError, and redaction of credentials.
import { CasperError } from '../core/errors.js';
export class AddressError extends CasperError {
  override name = 'AddressError';
}

/**
 * The address with any user:password removed, for messages: for every scheme, with no scheme, and
 * when the text does not parse as a URL at all. Everything from the start of the authority up to
 * the last '@' goes (a password may hold '/', '?', '#' or '@' unencoded), so nothing of it can
 * survive, at the cost of a path that itself holds '@'.
 */
export function redactUrl(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? (url.startsWith('//') ? '//' : '');
  const rest = url.slice(scheme.length);
  const at = rest.lastIndexOf('@');
  if (at === -1) return url;
  return `${scheme}${rest.slice(at + 1)}`;
}

/** Credentials removed from every URL inside a free text (an error message). */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s'"<>]*@/gi, '$1');
}
