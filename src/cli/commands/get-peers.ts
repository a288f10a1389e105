// get-peers: info_get_peers, no params (casper-client 2.0.0 lib/lib.rs).
import { plainCommand } from './block-read.js';

export const run = plainCommand('info_get_peers');
