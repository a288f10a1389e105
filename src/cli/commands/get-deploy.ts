import { fromHex, toHex } from '../../core/index.js';
import { CliError } from '../errors.js';
import type { FlagValues } from '../parse.js';
import type { getDeploySpec } from './specs.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

export async function run(v: FlagValues<typeof getDeploySpec>): Promise<number> {
  const text = v.positionals[0]!;
  let hash: string;
  try {
    const b = fromHex(text);
    if (b.length !== 32) throw new Error();
    hash = toHex(b);
  } catch {
    throw new CliError(`'${text}' is not a deploy hash: expected 64 hex characters`);
  }
  await sendAndPrint(rpcSettings(v), 'info_get_deploy', { deploy_hash: hash, finalized_approvals: v.get('finalized-approvals') });
  return 0;
}
