// Differential test: random TransactionV1s built by our engine and by casper-js-sdk 5.0.12 (a
// devDependency used only as an oracle) must have the same payload bytes and hash, and, signed by
// the same ed25519 key, the same signature and full bytes. Inputs stay where casper-2.md §4 says
// the SDK is sound: VmCasperV1, Named args, ASCII strings, versions and protocol majors other than
// 0, one approval, no Burn (the SDK has no tag 12), payment amounts below 2^53 − 1 (it takes a number and ethers refuses larger).
// The cases it gets wrong are covered by hand-derived bytes in src/transaction/codec.test.ts.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter, CLValue, encode, fromHex, parseKey, parseURef, PublicKey, toHex } from '../../src/core/index.js';
import { isEd25519Point } from '../../src/core/curve-points.js';
import { buildTransaction, payloadBytes, signTransaction, transactionToBytes, type EntryPointKind, type InvocationTarget, type PricingMode, type TransactionEntryPoint, type TransactionTarget } from '../../src/transaction/index.js';
import { ed25519TestKey } from '../helpers/test-keys.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sdk: any = createRequire(import.meta.url)('casper-js-sdk');

type Pair<T> = { ours: T; theirs: unknown };
const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const hex32 = bytes32.map((b) => toHex(b));
// ed25519 public keys must be curve points (casper-types refuses others): keep the ones that are.
const edKey32 = hex32.filter((h) => isEd25519Point(fromHex(h)));
const ascii = (max: number, min = 0) => fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: min, maxLength: max });
const u32NonZero = fc.integer({ min: 1, max: 2 ** 32 - 1 });

const value: fc.Arbitrary<Pair<CLValue>> = fc.oneof(
  fc.boolean().map((v) => ({ ours: new CLValue('Bool', encode.bool(v)), theirs: sdk.CLValue.newCLValueBool(v) })),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((v) => ({ ours: new CLValue('I32', encode.i32(v)), theirs: sdk.CLValue.newCLInt32(v) })),
  fc.integer({ min: 0, max: 255 }).map((v) => ({ ours: new CLValue('U8', encode.u8(v)), theirs: sdk.CLValue.newCLUint8(v) })),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((v) => ({ ours: new CLValue('U32', encode.u32(v)), theirs: sdk.CLValue.newCLUInt32(v) })),
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((v) => ({ ours: new CLValue('U64', encode.u64(v)), theirs: sdk.CLValue.newCLUint64(v.toString()) })),
  fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }).map((v) => ({ ours: new CLValue('U256', encode.u256(v)), theirs: sdk.CLValue.newCLUInt256(v.toString()) })),
  fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }).map((v) => ({ ours: new CLValue('U512', encode.u512(v)), theirs: sdk.CLValue.newCLUInt512(v.toString()) })),
  ascii(40).map((v) => ({ ours: new CLValue('String', encode.string(v)), theirs: sdk.CLValue.newCLString(v) })),
  hex32.map((h) => ({ ours: new CLValue('Key', parseKey(`account-hash-${h}`)), theirs: sdk.CLValue.newCLKey(sdk.Key.newKey(`account-hash-${h}`)) })),
  hex32.map((h) => ({ ours: new CLValue('Key', parseKey(`hash-${h}`)), theirs: sdk.CLValue.newCLKey(sdk.Key.newKey(`hash-${h}`)) })),
  fc.tuple(hex32, fc.integer({ min: 0, max: 7 })).map(([h, a]) => {
    const s = `uref-${h}-00${a}`;
    return { ours: new CLValue('URef', parseURef(s)), theirs: sdk.CLValue.newCLUref(sdk.URef.fromString(s)) };
  }),
  edKey32.map((h) => ({ ours: new CLValue('PublicKey', PublicKey.fromHex(`01${h}`).bytes), theirs: sdk.CLValue.newCLPublicKey(sdk.PublicKey.fromHex(`01${h}`)) })),
  fc.option(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), { nil: null }).map((v) => ({
    ours: new CLValue({ Option: 'U64' }, v === null ? Uint8Array.of(0) : new ByteWriter().u8(1).u64(v).finish()),
    theirs: v === null ? sdk.CLValue.newCLOption(null, sdk.CLTypeUInt64) : sdk.CLValue.newCLOption(sdk.CLValue.newCLUint64(v.toString())),
  })),
);

// The SDK's Args is a Map: names must be unique for its order to be the insertion order.
const namedArgs = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z_][a-z0-9_]{0,15}$/), value), { selector: ([n]) => n, maxLength: 6 });

