// TransactionV1 parts as bytes, each expected value derived by hand from the layouts in
// casper-node 2.0.0 types/src/transaction/** (file:line in to-bytes.ts and from-bytes.ts) and casper-2.md §3; the Fixed
// pricing bytes and the 54-byte initiator / 15-byte target sizes are quoted there from the doc example.
// Each case is written, then read back to the same model.
import { blake2b } from '@noble/hashes/blake2.js';
import { describe, expect, it } from 'vitest';
import { ByteReader, CLValue, fromHex, PublicKey, toHex } from '../core/index.js';
import {
  readEntryPoint,
  readInitiator,
  readInvocationTarget,
  readPayload,
  readPricingMode,
  readRuntime,
  readScheduling,
  readTarget,
  readTransactionArgs,
  transactionFromBytes,
} from './from-bytes.js';
import {
  approvalsBytes,
  entryPointBytes,
  initiatorBytes,
  invocationTargetBytes,
  payloadBytes,
  pricingModeBytes,
  runtimeBytes,
  schedulingBytes,
  targetBytes,
  transactionArgsBytes,
  transactionToBytes,
} from './to-bytes.js';
import { transactionHash } from './build.js';
import { ENTRY_POINT_TAGS, type EntryPointKind, type TransactionV1Payload } from './types.js';

const h = (s: string) => fromHex(s.replace(/\s+/g, ''));
const x = (s: string) => s.replace(/\s+/g, '');
const rep = (byte: string, n: number) => byte.repeat(n);
const PK = PublicKey.fromHex(`01${rep('aa', 32)}`); // 'aa'×32 is an ed25519 point; 'ab'×32 is not;
const TAG_ONLY = (tag: string) => `01000000 0000 00000000 01000000 ${tag}`;

function roundTrip<T>(name: string, value: T, write: (v: T) => Uint8Array, read: (r: ByteReader) => T, hex: string) {
  it(`${name}: bytes`, () => expect(toHex(write(value))).toBe(x(hex)));
  it(`${name}: read back`, () => {
    const r = new ByteReader(h(hex));
    const back = read(r);
    r.end();
    expect(toHex(write(back))).toBe(x(hex));
    expect(back).toEqual(value);
  });
}

describe('InitiatorAddr (initiator_addr.rs)', () => {
  roundTrip(
    'PublicKey (54 bytes)',
    { kind: 'PublicKey', publicKey: PK } as const,
    initiatorBytes,
    readInitiator,
    `02000000 0000 00000000 0100 01000000 22000000 00 01${rep('aa', 32)}`,
  );
  roundTrip(
    'AccountHash',
    { kind: 'AccountHash', accountHash: h(rep('11', 32)) } as const,
    initiatorBytes,
    readInitiator,
    `02000000 0000 00000000 0100 01000000 21000000 01 ${rep('11', 32)}`,
  );
  it('54 bytes for an ed25519 key, as casper-2.md §3 counts the doc example', () =>
    expect(initiatorBytes({ kind: 'PublicKey', publicKey: PK }).length).toBe(54));
});

describe('PricingMode (pricing_mode.rs)', () => {
  roundTrip(
    'PaymentLimited 2 500 000 000, tolerance 1, standard',
    { kind: 'PaymentLimited', paymentAmount: 2_500_000_000n, gasPriceTolerance: 1, standardPayment: true } as const,
    pricingModeBytes,
    readPricingMode,
    '04000000 0000 00000000 0100 01000000 0200 09000000 0300 0a000000 0b000000 00 00f9029500000000 01 01',
  );
  roundTrip(
    'Fixed tolerance 5, factor 0 (the doc example, casper-2.md §3)',
    { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 5 } as const,
    pricingModeBytes,
    readPricingMode,
    '0300000000000000000001000100000002000200000003000000010500',
  );
  roundTrip(
    'Fixed tolerance 1, factor 3: tolerance is field 1',
    { kind: 'Fixed', additionalComputationFactor: 3, gasPriceTolerance: 1 } as const,
    pricingModeBytes,
    readPricingMode,
    '03000000 0000 00000000 0100 01000000 0200 02000000 03000000 01 01 03',
  );
  roundTrip(
    'Prepaid',
    { kind: 'Prepaid', receipt: h(rep('cd', 32)) } as const,
    pricingModeBytes,
    readPricingMode,
    `02000000 0000 00000000 0100 01000000 21000000 02 ${rep('cd', 32)}`,
  );
  it('refuses a tolerance above 255', () =>
    expect(() => pricingModeBytes({ kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 256 })).toThrow(
      /0 to 255/,
    ));
  it('refuses a payment amount of 2^64 instead of wrapping it', () => {
    expect(() =>
      pricingModeBytes({
        kind: 'PaymentLimited',
        paymentAmount: 1n << 64n,
        gasPriceTolerance: 1,
        standardPayment: true,
      }),
    ).toThrow(/payment amount must be a 64-bit/);
  });
});

