// query-balance-details (casper-client 5.x src/query_balance_details.rs): query_balance's params
// sent to query_balance_details, a 2.x-only method.
import type { FlagValues } from '../parse.js';
import type { queryBalanceDetailsSpec } from './read-specs.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';
import { balanceParams } from './query-balance.js';

export async function run(v: FlagValues<typeof queryBalanceDetailsSpec>): Promise<number> {
  const s = rpcSettings(v);
  await sendAndPrint(s, 'query_balance_details', await balanceParams(v));
  return 0;
}
