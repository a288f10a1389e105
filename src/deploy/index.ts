// The deploy engine: items, header, hashes, bytes, node JSON, signing and verification of deploys,
// and the lane a 2.x node puts a deploy in.
export { bodyHash, buildDeploy, type BuildDeployOptions, DEFAULT_GAS_PRICE, DEFAULT_TTL_MS, type Deploy, deployHash, type DeployHeader, deploySize, deployToBytes, headerBytes, MAX_SERIALIZED_DEPLOY_SIZE } from './deploy.js';
export { type ExecutableDeployItem, itemBytes, itemToJson, standardPayment } from './item.js';
export { approvalToJson, deployFromJson, DeployJsonError, deployToJson, headerToJson, itemFromJson, unwrapDeploy } from './json.js';
export { signDeploy } from './sign.js';
export { type DeployCheck, verifyDeploy } from './verify.js';
export { type Approval, sortedApprovals } from '../core/approval.js';
