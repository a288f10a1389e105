import { deployFromFlags } from '../deploy-from-flags.js';
import { emitDeploy } from '../emit-deploy.js';
import { printExamplesIfAsked } from '../examples.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { transferItem } from '../transfer-item.js';
import { makeTransferSpec } from './specs.js';

export async function run(v: FlagValues<typeof makeTransferSpec>): Promise<number> {
  // -e/-j print the examples and exit 0 (casper-client-rs v2.0.0 src/deploy/transfer.rs:119-120).
  if (await printExamplesIfAsked(v)) return 0;
  requireFlags(makeTransferSpec, v, ['amount', 'target-account', 'transfer-id', 'chain-name']);
  const { deploy } = await deployFromFlags(v, { requireKey: false, session: () => transferItem(v) });
  emitDeploy(v, deploy, (out) => `Wrote the transfer deploy to ${out}`);
  return 0;
}
