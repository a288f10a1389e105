// Pre-flight for TransactionV1: what the target network would refuse, found before anything is sent.
// The checks follow casper-node 2.0.0's MetaTransactionV1::is_config_compliant
// (node/src/types/transaction/meta_transaction/meta_transaction_v1.rs l.321–570) in its order:
// runtime and args kind, size against the lane, chain name, pricing mode against the network's
// pricing_handling (mainnet: payment_limited, so Fixed is refused) with the minimum payment per
// entry point, gas price tolerance, ttl and timestamp, approvals, gas limit against the block's.
// Minimum payments are the production chainspec's system_costs (resources/production/chainspec.toml
// [system_costs.mint_costs] transfer/burn 100_000_000, [system_costs.auction_costs]).
import { formatTimestamp, formatTtl } from '../core/index.js';
import {
  missesSeed,
  transactionKind,
  transactionLane,
  transactionSize,
  type TransactionV1,
} from '../transaction/index.js';
import type { Chainspec } from '../chainspec/chainspec.js';
import { groupDigits, motesAndCspr } from '../core/motes.js';
import type { PreflightResult } from './preflight.js';

const AUCTION_COSTS: Record<string, bigint> = {
  AddBid: 2_500_000_000n,
  ActivateBid: 2_500_000_000n,
  WithdrawBid: 2_500_000_000n,
  Delegate: 2_500_000_000n,
  Undelegate: 2_500_000_000n,
  Redelegate: 2_500_000_000n,
  ChangeBidPublicKey: 5_000_000_000n,
  AddReservations: 2_500_000_000n,
  CancelReservations: 2_500_000_000n,
};
function minimumPayment(t: TransactionV1, c: Chainspec): { amount: bigint; what: string } {
  const ep = t.payload.entryPoint.kind;
  const kind = transactionKind(t);
  if (kind === 'mint') return { amount: c.v2!.transferGas, what: `a native ${ep}` };
  if (kind === 'auction') return { amount: AUCTION_COSTS[ep] ?? 2_500_000_000n, what: `the auction entry point ${ep}` };
  return { amount: c.v2!.baselineMotes, what: 'Wasm' };
}

