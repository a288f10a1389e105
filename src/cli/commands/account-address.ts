import { CliError } from '../errors.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { accountAddressSpec } from './specs.js';
import { messageOf } from '../../core/errors.js';

export async function run(v: FlagValues): Promise<number> {
  requireFlags(accountAddressSpec, v, ['public-key']);
  const { readPublicKeyArg } = await import('../../signer/index.js');
  try {
    process.stdout.write(`${readPublicKeyArg(v.get('public-key')!).accountHashString()}\n`);
  } catch (e) {
    throw new CliError(`--public-key: ${messageOf(e)}`, { cause: e });
  }
  return 0;
}