const pricing: fc.Arbitrary<Pair<PricingMode>> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean()).map(([amount, tol, std]) => {
    const p = new sdk.PaymentLimitedMode();
    Object.assign(p, { paymentAmount: amount, gasPriceTolerance: tol, standardPayment: std });
    const m = new sdk.PricingMode();
    m.paymentLimited = p;
    return { ours: { kind: 'PaymentLimited', paymentAmount: BigInt(amount), gasPriceTolerance: tol, standardPayment: std } as const, theirs: m };
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
  'Transfer', 'AddBid', 'WithdrawBid', 'Delegate', 'Undelegate', 'Redelegate', 'ActivateBid', 'ChangeBidPublicKey', 'AddReservations', 'CancelReservations',
];

const targetAndEntry: fc.Arbitrary<{ target: Pair<TransactionTarget>; entry: Pair<TransactionEntryPoint> }> = fc.oneof(
  fc.constantFrom(...NATIVE).map((kind) => ({
    target: { ours: { kind: 'Native' } as const, theirs: new sdk.TransactionTarget({}) },
    entry: { ours: { kind } as TransactionEntryPoint, theirs: new sdk.TransactionEntryPoint(sdk.TransactionEntryPointEnum[kind]) },
  })),
  // The SDK refuses an empty Custom name (it tests the string for truth); ours is checked in codec.test.ts.
  fc.tuple(invocation, ascii(20, 1)).map(([id, ep]) => {
    const s = new sdk.StoredTarget();
    Object.assign(s, { id: id.theirs, runtime: sdk.TransactionRuntime.vmCasperV1() });
    return {
      target: { ours: { kind: 'Stored', id: id.ours, runtime: { kind: 'VmCasperV1' } } as const, theirs: new sdk.TransactionTarget(undefined, s) },
      entry: { ours: { kind: 'Custom', name: ep } as const, theirs: new sdk.TransactionEntryPoint(sdk.TransactionEntryPointEnum.Custom, ep) },
    };
  }),
  fc.tuple(fc.boolean(), fc.uint8Array({ maxLength: 300 })).map(([install, module]) => {
    const s = new sdk.SessionTarget();
    Object.assign(s, { moduleBytes: module, runtime: sdk.TransactionRuntime.vmCasperV1(), isInstallUpgrade: install });
    return {
      target: { ours: { kind: 'Session', isInstallUpgrade: install, moduleBytes: module, runtime: { kind: 'VmCasperV1' } } as const, theirs: new sdk.TransactionTarget(undefined, undefined, s) },
      entry: { ours: { kind: 'Call' } as const, theirs: new sdk.TransactionEntryPoint(sdk.TransactionEntryPointEnum.Call) },
    };
  }),
);

const initiator = fc.oneof(
  edKey32.map((h) => ({ ours: PublicKey.fromHex(`01${h}`), theirs: new sdk.InitiatorAddr(sdk.PublicKey.fromHex(`01${h}`)) })),
  bytes32.map((b) => ({ ours: { kind: 'AccountHash', accountHash: b } as const, theirs: new sdk.InitiatorAddr(undefined, sdk.AccountHash.fromString(`account-hash-${toHex(b)}`)) })),
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
        seen.add(t.kind === 'Stored' ? `${t.id.kind}${'protocolVersionMajor' in t.id && t.id.protocolVersionMajor !== null ? '+major' : ''}` : t.kind);
        seen.add(c.pricing.ours.kind).add(c.initiator.ours instanceof PublicKey ? 'PublicKey' : 'AccountHash').add(c.te.entry.ours.kind);
        const ours = buildTransaction({
          initiator: c.initiator.ours, chainName: c.chainName, pricingMode: c.pricing.ours, target: c.te.target.ours, entryPoint: c.te.entry.ours,
          args: c.args.map(([n, p]) => [n, p.ours] as const), timestamp: c.timestamp, ttl: c.ttl,
        });
        const args = sdk.Args.fromMap({});
        for (const [n, p] of c.args) args.insert(n, p.theirs);
        const payload = sdk.TransactionV1Payload.build({
          initiatorAddr: c.initiator.theirs, args, ttl: new sdk.Duration(c.ttl), entryPoint: c.te.entry.theirs, pricingMode: c.pricing.theirs,
          timestamp: new sdk.Timestamp(new Date(c.timestamp)), transactionTarget: c.te.target.theirs, scheduling: new sdk.TransactionScheduling({}), chainName: c.chainName,
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
    for (const k of ['Native', 'Session', 'ByHash', 'ByName', 'ByPackageHash', 'ByPackageHash+major', 'ByPackageName', 'ByPackageName+major',
      'PaymentLimited', 'Fixed', 'PublicKey', 'AccountHash', 'Custom', 'Call', ...NATIVE]) expect(seen).toContain(k);
  }, 120_000);
});
