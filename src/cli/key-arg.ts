// A public key flag that may name a file (src/common.rs public_key::try_read_from_file): a
// PUBLIC KEY PEM or a public_key_hex file is read; any other text is passed on as typed, for the
// flag's own parser to judge. The signer (and its curves) loads only when there is a file.
import { statSync } from 'node:fs';

export async function keyOrFile(value: string): Promise<string> {
  let isFile = false;
  try {
    isFile = value !== '' && statSync(value).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) return value;
  const { readPublicKeyArg } = await import('../signer/index.js');
  return readPublicKeyArg(value).toHex();
}
