// Pre-flight from the command line: which chainspec to check against (--chainspec FILE,
// --chainspec node, or the built-in profile of a known network), then the checks themselves
// (chainspec/preflight.ts). Warnings go to stderr; a refusal is a runtime error.
import { type Chainspec, knownChainspec, loadChainspec } from '../chainspec/chainspec.js';
import { preflightDeploy } from '../lib/preflight.js';
import { CAPS, fromHex, fsReason, readFileCapped } from '../core/index.js';
import type { Deploy } from '../deploy/index.js';
import { CliError } from './errors.js';
import type { RpcSettings } from './rpc-flags.js';
import { messageOf } from '../core/errors.js';

/** `--chainspec node` asks the node itself with info_get_chainspec: one extra request. */
async function chainspecFromNode(rpc: RpcSettings): Promise<Chainspec> {
  const { rpcCall, rpcId, RpcError } = await import('../rpc/index.js');
  let hex: unknown;
  try {
    const reply = await rpcCall(rpc.nodeAddress, 'info_get_chainspec', undefined, {
      id: rpcId(undefined),
      timeoutMs: rpc.timeoutMs,
    });
    hex = (reply.result as { chainspec_bytes?: { chainspec_bytes?: unknown } } | null)?.chainspec_bytes
      ?.chainspec_bytes;
  } catch (e) {
    if (e instanceof RpcError)
      throw new CliError(
        `--chainspec node: info_get_chainspec failed: ${e.message}`,
        'pass --chainspec FILE or --no-preflight instead',
      );
    throw e;
  }
  if (typeof hex !== 'string')
    throw new CliError('--chainspec node: the node answered info_get_chainspec without chainspec_bytes');
  try {
    return loadChainspec(
      Buffer.from(fromHex(hex)).toString('utf8'),
      undefined,
      "the node's chainspec, from info_get_chainspec",
    );
  } catch (e) {
    throw new CliError(`--chainspec node: the node's chainspec cannot be read: ${messageOf(e)}`, { cause: e });
  }
}

async function chainspecFromFile(path: string): Promise<Chainspec> {
  let text: string;
  try {
    text = readFileCapped(path, CAPS.chainspec).toString('utf8');
  } catch (e) {
    throw new CliError(`--chainspec '${path}' cannot be read: ${fsReason(e)}`);
  }
  try {
    return loadChainspec(text, undefined, `--chainspec ${path}`);
  } catch (e) {
    throw new CliError(`--chainspec '${path}': ${messageOf(e)}`, { cause: e });
  }
}

export async function resolveChainspec(
  chainspecFlag: string | undefined,
  rpc: RpcSettings,
  chainName: string,
): Promise<Chainspec | undefined> {
  if (chainspecFlag === 'node') return chainspecFromNode(rpc);
  if (chainspecFlag !== undefined) return chainspecFromFile(chainspecFlag);
  return knownChainspec(chainName);
}

export function preflight(d: Deploy, chainspec: Chainspec | undefined, now = Date.now()): void {
  const r = preflightDeploy(d, chainspec, now);
  for (const w of r.warnings) process.stderr.write(`${w}\n`);
  if (r.refusal !== null) throw new CliError(`pre-flight: ${r.refusal}`, 'pass --no-preflight to send it anyway');
}
