// TransactionV1 and its parts → bytesrepr. Every enum-like part is a calltable envelope whose field
// 0 is a u8 tag; TransactionArgs alone is a plain tag byte.
// Follows casper-node 2.0.0 types/src/transaction/: initiator_addr.rs l.23–29, l.84–104;
// pricing_mode.rs l.263–275, l.277–315; transaction_v1/transaction_args.rs l.118–144;
// transaction_target.rs l.24–27, l.84–120 (runtime params), l.284–295, l.297–328 (target);
// transaction_invocation_target.rs l.257–330, with field 3 = protocol_version_major (u32, written
// only when Some) as in 2.0.3+ — N-final had `version_key` there; with field 3 absent every 2.x
// version reads the same bytes (casper-2.md §3 "version skew"); transaction_entry_point.rs
// l.270–363; transaction_scheduling.rs l.59–76; transaction_v1/transaction_v1_payload.rs l.29–34,
// l.337–353 (fields = BTreeMap<u16, Bytes>: keys 0 args, 1 target, 2 entry_point, 3 scheduling);
// transaction_v1.rs l.69–71, l.521–534 (hash, payload, BTreeSet<Approval>); approval.rs l.67–82.
import { ByteWriter, BytesError, concatBytes, writeArgs } from '../core/index.js';
import { sortedApprovals, type Approval } from '../core/index.js';
import { envelopeBytes, envelopeParts, type EnvelopeField } from './envelope.js';
import {
  ENTRY_POINT_TAGS,
  type InitiatorAddr,
  type InvocationTarget,
  type PricingMode,
  type TransactionArgs,
  type TransactionEntryPoint,
  type TransactionRuntime,
  type TransactionScheduling,
  type TransactionTarget,
  type TransactionV1,
  type TransactionV1Payload,
} from './types.js';

const w0 = () => new ByteWriter(64);
const u8 = (v: number) => Uint8Array.of(v);
const u32 = (v: number) => w0().u32(v).finish();
const u64 = (v: bigint | number, what: string) => {
  if (BigInt(v) < 0n || BigInt(v) >> 64n !== 0n)
    throw new BytesError(`${what} must be a 64-bit unsigned integer, got ${v}`);
  return w0().u64(v).finish();
};
const bool = (v: boolean) => Uint8Array.of(v ? 1 : 0);
const str = (s: string) => w0().string(s).finish();
const optU32 = (v: number | null) => (v === null ? Uint8Array.of(0) : w0().u8(1).u32(v).finish());

function checkU8(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 255)
    throw new BytesError(`${what} must be an integer from 0 to 255, got ${v}`);
  return v;
}
function checkU32(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff)
    throw new BytesError(`${what} must be a 32-bit unsigned integer, got ${v}`);
  return v;
}
function check32(b: Uint8Array, what: string): Uint8Array {
  if (b.length !== 32) throw new BytesError(`${what} must be 32 bytes, got ${b.length}`);
  return b;
}

export function initiatorBytes(i: InitiatorAddr): Uint8Array {
  return i.kind === 'PublicKey'
    ? envelopeBytes([
        [0, u8(0)],
        [1, i.publicKey.bytes],
      ])
    : envelopeBytes([
        [0, u8(1)],
        [1, check32(i.accountHash, 'initiator account hash')],
      ]);
}

export function pricingModeBytes(p: PricingMode): Uint8Array {
  switch (p.kind) {
    case 'PaymentLimited':
      return envelopeBytes([
        [0, u8(0)],
        [1, u64(p.paymentAmount, 'payment amount')],
        [2, u8(checkU8(p.gasPriceTolerance, 'gas price tolerance'))],
        [3, bool(p.standardPayment)],
      ]);
    case 'Fixed':
      return envelopeBytes([
        [0, u8(1)],
        [1, u8(checkU8(p.gasPriceTolerance, 'gas price tolerance'))],
        [2, u8(checkU8(p.additionalComputationFactor, 'additional computation factor'))],
      ]);
    case 'Prepaid':
      return envelopeBytes([
        [0, u8(2)],
        [1, check32(p.receipt, 'receipt')],
      ]);
  }
}

export function transactionArgsBytes(a: TransactionArgs): Uint8Array {
  const w = new ByteWriter(a.kind === 'Bytesrepr' ? a.bytes.length + 8 : 256);
  if (a.kind === 'Named') writeArgs(w.u8(0), a.args);
  else w.u8(1).bytes(a.bytes);
  return w.finish();
}

export function runtimeBytes(r: TransactionRuntime): Uint8Array {
  if (r.kind === 'VmCasperV1') return envelopeBytes([[0, u8(0)]]);
  const seed = r.seed === null ? Uint8Array.of(0) : w0().u8(1).raw(check32(r.seed, 'seed')).finish();
  return envelopeBytes([
    [0, u8(1)],
    [1, u64(r.transferredValue, 'transferred value')],
    [2, seed],
  ]);
}

