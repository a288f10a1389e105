// get-balance (hidden, deprecated; src/get_balance.rs, lib/cli.rs get_balance): state_get_balance
// with {state_root_hash, purse_uref}.
import type { FlagValues } from '../parse.js';
import type { getBalanceSpec } from './read-specs.js';
import { CliError } from '../errors.js';
import { purseIdentifier } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

export async function run(v: FlagValues<typeof getBalanceSpec>): Promise<number> {
  const s = rpcSettings(v);
  const root = v.get('state-root-hash');
  if (!/^[0-9a-fA-F]{64}$/.test(root))
    throw new CliError(
      `failed to parse 'state root hash in get_balance' as a hash digest: expected 64 hex characters, got '${root}'`,
    );
  const text = v.get('purse-uref');
  if (!text.startsWith('uref-'))
    throw new CliError(
      `failed to parse 'purse in get_balance' as a uref: expected 'uref-<64 hex>-<3 digits>', got '${text}'`,
    );
  const purse = (purseIdentifier(text) as { purse_uref: string }).purse_uref;
  await sendAndPrint(s, 'state_get_balance', { state_root_hash: root.toLowerCase(), purse_uref: purse });
  return 0;
}
