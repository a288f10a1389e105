import { CliError } from '../errors.js';
import { emitDeploy } from '../emit-deploy.js';
import { readDeployFile } from '../files.js';
import type { FlagValues } from '../parse.js';
import { warn } from '../warn.js';
import type { signDeploySpec } from './specs.js';
import { messageOf } from '../../core/errors.js';

export async function run(v: FlagValues<typeof signDeploySpec>): Promise<number> {
  // -k and -i are required in the table: the parser has refused a command line without them.
  const input = v.get('input');
  const deploy = await readDeployFile(input);
  const signer = await import('../../signer/index.js');
  const { signDeploy, verifyDeploy } = await import('../../deploy/index.js');
  const check = verifyDeploy(deploy);
  // The Rust client signs whatever it is given; a signature over a wrong hash helps nobody.
  if (!check.bodyHashOk || !check.hashOk)
    throw new CliError(
      `the deploy in '${input}' has a ${check.bodyHashOk ? 'hash' : 'body hash'} that does not match its contents; it was changed after it was made`,
    );
  let key: Awaited<ReturnType<typeof signer.loadSecretKeyFile>>;
  try {
    key = await signer.loadSecretKeyFile(v.get('secret-key'));
  } catch (e) {
    throw new CliError(messageOf(e), { cause: e });
  }
  if (deploy.approvals.some((a) => a.signer.toHex() === key.publicKey.toHex())) {
    warn(
      `the deploy is already signed by ${key.publicKey.toHex()}; a second approval by the same key is appended, as casper-client does`,
    );
  }
  const signed = signDeploy(deploy, key);
  emitDeploy(v, signed, (out) => `Signed the deploy at ${input} and wrote to ${out}`);
  return 0;
}
