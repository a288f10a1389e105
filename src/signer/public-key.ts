// Public keys given on the command line: tagged hex, a public_key_hex file, or a PUBLIC KEY PEM.
import { createPublicKey } from 'node:crypto';
import { statSync } from 'node:fs';
import { CAPS, fsReason, PublicKey, readFileCapped } from '../core/index.js';
import { der, OID, oidBytes, TAG } from './der.js';
import { KeyError } from './errors.js';
import { readPemBlocks, writePem } from './pem.js';
import { compressPoint } from './secret-key.js';
import { messageOf } from '../core/errors.js';

function fromHexText(text: string, where: string): PublicKey {
  try {
    return PublicKey.fromHex(text.trim());
  } catch (e) {
    throw new KeyError(
      `${where}: not a public key (${messageOf(e)}); expected hex with its tag, 01… (ed25519) or 02… (secp256k1)`,
      { cause: e },
    );
  }
}

function fromPem(text: string, where: string): PublicKey {
  const block = readPemBlocks(text).find((b) => b.label === 'PUBLIC KEY');
  if (block === undefined) throw new KeyError(`${where}: no PUBLIC KEY block found`);
  let key: ReturnType<typeof createPublicKey>;
  try {
    // OpenSSL understands named and explicit curve parameters, compressed and uncompressed points.
    key = createPublicKey({ key: Buffer.from(block.der), format: 'der', type: 'spki' });
  } catch {
    throw new KeyError(`${where}: the PUBLIC KEY block cannot be read`);
  }
  const jwk = key.export({ format: 'jwk' });
  if (key.asymmetricKeyType === 'ed25519' && jwk.x)
    return PublicKey.fromRaw('ed25519', Buffer.from(jwk.x, 'base64url'));
  if (key.asymmetricKeyType === 'ec' && jwk.crv === 'secp256k1' && jwk.x && jwk.y) {
    const point = Uint8Array.from([4, ...Buffer.from(jwk.x, 'base64url'), ...Buffer.from(jwk.y, 'base64url')]);
    return PublicKey.fromRaw('secp256k1', compressPoint(point));
  }
  throw new KeyError(
    `${where}: this is a ${jwk.crv ?? key.asymmetricKeyType} public key; Casper accounts use ed25519 or secp256k1`,
  );
}

/**
 * `--session-account` / `--public-key`: an existing file is read (PEM or hex text), anything else is
 * taken as tagged hex — the Rust client's order.
 */
export function readPublicKeyArg(value: string): PublicKey {
  let isFile = false;
  try {
    isFile = statSync(value).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) return fromHexText(value, `public key '${value}'`);
  const where = `public key file '${value}'`;
  let text: string;
  try {
    text = readFileCapped(value, CAPS.keyFile).toString('utf8');
  } catch (e) {
    throw new KeyError(`${where} cannot be read: ${fsReason(e)}`);
  }
  if (text.includes('-----BEGIN')) {
    if (/PRIVATE KEY-----/.test(text))
      throw new KeyError(`${where} holds a secret key; give the public key (public_key.pem or public_key_hex) instead`);
    return fromPem(text, where);
  }
  return fromHexText(text, where);
}

/**
 * SPKI PEM of a public key as casper-types 3.0.0 writes it (asymmetric_key.rs:540-566 at casper-node
 * v1.5.2): secp256k1 with its compressed 33-byte point, as k256 0.7's VerifyingKey::to_bytes gives.
 */
export function publicKeyToPem(publicKey: PublicKey): string {
  if (publicKey.algorithm === 'ed25519') {
    return writePem(
      'PUBLIC KEY',
      der(TAG.SEQUENCE, der(TAG.SEQUENCE, oidBytes(OID.ed25519)), der(TAG.BIT_STRING, Uint8Array.of(0), publicKey.raw)),
    );
  }
  if (publicKey.algorithm !== 'secp256k1') throw new KeyError('the system public key has no PEM form');
  return writePem(
    'PUBLIC KEY',
    der(
      TAG.SEQUENCE,
      der(TAG.SEQUENCE, oidBytes(OID.ecPublicKey), oidBytes(OID.secp256k1)),
      der(TAG.BIT_STRING, Uint8Array.of(0), publicKey.raw),
    ),
  );
}
