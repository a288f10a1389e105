// get-reward (casper-client 5.x src/get_reward.rs, lib/rpcs/v2_0_0/get_reward.rs): info_get_reward
// with {era_identifier, validator, delegator}; era and delegator null when not given.
import type { FlagValues } from '../parse.js';
import type { getRewardSpec } from './read-specs.js';
import { keyOrFile } from '../key-arg.js';
import { eraIdentifier, publicKeyParam } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

export async function run(v: FlagValues<typeof getRewardSpec>): Promise<number> {
  const s = rpcSettings(v);
  const era = eraIdentifier(v.get('era-identifier') ?? '') ?? null;
  const validator = publicKeyParam(await keyOrFile(v.get('validator')), 'public_key');
  const d = await keyOrFile(v.get('delegator') ?? '');
  const delegator = d === '' ? null : publicKeyParam(d, 'public_key');
  await sendAndPrint(s, 'info_get_reward', { era_identifier: era, validator, delegator });
  return 0;
}
