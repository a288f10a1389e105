// Pre-flight for deploys: what the target network would refuse, found before anything is sent,
// each with the limit, its value and where it comes from. What the network accepts but is likely a
// mistake becomes a warning, never a refusal. The 2.x checks follow casper-node 2.0.0's
// Deploy::is_config_compliant (types/src/transaction/deploy.rs l.409-561) in its order; the lane
// choice is calculate_lane_id_for_deploy (deploy.rs l.1719) with
// TransactionV1Config::get_wasm_lane_id_by_payment_limited (transaction_v1_config.rs l.414).
import { argsBytes, formatTimestamp, formatTtl } from '../core/index.js';
import { deploySize, type Deploy } from '../deploy/index.js';
import { u512Amount, deployLane } from '../deploy/lane.js';
import type { Chainspec } from '../chainspec/chainspec.js';
import { groupDigits, motesAndCspr } from '../core/motes.js';

export interface PreflightResult {
  /** Why the network would refuse the deploy, or null. */
  refusal: string | null;
  warnings: string[];
}

/** What the node allows ahead of its clock (its config's timestamp_leeway, 2 s by default). */
const LEEWAY_MS = 2000;
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

const isStandardPayment = (d: Deploy) => d.payment.kind === 'ModuleBytes' && d.payment.moduleBytes.length === 0;

function universal(d: Deploy, now: number): string | null {
  const h = d.header;
  if (h.timestamp > now + LEEWAY_MS)
    return `the timestamp ${formatTimestamp(h.timestamp)} is in the future; nodes refuse deploys more than 2s ahead of their clock`;
  if (h.timestamp + h.ttl < now)
    return `the deploy expired at ${formatTimestamp(h.timestamp + h.ttl)} (timestamp + ttl ${formatTtl(h.ttl)}); make it again with a later --timestamp or a longer --ttl`;
  return null;
}

function warnings(d: Deploy, zeroPaymentRefused: boolean): string[] {
  const out: string[] = [];
  for (const [kind, item] of [
    ['session', d.session],
    ['payment', d.payment],
  ] as const) {
    if (
      item.kind === 'ModuleBytes' &&
      item.moduleBytes.length > 0 &&
      !WASM_MAGIC.every((b, i) => item.moduleBytes[i] === b)
    ) {
      out.push(
        `warning: the ${kind} code is not a Wasm module (it does not start with \\0asm); the node will accept it and its execution will fail`,
      );
    }
  }
  if (!zeroPaymentRefused && d.session.kind !== 'Transfer' && isStandardPayment(d) && u512Amount(d.payment) === 0n) {
    out.push(
      'warning: the payment amount is 0 motes, which pays for nothing; the execution will fail (use e.g. --payment-amount 2500000000)',
    );
  }
  return out;
}

function check15(d: Deploy, c: Chainspec): string | null {
  const h = d.header;
  const from = `(${c.source})`;
  if (h.ttl > c.maxTtlMs)
    return `a ttl of ${formatTtl(h.ttl)} is over ${c.chainName}'s limit of ${formatTtl(c.maxTtlMs)} ${from}; use --ttl ${formatTtl(c.maxTtlMs)} or less`;
  if (h.dependencies.length > c.maxDependencies)
    return `${h.dependencies.length} dependencies are over ${c.chainName}'s limit of ${c.maxDependencies} ${from}`;
  const size = deploySize(d);
  if (size > c.maxDeploySize)
    return `the deploy is ${groupDigits(BigInt(size))} bytes, over ${c.chainName}'s limit of ${groupDigits(BigInt(c.maxDeploySize))} bytes ${from}`;
  if (d.session.kind === 'Transfer') {
    const a = u512Amount(d.session);
    if (a !== undefined && a < c.nativeTransferMinimumMotes)
      return `a transfer of ${motesAndCspr(a)} is below ${c.chainName}'s minimum of ${motesAndCspr(c.nativeTransferMinimumMotes)} ${from}`;
  }
  return null;
}

