// The commands whose only param is an optional block identifier (src/block/get.rs and kin):
// without -b they send no params at all (lib/lib.rs: `maybe_block_identifier.map(…Params::new)`).
import type { Json } from '../../core/index.js';
import type { FlagValues } from '../parse.js';
import type { rpcFlags } from '../flag-sets.js';
import type { getBlockSpec } from './read-specs.js';
import { blockIdentifier } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

/** Every block-only read command has the same flags: -v, -n, --id, --timeout, --retries and -b. */
type BlockValues = FlagValues<typeof getBlockSpec>;

export function blockParams(v: BlockValues): Json | undefined {
  const id = blockIdentifier(v.get('block-identifier') ?? '');
  return id === undefined ? undefined : { block_identifier: id };
}

export function blockCommand(method: string): (v: BlockValues) => Promise<number> {
  return async (v) => {
    const s = rpcSettings(v);
    await sendAndPrint(s, method, blockParams(v));
    return 0;
  };
}

/** No params (lib/lib.rs: `send_request::<(), _>(METHOD, None)`). */
export function plainCommand(method: string): (v: FlagValues<{ flags: typeof rpcFlags }>) => Promise<number> {
  return async (v) => {
    await sendAndPrint(rpcSettings(v), method, undefined);
    return 0;
  };
}
