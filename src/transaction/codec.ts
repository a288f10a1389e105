// bytesrepr of TransactionV1 and its parts, both ways. Every enum-like part is a calltable
// envelope whose field 0 is a u8 tag; TransactionArgs alone is a plain tag byte.
// Follows casper-node 2.0.0 types/src/transaction/: initiator_addr.rs l.23–29, l.85–135;
// pricing_mode.rs l.263–380; transaction_v1/transaction_args.rs l.101–140;
// transaction_target.rs l.24–27, l.85–160 (runtime params), l.284–400 (target);
// transaction_invocation_target.rs l.257–420 with field 3 = protocol_version_major (u32, only when
// Some) as in 2.0.3+ (casper-2.md §3 "version skew"); transaction_entry_point.rs l.270–420;
// transaction_scheduling.rs l.59–95; transaction_v1/transaction_v1_payload.rs l.29–34, l.338–400
// (fields = BTreeMap<u16, Bytes> with exactly keys 0 args, 1 target, 2 entry_point, 3 scheduling);
// transaction_v1.rs l.69–71, l.522–560 (hash, payload, BTreeSet<Approval>).
import {
  ByteReader, ByteWriter, BytesError, CLValue, PublicKey, readCLType, sortedApprovals, writeArgs,
  type Approval, type NamedArg, type RuntimeArgs,
} from '../deploy/index.js';
import { envelopeBytes, EnvelopeReader, type EnvelopeField } from './envelope.js';
import {
  ENTRY_POINT_TAGS, type EntryPointKind, type InitiatorAddr, type InvocationTarget, type PricingMode, type TransactionArgs,
  type TransactionEntryPoint, type TransactionRuntime, type TransactionScheduling, type TransactionTarget, type TransactionV1,
  type TransactionV1Payload,
} from './types.js';

const w0 = () => new ByteWriter(64);
const u8 = (v: number) => Uint8Array.of(v);
const u32 = (v: number) => w0().u32(v).finish();
const u64 = (v: bigint | number) => w0().u64(v).finish();
const bool = (v: boolean) => Uint8Array.of(v ? 1 : 0);
const str = (s: string) => w0().string(s).finish();
const optU32 = (v: number | null) => (v === null ? Uint8Array.of(0) : w0().u8(1).u32(v).finish());

function checkU8(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 255) throw new BytesError(`${what} must be an integer from 0 to 255, got ${v}`);
  return v;
}
function checkU32(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new BytesError(`${what} must be a 32-bit unsigned integer, got ${v}`);
  return v;
}
function check32(b: Uint8Array, what: string): Uint8Array {
  if (b.length !== 32) throw new BytesError(`${what} must be 32 bytes, got ${b.length}`);
  return b;
}

// --- writers ---------------------------------------------------------------------------------

export function initiatorBytes(i: InitiatorAddr): Uint8Array {
  return i.kind === 'PublicKey'
    ? envelopeBytes([[0, u8(0)], [1, i.publicKey.bytes]])
    : envelopeBytes([[0, u8(1)], [1, check32(i.accountHash, 'initiator account hash')]]);
}

