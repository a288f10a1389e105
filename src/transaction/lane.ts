// Where a Casper 2.x node puts a transaction: its lane, chosen as casper-node 2.0.0's
// calculate_transaction_lane does (types/src/transaction/transaction_v1.rs l.628), with Wasm lanes picked by
// payment for PaymentLimited and by size plus additional_computation_factor for Fixed.
import { type TransactionV1 } from './types.js';
import { type Chainspec, type Lane, wasmLanesOrdered } from '../chainspec/chainspec.js';
import { groupDigits, motesAndCspr } from '../core/motes.js';

const MINT_ENTRY_POINTS = new Set(['Transfer', 'Burn']);

export type TxKind = 'mint' | 'auction' | 'install' | 'wasm';

export function transactionKind(t: TransactionV1): TxKind {
  const p = t.payload;
  if (p.target.kind === 'Native') return MINT_ENTRY_POINTS.has(p.entryPoint.kind) ? 'mint' : 'auction';
  if (p.target.kind === 'Session' && p.target.isInstallUpgrade) return 'install';
  return 'wasm';
}

const argsLength = (t: TransactionV1): number => {
  const a = t.payload.args;
  if (a.kind === 'Bytesrepr') return a.bytes.length;
  return a.args.reduce((n, [name, v]) => n + 4 + Buffer.byteLength(name) + 4 + v.bytes.length + 1, 4);
};

/** The lane a 2.x node puts the transaction in (calculate_transaction_lane), or why there is none. */
export function transactionLane(t: TransactionV1, c: Chainspec, size: number): Lane | string {
  const v = c.v2!;
  const from = `(${c.source})`;
  const kind = transactionKind(t);
  if (kind === 'mint') return v.mintLane;
  if (kind === 'auction') return v.auctionLane;
  if (kind === 'install') return v.installLane;
  const args = argsLength(t);
  const pm = t.payload.pricingMode;
  if (pm.kind === 'PaymentLimited') {
    const fit = wasmLanesOrdered(v).find((l) => pm.paymentAmount <= l.maxGas && size <= l.maxBytes && args <= l.maxArgsBytes);
    return fit ?? `no Wasm lane of ${c.chainName} takes a transaction of ${groupDigits(BigInt(size))} bytes with ${args} bytes of args and a payment of ${motesAndCspr(pm.paymentAmount)} ${from}`;
  }
  const bySize = [...v.wasmLanes].sort((a, b) => a.maxBytes - b.maxBytes || a.id - b.id);
  const first = bySize.findIndex((l) => size <= l.maxBytes && args <= l.maxArgsBytes);
  if (first === -1) return `the transaction is ${groupDigits(BigInt(size))} bytes with ${args} bytes of args, more than any Wasm lane of ${c.chainName} takes ${from}`;
  const factor = pm.kind === 'Fixed' ? pm.additionalComputationFactor : 0;
  return bySize[Math.min(first + factor, bySize.length - 1)]!;
}
