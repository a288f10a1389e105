// query-global-state (src/query_global_state.rs, lib/cli.rs query_global_state): state
// identifier (-b wins over -s), the key (a public key → its account), and --query-path split on '/'.
import type { FlagValues } from '../parse.js';
import type { queryGlobalStateSpec } from './read-specs.js';
import { keyOrFile } from '../key-arg.js';
import { globalStateIdentifier, keyForQuery, queryPath } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';
import { CliError } from '../errors.js';

export async function run(v: FlagValues<typeof queryGlobalStateSpec>): Promise<number> {
  const s = rpcSettings(v);
  const state = globalStateIdentifier(v.get('block-identifier') ?? '', v.get('state-root-hash') ?? '');
  if (state === undefined) throw new CliError('failed to parse state identifier');
  const key = keyForQuery(await keyOrFile(v.get('key')));
  // QueryGlobalStateParams field order: state_identifier, key, path.
  await sendAndPrint(s, 'query_global_state', {
    state_identifier: state,
    key,
    path: queryPath(v.get('query-path') ?? ''),
  });
  return 0;
}
