// What a network accepts, as its chainspec.toml says: shared by pre-flight (the client) and the
// devnet (the node stand-in). Two generations:
// - 1.5: the [deploys] table (max_deploy_size, max_dependencies, ...);
// - 2.x: the [transactions] tables: lanes chosen by size and gas, payment-limited or fixed
//   pricing, a gas-price tolerance window, no dependencies.
// Built-in figures are casper-node's own production chainspecs (sources named in `source`).
import { parseTtl } from '../core/index.js';
import { parseToml } from './toml.js';

export type Generation = '1.5' | '2';

/** A 2.x transaction lane: [id, max bytes, max args bytes, gas limit, max count] in the toml. */
export interface Lane {
  id: number;
  maxBytes: number;
  maxArgsBytes: number;
  maxGas: bigint;
  maxCount: number;
}

export interface V2Config {
  pricingHandling: 'payment_limited' | 'fixed';
  allowPrepaid: boolean;
  minGasPrice: number;
  maxGasPrice: number;
  /** The smallest payment a Wasm deploy may carry, and the balance an account needs. */
  baselineMotes: bigint;
  /** Share of the unused payment given back: [numerator, denominator]. */
  refundRatio: [bigint, bigint];
  feeHandling: string;
  /** Gas charged for a native transfer (system_costs.mint_costs.transfer). */
  transferGas: bigint;
  vmCasperV1: boolean;
  vmCasperV2: boolean;
  mintLane: Lane;
  auctionLane: Lane;
  installLane: Lane;
  wasmLanes: Lane[];
}

export interface Chainspec {
  generation: Generation;
  /** Where the figures come from, named in every refusal. */
  source: string;
  chainName: string;
  maxTtlMs: number;
  /** 1.5 only: a 2.x node refuses any dependency. */
  maxDependencies: number;
  /** 1.5 only: on 2.x the lane decides. */
  maxDeploySize: number;
  blockGasLimit: bigint;
  paymentArgsMaxLength: number;
  sessionArgsMaxLength: number;
  nativeTransferMinimumMotes: bigint;
  maxAssociatedKeys: number;
  /** The node config's timestamp_leeway (not the chainspec's max), 2 s by default. */
  timestampLeewayMs: number;
  v2?: V2Config;
}

export const DEFAULT_CHAIN_NAME = 'casper-devnet';
const SOURCE_15 = 'casper-node 1.5.8 production chainspec';
const SOURCE_20 = 'casper-node 2.0.0 production chainspec';

/** casper-node 1.5.8's production limits (shared/reference/node-rpc.md §7). */
export function chainspec15(chainName = DEFAULT_CHAIN_NAME): Chainspec {
  return {
    generation: '1.5',
    source: SOURCE_15,
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

const lane = (id: number, maxBytes: number, maxArgsBytes: number, maxGas: bigint, maxCount: number): Lane => ({
  id,
  maxBytes,
  maxArgsBytes,
  maxGas,
  maxCount,
});

/** casper-node 2.0.0's resources/production/chainspec.toml (shared/reference/casper-2.md §1.2). */
export function chainspec20(chainName = DEFAULT_CHAIN_NAME): Chainspec {
  return {
    generation: '2',
    source: SOURCE_20,
    chainName,
    maxTtlMs: 2 * 3600 * 1000,
    maxDependencies: 0,
    maxDeploySize: 750_000,
    blockGasLimit: 1_625_000_000_000n,
    paymentArgsMaxLength: 1024,
    sessionArgsMaxLength: 1024,
    nativeTransferMinimumMotes: 2_500_000_000n,
    maxAssociatedKeys: 100,
    timestampLeewayMs: 2000,
    v2: {
      pricingHandling: 'payment_limited',
      allowPrepaid: false,
      minGasPrice: 1,
      maxGasPrice: 1,
      baselineMotes: 2_500_000_000n,
      refundRatio: [75n, 100n],
      feeHandling: 'pay_to_proposer',
      transferGas: 100_000_000n,
      vmCasperV1: true,
      vmCasperV2: false,
      mintLane: lane(0, 2048, 1024, 100_000_000n, 650),
      auctionLane: lane(1, 3096, 2048, 2_500_000_000n, 650),
      installLane: lane(2, 750_000, 2048, 1_000_000_000_000n, 1),
      wasmLanes: [
        lane(3, 750_000, 2048, 1_000_000_000_000n, 1),
        lane(4, 131_072, 1024, 100_000_000_000n, 2),
        lane(5, 65_536, 512, 5_000_000_000n, 80),
      ],
    },
  };
}

export function defaultChainspec(chainName = DEFAULT_CHAIN_NAME, generation: Generation = '2'): Chainspec {
  return generation === '2' ? chainspec20(chainName) : chainspec15(chainName);
}

/** The networks whose limits are built in: mainnet and testnet, which run 2.x since 2025. */
export function knownChainspec(chainName: string): Chainspec | undefined {
  return chainName === 'casper' || chainName === 'casper-test' ? chainspec20(chainName) : undefined;
}

type T = Record<string, unknown>;

const table = (v: unknown): T => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as T) : {});
const num = (v: unknown, fallback: number): number => (v === undefined ? fallback : Number(v));
const big = (v: unknown, fallback: bigint): bigint =>
  v === undefined ? fallback : BigInt(v as number | bigint | string);

