// The lane of a TransactionV1, against casper-node 2.0.0 (EdHastingsCasperAssociation/casper-node
// HEAD): calculate_transaction_lane in types/src/transaction/transaction_v1.rs l.628–754,
// get_lane_for_non_install_wasm in types/src/transaction.rs l.621–647, and the Wasm lane pickers in
// types/src/chainspec/transaction_config/transaction_v1_config.rs (by size l.373–399, by payment
// l.414–435, their orders l.465–486). The lanes are those of the 2.0.0 production chainspec
// (resources/production/chainspec.toml l.217–224): mint [0, 2048, 1024, 1e8], auction [1, …],
// install [2, 750_000, …], Wasm 3 [750_000 bytes, 2048 args, 1e12 gas], 4 [131_072, 1024, 1e11],
// 5 [65_536, 512, 5e9].
import { describe, expect, it } from 'vitest';
import { CLValue, encode, PublicKey } from '../core/index.js';
import { defaultChainspec, type Chainspec, type Lane } from '../chainspec/chainspec.js';
import { buildTransaction } from './build.js';
import { argsFieldLength, transactionLane } from './lane.js';
import type { PricingMode, TransactionArgs, TransactionEntryPoint, TransactionTarget, TransactionV1 } from './types.js';

const KEY = PublicKey.fromHex(`01${'22'.repeat(32)}`);
const cs = defaultChainspec('casper', '2');
const limited = (amount: bigint): PricingMode => ({
  kind: 'PaymentLimited',
  paymentAmount: amount,
  gasPriceTolerance: 1,
  standardPayment: true,
});
const fixed = (factor: number): PricingMode => ({
  kind: 'Fixed',
  additionalComputationFactor: factor,
  gasPriceTolerance: 1,
});
const PREPAID: PricingMode = { kind: 'Prepaid', receipt: new Uint8Array(32) };
const NATIVE: TransactionTarget = { kind: 'Native' };
const STORED: TransactionTarget = {
  kind: 'Stored',
  id: { kind: 'ByHash', hash: new Uint8Array(32) },
  runtime: { kind: 'VmCasperV1' },
};
const session = (install = false, v2 = false): TransactionTarget => ({
  kind: 'Session',
  isInstallUpgrade: install,
  moduleBytes: new Uint8Array(10),
  runtime: v2 ? { kind: 'VmCasperV2', transferredValue: 0n, seed: null } : { kind: 'VmCasperV1' },
});
const ep = (kind: string): TransactionEntryPoint =>
  kind === 'Custom' ? { kind: 'Custom', name: 'go' } : ({ kind } as TransactionEntryPoint);
const tx = (
  target: TransactionTarget,
  entryPoint: string,
  pricing: PricingMode = limited(2_500_000_000n),
  args?: TransactionArgs,
): TransactionV1 =>
  buildTransaction({
    initiator: KEY,
    chainName: 'casper',
    timestamp: 0,
    pricingMode: pricing,
    target,
    entryPoint: ep(entryPoint),
    args:
      args ??
      (target.kind === 'Session' && target.runtime.kind === 'VmCasperV2'
        ? { kind: 'Bytesrepr', bytes: new Uint8Array(0) }
        : undefined),
  });
const lane = (t: TransactionV1, size = 1000, c: Chainspec = cs) => {
  const r = transactionLane(t, c, size);
  return 'error' in r ? r.error : r.id;
};

describe('calculate_transaction_lane: target × entry point', () => {
  const rows: [string, TransactionTarget, string, number | string][] = [
    // transaction_v1.rs l.642: Transfer | Burn → MINT_LANE_ID
    ['native Transfer', NATIVE, 'Transfer', 0],
    ['native Burn', NATIVE, 'Burn', 0],
    // l.643–651: the auction entry points → AUCTION_LANE_ID
    ...[
      'AddBid',
      'WithdrawBid',
      'Delegate',
      'Undelegate',
      'Redelegate',
      'ActivateBid',
      'ChangeBidPublicKey',
      'AddReservations',
      'CancelReservations',
    ].map((e): [string, TransactionTarget, string, number] => [`native ${e}`, NATIVE, e, 1]),
    // l.652: Call → EntryPointCannotBeCall; l.653–657: Custom → EntryPointCannotBeCustom
    ['native Call', NATIVE, 'Call', 'EntryPointCannotBeCall'],
    ['native Custom', NATIVE, 'Custom', 'EntryPointCannotBeCustom'],
    // l.659–666: stored Custom → a Wasm lane; l.667–682: anything else → EntryPointMustBeCustom
    ['stored Custom', STORED, 'Custom', 5],
    ['stored Call', STORED, 'Call', 'EntryPointMustBeCustom'],
    ['stored Transfer', STORED, 'Transfer', 'EntryPointMustBeCustom'],
    // l.684–717: VmCasperV1 session: Call → install lane when install/upgrade, else Wasm; else EntryPointMustBeCall
    ['V1 session Call', session(), 'Call', 5],
    ['V1 session Call, install/upgrade', session(true), 'Call', 2],
    ['V1 session Custom', session(), 'Custom', 'EntryPointMustBeCall'],
    ['V1 session Custom, install/upgrade', session(true), 'Custom', 'EntryPointMustBeCall'],
    ['V1 session Delegate', session(), 'Delegate', 'EntryPointMustBeCall'],
    // l.719–752: VmCasperV2 session: Call or Custom alike; else EntryPointMustBeCall
    ['V2 session Call', session(false, true), 'Call', 5],
    ['V2 session Custom', session(false, true), 'Custom', 5],
    ['V2 session Custom, install/upgrade', session(true, true), 'Custom', 2],
    ['V2 session Transfer', session(false, true), 'Transfer', 'EntryPointMustBeCall'],
  ];
  it.each(rows)('%s', (_, target, entryPoint, want) => {
    expect(lane(tx(target, entryPoint))).toBe(want);
  });
});

