// The limits the deploy acceptor enforces. Defaults are casper-node 1.5.8's production
// chainspec (shared/reference/node-rpc.md §7); --chainspec reads a real chainspec.toml.
import { parseTtl } from '../deploy/index.js';
import { parseToml } from './toml.js';

export interface Chainspec {
  chainName: string;
  maxTtlMs: number;
  maxDependencies: number;
  maxDeploySize: number;
  blockGasLimit: bigint;
  paymentArgsMaxLength: number;
  sessionArgsMaxLength: number;
  nativeTransferMinimumMotes: bigint;
  maxAssociatedKeys: number;
  /** The node config's timestamp_leeway (not the chainspec's max), 2 s by default. */
  timestampLeewayMs: number;
}

export const DEFAULT_CHAIN_NAME = 'casper-devnet';

export function defaultChainspec(chainName = DEFAULT_CHAIN_NAME): Chainspec {
  return {
    chainName,
    maxTtlMs: 2 * 3600 * 1000,
    maxDependencies: 10,
    maxDeploySize: 1_048_576,
    blockGasLimit: 4_000_000_000_000n,
    paymentArgsMaxLength: 1024,
    sessionArgsMaxLength: 1024,
    nativeTransferMinimumMotes: 2_500_000_000n,
    maxAssociatedKeys: 100,
    timestampLeewayMs: 2000,
  };
}

type T = Record<string, unknown>;

/** Limits from the text of a casper-node chainspec.toml. */
export function loadChainspec(text: string, chainName?: string): Chainspec {
  const doc = parseToml(text);
  const d = defaultChainspec();
  const deploys = (doc.deploys ?? {}) as T;
  const core = (doc.core ?? {}) as T;
  const network = (doc.network ?? {}) as T;
  const num = (v: unknown, fallback: number) => (v === undefined ? fallback : Number(v));
  const big = (v: unknown, fallback: bigint) => (v === undefined ? fallback : BigInt(v as number | bigint | string));
  return {
    chainName: chainName ?? (typeof network.name === 'string' ? network.name : d.chainName),
    maxTtlMs: typeof deploys.max_ttl === 'string' ? parseTtl(deploys.max_ttl) : d.maxTtlMs,
    maxDependencies: num(deploys.max_dependencies, d.maxDependencies),
    maxDeploySize: num(deploys.max_deploy_size, d.maxDeploySize),
    blockGasLimit: big(deploys.block_gas_limit, d.blockGasLimit),
    paymentArgsMaxLength: num(deploys.payment_args_max_length, d.paymentArgsMaxLength),
    sessionArgsMaxLength: num(deploys.session_args_max_length, d.sessionArgsMaxLength),
    nativeTransferMinimumMotes: big(deploys.native_transfer_minimum_motes, d.nativeTransferMinimumMotes),
    maxAssociatedKeys: num(core.max_associated_keys, d.maxAssociatedKeys),
    timestampLeewayMs: d.timestampLeewayMs,
  };
}
