// get-era-summary: chain_get_era_summary with an optional block identifier (casper-client 2.0.0 lib/rpcs).
import { blockCommand } from './block-read.js';

export const run = blockCommand('chain_get_era_summary');