function check2(d: Deploy, c: Chainspec): string | null {
  const v = c.v2!;
  const h = d.header;
  const from = `(${c.source})`;
  const size = deploySize(d);
  // The node reads the header's gas_price as a u8 tolerance before it can price the deploy.
  if (h.gasPrice > 255n)
    return `--gas-price ${h.gasPrice} is over 255; a 2.x node reads it as a gas price tolerance from 1 to 255 and refuses this deploy`;
  const lane = deployLane(d, c, size);
  if (typeof lane === 'string') return lane;
  if (size > lane.maxBytes) {
    const what = d.session.kind === 'Transfer' ? 'a native transfer deploy' : `lane ${lane.id}`;
    return `the deploy is ${groupDigits(BigInt(size))} bytes, over the ${groupDigits(BigInt(lane.maxBytes))} bytes allowed for ${what} ${from}`;
  }
  if (h.gasPrice < BigInt(v.minGasPrice))
    return `a gas price tolerance of ${h.gasPrice} is below ${c.chainName}'s minimum gas price of ${v.minGasPrice} ${from}; use --gas-price ${v.minGasPrice}`;
  if (h.dependencies.length > 0)
    return `${c.chainName} runs Casper 2.x, which refuses deploys with dependencies (this one has ${h.dependencies.length}); drop --dependency`;
  if (h.ttl > c.maxTtlMs)
    return `a ttl of ${formatTtl(h.ttl)} is over ${c.chainName}'s limit of ${formatTtl(c.maxTtlMs)} ${from}; use --ttl ${formatTtl(c.maxTtlMs)} or less`;
  if (d.approvals.length > c.maxAssociatedKeys)
    return `${d.approvals.length} approvals are over ${c.chainName}'s limit of ${c.maxAssociatedKeys} ${from}`;
  const transfer = d.session.kind === 'Transfer';
  const gasLimit = transfer ? v.transferGas : u512Amount(d.payment);
  if (gasLimit === 0n)
    return 'the payment amount is 0 motes; a 2.x node refuses a deploy that pays for no gas (use e.g. --payment-amount 2500000000)';
  if (gasLimit !== undefined && gasLimit > c.blockGasLimit)
    return `a payment of ${motesAndCspr(gasLimit)} is over ${c.chainName}'s block gas limit of ${groupDigits(c.blockGasLimit)} ${from}`;
  const paymentArgs = argsBytes(d.payment.args).length;
  if (paymentArgs > c.paymentArgsMaxLength)
    return `the payment args are ${paymentArgs} bytes, over ${c.chainName}'s limit of ${c.paymentArgsMaxLength} ${from}`;
  const sessionArgs = argsBytes(d.session.args).length;
  if (sessionArgs > c.sessionArgsMaxLength)
    return `the session args are ${sessionArgs} bytes, over ${c.chainName}'s limit of ${c.sessionArgsMaxLength} ${from}`;
  if (transfer) {
    const a = u512Amount(d.session);
    if (a !== undefined && a < c.nativeTransferMinimumMotes)
      return `a transfer of ${motesAndCspr(a)} is below ${c.chainName}'s minimum of ${motesAndCspr(c.nativeTransferMinimumMotes)} ${from}`;
  } else if (gasLimit !== undefined && gasLimit < v.baselineMotes) {
    return `a payment of ${motesAndCspr(gasLimit)} is below ${c.chainName}'s minimum payment of ${motesAndCspr(v.baselineMotes)} for Wasm deploys ${from}`;
  }
  return null;
}

/**
 * Checks a deploy against the network it is for. Without a chainspec (a network this tool does
 * not know) only the universal checks run: expiry and a timestamp in the future.
 */
export function preflightDeploy(d: Deploy, chainspec: Chainspec | undefined, now: number): PreflightResult {
  const zeroRefused = chainspec?.generation === '2';
  const warn = warnings(d, zeroRefused);
  const first = universal(d, now);
  if (first !== null) return { refusal: first, warnings: warn };
  if (chainspec === undefined) return { refusal: null, warnings: warn };
  if (chainspec.chainName !== d.header.chainName) {
    return {
      refusal: `the deploy is for chain '${d.header.chainName}', but the chainspec (${chainspec.source}) is for '${chainspec.chainName}'`,
      warnings: warn,
    };
  }
  return { refusal: chainspec.generation === '2' ? check2(d, chainspec) : check15(d, chainspec), warnings: warn };
}
