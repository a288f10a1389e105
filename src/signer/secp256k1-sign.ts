// Loaded only for secp256k1 keys: @noble/curves costs ~30 ms to import (startup-costs.md).
// Casper signs SHA-256(message) with RFC 6979 nonces and low-S, as casper-types (k256) does.
import { secp256k1 as curve } from '@noble/curves/secp256k1.js';

export function secp256k1(message: Uint8Array, secret: Uint8Array): Uint8Array {
  return curve.sign(message, secret, { prehash: true, lowS: true, format: 'compact' });
}
