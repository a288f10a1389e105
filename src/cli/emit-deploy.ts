// Where make-deploy, make-transfer and sign-deploy put their deploy: pretty JSON on stdout
// ending '}\n' as casper-client prints it, or a file written whole.
import { deployToJson, type Deploy } from '../deploy/index.js';
import { stringifyJson } from '../core/index.js';
import { writeFileAtomic } from './files.js';
import { warn } from './warn.js';
import type { output } from './flag-sets.js';
import type { FlagValues } from './parse.js';

export function emitDeploy(
  v: FlagValues<{ flags: typeof output }>,
  deploy: Deploy,
  wroteMessage: (out: string) => string,
): void {
  const text = stringifyJson(deployToJson(deploy), true);
  // -o '' is stdout for casper-client (lib/cli/parse.rs:39-45). On stdout, write_deploy prints the
  // JSON without a newline and println! adds one (lib/lib.rs output_deploy, reference §5).
  const out = v.get('output');
  if (out === '') warn("-o '' is taken as stdout, as casper-client does");
  if (out === undefined || out === '') {
    process.stdout.write(`${text}\n`);
    return;
  }
  // The file holds the JSON alone, with no newline after it (write_deploy, lib/lib.rs:496-508).
  writeFileAtomic(out, text, { force: v.get('force') });
  process.stdout.write(`${wroteMessage(out)}\n`);
}