describe('TransactionArgs (transaction_args.rs: plain tag byte, no envelope)', () => {
  roundTrip(
    'Named, none',
    { kind: 'Named', args: [] } as const,
    transactionArgsBytes,
    readTransactionArgs,
    '00 00000000',
  );
  roundTrip(
    'Named a: U8 7',
    { kind: 'Named', args: [['a', new CLValue('U8', Uint8Array.of(7))]] } as const,
    transactionArgsBytes,
    readTransactionArgs,
    '00 01000000 01000000 61 01000000 07 03',
  );
  // A non-ASCII name is counted in UTF-8 bytes (the JS SDK counts UTF-16 units: casper-2.md §4).
  roundTrip(
    'Named é: String "日"',
    { kind: 'Named', args: [['é', new CLValue('String', h('03000000 e697a5'))]] } as const,
    transactionArgsBytes,
    readTransactionArgs,
    '00 01000000 02000000 c3a9 07000000 03000000e697a5 0a',
  );
  roundTrip(
    'Bytesrepr (chunked)',
    { kind: 'Bytesrepr', bytes: h('dead') } as const,
    transactionArgsBytes,
    readTransactionArgs,
    '01 02000000 dead',
  );
});

describe('TransactionRuntimeParams (transaction_target.rs l.24–160)', () => {
  roundTrip('VmCasperV1', { kind: 'VmCasperV1' } as const, runtimeBytes, readRuntime, TAG_ONLY('00'));
  roundTrip(
    'VmCasperV2 value 5, no seed',
    { kind: 'VmCasperV2', transferredValue: 5n, seed: null } as const,
    runtimeBytes,
    readRuntime,
    '03000000 0000 00000000 0100 01000000 0200 09000000 0a000000 01 0500000000000000 00',
  );
  roundTrip(
    'VmCasperV2 value 0, seed',
    { kind: 'VmCasperV2', transferredValue: 0n, seed: h(rep('aa', 32)) } as const,
    runtimeBytes,
    readRuntime,
    `03000000 0000 00000000 0100 01000000 0200 09000000 2a000000 01 0000000000000000 01${rep('aa', 32)}`,
  );
});

const BY_HASH_HEX = `02000000 0000 00000000 0100 01000000 21000000 00 ${rep('22', 32)}`;

describe('TransactionInvocationTarget (transaction_invocation_target.rs, field 3 = protocol_version_major)', () => {
  roundTrip(
    'ByHash',
    { kind: 'ByHash', hash: h(rep('22', 32)) } as const,
    invocationTargetBytes,
    readInvocationTarget,
    BY_HASH_HEX,
  );
  roundTrip(
    'ByName "ab"',
    { kind: 'ByName', name: 'ab' } as const,
    invocationTargetBytes,
    readInvocationTarget,
    '02000000 0000 00000000 0100 01000000 07000000 01 02000000 6162',
  );
  roundTrip(
    'ByName "é" (UTF-8 length 2)',
    { kind: 'ByName', name: 'é' } as const,
    invocationTargetBytes,
    readInvocationTarget,
    '02000000 0000 00000000 0100 01000000 07000000 01 02000000 c3a9',
  );
  roundTrip(
    'ByPackageHash, version None, no major (3 fields)',
    { kind: 'ByPackageHash', addr: h(rep('33', 32)), version: null, protocolVersionMajor: null } as const,
    invocationTargetBytes,
    readInvocationTarget,
    `03000000 0000 00000000 0100 01000000 0200 21000000 22000000 02 ${rep('33', 32)} 00`,
  );
  // Version 0 is Some(0): the JS SDK writes None here (casper-2.md §4).
  roundTrip(
    'ByPackageHash, version 0',
    { kind: 'ByPackageHash', addr: h(rep('33', 32)), version: 0, protocolVersionMajor: null } as const,
    invocationTargetBytes,
    readInvocationTarget,
    `03000000 0000 00000000 0100 01000000 0200 21000000 26000000 02 ${rep('33', 32)} 0100000000`,
  );
  roundTrip(
    'ByPackageHash, version 3, major 2 (4 fields)',
    { kind: 'ByPackageHash', addr: h(rep('33', 32)), version: 3, protocolVersionMajor: 2 } as const,
    invocationTargetBytes,
    readInvocationTarget,
    `04000000 0000 00000000 0100 01000000 0200 21000000 0300 26000000 2a000000 02 ${rep('33', 32)} 0103000000 02000000`,
  );
  roundTrip(
    'ByPackageName "ab", version 3, major 2',
    { kind: 'ByPackageName', name: 'ab', version: 3, protocolVersionMajor: 2 } as const,
    invocationTargetBytes,
    readInvocationTarget,
    '04000000 0000 00000000 0100 01000000 0200 07000000 0300 0c000000 10000000 03 02000000 6162 0103000000 02000000',
  );
  roundTrip(
    'ByPackageName "ab", no version, major 0',
    { kind: 'ByPackageName', name: 'ab', version: null, protocolVersionMajor: 0 } as const,
    invocationTargetBytes,
    readInvocationTarget,
    '04000000 0000 00000000 0100 01000000 0200 07000000 0300 08000000 0c000000 03 02000000 6162 00 00000000',
  );
  it('an absent protocolVersionMajor writes no field 3', () => {
    expect(toHex(invocationTargetBytes({ kind: 'ByPackageName', name: 'ab', version: null }))).toBe(
      x('03000000 0000 00000000 0100 01000000 0200 07000000 08000000 03 02000000 6162 00'),
    );
  });
});

