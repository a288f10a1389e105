import { deployFromFlags } from '../deploy-from-flags.js';
import { emitDeploy } from '../emit-deploy.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { transferItem } from '../transfer-item.js';
import { makeTransferSpec } from './specs.js';

export async function run(v: FlagValues): Promise<number> {
  requireFlags(makeTransferSpec, v, ['amount', 'target-account', 'transfer-id', 'chain-name']);
  const { deploy } = await deployFromFlags(v, { requireKey: false, session: () => transferItem(v) });
  emitDeploy(v, deploy, (out) => `Wrote the deploy to ${out}`);
  return 0;
}
