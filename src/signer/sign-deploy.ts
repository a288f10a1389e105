import type { Deploy } from '../deploy/index.js';
import { KeyError } from './errors.js';
import type { SecretKey } from './secret-key.js';

/** Adds the key's approval; existing approvals are kept and a second one by the same signer is refused. */
export function signDeploy(deploy: Deploy, key: SecretKey): Deploy {
  const signer = key.publicKey.toHex();
  if (deploy.approvals.some((a) => a.signer.toHex() === signer)) {
    throw new KeyError(`the deploy is already signed by ${signer}`);
  }
  return { ...deploy, approvals: [...deploy.approvals, { signer: key.publicKey, signature: key.sign(deploy.hash) }] };
}