describe('TransactionTarget (transaction_target.rs l.284–400)', () => {
  roundTrip('Native (15 bytes)', { kind: 'Native' } as const, targetBytes, readTarget, TAG_ONLY('00'));
  // id = 53 bytes (0x35), so runtime starts at 1 + 53 = 0x36 and the payload is 1 + 53 + 15 = 0x45.
  roundTrip(
    'Stored ByHash, VmCasperV1',
    { kind: 'Stored', id: { kind: 'ByHash', hash: h(rep('22', 32)) }, runtime: { kind: 'VmCasperV1' } } as const,
    targetBytes,
    readTarget,
    `03000000 0000 00000000 0100 01000000 0200 36000000 45000000 01 ${BY_HASH_HEX} ${TAG_ONLY('00')}`,
  );
  roundTrip(
    'Session install, VmCasperV1, module 010203',
    { kind: 'Session', isInstallUpgrade: true, moduleBytes: h('010203'), runtime: { kind: 'VmCasperV1' } } as const,
    targetBytes,
    readTarget,
    `04000000 0000 00000000 0100 01000000 0200 02000000 0300 11000000 18000000 02 01 ${TAG_ONLY('00')} 03000000 010203`,
  );
});

describe('TransactionEntryPoint (transaction_entry_point.rs l.270–287) and scheduling', () => {
  const tags: [EntryPointKind, number][] = [
    ['Call', 0],
    ['Transfer', 2],
    ['AddBid', 3],
    ['WithdrawBid', 4],
    ['Delegate', 5],
    ['Undelegate', 6],
    ['Redelegate', 7],
    ['ActivateBid', 8],
    ['ChangeBidPublicKey', 9],
    ['AddReservations', 10],
    ['CancelReservations', 11],
    ['Burn', 12],
  ];
  it('covers every entry point of the node', () => expect(tags.length + 1).toBe(Object.keys(ENTRY_POINT_TAGS).length));
  for (const [kind, tag] of tags) {
    roundTrip(kind, { kind } as never, entryPointBytes, readEntryPoint, TAG_ONLY(tag.toString(16).padStart(2, '0')));
  }
  roundTrip(
    'Custom "ab"',
    { kind: 'Custom', name: 'ab' } as const,
    entryPointBytes,
    readEntryPoint,
    '02000000 0000 00000000 0100 01000000 07000000 01 02000000 6162',
  );
  roundTrip(
    'Custom "" (casper-client writes it when --session-entry-point is absent)',
    { kind: 'Custom', name: '' } as const,
    entryPointBytes,
    readEntryPoint,
    '02000000 0000 00000000 0100 01000000 05000000 01 00000000',
  );
  roundTrip('scheduling Standard', { kind: 'Standard' } as const, schedulingBytes, readScheduling, TAG_ONLY('00'));
  it('refuses an unknown entry point tag', () =>
    expect(() => readEntryPoint(new ByteReader(h(TAG_ONLY('0d'))))).toThrow(/unknown tag/));
  it('refuses the pre-release FutureEra scheduling', () =>
    expect(() =>
      readScheduling(new ByteReader(h('02000000 0000 00000000 0100 01000000 09000000 01 0500000000000000'))),
    ).toThrow());
});

