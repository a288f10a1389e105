import { MAX_SERIALIZED_DEPLOY_SIZE, deploySize } from '../../deploy/index.js';
import { CliError } from '../errors.js';
import { readDeployFile } from '../files.js';
import type { FlagValues } from '../parse.js';
import type { sendDeploySpec } from './specs.js';
import { sendDeploy } from '../send-deploy-flow.js';

export async function run(v: FlagValues<typeof sendDeploySpec>): Promise<number> {
  const deploy = await readDeployFile(v.get('input'));
  const size = deploySize(deploy);
  if (size > MAX_SERIALIZED_DEPLOY_SIZE)
    throw new CliError(`deploy size of ${size} bytes exceeds limit of ${MAX_SERIALIZED_DEPLOY_SIZE}`);
  return sendDeploy(v, deploy);
}
