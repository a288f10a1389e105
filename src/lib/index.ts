// casper-client-ts as a library: typed functions for what the command line does, with no argv,
// no process and no stdout. `import { makeDeploy, putDeploy } from 'casper-client-ts'`.
export { CasperError, type CasperErrorOptions, type ErrorKind } from '../core/errors.js';
export {
  CLValue,
  encode,
  formatTimestamp,
  formatTtl,
  fromHex,
  parseTimestamp,
  parseTtl,
  PublicKey,
  toHex,
  type Json,
  type NamedArg,
  type RuntimeArgs,
} from '../core/index.js';
export {
  deployFromJson,
  deployHash,
  deploySize,
  deployToBytes,
  deployToJson,
  standardPayment,
  type Approval,
  type Deploy,
  type DeployHeader,
  type ExecutableDeployItem,
} from '../deploy/index.js';
export {
  generateSecretKey,
  loadSecretKeyFile,
  parseSecretKeyPem,
  secretKeyToPem,
  type SecretKey,
  type SigningAlgorithm,
} from '../signer/index.js';
export { signDeploy, verifyDeploy, type DeployCheck } from '../deploy/index.js';
export { parseJsonArgs, parseSimpleArgs } from '../runtime-args/index.js';
export { type Chainspec, chainspec15, chainspec20, knownChainspec, loadChainspec } from '../chainspec/chainspec.js';
export { preflightDeploy, type PreflightResult } from './preflight.js';
export {
  DeployTooLarge,
  makeDeploy,
  type MakeDeployParams,
  makeTransfer,
  type MakeTransferParams,
  transferItem,
  type TransferTarget,
  wasmItem,
} from './deploy.js';
export {
  callNode,
  getDeploy,
  type NodeOptions,
  type NodeReply,
  putDeploy,
  type PutDeployResult,
  RpcError,
} from './node.js';
export {
  executionFailed,
  executionOf,
  waitForDeploy,
  waitForExecution,
  type WaitOutcome,
  type WaitTarget,
  WaitTimeout,
  waitForTransaction,
} from './wait.js';
