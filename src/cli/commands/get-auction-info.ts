// get-auction-info: state_get_auction_info with an optional block identifier (casper-client 2.0.0 lib/rpcs).
import { blockCommand } from './block-read.js';

export const run = blockCommand('state_get_auction_info');