export function pricingModeBytes(p: PricingMode): Uint8Array {
  switch (p.kind) {
    case 'PaymentLimited':
      return envelopeBytes([[0, u8(0)], [1, u64(p.paymentAmount)], [2, u8(checkU8(p.gasPriceTolerance, 'gas price tolerance'))], [3, bool(p.standardPayment)]]);
    case 'Fixed':
      return envelopeBytes([
        [0, u8(1)], [1, u8(checkU8(p.gasPriceTolerance, 'gas price tolerance'))],
        [2, u8(checkU8(p.additionalComputationFactor, 'additional computation factor'))],
      ]);
    case 'Prepaid':
      return envelopeBytes([[0, u8(2)], [1, check32(p.receipt, 'receipt')]]);
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
  return envelopeBytes([[0, u8(1)], [1, u64(r.transferredValue)], [2, seed]]);
}

export function invocationTargetBytes(t: InvocationTarget): Uint8Array {
  switch (t.kind) {
    case 'ByHash':
      return envelopeBytes([[0, u8(0)], [1, check32(t.hash, 'entity hash')]]);
    case 'ByName':
      return envelopeBytes([[0, u8(1)], [1, str(t.name)]]);
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
  switch (t.kind) {
    case 'Native':
      return envelopeBytes([[0, u8(0)]]);
    case 'Stored':
      return envelopeBytes([[0, u8(1)], [1, invocationTargetBytes(t.id)], [2, runtimeBytes(t.runtime)]]);
    case 'Session': {
      const module = new ByteWriter(t.moduleBytes.length + 4).bytes(t.moduleBytes).finish();
      return envelopeBytes([[0, u8(2)], [1, bool(t.isInstallUpgrade)], [2, runtimeBytes(t.runtime)], [3, module]]);
    }
  }
}

export function entryPointBytes(e: TransactionEntryPoint): Uint8Array {
  return e.kind === 'Custom' ? envelopeBytes([[0, u8(1)], [1, str(e.name)]]) : envelopeBytes([[0, u8(ENTRY_POINT_TAGS[e.kind])]]);
}

export function schedulingBytes(_s: TransactionScheduling): Uint8Array {
  return envelopeBytes([[0, u8(0)]]);
}

/** The payload's `fields` map: u32 4 ‖ (u16 key ‖ u32 len ‖ bytes) for keys 0–3. */
function fieldsMapBytes(p: TransactionV1Payload): Uint8Array {
  const parts = [transactionArgsBytes(p.args), targetBytes(p.target), entryPointBytes(p.entryPoint), schedulingBytes(p.scheduling)];
  const w = new ByteWriter(parts.reduce((n, b) => n + b.length + 6, 4)).u32(parts.length);
  parts.forEach((b, key) => w.u8(key).u8(0).bytes(b));
  return w.finish();
}

/** The hashed bytes: TransactionV1Payload's envelope. */
export function payloadBytes(p: TransactionV1Payload): Uint8Array {
  if (!Number.isSafeInteger(p.timestamp) || p.timestamp < 0) throw new BytesError(`timestamp must be milliseconds since 1970, got ${p.timestamp}`);
  if (!Number.isSafeInteger(p.ttl) || p.ttl < 0) throw new BytesError(`ttl must be a number of milliseconds, got ${p.ttl}`);
  return envelopeBytes([
    [0, initiatorBytes(p.initiator)],
    [1, u64(p.timestamp)],
    [2, u64(p.ttl)],
    [3, str(p.chainName)],
    [4, pricingModeBytes(p.pricingMode)],
    [5, fieldsMapBytes(p)],
  ]);
}

export function approvalsBytes(approvals: readonly Approval[]): Uint8Array {
  const sorted = sortedApprovals(approvals);
  const w = new ByteWriter(4 + sorted.length * 100).u32(sorted.length);
  for (const a of sorted) w.raw(a.signer.bytes).raw(a.signature);
  return w.finish();
}

/** Full TransactionV1 bytes (what the node's size limits count); approvals in BTreeSet order. */
export function transactionToBytes(t: TransactionV1): Uint8Array {
  return envelopeBytes([[0, check32(t.hash, 'transaction hash')], [1, payloadBytes(t.payload)], [2, approvalsBytes(t.approvals)]]);
}

// --- readers ---------------------------------------------------------------------------------

function tagOf(env: EnvelopeReader): number {
  return env.field(0, (r) => r.u8());
}

function readBool(r: ByteReader): boolean {
  const b = r.u8();
  if (b > 1) throw new BytesError(`invalid bool byte ${b}`);
  return b === 1;
}

function readOption<T>(r: ByteReader, read: (r: ByteReader) => T): T | null {
  const tag = r.u8();
  if (tag === 0) return null;
  if (tag !== 1) throw new BytesError(`invalid Option tag ${tag}`);
  return read(r);
}

export function readInitiator(r: ByteReader): InitiatorAddr {
  const env = EnvelopeReader.read(r, 2, 'initiator_addr');
  const tag = tagOf(env);
  let out: InitiatorAddr;
  if (tag === 0) out = { kind: 'PublicKey', publicKey: env.field(1, (x) => PublicKey.read(x)) };
  else if (tag === 1) out = { kind: 'AccountHash', accountHash: env.field(1, (x) => x.raw(32).slice()) };
  else throw new BytesError(`initiator_addr: unknown tag ${tag}`);
  env.end();
  return out;
}

export function readPricingMode(r: ByteReader): PricingMode {
  const env = EnvelopeReader.read(r, 4, 'pricing_mode');
  const tag = tagOf(env);
  let out: PricingMode;
  if (tag === 0) {
    out = {
      kind: 'PaymentLimited',
      paymentAmount: env.field(1, (x) => x.u64()),
      gasPriceTolerance: env.field(2, (x) => x.u8()),
      standardPayment: env.field(3, readBool),
    };
  } else if (tag === 1) {
    const gasPriceTolerance = env.field(1, (x) => x.u8());
    out = { kind: 'Fixed', additionalComputationFactor: env.field(2, (x) => x.u8()), gasPriceTolerance };
  } else if (tag === 2) {
    out = { kind: 'Prepaid', receipt: env.field(1, (x) => x.raw(32).slice()) };
  } else throw new BytesError(`pricing_mode: unknown tag ${tag}`);
  env.end();
  return out;
}

export function readRuntimeArgs(r: ByteReader): RuntimeArgs {
  const n = r.u32();
  if (n > r.remaining) throw new BytesError(`${n} args is more than the bytes hold`);
  const args: NamedArg[] = [];
  for (let i = 0; i < n; i++) {
    const name = r.string();
    const value = r.bytes().slice();
    args.push([name, new CLValue(readCLType(r), value)]);
  }
  return args;
}

export function readTransactionArgs(r: ByteReader): TransactionArgs {
  const tag = r.u8();
  if (tag === 0) return { kind: 'Named', args: readRuntimeArgs(r) };
  if (tag === 1) return { kind: 'Bytesrepr', bytes: r.bytes().slice() };
  throw new BytesError(`args: unknown tag ${tag}`);
}

export function readRuntime(r: ByteReader): TransactionRuntime {
  const env = EnvelopeReader.read(r, 3, 'runtime');
  const tag = tagOf(env);
  let out: TransactionRuntime;
  if (tag === 0) out = { kind: 'VmCasperV1' };
  else if (tag === 1) {
    out = {
      kind: 'VmCasperV2',
      transferredValue: env.field(1, (x) => x.u64()),
      seed: env.field(2, (x) => readOption(x, (y) => y.raw(32).slice())),
    };
  } else throw new BytesError(`runtime: unknown tag ${tag}`);
  env.end();
  return out;
}

export function readInvocationTarget(r: ByteReader): InvocationTarget {
  const env = EnvelopeReader.read(r, 4, 'invocation target');
  const tag = tagOf(env);
  let out: InvocationTarget;
  if (tag === 0) out = { kind: 'ByHash', hash: env.field(1, (x) => x.raw(32).slice()) };
  else if (tag === 1) out = { kind: 'ByName', name: env.field(1, (x) => x.string()) };
  else if (tag === 2 || tag === 3) {
    const first = env.field(1, (x) => (tag === 2 ? x.raw(32).slice() : x.string()));
    const version = env.field(2, (x) => readOption(x, (y) => y.u32()));
    const protocolVersionMajor = env.hasMore ? env.field(3, (x) => x.u32()) : null;
    out = tag === 2
      ? { kind: 'ByPackageHash', addr: first as Uint8Array, version, protocolVersionMajor }
      : { kind: 'ByPackageName', name: first as string, version, protocolVersionMajor };
  } else throw new BytesError(`invocation target: unknown tag ${tag}`);
  env.end();
  return out;
}

export function readTarget(r: ByteReader): TransactionTarget {
  const env = EnvelopeReader.read(r, 4, 'target');
  const tag = tagOf(env);
  let out: TransactionTarget;
  if (tag === 0) out = { kind: 'Native' };
  else if (tag === 1) out = { kind: 'Stored', id: env.field(1, readInvocationTarget), runtime: env.field(2, readRuntime) };
  else if (tag === 2) {
    out = {
      kind: 'Session',
      isInstallUpgrade: env.field(1, readBool),
      runtime: env.field(2, readRuntime),
      moduleBytes: env.field(3, (x) => x.bytes().slice()),
    };
  } else throw new BytesError(`target: unknown tag ${tag}`);
  env.end();
  return out;
}

const ENTRY_POINT_BY_TAG = new Map<number, EntryPointKind>(Object.entries(ENTRY_POINT_TAGS).map(([k, v]) => [v, k as EntryPointKind]));

export function readEntryPoint(r: ByteReader): TransactionEntryPoint {
  const env = EnvelopeReader.read(r, 2, 'entry_point');
  const kind = ENTRY_POINT_BY_TAG.get(tagOf(env));
  if (kind === undefined) throw new BytesError('entry_point: unknown tag');
  const out: TransactionEntryPoint = kind === 'Custom' ? { kind, name: env.field(1, (x) => x.string()) } : { kind };
  env.end();
  return out;
}

export function readScheduling(r: ByteReader): TransactionScheduling {
  const env = EnvelopeReader.read(r, 1, 'scheduling');
  const tag = tagOf(env);
  if (tag !== 0) throw new BytesError(`scheduling: unknown tag ${tag} (only Standard exists)`);
  env.end();
  return { kind: 'Standard' };
}

function inField<T>(bytes: Uint8Array, read: (r: ByteReader) => T, what: string): T {
  const r = new ByteReader(bytes);
  const v = read(r);
  if (r.remaining !== 0) throw new BytesError(`${what}: ${r.remaining} unexpected bytes in the field`);
  return v;
}

export function readPayload(r: ByteReader): TransactionV1Payload {
  const env = EnvelopeReader.read(r, 6, 'payload');
  const initiator = env.field(0, readInitiator);
  const timestamp = env.field(1, (x) => x.u64());
  const ttl = env.field(2, (x) => x.u64());
  const chainName = env.field(3, (x) => x.string());
  const pricingMode = env.field(4, readPricingMode);
  const fields = env.field(5, (x) => {
    const n = x.u32();
    if (n !== 4) throw new BytesError(`payload fields: expected exactly 4 entries (args, target, entry_point, scheduling), got ${n}`);
    const out: Uint8Array[] = [];
    for (let key = 0; key < 4; key++) {
      const k = x.u8() | (x.u8() << 8);
      if (k !== key) throw new BytesError(`payload fields: expected key ${key}, found ${k}`);
      out.push(x.bytes());
    }
    return out;
  });
  env.end();
  if (timestamp > BigInt(Number.MAX_SAFE_INTEGER) || ttl > BigInt(Number.MAX_SAFE_INTEGER)) throw new BytesError('timestamp or ttl out of range');
  return {
    initiator,
    timestamp: Number(timestamp),
    ttl: Number(ttl),
    chainName,
    pricingMode,
    args: inField(fields[0]!, readTransactionArgs, 'args'),
    target: inField(fields[1]!, readTarget, 'target'),
    entryPoint: inField(fields[2]!, readEntryPoint, 'entry_point'),
    scheduling: inField(fields[3]!, readScheduling, 'scheduling'),
  };
}

/** Parses full TransactionV1 bytes; the hash is kept as given (verifyTransaction checks it). */
export function transactionFromBytes(bytes: Uint8Array): TransactionV1 {
  const r = new ByteReader(bytes);
  const env = EnvelopeReader.read(r, 3, 'transaction');
  const hash = env.field(0, (x) => x.raw(32).slice());
  const payload = env.field(1, readPayload);
  const approvals = env.field(2, (x) => {
    const n = x.u32();
    const out: Approval[] = [];
    for (let i = 0; i < n; i++) {
      const signer = PublicKey.read(x);
      const sigTag = x.u8();
      const len = sigTag === 1 || sigTag === 2 ? 64 : 0;
      if (len === 0) throw new BytesError(`approval ${i}: unknown signature tag ${sigTag}`);
      out.push({ signer, signature: Uint8Array.of(sigTag, ...x.raw(len)) });
    }
    return out;
  });
  env.end();
  r.end();
  return { hash, payload, approvals: sortedApprovals(approvals) };
}
