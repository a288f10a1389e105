import { stringifyJson, toHex } from '../../core/index.js';
import { readDeployFile } from '../files.js';
import type { FlagValues } from '../parse.js';
import type { verifyDeploySpec } from './specs.js';

/** Prints what it found as JSON; exit 1 when anything is wrong, so scripts can gate on it. */
export async function run(v: FlagValues<typeof verifyDeploySpec>): Promise<number> {
  const deploy = await readDeployFile(v.get('input'));
  const { verifyDeploy } = await import('../../deploy/index.js');
  const c = verifyDeploy(deploy);
  const valid = c.bodyHashOk && c.hashOk && c.approvals.length > 0 && c.approvals.every((a) => a.error === null);
  const report = {
    deploy_hash: toHex(deploy.hash),
    valid,
    body_hash_ok: c.bodyHashOk,
    hash_ok: c.hashOk,
    approvals: c.approvals.map((a) => ({ signer: a.signer, valid: a.error === null, error: a.error })),
  };
  process.stdout.write(`${stringifyJson(report, true)}\n`);
  return valid ? 0 : 1;
}
