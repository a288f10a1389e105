// Where a Casper 2.x node puts a transaction: its lane, chosen exactly as casper-node 2.0.0's
// calculate_transaction_lane does (types/src/transaction/transaction_v1.rs l.628–754), called by
// MetaTransactionV1::from_transaction_v1 (node/src/types/transaction/meta_transaction/
// meta_transaction_v1.rs l.46–107) with the whole transaction's serialized length and the length of
// its args field as stored in the payload's fields map (tag byte included). Non-install Wasm goes
// through get_lane_for_non_install_wasm (types/src/transaction.rs l.621–647): PaymentLimited picks
// the first Wasm lane by (gas limit, size, args size, id) that takes the payment, size and args
// (types/src/chainspec/transaction_config/transaction_v1_config.rs l.414–435, l.465–478); Fixed
// picks the first lane by size alone that takes size and args, moved up by
// additional_computation_factor and capped at the largest (l.373–399; the order is a stable sort on
// max_transaction_length alone, l.480–486, so lanes of equal size keep their chainspec order);
// Prepaid has no Wasm lane (PricingModeNotSupported, transaction.rs l.645).
import type { TransactionV1 } from './types.js';
import { transactionArgsBytes } from './to-bytes.js';
import { type Chainspec, type Lane, wasmLanesOrdered } from '../chainspec/chainspec.js';
import { groupDigits, motesAndCspr } from '../core/motes.js';

const MINT_ENTRY_POINTS = new Set(['Transfer', 'Burn']);

export type TxKind = 'mint' | 'auction' | 'install' | 'wasm';

/** What the lane of an accepted transaction stands for (the lane id decides it on the node). */
export function transactionKind(t: TransactionV1): TxKind {
  const p = t.payload;
  if (p.target.kind === 'Native') return MINT_ENTRY_POINTS.has(p.entryPoint.kind) ? 'mint' : 'auction';
  if (p.target.kind === 'Session' && p.target.isInstallUpgrade) return 'install';
  return 'wasm';
}

/** InvalidTransactionV1 variants calculate_transaction_lane returns (types/src/transaction/transaction_v1/errors_v1.rs). */
export type LaneError =
  | 'NoLaneMatch'
  | 'PricingModeNotSupported'
  | 'EntryPointCannotBeCall'
  | 'EntryPointCannotBeCustom'
  | 'EntryPointMustBeCustom'
  | 'EntryPointMustBeCall';

/** No lane: the node's reason, and a sentence for a person. */
export interface NoLane {
  error: LaneError;
  message: string;
}

/** The size calculate_transaction_lane is given for the args: the args field's bytes in the fields map. */
export const argsFieldLength = (t: TransactionV1): number => transactionArgsBytes(t.payload.args).length;

const noLane = (error: LaneError, message: string): NoLane => ({ error, message });

/**
 * The lane a 2.x node puts the transaction in (calculate_transaction_lane), or why there is none.
 * `size` is the whole TransactionV1's serialized length (transactionToBytes).
 */
export function transactionLane(t: TransactionV1, c: Chainspec, size: number): Lane | NoLane {
  const v = c.v2!;
  const p = t.payload;
  const ep = p.entryPoint.kind;
  const target = p.target;
  if (target.kind === 'Native') {
    if (MINT_ENTRY_POINTS.has(ep)) return v.mintLane;
    if (ep === 'Call') return noLane('EntryPointCannotBeCall', 'a native transaction cannot have the entry point Call');
    if (ep === 'Custom')
      return noLane('EntryPointCannotBeCustom', 'a native transaction cannot have a custom entry point');
    return v.auctionLane;
  }
  if (target.kind === 'Stored') {
    if (ep !== 'Custom')
      return noLane(
        'EntryPointMustBeCustom',
        `a call to stored code needs a custom entry point (the name of the entry point to call), not ${ep}`,
      );
    return nonInstallWasmLane(t, c, size);
  }
  // Session: VmCasperV1 runs only Call; VmCasperV2 runs Call or a custom entry point.
  const v2 = target.runtime.kind === 'VmCasperV2';
  if (ep !== 'Call' && !(v2 && ep === 'Custom'))
    return noLane(
      'EntryPointMustBeCall',
      `session code has the entry point Call${v2 ? ' (or a custom one under VmCasperV2)' : ''}, not ${ep}`,
    );
  if (target.isInstallUpgrade) return v.installLane;
  return nonInstallWasmLane(t, c, size);
}

function nonInstallWasmLane(t: TransactionV1, c: Chainspec, size: number): Lane | NoLane {
  const v = c.v2!;
  const from = `(${c.source})`;
  const args = argsFieldLength(t);
  const pm = t.payload.pricingMode;
  if (pm.kind === 'PaymentLimited') {
    const fit = wasmLanesOrdered(v).find(
      (l) => pm.paymentAmount <= l.maxGas && size <= l.maxBytes && args <= l.maxArgsBytes,
    );
    return (
      fit ??
      noLane(
        'NoLaneMatch',
        `no Wasm lane of ${c.chainName} takes a transaction of ${groupDigits(BigInt(size))} bytes with ${args} bytes of args and a payment of ${motesAndCspr(pm.paymentAmount)} ${from}`,
      )
    );
  }
  if (pm.kind === 'Prepaid')
    return noLane(
      'PricingModeNotSupported',
      `a 2.x node has no Wasm lane for prepaid (--pricing-mode reserved) transactions; use classic or fixed pricing`,
    );
  const bySize = [...v.wasmLanes].sort((a, b) => a.maxBytes - b.maxBytes); // stable, as Rust's sort_by
  const first = bySize.findIndex((l) => size <= l.maxBytes && args <= l.maxArgsBytes);
  if (first === -1)
    return noLane(
      'NoLaneMatch',
      `the transaction is ${groupDigits(BigInt(size))} bytes with ${args} bytes of args, more than any Wasm lane of ${c.chainName} takes ${from}`,
    );
  return bySize[Math.min(first + pm.additionalComputationFactor, bySize.length - 1)]!;
}

/**
 * casper-node 2.0.0 transaction_acceptor.rs l.145–156: a VmCasperV2 install or upgrade must carry a
 * seed, whatever the chainspec says; the check comes right after the lane, before the config checks.
 */
export function missesSeed(t: TransactionV1): boolean {
  const target = t.payload.target;
  return (
    target.kind === 'Session' &&
    target.isInstallUpgrade &&
    target.runtime.kind === 'VmCasperV2' &&
    target.runtime.seed === null
  );
}
