// get-node-status: info_get_status, no params (casper-client 2.0.0 lib/lib.rs).
import { plainCommand } from './block-read.js';

export const run = plainCommand('info_get_status');
