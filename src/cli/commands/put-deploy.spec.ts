import { creation, retries, deployGroups, deployRequires, nodeAddress, payment, rpcId, secretKey, session, sessionAccount, showExamples, speculativeExec, timeoutFlag, verbose, waitFlags } from '../flag-sets.js';
import { commandSpec } from '../flags.js';

export const putDeploySpec = commandSpec({
  name: 'put-deploy',
  about: 'Make a deploy, sign it and send it to a node to be executed on the network',
  flags: [...showExamples, verbose, nodeAddress, rpcId, speculativeExec, timeoutFlag, retries, { ...secretKey, requiredUnlessExamples: true }, ...creation, ...session, sessionAccount, ...payment, ...waitFlags],
  groups: deployGroups,
  requires: deployRequires,
});
