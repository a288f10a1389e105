import { deployToJson } from '../../deploy/index.js';
import { deployFromFlags } from '../deploy-from-flags.js';
import { printExamplesIfAsked } from '../examples.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { rpcSettings } from '../rpc-flags.js';
import { blockIdentifier, sendAndPrint } from '../send.js';
import { putDeploySpec } from './put-deploy.spec.js';

export async function run(v: FlagValues): Promise<number> {
  if (await printExamplesIfAsked(v)) return 0;
  requireFlags(putDeploySpec, v, ['secret-key', 'chain-name']);
  const rpc = rpcSettings(v);
  const spec = v.has('speculative-exec') ? blockIdentifier(v.get('speculative-exec') ?? '') : undefined;
  const { deploy } = await deployFromFlags(v, { requireKey: true });
  const json = deployToJson(deploy);
  if (spec !== undefined) await sendAndPrint(rpc, 'speculative_exec', { block_identifier: spec, deploy: json });
  else await sendAndPrint(rpc, 'account_put_deploy', { deploy: json });
  return 0;
}
