// Differential test: random TransactionV1s built by our engine and by casper-js-sdk 5.0.12 (a
// devDependency used only as an oracle) must have the same payload bytes and hash, and, signed by
// the same ed25519 key, the same signature and full bytes. Inputs stay where casper-2.md §4 says
// the SDK is sound: VmCasperV1, Named args, ASCII strings, versions and protocol majors other than
// 0, one approval, no Burn (the SDK has no tag 12), payment amounts below 2^53 − 1 (it takes a number and ethers refuses larger).
// The cases it gets wrong are covered by hand-derived bytes in src/transaction/codec.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CLValue, PublicKey, toHex } from '../../src/core/index.js';
import { ascii, bytes32, clValuePairs, edKey32, namedArgsOf, type Pair, sdk } from '../helpers/sdk-oracle.js';
import {
  buildTransaction,
  payloadBytes,
  signTransaction,
  transactionToBytes,
  type EntryPointKind,
  type InvocationTarget,
  type PricingMode,
  type TransactionEntryPoint,
  type TransactionTarget,
} from '../../src/transaction/index.js';
import { ed25519TestKey } from '../helpers/test-keys.js';

const u32NonZero = fc.integer({ min: 1, max: 2 ** 32 - 1 });
const c = clValuePairs;
const value: fc.Arbitrary<Pair<CLValue>> = fc.oneof(
  c.Bool,
  c.I32,
  c.U8,
  c.U32,
  c.U64,
  c.U256,
  c.U512,
  c.String,
  c.AccountHashKey,
  c.HashKey,
  c.URef,
  c.PublicKey,
  c.OptionU64,
);
const namedArgs = namedArgsOf(value);

const pricing: fc.Arbitrary<Pair<PricingMode>> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean())
    .map(([amount, tol, std]) => {
      const p = new sdk.PaymentLimitedMode();
      Object.assign(p, { paymentAmount: amount, gasPriceTolerance: tol, standardPayment: std });
      const m = new sdk.PricingMode();
      m.paymentLimited = p;
      return {
        ours: {
          kind: 'PaymentLimited',
          paymentAmount: BigInt(amount),
          gasPriceTolerance: tol,
          standardPayment: std,
        } as const,
        theirs: m,
      };
    }),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([tol, acf]) => {
    const f = new sdk.FixedMode();
    Object.assign(f, { gasPriceTolerance: tol, additionalComputationFactor: acf });
    const m = new sdk.PricingMode();
    m.fixed = f;
    return { ours: { kind: 'Fixed', gasPriceTolerance: tol, additionalComputationFactor: acf } as const, theirs: m };
  }),
);

const version = fc.option(u32NonZero, { nil: null });
const invocation: fc.Arbitrary<Pair<InvocationTarget>> = fc.oneof(
  bytes32.map((b) => {
    const t = new sdk.TransactionInvocationTarget();
    t.byHash = new sdk.Hash(b);
    return { ours: { kind: 'ByHash', hash: b } as const, theirs: t };
  }),
  // Empty names are left out: the SDK tests them for truth and refuses them (codec.test.ts covers them).
  ascii(30, 1).map((name) => {
    const t = new sdk.TransactionInvocationTarget();
    t.byName = name;
    return { ours: { kind: 'ByName', name } as const, theirs: t };
  }),
  fc.tuple(bytes32, version, version).map(([addr, v, major]) => {
    const p = new sdk.ByPackageHashInvocationTarget();
    Object.assign(p, { addr: new sdk.Hash(addr), version: v ?? undefined, protocolVersionMajor: major });
    const t = new sdk.TransactionInvocationTarget();
    t.byPackageHash = p;
    return { ours: { kind: 'ByPackageHash', addr, version: v, protocolVersionMajor: major } as const, theirs: t };
  }),
  fc.tuple(ascii(30, 1), version, version).map(([name, v, major]) => {
    const p = new sdk.ByPackageNameInvocationTarget();
    Object.assign(p, { name, version: v ?? undefined, protocolVersionMajor: major });
    const t = new sdk.TransactionInvocationTarget();
    t.byPackageName = p;
    return { ours: { kind: 'ByPackageName', name, version: v, protocolVersionMajor: major } as const, theirs: t };
  }),
);

const NATIVE: Exclude<EntryPointKind, 'Custom' | 'Call' | 'Burn'>[] = [
  'Transfer',
  'AddBid',
  'WithdrawBid',
  'Delegate',
  'Undelegate',
  'Redelegate',
  'ActivateBid',
  'ChangeBidPublicKey',
  'AddReservations',
  'CancelReservations',
];

