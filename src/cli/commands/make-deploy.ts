import { deployToJson, stringifyJson } from '../../deploy/index.js';
import { deployFromFlags } from '../deploy-from-flags.js';
import { printExamplesIfAsked } from '../examples.js';
import { writeFileAtomic } from '../files.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { makeDeploySpec } from './specs.js';

export async function run(v: FlagValues): Promise<number> {
  if (await printExamplesIfAsked(v)) return 0;
  requireFlags(makeDeploySpec, v, ['chain-name']);
  const { deploy } = await deployFromFlags(v, { requireKey: false });
  const text = stringifyJson(deployToJson(deploy), true);
  const out = v.get('output');
  if (out === undefined) {
    process.stdout.write(`${text}\n\n`);
  } else {
    writeFileAtomic(out, `${text}\n`, { force: v.has('force') });
    process.stdout.write(`Wrote the deploy to ${out}\n`);
  }
  return 0;
}
