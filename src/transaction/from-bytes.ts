// bytesrepr → TransactionV1 and its parts, as strictly as the node reads them: each calltable
// field in order, each consumed exactly, no field left over, no trailing bytes.
// Follows casper-node 2.0.0 types/src/transaction/: initiator_addr.rs l.106–135; pricing_mode.rs
// l.317–372; transaction_v1/transaction_args.rs l.101–116; transaction_target.rs l.122–154 (runtime
// params), l.330–382 (target); transaction_invocation_target.rs l.332–418 (field 3 read as
// protocol_version_major, 2.0.3+); transaction_entry_point.rs l.365–457; transaction_scheduling.rs
// l.78–95; transaction_v1/transaction_v1_payload.rs l.355–399 (exactly the four field keys);
// transaction_v1.rs l.536–560; approval.rs l.84–91.
import {
  ByteReader,
  BytesError,
  CLValue,
  PublicKey,
  readCLType,
  type NamedArg,
  type RuntimeArgs,
} from '../core/index.js';
import { sortedApprovals, type Approval } from '../core/index.js';
import { EnvelopeReader } from './envelope.js';
import {
  ENTRY_POINT_TAGS,
  type EntryPointKind,
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

function readRuntimeArgs(r: ByteReader): RuntimeArgs {
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
    out =
      tag === 2
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
  else if (tag === 1)
    out = { kind: 'Stored', id: env.field(1, readInvocationTarget), runtime: env.field(2, readRuntime) };
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

const ENTRY_POINT_BY_TAG = new Map<number, EntryPointKind>(
  Object.entries(ENTRY_POINT_TAGS).map(([k, v]) => [v, k as EntryPointKind]),
);

export function readEntryPoint(r: ByteReader): TransactionEntryPoint {
  const env = EnvelopeReader.read(r, 2, 'entry_point');
  const tag = tagOf(env);
  const kind = ENTRY_POINT_BY_TAG.get(tag);
  if (kind === undefined) throw new BytesError(`entry_point: unknown tag ${tag}`);
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
    if (n !== 4)
      throw new BytesError(
        `payload fields: expected exactly 4 entries (args, target, entry_point, scheduling), got ${n}`,
      );
    const out: Uint8Array[] = [];
    for (let key = 0; key < 4; key++) {
      const k = x.u8() | (x.u8() << 8);
      if (k !== key) throw new BytesError(`payload fields: expected key ${key}, found ${k}`);
      out.push(x.bytes());
    }
    return out;
  });
  env.end();
  if (timestamp > BigInt(Number.MAX_SAFE_INTEGER) || ttl > BigInt(Number.MAX_SAFE_INTEGER))
    throw new BytesError('timestamp or ttl out of range');
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
