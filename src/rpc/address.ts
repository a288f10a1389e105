// casper-client's node address rule: strip trailing '/', then append '/rpc' unless the address
// already ends in "rpc". Unlike reqwest's "relative URL without a base", a missing scheme is named.
import { CasperError } from '../errors.js';
export class AddressError extends CasperError {
  override name = 'AddressError';
}

export function rpcUrl(nodeAddress: string): string {
  const trimmed = nodeAddress.replace(/\/+$/, '');
  const url = trimmed.endsWith('rpc') ? trimmed : `${trimmed}/rpc`;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new AddressError(`node address '${nodeAddress}' has no scheme: write it as http://${trimmed.replace(/\/rpc$/, '')} (or https://…)`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AddressError(`node address '${nodeAddress}' is not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AddressError(`node address '${nodeAddress}' uses ${parsed.protocol.replace(':', '')}; only http and https are supported`);
  }
  return url;
}

/** The address with any user:password removed, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username === '' && u.password === '') return url;
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//');
  }
}
