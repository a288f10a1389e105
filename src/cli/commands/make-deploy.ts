import { deployFromFlags, sessionItem } from '../deploy-from-flags.js';
import { emitDeploy } from '../emit-deploy.js';
import { printExamplesIfAsked } from '../examples.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { makeDeploySpec } from './specs.js';

export async function run(v: FlagValues<typeof makeDeploySpec>): Promise<number> {
  if (await printExamplesIfAsked(v)) return 0;
  requireFlags(makeDeploySpec, v, ['chain-name']);
  const { deploy } = await deployFromFlags(v, { requireKey: false, session: () => sessionItem(v) });
  emitDeploy(v, deploy, (out) => `Wrote the deploy to ${out}`);
  return 0;
}