function readLane(v: unknown, name: string, fallback: Lane): Lane {
  if (v === undefined) return fallback;
  if (!Array.isArray(v) || v.length !== 5)
    throw new Error(`${name} must be [id, max bytes, max args bytes, gas limit, max count]`);
  const [id, bytes, args, gas, count] = v as (number | bigint)[];
  return lane(Number(id), Number(bytes), Number(args), BigInt(gas!), Number(count));
}

/**
 * Limits from the text of a casper-node chainspec.toml. The generation is read from the file: a
 * [transactions] table is 2.x, a [deploys] table is 1.5.
 */
export function loadChainspec(text: string, chainName?: string, source = 'the given chainspec.toml'): Chainspec {
  const doc = parseToml(text);
  const network = table(doc.network);
  const core = table(doc.core);
  const name = chainName ?? (typeof network.name === 'string' ? network.name : DEFAULT_CHAIN_NAME);
  if (doc.transactions === undefined) {
    const d = chainspec15(name);
    const deploys = table(doc.deploys);
    return {
      ...d,
      source,
      maxTtlMs: typeof deploys.max_ttl === 'string' ? parseTtl(deploys.max_ttl) : d.maxTtlMs,
      maxDependencies: num(deploys.max_dependencies, d.maxDependencies),
      maxDeploySize: num(deploys.max_deploy_size, d.maxDeploySize),
      blockGasLimit: big(deploys.block_gas_limit, d.blockGasLimit),
      paymentArgsMaxLength: num(deploys.payment_args_max_length, d.paymentArgsMaxLength),
      sessionArgsMaxLength: num(deploys.session_args_max_length, d.sessionArgsMaxLength),
      nativeTransferMinimumMotes: big(deploys.native_transfer_minimum_motes, d.nativeTransferMinimumMotes),
      maxAssociatedKeys: num(core.max_associated_keys, d.maxAssociatedKeys),
    };
  }
  const d = chainspec20(name);
  const dv = d.v2!;
  const tx = table(doc.transactions);
  const v1 = table(tx.v1);
  const deploy = table(tx.deploy);
  const runtime = table(tx.enabled_runtime);
  const vacancy = table(doc.vacancy);
  const mint = table(table(doc.system_costs).mint_costs);
  const pricing = table(core.pricing_handling);
  const refund = table(core.refund_handling);
  const fee = table(core.fee_handling);
  const pricingType = pricing.type ?? dv.pricingHandling;
  if (pricingType !== 'payment_limited' && pricingType !== 'fixed')
    throw new Error(`core.pricing_handling type '${String(pricingType)}' is not payment_limited or fixed`);
  const ratio = Array.isArray(refund.refund_ratio)
    ? (refund.refund_ratio as (number | bigint)[]).map((x) => BigInt(x))
    : undefined;
  const wasmLanes = Array.isArray(v1.wasm_lanes)
    ? (v1.wasm_lanes as unknown[]).map((l, i) => readLane(l, `transactions.v1.wasm_lanes[${i}]`, dv.wasmLanes[0]!))
    : dv.wasmLanes;
  return {
    ...d,
    source,
    maxTtlMs: typeof tx.max_ttl === 'string' ? parseTtl(tx.max_ttl) : d.maxTtlMs,
    blockGasLimit: big(tx.block_gas_limit, d.blockGasLimit),
    nativeTransferMinimumMotes: big(tx.native_transfer_minimum_motes, d.nativeTransferMinimumMotes),
    paymentArgsMaxLength: num(deploy.payment_args_max_length, d.paymentArgsMaxLength),
    sessionArgsMaxLength: num(deploy.session_args_max_length, d.sessionArgsMaxLength),
    maxAssociatedKeys: num(core.max_associated_keys, d.maxAssociatedKeys),
    maxDeploySize: Math.max(...wasmLanes.map((l) => l.maxBytes)),
    v2: {
      pricingHandling: pricingType,
      allowPrepaid: core.allow_prepaid === undefined ? dv.allowPrepaid : core.allow_prepaid === true,
      minGasPrice: num(vacancy.min_gas_price, dv.minGasPrice),
      maxGasPrice: num(vacancy.max_gas_price, dv.maxGasPrice),
      baselineMotes: big(core.baseline_motes_amount, dv.baselineMotes),
      refundRatio:
        refund.type === 'no_refund' ? [0n, 1n] : ratio?.length === 2 ? [ratio[0]!, ratio[1]!] : dv.refundRatio,
      feeHandling: typeof fee.type === 'string' ? fee.type : dv.feeHandling,
      transferGas: big(mint.transfer, dv.transferGas),
      vmCasperV1: runtime.vm_casper_v1 === undefined ? dv.vmCasperV1 : runtime.vm_casper_v1 === true,
      vmCasperV2: runtime.vm_casper_v2 === true,
      mintLane: readLane(v1.native_mint_lane, 'transactions.v1.native_mint_lane', dv.mintLane),
      auctionLane: readLane(v1.native_auction_lane, 'transactions.v1.native_auction_lane', dv.auctionLane),
      installLane: readLane(v1.install_upgrade_lane, 'transactions.v1.install_upgrade_lane', dv.installLane),
      wasmLanes,
    },
  };
}

