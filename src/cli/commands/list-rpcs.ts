// list-rpcs: rpc.discover, no params (casper-client 2.0.0 lib/lib.rs).
import { plainCommand } from './block-read.js';

export const run = plainCommand('rpc.discover');
