import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import type { FlagValues } from '../parse.js';

const FILES = ['secret_key.pem', 'public_key.pem', 'public_key_hex'];

export async function run(v: FlagValues): Promise<number> {
  const dir = v.positionals[0] ?? '.';
  const algoText = (v.get('algorithm') ?? 'Ed25519').toLowerCase();
  if (algoText !== 'ed25519' && algoText !== 'secp256k1') throw new CliError(`--algorithm '${v.get('algorithm')}' is not supported: use Ed25519 or secp256k1`);
  const force = v.has('force');
  // Check every file first, so a refusal leaves nothing half-made.
  const existing = FILES.map((f) => join(dir, f)).filter((p) => existsSync(p));
  if (existing.length > 0 && !force) throw new CliError(`file at '${existing[0]}' already exists; pass --force to overwrite the key files in ${resolve(dir)}`);
  const signer = await import('../../signer/index.js');
  const key = await signer.generateSecretKey(algoText);
  writeFileAtomic(join(dir, 'secret_key.pem'), signer.secretKeyToPem(key), { force, mode: 0o600 });
  writeFileAtomic(join(dir, 'public_key.pem'), signer.publicKeyToPem(key.publicKey), { force });
  writeFileAtomic(join(dir, 'public_key_hex'), key.publicKey.toHex(), { force });
  process.stdout.write(`Wrote files to ${dir}\n`);
  return 0;
}
