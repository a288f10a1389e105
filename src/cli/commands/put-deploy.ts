import { deployFromFlags, sessionItem } from '../deploy-from-flags.js';
import { printExamplesIfAsked } from '../examples.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { sendDeploy } from '../send-deploy-flow.js';
import { putDeploySpec } from './put-deploy-specs.js';

export async function run(v: FlagValues<typeof putDeploySpec>): Promise<number> {
  if (await printExamplesIfAsked(v)) return 0;
  requireFlags(putDeploySpec, v, ['secret-key', 'chain-name']);
  const { deploy } = await deployFromFlags(v, { requireKey: true, session: () => sessionItem(v) });
  return sendDeploy(v, deploy);
}
