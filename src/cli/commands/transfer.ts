import { deployFromFlags } from '../deploy-from-flags.js';
import { printExamplesIfAsked } from '../examples.js';
import { requireFlags, type FlagValues } from '../parse.js';
import { sendDeploy } from '../send-deploy-flow.js';
import { transferItem } from '../transfer-item.js';
import { transferSpec } from './specs.js';

export async function run(v: FlagValues<typeof transferSpec>): Promise<number> {
  // -e/-j print the examples and exit 0 (casper-client-rs v2.0.0 src/deploy/transfer.rs:119-120).
  if (await printExamplesIfAsked(v)) return 0;
  requireFlags(transferSpec, v, ['amount', 'target-account', 'transfer-id', 'secret-key', 'chain-name']);
  const { deploy } = await deployFromFlags(v, { requireKey: true, session: () => transferItem(v) });
  return sendDeploy(v, deploy);
}