describe('get_lane_for_non_install_wasm: pricing modes', () => {
  const big = (n: number): TransactionArgs => ({
    kind: 'Named',
    args: [['a', new CLValue({ List: 'U8' }, Uint8Array.from([...encode.u32(n), ...new Uint8Array(n)]))]],
  });
  const rows: [string, TransactionV1, number, number | string][] = [
    // PaymentLimited (transaction.rs l.627–633 → config l.414–435): lanes by (gas, size, args, id): 5, 4, 3
    ['PaymentLimited 5 CSPR', tx(session(), 'Call', limited(5_000_000_000n)), 1000, 5],
    ['PaymentLimited 5 CSPR + 1 mote', tx(session(), 'Call', limited(5_000_000_001n)), 1000, 4],
    ['PaymentLimited 100 CSPR + 1 mote', tx(session(), 'Call', limited(100_000_000_001n)), 1000, 3],
    ['PaymentLimited over every lane', tx(session(), 'Call', limited(1_000_000_000_001n)), 1000, 'NoLaneMatch'],
    ['PaymentLimited, small payment, 65,537 bytes', tx(session(), 'Call', limited(1n)), 65_537, 4],
    // The args size is the args field's length in the fields map (meta_transaction_v1.rs l.50–55):
    // tag 1 + count 4 + name (4 + 1) + value (4 + 498) + cl_type List(U8) 2 = 514 > 512.
    ['PaymentLimited, 514 bytes of args field', tx(session(), 'Call', limited(1n), big(494)), 1000, 4],
    ['PaymentLimited, 512 bytes of args field', tx(session(), 'Call', limited(1n), big(492)), 1000, 5],
    // Fixed (transaction.rs l.634–643 → config l.373–399): first lane by size (5, 4, 3), + factor, capped
    ['Fixed 0, small', tx(session(), 'Call', fixed(0)), 1000, 5],
    ['Fixed 1, small', tx(session(), 'Call', fixed(1)), 1000, 4],
    ['Fixed 2, small', tx(session(), 'Call', fixed(2)), 1000, 3],
    ['Fixed 255, small: capped at the largest', tx(session(), 'Call', fixed(255)), 1000, 3],
    ['Fixed 0, 65,537 bytes', tx(session(), 'Call', fixed(0)), 65_537, 4],
    ['Fixed 1, 65,537 bytes', tx(session(), 'Call', fixed(1)), 65_537, 3],
    ['Fixed 0, 750,001 bytes', tx(session(), 'Call', fixed(0)), 750_001, 'NoLaneMatch'],
    ['Fixed 0, 514 bytes of args field', tx(session(), 'Call', fixed(0), big(494)), 1000, 4],
    // Fixed ignores the gas limits: a stored call priced Fixed never fails on gas
    ['Fixed, stored Custom', tx(STORED, 'Custom', fixed(0)), 1000, 5],
    // Prepaid (transaction.rs l.645): PricingModeNotSupported, for Wasm only
    ['Prepaid session', tx(session(), 'Call', PREPAID), 1000, 'PricingModeNotSupported'],
    ['Prepaid stored', tx(STORED, 'Custom', PREPAID), 1000, 'PricingModeNotSupported'],
    ['Prepaid native transfer', tx(NATIVE, 'Transfer', PREPAID), 1000, 0],
    ['Prepaid install', tx(session(true), 'Call', PREPAID), 1000, 2],
  ];
  it.each(rows)('%s', (_, t, size, want) => {
    expect(lane(t, size)).toBe(want);
  });

  it('the args sizes above are what the fields map holds', () => {
    expect(argsFieldLength(tx(session(), 'Call', limited(1n), big(494)))).toBe(514);
    expect(argsFieldLength(tx(session(), 'Call', limited(1n), big(492)))).toBe(512);
  });
});

describe('Fixed: lanes of equal size keep their chainspec order (a stable sort on max_transaction_length, config l.480–486)', () => {
  const l = (id: number, maxBytes: number): Lane => ({
    id,
    maxBytes,
    maxArgsBytes: 1024,
    maxGas: 10n ** 11n,
    maxCount: 1,
  });
  const withLanes = (wasmLanes: Lane[]): Chainspec => ({ ...cs, v2: { ...cs.v2!, wasmLanes } });
  const rows: [string, Lane[], number, number][] = [
    ['7 before 6, factor 0', [l(7, 1000), l(6, 1000), l(8, 5000)], 0, 7],
    ['7 before 6, factor 1', [l(7, 1000), l(6, 1000), l(8, 5000)], 1, 6],
    ['6 before 7, factor 0', [l(6, 1000), l(7, 1000), l(8, 5000)], 0, 6],
    ['the larger lane listed first', [l(8, 5000), l(7, 1000), l(6, 1000)], 2, 8],
  ];
  it.each(rows)('%s', (_, lanes, factor, want) => {
    expect(lane(tx(session(), 'Call', fixed(factor)), 500, withLanes(lanes))).toBe(want);
  });
});
