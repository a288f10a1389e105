// Checks made before anything leaves the machine, for mistakes a node would refuse anyway: each
// one a clear line now instead of a -32008 later. --no-preflight skips them.
import { deploySize, formatTimestamp, fsReason, formatTtl, parsedJson, type Deploy } from '../deploy/index.js';
import { CliError } from './errors.js';

export interface Limits {
  maxTtlMs: number;
  maxDependencies: number;
  maxDeploySize: number;
  transferMinimum: bigint;
}

/** Casper 1.5.x production limits (shared/reference/node-rpc.md §7), by chain name. */
const KNOWN: Record<string, Limits> = {
  casper: { maxTtlMs: 2 * 3600_000, maxDependencies: 10, maxDeploySize: 1_048_576, transferMinimum: 2_500_000_000n },
  'casper-test': { maxTtlMs: 2 * 3600_000, maxDependencies: 10, maxDeploySize: 1_048_576, transferMinimum: 2_500_000_000n },
  'casper-devnet': { maxTtlMs: 2 * 3600_000, maxDependencies: 10, maxDeploySize: 1_048_576, transferMinimum: 2_500_000_000n },
};
const LEEWAY_MS = 2000;
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

function amount(item: Deploy['payment']): bigint | undefined {
  const a = item.args.find(([n]) => n === 'amount');
  if (a === undefined) return undefined;
  try {
    return BigInt(parsedJson(a[1].clType, a[1].bytes) as string);
  } catch {
    return undefined;
  }
}

export function preflight(d: Deploy, now = Date.now(), chainspecLimits?: Limits & { chainName: string }): void {
  const fail = (msg: string): never => {
    throw new CliError(`pre-flight: ${msg}`, 'pass --no-preflight to send it anyway');
  };
  const h = d.header;
  if (h.timestamp > now + LEEWAY_MS) fail(`the timestamp ${formatTimestamp(h.timestamp)} is in the future; nodes refuse deploys more than 2s ahead of their clock`);
  if (h.timestamp + h.ttl < now) fail(`the deploy expired at ${formatTimestamp(h.timestamp + h.ttl)} (timestamp + ttl ${formatTtl(h.ttl)}); make it again with a later --timestamp or a longer --ttl`);
  for (const [kind, item] of [['session', d.session], ['payment', d.payment]] as const) {
    if (item.kind === 'ModuleBytes' && item.moduleBytes.length > 0 && !WASM_MAGIC.every((b, i) => item.moduleBytes[i] === b)) {
      fail(`the ${kind} code is not a Wasm module (it does not start with \\0asm); pass the compiled .wasm file`);
    }
  }
  if (d.session.kind !== 'Transfer' && d.payment.kind === 'ModuleBytes' && d.payment.moduleBytes.length === 0 && amount(d.payment) === 0n) {
    fail('the payment amount is 0 motes, which pays for nothing; use e.g. --payment-amount 2500000000');
  }
  if (chainspecLimits !== undefined && chainspecLimits.chainName !== h.chainName) {
    fail(`the deploy is for chain '${h.chainName}', but the --chainspec is for '${chainspecLimits.chainName}'`);
  }
  const limits = chainspecLimits ?? KNOWN[h.chainName];
  if (limits === undefined) return;
  if (h.ttl > limits.maxTtlMs) fail(`a ttl of ${formatTtl(h.ttl)} is over ${h.chainName}'s limit of ${formatTtl(limits.maxTtlMs)}; use --ttl ${formatTtl(limits.maxTtlMs)} or less`);
  if (h.dependencies.length > limits.maxDependencies) fail(`${h.dependencies.length} dependencies are over ${h.chainName}'s limit of ${limits.maxDependencies}`);
  const size = deploySize(d);
  if (size > limits.maxDeploySize) fail(`the deploy is ${size} bytes, over ${h.chainName}'s limit of ${limits.maxDeploySize}`);
  if (d.session.kind === 'Transfer') {
    const a = amount(d.session);
    if (a !== undefined && a < limits.transferMinimum) fail(`a transfer of ${a} motes is below ${h.chainName}'s minimum of ${limits.transferMinimum} (2.5 CSPR)`);
  }
}

/** Limits from a casper-node chainspec.toml (the devnet reads the same files). */
export async function limitsFromChainspec(path: string): Promise<Limits & { chainName: string }> {
  const { readFile } = await import('node:fs/promises');
  const { loadChainspec } = await import('../devnet/chainspec.js');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`--chainspec '${path}' cannot be read: ${fsReason(e)}`);
  }
  try {
    const c = loadChainspec(text);
    return { chainName: c.chainName, maxTtlMs: c.maxTtlMs, maxDependencies: c.maxDependencies, maxDeploySize: c.maxDeploySize, transferMinimum: c.nativeTransferMinimumMotes };
  } catch (e) {
    throw new CliError(`--chainspec '${path}': ${(e as Error).message}`);
  }
}
