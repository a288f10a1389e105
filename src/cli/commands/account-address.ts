import { CliError } from '../errors.js';
import type { FlagValues } from '../parse.js';
import type { accountAddressSpec } from './specs.js';
import { messageOf } from '../../core/errors.js';

export async function run(v: FlagValues<typeof accountAddressSpec>): Promise<number> {
  const { readPublicKeyArg } = await import('../../signer/index.js');
  try {
    process.stdout.write(`${readPublicKeyArg(v.get('public-key')).accountHashString()}\n`);
  } catch (e) {
    throw new CliError(`--public-key: ${messageOf(e)}`, { cause: e });
  }
  return 0;
}