const targetAndEntry: fc.Arbitrary<{ target: Pair<TransactionTarget>; entry: Pair<TransactionEntryPoint> }> = fc.oneof(
  fc.constantFrom(...NATIVE).map((kind) => ({
    target: { ours: { kind: 'Native' } as const, theirs: new sdk.TransactionTarget({}) },
    entry: {
      ours: { kind } as TransactionEntryPoint,
      theirs: new sdk.TransactionEntryPoint(sdk.TransactionEntryPointEnum[kind]),
    },
  })),
  // The SDK refuses an empty Custom name (it tests the string for truth); ours is checked in codec.test.ts.
  fc.tuple(invocation, ascii(20, 1)).map(([id, ep]) => {
    const s = new sdk.StoredTarget();
    Object.assign(s, { id: id.theirs, runtime: sdk.TransactionRuntime.vmCasperV1() });
    return {
      target: {
        ours: { kind: 'Stored', id: id.ours, runtime: { kind: 'VmCasperV1' } } as const,
        theirs: new sdk.TransactionTarget(undefined, s),
      },
      entry: {
        ours: { kind: 'Custom', name: ep } as const,
        theirs: new sdk.TransactionEntryPoint(sdk.TransactionEntryPointEnum.Custom, ep),
      },
    };
  }),
  fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 300 })).map(([install, module]) => {
    const s = new sdk.SessionTarget();
    Object.assign(s, { moduleBytes: module, runtime: sdk.TransactionRuntime.vmCasperV1(), isInstallUpgrade: install });
    return {
      target: {
        ours: {
          kind: 'Session',
          isInstallUpgrade: install,
          moduleBytes: module,
          runtime: { kind: 'VmCasperV1' },
        } as const,
        theirs: new sdk.TransactionTarget(undefined, undefined, s),
      },
      entry: {
        ours: { kind: 'Call' } as const,
        theirs: new sdk.TransactionEntryPoint(sdk.TransactionEntryPointEnum.Call),
      },
    };
  }),
);

const initiator = fc.oneof(
  edKey32.map((h) => ({
    ours: PublicKey.fromHex(`01${h}`),
    theirs: new sdk.InitiatorAddr(sdk.PublicKey.fromHex(`01${h}`)),
  })),
  bytes32.map((b) => ({
    ours: { kind: 'AccountHash', accountHash: b } as const,
    theirs: new sdk.InitiatorAddr(undefined, sdk.AccountHash.fromString(`account-hash-${toHex(b)}`)),
  })),
);

const txCase = fc.record({
  initiator,
  pricing,
  te: targetAndEntry,
  args: namedArgs,
  chainName: ascii(30),
  timestamp: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  ttl: fc.integer({ min: 1, max: 2 ** 32 }),
});

describe('TransactionV1 bytes vs casper-js-sdk 5.0.12', () => {
  it('1,000 random transactions: same payload bytes, hash, signature and full bytes', async () => {
    const key = await ed25519TestKey(7);
    const sdkKey = sdk.PrivateKey.fromHex('07'.repeat(32), sdk.KeyAlgorithm.ED25519);
    expect(sdkKey.publicKey.toHex()).toBe(key.publicKey.toHex());
    let runs = 0;
    const seen = new Set<string>();
    fc.assert(
      fc.property(txCase, (c) => {
        runs++;
        const t = c.te.target.ours;
        seen.add(
          t.kind === 'Stored'
            ? `${t.id.kind}${'protocolVersionMajor' in t.id && t.id.protocolVersionMajor !== null ? '+major' : ''}`
            : t.kind,
        );
        seen
          .add(c.pricing.ours.kind)
          .add(c.initiator.ours instanceof PublicKey ? 'PublicKey' : 'AccountHash')
          .add(c.te.entry.ours.kind);
        const ours = buildTransaction({
          initiator: c.initiator.ours,
          chainName: c.chainName,
          pricingMode: c.pricing.ours,
          target: c.te.target.ours,
          entryPoint: c.te.entry.ours,
          args: c.args.map(([n, p]) => [n, p.ours] as const),
          timestamp: c.timestamp,
          ttl: c.ttl,
        });
        const args = sdk.Args.fromMap({});
        for (const [n, p] of c.args) args.insert(n, p.theirs);
        const payload = sdk.TransactionV1Payload.build({
          initiatorAddr: c.initiator.theirs,
          args,
          ttl: new sdk.Duration(c.ttl),
          entryPoint: c.te.entry.theirs,
          pricingMode: c.pricing.theirs,
          timestamp: new sdk.Timestamp(new Date(c.timestamp)),
          transactionTarget: c.te.target.theirs,
          scheduling: new sdk.TransactionScheduling({}),
          chainName: c.chainName,
        });
        expect(toHex(payloadBytes(ours.payload))).toBe(toHex(payload.toBytes()));
        const theirs = sdk.TransactionV1.makeTransactionV1(payload);
        expect(toHex(ours.hash)).toBe(theirs.hash.toHex());
        theirs.sign(sdkKey);
        const signed = signTransaction(ours, key);
        expect(toHex(signed.approvals[0]!.signature)).toBe(toHex(theirs.approvals[0].signature.bytes));
        expect(toHex(transactionToBytes(signed))).toBe(toHex(theirs.toBytes()));
      }),
      { numRuns: 1000, seed: 20261125 },
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
    // Every shape was exercised, not just the easy ones.
    for (const k of [
      'Native',
      'Session',
      'ByHash',
      'ByName',
      'ByPackageHash',
      'ByPackageHash+major',
      'ByPackageName',
      'ByPackageName+major',
      'PaymentLimited',
      'Fixed',
      'PublicKey',
      'AccountHash',
      'Custom',
      'Call',
      ...NATIVE,
    ])
      expect(seen).toContain(k);
  }, 120_000);
});
