// Signature and deploy checks the way the node makes them (node-rpc.md §3.1, step 5), via
// node:crypto so verification loads no JS curve code.
import { createPublicKey, verify } from 'node:crypto';
import type { PublicKey } from '../core/index.js';
import { der, OID, oidBytes, TAG } from './der.js';

const SECP256K1_HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;
const ALGO_NAME: Record<number, string> = { 1: 'Ed25519', 2: 'Secp256k1' };

function spki(pk: PublicKey): Buffer {
  const algo =
    pk.algorithm === 'ed25519'
      ? der(TAG.SEQUENCE, oidBytes(OID.ed25519))
      : der(TAG.SEQUENCE, oidBytes(OID.ecPublicKey), oidBytes(OID.secp256k1));
  return Buffer.from(der(TAG.SEQUENCE, algo, der(TAG.BIT_STRING, Uint8Array.of(0), pk.raw)));
}

/** null when the 65-byte tagged signature over `message` is valid for the key; else the node's reason. */
export function verifySignature(publicKey: PublicKey, message: Uint8Array, signature: Uint8Array): string | null {
  const sigTag = signature[0];
  const keyTag = publicKey.bytes[0];
  if (sigTag !== keyTag) {
    return `asymmetric key error: type mismatch between ${ALGO_NAME[sigTag ?? -1] ?? 'unknown'} signature and ${ALGO_NAME[keyTag ?? -1] ?? 'System'} public key`;
  }
  const sig = signature.subarray(1);
  if (sig.length !== 64) return `asymmetric key error: signature must be 64 bytes after its tag, got ${sig.length}`;
  try {
    if (publicKey.algorithm === 'ed25519') {
      return verify(null, message, createPublicKey({ key: spki(publicKey), format: 'der', type: 'spki' }), sig)
        ? null
        : 'asymmetric key error: failed to verify Ed25519 signature';
    }
    // k256, which the node uses, accepts only normalized (low-S) signatures.
    const s = BigInt(`0x${Buffer.from(sig.subarray(32)).toString('hex')}`);
    const ok =
      s <= SECP256K1_HALF_N &&
      verify(
        'sha256',
        message,
        { key: createPublicKey({ key: spki(publicKey), format: 'der', type: 'spki' }), dsaEncoding: 'ieee-p1363' },
        sig,
      );
    return ok ? null : 'asymmetric key error: failed to verify secp256k1 signature: signature error';
  } catch {
    return `asymmetric key error: failed to verify ${ALGO_NAME[keyTag ?? -1] ?? 'System'} signature: the public key is not a valid point`;
  }
}