function check(t: TransactionV1, c: Chainspec, now: number): string | null {
  const v = c.v2!;
  const p = t.payload;
  const from = `(${c.source})`;
  const runtime = p.target.kind === 'Native' ? undefined : p.target.runtime.kind;
  if (runtime === 'VmCasperV1') {
    if (!v.vmCasperV1) return `${c.chainName} does not run VmCasperV1 code ${from}`;
    if (p.args.kind !== 'Named') return 'VmCasperV1 code takes named args; drop --chunked-args';
  }
  if (runtime === 'VmCasperV2') {
    if (!v.vmCasperV2)
      return `${c.chainName} does not run VmCasperV2 code yet ${from}; use --transaction-runtime vm-casper-v1`;
    if (p.args.kind !== 'Bytesrepr') return 'VmCasperV2 code takes its args as bytes: pass them with --chunked-args';
  }
  const size = transactionSize(t);
  const lane = transactionLane(t, c, size);
  if ('error' in lane) return lane.message;
  if (size > lane.maxBytes)
    return `the transaction is ${groupDigits(BigInt(size))} bytes, over the ${groupDigits(BigInt(lane.maxBytes))} bytes of lane ${lane.id} ${from}`;
  if (p.chainName !== c.chainName)
    return `the transaction is for chain '${p.chainName}', but the chainspec (${c.source}) is for '${c.chainName}'`;
  const pm = p.pricingMode;
  if (pm.kind === 'PaymentLimited') {
    if (pm.paymentAmount === 0n)
      return 'the payment amount is 0 motes; a 2.x node refuses a transaction that pays for no gas';
    if (v.pricingHandling !== 'payment_limited')
      return `${c.chainName} uses fixed pricing ${from}, so it refuses classic (payment-limited) transactions; use --pricing-mode fixed`;
    const min = minimumPayment(t, c);
    if (pm.paymentAmount < min.amount)
      return `a payment of ${motesAndCspr(pm.paymentAmount)} is below ${c.chainName}'s minimum of ${motesAndCspr(min.amount)} for ${min.what} ${from}; use --payment-amount ${min.amount}`;
  } else if (pm.kind === 'Fixed') {
    if (v.pricingHandling !== 'fixed')
      return `${c.chainName} is payment-limited ${from}: it refuses a transaction with fixed pricing (--pricing-mode fixed); use --pricing-mode classic with --payment-amount and --standard-payment true`;
  } else if (!v.allowPrepaid) {
    return `${c.chainName} does not accept prepaid transactions (--pricing-mode reserved) ${from}`;
  }
  const tolerance = pm.kind === 'Prepaid' ? undefined : pm.gasPriceTolerance;
  if (tolerance !== undefined && tolerance < v.minGasPrice)
    return `a gas price tolerance of ${tolerance} is below ${c.chainName}'s minimum gas price of ${v.minGasPrice} ${from}; use --gas-price-tolerance ${v.minGasPrice}`;
  if (p.ttl > c.maxTtlMs)
    return `a ttl of ${formatTtl(p.ttl)} is over ${c.chainName}'s limit of ${formatTtl(c.maxTtlMs)} ${from}; use --ttl ${formatTtl(c.maxTtlMs)} or less`;
  if (t.approvals.length > c.maxAssociatedKeys)
    return `${t.approvals.length} approvals are over ${c.chainName}'s limit of ${c.maxAssociatedKeys} ${from}`;
  const gasLimit = pm.kind === 'PaymentLimited' ? pm.paymentAmount : lane.maxGas;
  if (gasLimit > c.blockGasLimit)
    return `a gas limit of ${groupDigits(gasLimit)} is over ${c.chainName}'s block gas limit of ${groupDigits(c.blockGasLimit)} ${from}`;
  void now;
  return null;
}

/**
 * Checks a transaction against the network it is for. Without a chainspec only the universal
 * checks run (expiry, a timestamp in the future, gas price tolerance 1–255 being a u8 already).
 * A 1.5 network has no TransactionV1 at all: that is said before sending.
 */
export function preflightTransaction(t: TransactionV1, chainspec: Chainspec | undefined, now: number): PreflightResult {
  const warnings: string[] = [];
  const p = t.payload;
  const leeway = chainspec?.timestampLeewayMs ?? 2000;
  if (p.timestamp > now + leeway)
    return {
      refusal: `the timestamp ${formatTimestamp(p.timestamp)} is in the future; nodes refuse transactions more than ${leeway / 1000}s ahead of their clock`,
      warnings,
    };
  if (p.timestamp + p.ttl < now)
    return {
      refusal: `the transaction expired at ${formatTimestamp(p.timestamp + p.ttl)} (timestamp + ttl ${formatTtl(p.ttl)}); make it again with a later --timestamp or a longer --ttl`,
      warnings,
    };
  if (p.pricingMode.kind !== 'Prepaid' && p.pricingMode.gasPriceTolerance === 0)
    return {
      refusal:
        'a gas price tolerance of 0 pays for nothing; every 2.x network refuses it (use --gas-price-tolerance 1)',
      warnings,
    };
  if (missesSeed(t))
    return {
      refusal:
        'a VmCasperV2 install or upgrade without a seed is refused by every 2.x node (missing seed for install or upgrade)',
      warnings,
    };
  if (chainspec === undefined) return { refusal: null, warnings };
  if (chainspec.generation !== '2')
    return {
      refusal: `${chainspec.chainName} runs Casper 1.5 (${chainspec.source}), which has no TransactionV1; use put-deploy`,
      warnings,
    };
  return { refusal: check(t, chainspec, now), warnings };
}
