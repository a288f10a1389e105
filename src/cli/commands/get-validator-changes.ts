// get-validator-changes: info_get_validator_changes, no params (casper-client 2.0.0 lib/lib.rs).
import { plainCommand } from './block-read.js';

export const run = plainCommand('info_get_validator_changes');
