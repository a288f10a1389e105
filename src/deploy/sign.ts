import type { Deploy } from './deploy.js';
import type { SecretKey } from '../signer/secret-key.js';

/**
 * Appends the key's approval after the existing ones, as casper-client 2.0.0's Deploy::sign pushes
 * onto its Vec<Approval> (lib/types/deploy.rs:197, 253-258), even when the signer is already there.
 */
export function signDeploy(deploy: Deploy, key: SecretKey): Deploy {
  return { ...deploy, approvals: [...deploy.approvals, { signer: key.publicKey, signature: key.sign(deploy.hash) }] };
}
