import {
  creation,
  DEPLOY_DISPLAY_ORDER,
  retries,
  deployGroups,
  deployRequires,
  nodeAddress,
  payment,
  rpcId,
  secretKey,
  session,
  sessionAccount,
  showExamples,
  speculativeExec,
  timeoutFlag,
  verbose,
  waitFlags,
  withDisplayOrder,
} from '../flag-sets.js';
import { commandSpec } from '../flags.js';

export const putDeploySpec = commandSpec({
  name: 'put-deploy',
  about: 'Make a deploy, sign it and send it to a node for execution',
  flags: withDisplayOrder(
    [
      ...showExamples,
      verbose,
      nodeAddress,
      rpcId,
      speculativeExec,
      timeoutFlag,
      retries,
      { ...secretKey, requiredUnlessExamples: true },
      ...creation,
      ...session,
      sessionAccount,
      ...payment,
      ...waitFlags,
    ],
    DEPLOY_DISPLAY_ORDER,
  ),
  groups: deployGroups,
  requires: deployRequires,
  // casper-client-rs v2.0.0 src/deploy/creation_common.rs:621: next_line_help(true).
  nextLineHelp: true,
});
