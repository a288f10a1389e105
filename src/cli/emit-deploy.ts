// Where make-deploy, make-transfer and sign-deploy put their deploy: pretty JSON on stdout
// (followed by an empty line, as casper-client prints it), or a file written whole.
import { deployToJson, stringifyJson, type Deploy } from '../deploy/index.js';
import { writeFileAtomic } from './files.js';
import type { FlagValues } from './parse.js';

export function emitDeploy(v: FlagValues, deploy: Deploy, wroteMessage: (out: string) => string): void {
  const text = stringifyJson(deployToJson(deploy), true);
  const out = v.get('output');
  if (out === undefined) {
    process.stdout.write(`${text}\n\n`);
    return;
  }
  writeFileAtomic(out, `${text}\n`, { force: v.has('force') });
  process.stdout.write(`${wroteMessage(out)}\n`);
}
