// Keys and signatures. Secret material stays inside SecretKey objects and is never printed.
export { publicKeyToPem, readPublicKeyArg } from './public-key.js';
export {
  generateSecretKey,
  loadSecretKeyFile,
  parseSecretKeyPem,
  type SecretKey,
  secretKeyToPem,
  type SigningAlgorithm,
} from './secret-key.js';
export { verifySignature } from './verify.js';
