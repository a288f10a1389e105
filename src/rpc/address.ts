// casper-client's node address rule: strip trailing '/', then append '/rpc' unless the address
// already ends in "rpc". Unlike reqwest's "relative URL without a base", a missing scheme is named.
import { CasperError } from '../core/errors.js';
export class AddressError extends CasperError {
  override name = 'AddressError';
}

export function rpcUrl(nodeAddress: string): string {
  const trimmed = nodeAddress.replace(/\/+$/, '');
  const url = trimmed.endsWith('rpc') ? trimmed : `${trimmed}/rpc`;
  // Every message names the address without its credentials, whatever went wrong with it.
  const shown = redactUrl(nodeAddress);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new AddressError(
      `node address '${shown}' has no scheme: write it as http://${redactUrl(trimmed).replace(/\/rpc$/, '')} (or https://…)`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AddressError(`node address '${shown}' is not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AddressError(
      `node address '${shown}' uses ${parsed.protocol.replace(':', '')}; only http and https are supported`,
    );
  }
  return url;
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
