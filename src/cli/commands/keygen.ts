// keygen as casper-client 2.0.0's lib/keygen.rs generate_files: '' refused, the folder made, the
// three files checked on its canonical path, then written (PEMs in casper-types' layout).
import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import type { FlagValues } from '../parse.js';
import type { keygenSpec } from './specs.js';
import { fsReason } from '../../core/fs-reason.js';

const FILES = ['secret_key.pem', 'public_key.pem', 'public_key_hex'];
/** --algorithm's possible values (the table's) → the signer's names. */
const ALGORITHMS = { Ed25519: 'ed25519', secp256k1: 'secp256k1' } as const;

export async function run(v: FlagValues<typeof keygenSpec>): Promise<number> {
  const given = v.positionals[0] ?? '.';
  if (given === '') throw new CliError('empty path provided as output dir for keygen');
  const algo = ALGORITHMS[v.get('algorithm')];
  const force = v.get('force');
  let dir: string;
  try {
    mkdirSync(given, { recursive: true });
    dir = realpathSync(given);
  } catch (e) {
    throw new CliError(`input/output error: unable to create directory at '${given}': ${fsReason(e)}`, { cause: e });
  }
  // Check every file first, so a refusal leaves nothing half-made (lib/keygen.rs: FileAlreadyExists).
  const existing = FILES.map((f) => join(dir, f)).find((p) => existsSync(p));
  if (existing !== undefined && !force)
    throw new CliError(`file at ${existing} already exists`, 'pass --force to overwrite the key files');
  const signer = await import('../../signer/index.js');
  const key = await signer.generateSecretKey(algo);
  writeFileAtomic(join(dir, 'public_key_hex'), key.publicKey.toHex(), { force });
  writeFileAtomic(join(dir, 'secret_key.pem'), signer.secretKeyToPem(key), { force, mode: 0o600 });
  writeFileAtomic(join(dir, 'public_key.pem'), signer.publicKeyToPem(key.publicKey), { force });
  process.stdout.write(`Wrote files to ${given}\n`);
  return 0;
}