/** Wasm lanes in the node's order: gas limit, then size, then args size, then id. */
export function wasmLanesOrdered(v2: V2Config): Lane[] {
  const cmp = (a: bigint | number, b: bigint | number) => (a < b ? -1 : a > b ? 1 : 0);
  return [...v2.wasmLanes].sort(
    (a, b) =>
      cmp(a.maxGas, b.maxGas) || cmp(a.maxBytes, b.maxBytes) || cmp(a.maxArgsBytes, b.maxArgsBytes) || cmp(a.id, b.id),
  );
}

/** The TOML a node would serve for this chainspec (info_get_chainspec) when no file was given. */
export function chainspecToml(c: Chainspec): string {
  const l = (x: Lane) => `[${x.id}, ${x.maxBytes}, ${x.maxArgsBytes}, ${x.maxGas}, ${x.maxCount}]`;
  const ttl = `'${c.maxTtlMs / 60_000} minutes'`;
  if (c.v2 === undefined) {
    return [
      '[network]',
      `name = '${c.chainName}'`,
      '',
      '[core]',
      `max_associated_keys = ${c.maxAssociatedKeys}`,
      '',
      '[deploys]',
      `max_ttl = ${ttl}`,
      `max_dependencies = ${c.maxDependencies}`,
      `max_deploy_size = ${c.maxDeploySize}`,
      `block_gas_limit = ${c.blockGasLimit}`,
      `payment_args_max_length = ${c.paymentArgsMaxLength}`,
      `session_args_max_length = ${c.sessionArgsMaxLength}`,
      `native_transfer_minimum_motes = ${c.nativeTransferMinimumMotes}`,
      '',
    ].join('\n');
  }
  const v = c.v2;
  return [
    '[network]',
    `name = '${c.chainName}'`,
    '',
    '[core]',
    `max_associated_keys = ${c.maxAssociatedKeys}`,
    `refund_handling = { type = 'refund', refund_ratio = [${v.refundRatio[0]}, ${v.refundRatio[1]}] }`,
    `fee_handling = { type = '${v.feeHandling}' }`,
    `pricing_handling = { type = '${v.pricingHandling}' }`,
    `allow_prepaid = ${v.allowPrepaid}`,
    `baseline_motes_amount = ${v.baselineMotes}`,
    '',
    '[transactions]',
    `max_ttl = ${ttl}`,
    `block_gas_limit = ${c.blockGasLimit}`,
    `native_transfer_minimum_motes = ${c.nativeTransferMinimumMotes}`,
    '',
    '[transactions.enabled_runtime]',
    `vm_casper_v1 = ${v.vmCasperV1}`,
    `vm_casper_v2 = ${v.vmCasperV2}`,
    '',
    '[transactions.v1]',
    `native_mint_lane = ${l(v.mintLane)}`,
    `native_auction_lane = ${l(v.auctionLane)}`,
    `install_upgrade_lane = ${l(v.installLane)}`,
    'wasm_lanes = [',
    ...v.wasmLanes.map((x, i) => `    ${l(x)}${i < v.wasmLanes.length - 1 ? ',' : ''}`),
    ']',
    '',
    '[transactions.deploy]',
    `payment_args_max_length = ${c.paymentArgsMaxLength}`,
    `session_args_max_length = ${c.sessionArgsMaxLength}`,
    '',
    '[system_costs.mint_costs]',
    `transfer = ${v.transferGas}`,
    '',
    '[vacancy]',
    `max_gas_price = ${v.maxGasPrice}`,
    `min_gas_price = ${v.minGasPrice}`,
    '',
  ].join('\n');
}
