// query-balance (src/query_balance.rs, lib/cli.rs query_balance): {state_identifier, purse_identifier},
// state_identifier null when neither -b nor -s is given (QueryBalanceParams has no skip attribute).
import type { Json } from '../../core/index.js';
import type { FlagValues } from '../parse.js';
import type { queryBalanceSpec } from './read-specs.js';
import { keyOrFile } from '../key-arg.js';
import { globalStateIdentifier, purseIdentifier } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

export async function balanceParams(v: FlagValues<typeof queryBalanceSpec>): Promise<Json> {
  const state = globalStateIdentifier(v.get('block-identifier') ?? '', v.get('state-root-hash') ?? '');
  return {
    state_identifier: state ?? null,
    purse_identifier: purseIdentifier(await keyOrFile(v.get('purse-identifier'))),
  };
}

export async function run(v: FlagValues<typeof queryBalanceSpec>): Promise<number> {
  const s = rpcSettings(v);
  await sendAndPrint(s, 'query_balance', await balanceParams(v));
  return 0;
}
