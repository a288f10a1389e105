// A deploy checked the way the node checks it: body hash, deploy hash, every approval.
import { bodyHash, deployHash, type Deploy } from './deploy.js';
import { bytesEqual } from '../core/index.js';
import { verifySignature } from '../signer/verify.js';

export interface DeployCheck {
  bodyHashOk: boolean;
  hashOk: boolean;
  approvals: { signer: string; error: string | null }[];
}

export function verifyDeploy(deploy: Deploy): DeployCheck {
  return {
    bodyHashOk: bytesEqual(bodyHash(deploy.payment, deploy.session), deploy.header.bodyHash),
    hashOk: bytesEqual(deployHash(deploy.header), deploy.hash),
    approvals: deploy.approvals.map((a) => ({
      signer: a.signer.toHex(),
      error: verifySignature(a.signer, deploy.hash, a.signature),
    })),
  };
}
