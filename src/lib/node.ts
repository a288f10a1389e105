// Talking to a node, as typed calls: no argv, no stdout. Each action is one JSON-RPC method of a
// 1.5 node or of a 2.x sidecar (the reply shapes differ; results are passed through as the node
// wrote them, with the fields callers need picked out and typed).
import { deployToJson, type Deploy } from '../deploy/index.js';
import { toHex, type Json } from '../core/index.js';
import { CasperError } from '../core/errors.js';
import { rpcCall, rpcId, RpcError, type RpcId } from '../rpc/index.js';

export interface NodeOptions {
  /** e.g. http://localhost:7777 ('/rpc' is added as casper-client adds it). */
  nodeAddress: string;
  /** Per request; 60 s when absent. */
  timeoutMs?: number;
  /** The JSON-RPC id; a random one when absent (as casper-client). */
  id?: string | number;
}

export interface NodeReply<T = Json> {
  /** The request's id, as sent. */
  id: RpcId;
  result: T;
}

/** One JSON-RPC call; a node error becomes an RpcError whose `rpcError` holds the node's error object. */
export async function callNode(o: NodeOptions, method: string, params?: Json): Promise<NodeReply> {
  const id = rpcId(o.id === undefined ? undefined : String(o.id));
  const reply = await rpcCall(o.nodeAddress, method, params, { id, timeoutMs: o.timeoutMs ?? 60_000 });
  return { id, result: reply.result };
}

export interface PutDeployResult {
  apiVersion: string;
  deployHash: string;
}

function fields(result: Json): Record<string, Json> {
  if (typeof result !== 'object' || result === null || Array.isArray(result))
    throw new CasperError('the node answered with a result that is not an object');
  return result as Record<string, Json>;
}

/** account_put_deploy. */
export async function putDeploy(deploy: Deploy, o: NodeOptions): Promise<PutDeployResult> {
  const r = fields((await callNode(o, 'account_put_deploy', { deploy: deployToJson(deploy) })).result);
  return { apiVersion: String(r.api_version), deployHash: String(r.deploy_hash ?? toHex(deploy.hash)) };
}

/** info_get_deploy: the node's whole result (deploy, and execution_info or execution_results). */
export async function getDeploy(
  deployHash: string,
  o: NodeOptions & { finalizedApprovals?: boolean },
): Promise<Record<string, Json>> {
  return fields(
    (
      await callNode(o, 'info_get_deploy', {
        deploy_hash: deployHash,
        finalized_approvals: o.finalizedApprovals ?? false,
      })
    ).result,
  );
}

export { RpcError };
