// Where a Casper 2.x node puts a deploy: its lane, chosen as casper-node 2.0.0's
// calculate_lane_id_for_deploy does (types/src/transaction/deploy.rs l.1719) with
// get_wasm_lane_id_by_payment_limited (transaction_v1_config.rs l.414).
import { argsBytes, parsedJson } from '../core/index.js';
import type { Deploy } from './deploy.js';
import type { ExecutableDeployItem } from './item.js';
import { type Chainspec, type Lane, wasmLanesOrdered } from '../chainspec/chainspec.js';
import { groupDigits, motesAndCspr } from '../core/motes.js';

/** The U512 `amount` arg, as the node reads it (into_t::<U512>: other types do not count). */
export function u512Amount(item: ExecutableDeployItem): bigint | undefined {
  const a = item.args.find(([n]) => n === 'amount');
  if (a === undefined || a[1].clType !== 'U512') return undefined;
  try {
    return BigInt(parsedJson(a[1].clType, a[1].bytes) as string);
  } catch {
    return undefined;
  }
}

/** The lane a 2.x node puts the deploy in, or why there is none. */
export function deployLane(d: Deploy, c: Chainspec, size: number): Lane | string {
  const v = c.v2!;
  const from = `(${c.source})`;
  if (d.session.kind === 'Transfer') return v.mintLane;
  const argsSize = argsBytes(d.payment.args).length + argsBytes(d.session.args).length;
  const lanes = wasmLanesOrdered(v);
  if (v.pricingHandling === 'payment_limited') {
    const payment = u512Amount(d.payment);
    if (payment === undefined)
      return `the payment has no U512 'amount' arg, which ${c.chainName} needs to price a deploy`;
    const fit = lanes.find((l) => payment <= l.maxGas && size <= l.maxBytes && argsSize <= l.maxArgsBytes);
    if (fit !== undefined) return fit;
    const maxGas = lanes.reduce((m, l) => (l.maxGas > m ? l.maxGas : m), 0n);
    if (payment > maxGas)
      return `a payment of ${motesAndCspr(payment)} is over the largest Wasm lane's gas limit of ${motesAndCspr(maxGas)} at gas price 1 ${from}; no lane takes it`;
    const maxBytes = Math.max(...lanes.filter((l) => payment <= l.maxGas).map((l) => l.maxBytes));
    if (size > maxBytes)
      return `the deploy is ${groupDigits(BigInt(size))} bytes, over the ${groupDigits(BigInt(maxBytes))} bytes of the largest Wasm lane for its payment ${from}`;
    return `the deploy's runtime args are ${argsSize} bytes, more than any Wasm lane for its payment and size allows ${from}`;
  }
  const bySize = [...v.wasmLanes].sort((a, b) => a.maxBytes - b.maxBytes || a.id - b.id);
  const fit = bySize.find((l) => size <= l.maxBytes && argsSize <= l.maxArgsBytes);
  if (fit !== undefined) return fit;
  return `the deploy is ${groupDigits(BigInt(size))} bytes with ${argsSize} bytes of args, more than any Wasm lane takes ${from}`;
}
