// The deploy engine: items, header, hashes, bytes, node JSON, signing and verification of deploys,
// and the lane a 2.x node puts a deploy in.
export {
  bodyHash,
  buildDeploy,
  type Deploy,
  deployHash,
  type DeployHeader,
  deploySize,
  deployToBytes,
  headerBytes,
  MAX_SERIALIZED_DEPLOY_SIZE,
} from './deploy.js';
export { type ExecutableDeployItem, standardPayment } from './item.js';
export { deployFromJson, deployToJson } from './json.js';
export { signDeploy } from './sign.js';
export { type DeployCheck, verifyDeploy } from './verify.js';
export type { Approval } from '../core/approval.js';
