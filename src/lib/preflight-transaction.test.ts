// Pre-flight for TransactionV1 against the 2.0.0 production profile (chainspec20): one row per rule
// of MetaTransactionV1::is_config_compliant (casper-node 2.0.0 node/src/types/transaction/
// meta_transaction/meta_transaction_v1.rs l.321–570) and the production chainspec's figures
// (resources/production/chainspec.toml: lanes l.217–225, auction_costs, mint_costs.transfer).
import { describe, expect, it } from 'vitest';
import { CLValue, encode, PublicKey } from '../core/index.js';
import {
  buildTransaction,
  type PricingMode,
  type TransactionEntryPoint,
  type TransactionTarget,
} from '../transaction/index.js';
import { chainspec15, chainspec20 } from '../chainspec/chainspec.js';
import { preflightTransaction } from './preflight-transaction.js';
import { transactionLane } from '../transaction/index.js';

const KEY = PublicKey.fromHex('01d9bf2148748a85c89da5aad8ee0b0fc2d105fd39d41a4c796536354f0ae2900c');
const NOW = 1_700_000_000_000;
const pl = (amount: bigint, tol = 1): PricingMode => ({
  kind: 'PaymentLimited',
  paymentAmount: amount,
  gasPriceTolerance: tol,
  standardPayment: true,
});
const wasm = (bytes: number): TransactionTarget => ({
  kind: 'Session',
  isInstallUpgrade: false,
  moduleBytes: new Uint8Array(bytes),
  runtime: { kind: 'VmCasperV1' },
});

function tx(
  o: {
    pricing?: PricingMode;
    target?: TransactionTarget;
    ep?: TransactionEntryPoint;
    ttl?: number;
    timestamp?: number;
    chain?: string;
  } = {},
) {
  return buildTransaction({
    initiator: KEY,
    chainName: o.chain ?? 'casper',
    timestamp: o.timestamp ?? NOW,
    ttl: o.ttl,
    pricingMode: o.pricing ?? pl(100_000_000n),
    target: o.target ?? { kind: 'Native' },
    entryPoint: o.ep ?? { kind: 'Transfer' },
    args: [['amount', new CLValue('U512', encode.u512(1n))]],
  });
}

describe('preflightTransaction on mainnet (2.0.0 production profile)', () => {
  const c = chainspec20('casper');
  it.each([
    ['a native transfer paying the mint cost', tx(), null],
    // transaction_acceptor.rs l.145–156: refused by every 2.x node, before the chainspec is consulted.
    [
      'a VmCasperV2 install without a seed',
      tx({
        target: {
          kind: 'Session',
          isInstallUpgrade: true,
          moduleBytes: new Uint8Array(10),
          runtime: { kind: 'VmCasperV2', transferredValue: 0n, seed: null },
        },
        ep: { kind: 'Call' },
        pricing: pl(2_500_000_000n),
      }),
      /VmCasperV2 install or upgrade without a seed/,
    ],
    [
      'Fixed pricing on a payment-limited network',
      tx({ pricing: { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 1 } }),
      /payment-limited .*refuses a transaction with fixed pricing/,
    ],
    [
      'Prepaid without allow_prepaid',
      tx({ pricing: { kind: 'Prepaid', receipt: new Uint8Array(32) } }),
      /does not accept prepaid/,
    ],
    [
      'a transfer paying under 0.1 CSPR',
      tx({ pricing: pl(99_999_999n) }),
      /below casper's minimum of 100,000,000 motes \(0.1 CSPR\) for a native Transfer/,
    ],
    [
      'delegate paying under 2.5 CSPR',
      tx({ ep: { kind: 'Delegate' }, pricing: pl(2_499_999_999n) }),
      /minimum of 2,500,000,000 motes \(2.5 CSPR\) for the auction entry point Delegate/,
    ],
    [
      'change-bid-public-key at 2.5 CSPR (needs 5)',
      tx({ ep: { kind: 'ChangeBidPublicKey' }, pricing: pl(2_500_000_000n) }),
      /5,000,000,000 motes/,
    ],
    [
      'Wasm paying under the baseline',
      tx({ target: wasm(100), ep: { kind: 'Call' }, pricing: pl(1_000_000_000n) }),
      /minimum of 2,500,000,000 motes \(2.5 CSPR\) for Wasm/,
    ],
    [
      'Wasm paying over every lane',
      tx({ target: wasm(100), ep: { kind: 'Call' }, pricing: pl(1_000_000_000_001n) }),
      /no Wasm lane/,
    ],
    [
      'Wasm of 200 kB with a small payment',
      tx({ target: wasm(200_000), ep: { kind: 'Call' }, pricing: pl(5_000_000_000n) }),
      null,
    ],
    ['a 3-hour ttl', tx({ ttl: 3 * 3600_000 }), /ttl of 3h is over casper's limit of 2h/],
    ['gas price tolerance 0', tx({ pricing: pl(100_000_000n, 0) }), /tolerance of 0/],
    ['expired', tx({ timestamp: NOW - 3600_000, ttl: 60_000 }), /expired/],
    ['dated in the future', tx({ timestamp: NOW + 60_000 }), /in the future/],
  ] as const)('%s', (_, t, want) => {
    const r = preflightTransaction(t, c, NOW);
    if (want === null) expect(r.refusal).toBeNull();
    else expect(r.refusal).toMatch(want);
  });

  it('lanes: mint 0, auction 1, install 2, Wasm by payment (5 for ≤ 5 CSPR, 4 for ≤ 100 CSPR, 3 above)', () => {
    const lane = (t: ReturnType<typeof tx>) => (transactionLane(t, c, 1000) as { id: number }).id;
    expect(lane(tx())).toBe(0);
    expect(lane(tx({ ep: { kind: 'AddBid' } }))).toBe(1);
    expect(
      lane(
        tx({
          target: {
            kind: 'Session',
            isInstallUpgrade: true,
            moduleBytes: new Uint8Array(1),
            runtime: { kind: 'VmCasperV1' },
          },
          ep: { kind: 'Call' },
        }),
      ),
    ).toBe(2);
    expect(lane(tx({ target: wasm(1), ep: { kind: 'Call' }, pricing: pl(5_000_000_000n) }))).toBe(5);
    expect(lane(tx({ target: wasm(1), ep: { kind: 'Call' }, pricing: pl(5_000_000_001n) }))).toBe(4);
    expect(lane(tx({ target: wasm(1), ep: { kind: 'Call' }, pricing: pl(100_000_000_001n) }))).toBe(3);
  });

  it('a 1.5 network has no TransactionV1; an unknown network gets only the universal checks', () => {
    expect(preflightTransaction(tx({ chain: 'casper-devnet' }), chainspec15(), NOW).refusal).toMatch(
      /Casper 1.5.*use put-deploy/,
    );
    expect(
      preflightTransaction(
        tx({ pricing: { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 1 } }),
        undefined,
        NOW,
      ).refusal,
    ).toBeNull();
  });
});
