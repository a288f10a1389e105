// Deterministic ed25519 keys for tests: a PKCS#8 PEM around a 32-byte seed, read by src/signer.
// The casper-types documentation key is the seed of 32 bytes 0x0f (types/src/transaction.rs,
// `TRANSACTION` doc example, casper-2.md §3).
import { parseSecretKeyPem, type SecretKey } from '../../src/signer/index.js';

export function ed25519TestKey(seedByte: number): Promise<SecretKey> {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, seedByte)]);
  return parseSecretKeyPem(
    `-----BEGIN PRIVATE KEY-----\n${der.toString('base64')}\n-----END PRIVATE KEY-----\n`,
    `test seed ${seedByte}`,
  );
}
