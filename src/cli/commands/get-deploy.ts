import type { FlagValues } from '../parse.js';
import { positionalHash } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';
import type { getDeploySpec } from './specs.js';

export async function run(v: FlagValues<typeof getDeploySpec>): Promise<number> {
  const hash = positionalHash(
    v.positionals[0]!,
    (text) => `'${text}' is not a deploy hash: expected 64 hex characters`,
  );
  await sendAndPrint(rpcSettings(v), 'info_get_deploy', {
    deploy_hash: hash,
    finalized_approvals: v.get('get-finalized-approvals'),
  });
  return 0;
}
