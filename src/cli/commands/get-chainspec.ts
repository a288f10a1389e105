// get-chainspec: info_get_chainspec; at -vv src/main.rs also prints the files themselves
// (ChainspecRawBytes' Display: chainspec.toml, then accounts.toml and global_state.toml if sent).
import { fromHex, type Json } from '../../core/index.js';
import type { FlagValues } from '../parse.js';
import type { getChainspecSpec } from './read-specs.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

export async function run(v: FlagValues<typeof getChainspecSpec>): Promise<number> {
  const s = rpcSettings(v);
  const result = await sendAndPrint(s, 'info_get_chainspec', undefined);
  if (s.verbosity > 1) {
    const raw = (result as { chainspec_bytes?: Record<string, Json> }).chainspec_bytes ?? {};
    const text = ['chainspec_bytes', 'maybe_genesis_accounts_bytes', 'maybe_global_state_bytes']
      .map((k) => raw[k])
      .filter((x): x is string => typeof x === 'string')
      .map((hex) => Buffer.from(fromHex(hex)).toString('utf8'))
      .join('');
    process.stdout.write(`${text}\n`);
  }
  return 0;
}
