// get-entity (casper-client 5.x src/get_entity.rs, lib/rpcs/v2_0_0/get_entity.rs): state_get_entity
// with {entity_identifier, block_identifier}; a 2.x-only method.
import type { FlagValues } from '../parse.js';
import type { getEntitySpec } from './read-specs.js';
import { keyOrFile } from '../key-arg.js';
import { blockIdentifier, entityIdentifier } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

export async function run(v: FlagValues<typeof getEntitySpec>): Promise<number> {
  const s = rpcSettings(v);
  const id = entityIdentifier(await keyOrFile(v.get('entity-identifier')));
  await sendAndPrint(s, 'state_get_entity', {
    entity_identifier: id,
    block_identifier: blockIdentifier(v.get('block-identifier') ?? '') ?? null,
  });
  return 0;
}
