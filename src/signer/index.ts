// Keys and signatures. Secret material stays inside SecretKey objects and is never printed.
export { KeyError } from './errors.js';
export { generateSecretKey, loadSecretKeyFile, parseSecretKeyPem, secretKeyToPem, type SecretKey, type SigningAlgorithm } from './secret-key.js';
export { publicKeyToPem, readPublicKeyArg } from './public-key.js';
export { type DeployCheck, verifyDeploy, verifySignature } from './verify.js';
export { signDeploy } from './sign-deploy.js';