export function invocationTargetBytes(t: InvocationTarget): Uint8Array {
  switch (t.kind) {
    case 'ByHash':
      return envelopeBytes([
        [0, u8(0)],
        [1, check32(t.hash, 'entity hash')],
      ]);
    case 'ByName':
      return envelopeBytes([
        [0, u8(1)],
        [1, str(t.name)],
      ]);
    case 'ByPackageHash':
    case 'ByPackageName': {
      const fields: EnvelopeField[] = [
        [0, u8(t.kind === 'ByPackageHash' ? 2 : 3)],
        [1, t.kind === 'ByPackageHash' ? check32(t.addr, 'package hash') : str(t.name)],
        [2, optU32(t.version === null ? null : checkU32(t.version, 'version'))],
      ];
      const major = t.protocolVersionMajor ?? null;
      if (major !== null) fields.push([3, u32(checkU32(major, 'protocol version major'))]);
      return envelopeBytes(fields);
    }
  }
}

export function targetBytes(t: TransactionTarget): Uint8Array {
  return concatBytes(...targetParts(t));
}

/** The target's bytes as consecutive parts: session module bytes stay one part, never copied. */
function targetParts(t: TransactionTarget): Uint8Array[] {
  switch (t.kind) {
    case 'Native':
      return [envelopeBytes([[0, u8(0)]])];
    case 'Stored':
      return [
        envelopeBytes([
          [0, u8(1)],
          [1, invocationTargetBytes(t.id)],
          [2, runtimeBytes(t.runtime)],
        ]),
      ];
    case 'Session':
      return envelopeParts([
        [0, [u8(2)]],
        [1, [bool(t.isInstallUpgrade)]],
        [2, [runtimeBytes(t.runtime)]],
        [3, [u32(t.moduleBytes.length), t.moduleBytes]],
      ]);
  }
}

export function entryPointBytes(e: TransactionEntryPoint): Uint8Array {
  return e.kind === 'Custom'
    ? envelopeBytes([
        [0, u8(1)],
        [1, str(e.name)],
      ])
    : envelopeBytes([[0, u8(ENTRY_POINT_TAGS[e.kind])]]);
}

export function schedulingBytes(_s: TransactionScheduling): Uint8Array {
  return envelopeBytes([[0, u8(0)]]);
}

const partsLength = (parts: readonly Uint8Array[]) => parts.reduce((n, b) => n + b.length, 0);

/** The payload's `fields` map: u32 4 ‖ (u16 key ‖ u32 len ‖ bytes) for keys 0–3. */
function fieldsMapParts(p: TransactionV1Payload): Uint8Array[] {
  const fields = [
    [transactionArgsBytes(p.args)],
    targetParts(p.target),
    [entryPointBytes(p.entryPoint)],
    [schedulingBytes(p.scheduling)],
  ];
  const out: Uint8Array[] = [u32(fields.length)];
  for (const [key, parts] of fields.entries())
    out.push(new ByteWriter(6).u8(key).u8(0).u32(partsLength(parts)).finish(), ...parts);
  return out;
}

/**
 * The hashed bytes, TransactionV1Payload's envelope, as consecutive parts: hashing and sizing
 * them needs no copy of the module bytes (a megabyte for big session code).
 */
export function payloadParts(p: TransactionV1Payload): Uint8Array[] {
  if (!Number.isSafeInteger(p.timestamp) || p.timestamp < 0)
    throw new BytesError(`timestamp must be milliseconds since 1970, got ${p.timestamp}`);
  if (!Number.isSafeInteger(p.ttl) || p.ttl < 0)
    throw new BytesError(`ttl must be a number of milliseconds, got ${p.ttl}`);
  return envelopeParts([
    [0, [initiatorBytes(p.initiator)]],
    [1, [u64(p.timestamp, 'timestamp')]],
    [2, [u64(p.ttl, 'ttl')]],
    [3, [str(p.chainName)]],
    [4, [pricingModeBytes(p.pricingMode)]],
    [5, fieldsMapParts(p)],
  ]);
}

/** The hashed bytes: TransactionV1Payload's envelope. */
export function payloadBytes(p: TransactionV1Payload): Uint8Array {
  return concatBytes(...payloadParts(p));
}

export function approvalsBytes(approvals: readonly Approval[]): Uint8Array {
  const sorted = sortedApprovals(approvals);
  const w = new ByteWriter(4 + sorted.length * 100).u32(sorted.length);
  for (const a of sorted) w.raw(a.signer.bytes).raw(a.signature);
  return w.finish();
}

function transactionParts(t: TransactionV1): Uint8Array[] {
  return envelopeParts([
    [0, [check32(t.hash, 'transaction hash')]],
    [1, payloadParts(t.payload)],
    [2, [approvalsBytes(t.approvals)]],
  ]);
}

/** Full TransactionV1 bytes (what the node's size limits count); approvals in BTreeSet order. */
export function transactionToBytes(t: TransactionV1): Uint8Array {
  return concatBytes(...transactionParts(t));
}

/** The length of transactionToBytes(t), counted without copying the module bytes. */
export function transactionSize(t: TransactionV1): number {
  return partsLength(transactionParts(t));
}
