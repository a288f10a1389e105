// get-block-transfers: chain_get_block_transfers with an optional block identifier (casper-client 2.0.0 lib/rpcs).
import { blockCommand } from './block-read.js';

export const run = blockCommand('chain_get_block_transfers');