// A whole payload, laid out by hand (transaction_v1_payload.rs l.29–34, l.338–350): AccountHash
// initiator (53 B), timestamp 1000, ttl 30 min, chain "ab", Fixed{5, 0} (29 B), fields map of 78 B.
const PAYLOAD: TransactionV1Payload = {
  initiator: { kind: 'AccountHash', accountHash: h(rep('11', 32)) },
  timestamp: 1000,
  ttl: 1_800_000,
  chainName: 'ab',
  pricingMode: { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 5 },
  args: { kind: 'Named', args: [] },
  target: { kind: 'Native' },
  entryPoint: { kind: 'Transfer' },
  scheduling: { kind: 'Standard' },
};
const PAYLOAD_HEX = [
  '06000000 0000 00000000 0100 35000000 0200 3d000000 0300 45000000 0400 4b000000 0500 68000000 b6000000',
  `02000000 0000 00000000 0100 01000000 21000000 01 ${rep('11', 32)}`,
  'e803000000000000',
  '40771b0000000000',
  '02000000 6162',
  '0300000000000000000001000100000002000200000003000000010500',
  `04000000 0000 05000000 0000000000 0100 0f000000 ${TAG_ONLY('00')} 0200 0f000000 ${TAG_ONLY('02')} 0300 0f000000 ${TAG_ONLY('00')}`,
].join(' ');

describe('approvals (transaction_v1.rs l.521–534: BTreeSet<Approval>, approval.rs l.67–82)', () => {
  // Signer bytes decide the order: 01 aa… < 01 bb… < 02 02ce…, whatever order they were added in.
  const secp = { signer: PublicKey.fromHex(`0202${rep('ce', 32)}`), signature: h(`02${rep('33', 64)}`) };
  const edB = { signer: PublicKey.fromHex(`01${rep('bb', 32)}`), signature: h(`01${rep('22', 64)}`) };
  const edA = { signer: PublicKey.fromHex(`01${rep('aa', 32)}`), signature: h(`01${rep('11', 64)}`) };
  const expected = `03000000 01${rep('aa', 32)} 01${rep('11', 64)} 01${rep('bb', 32)} 01${rep('22', 64)} 0202${rep('ce', 32)} 02${rep('33', 64)}`;
  it('are written sorted, with a u32 count', () => expect(toHex(approvalsBytes([secp, edB, edA]))).toBe(x(expected)));
  it('an empty set is a zero count', () => expect(toHex(approvalsBytes([]))).toBe('00000000'));
});

describe('TransactionV1Payload and TransactionV1', () => {
  roundTrip('payload', PAYLOAD, payloadBytes, readPayload, PAYLOAD_HEX);
  it('hash = BLAKE2b-256 of the payload bytes', () => {
    expect(toHex(transactionHash(PAYLOAD))).toBe(toHex(blake2b(h(PAYLOAD_HEX), { dkLen: 32 })));
  });
  it('full bytes: envelope {0 hash, 1 payload, 2 approvals}', () => {
    const hash = transactionHash(PAYLOAD);
    // The payload envelope is 4 + 6 × 6 + 4 + 182 = 226 bytes; 32 + 226 = 258 (0x102); + 4 bytes of
    // an empty approval set = 262 (0x106).
    const expected = `03000000 0000 00000000 0100 20000000 0200 02010000 06010000 ${toHex(hash)} ${PAYLOAD_HEX} 00000000`;
    const t = { hash, payload: PAYLOAD, approvals: [] };
    expect(toHex(transactionToBytes(t))).toBe(x(expected));
    expect(toHex(transactionToBytes(transactionFromBytes(h(expected))))).toBe(x(expected));
  });
  it('refuses a payload whose fields map lacks an entry', () => {
    const bad = PAYLOAD_HEX.replace('04000000 0000 05000000', '03000000 0000 05000000');
    expect(() => readPayload(new ByteReader(h(bad)))).toThrow(/exactly 4 entries/);
  });
  it('refuses trailing bytes after the transaction', () => {
    const hash = transactionHash(PAYLOAD);
    const full = `03000000 0000 00000000 0100 20000000 0200 02010000 06010000 ${toHex(hash)} ${PAYLOAD_HEX} 00000000 00`;
    expect(() => transactionFromBytes(h(full))).toThrow(/left-over/);
  });
});
