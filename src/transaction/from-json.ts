// The node's TransactionV1 JSON → TransactionV1, checked as serde checks it: deny_unknown_fields
// wherever the node declares it, exactly the four `fields`, and the hash recomputed from the
// payload. Give it what parseJsonExact returns: u64 values above 2^53 must arrive exact.
// Follows casper-node 2.0.0 types/src/transaction.rs l.450–460 (TransactionJson, deny_unknown_fields),
// transaction/transaction_v1.rs l.97–131 (TransactionV1Json: no deny_unknown_fields at that level),
// transaction_v1/transaction_v1_payload.rs l.196–212 (deny_unknown_fields), l.239–262 ("Expected
// exactly 4 fields"), approval.rs l.20–27, initiator_addr.rs l.33–45, pricing_mode.rs l.33–75,
// transaction_v1/transaction_args.rs l.14–32, transaction_target.rs l.29–48, l.173–200,
// transaction_invocation_target.rs l.28–80 (Option fields may be absent; protocol_version_major as
// 2.0.3+ reads it), transaction_entry_point.rs l.27–215, transaction_scheduling.rs l.22–38,
// cl_value.rs l.212–223 (CLValueJson, deny_unknown_fields; `parsed` is read and ignored);
// transaction_v1.rs l.413–430 (the hash is the BLAKE2b-256 of the payload bytes).
import {
  blake2b256Parts,
  bytesEqual,
  CLValue,
  clTypeFromJson,
  fromHex,
  parseAccountHash,
  parseTimestamp,
  parseTtl,
  PublicKey,
  toHex,
  type NamedArg,
} from '../core/index.js';
import { sortedApprovals, type Approval } from '../core/index.js';
import { payloadParts } from './to-bytes.js';
import {
  ENTRY_POINT_TAGS,
  TransactionError,
  type EntryPointKind,
  type InitiatorAddr,
  type InvocationTarget,
  type PricingMode,
  type TransactionArgs,
  type TransactionEntryPoint,
  type TransactionRuntime,
  type TransactionTarget,
  type TransactionV1,
  type TransactionV1Payload,
} from './types.js';
import { messageOf } from '../core/errors.js';

class TransactionJsonError extends TransactionError {
  override name = 'TransactionJsonError';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (path: string, msg: string, cause?: unknown): never => {
  throw new TransactionJsonError(`${path}: ${msg}`, { cause });
};

/** A short picture of a bad value for a message: never megabytes of hex, and bigint-safe. */
function show(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object' && v !== null) return 'an object';
  return String(v);
}

/** An object with exactly these required (and optional) keys: serde's deny_unknown_fields. */
function struct(v: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Obj {
  if (!isObj(v)) return fail(path, `expected an object, got ${show(v)}`);
  for (const k of Object.keys(v)) {
    if (!required.includes(k) && !optional.includes(k)) {
      fail(path, `unknown field "${k}", expected ${[...required, ...optional].map((x) => `"${x}"`).join(', ')}`);
    }
  }
  for (const k of required) if (!(k in v)) fail(path, `missing field "${k}"`);
  return v;
}

/** An externally tagged enum value: a unit variant as a string, or {"Variant": body}. */
function variant(v: unknown, path: string, units: readonly string[], bodies: readonly string[]): [string, unknown] {
  if (typeof v === 'string') {
    if (units.includes(v)) return [v, undefined];
    if (bodies.includes(v)) return fail(path, `variant "${v}" needs its fields: {"${v}": …}`);
    return fail(path, `unknown variant "${v}", expected one of ${[...units, ...bodies].join(', ')}`);
  }
  if (isObj(v) && Object.keys(v).length === 1) {
    const k = Object.keys(v)[0]!;
    if (bodies.includes(k)) return [k, v[k]];
    // serde_json also takes a unit variant written as {"Variant": null}.
    if (units.includes(k) && v[k] === null) return [k, undefined];
    return fail(path, `unknown variant "${k}", expected one of ${[...units, ...bodies].join(', ')}`);
  }
  return fail(path, `expected one of ${[...units, ...bodies].join(', ')}`);
}

function string(v: unknown, path: string): string {
  return typeof v === 'string' ? v : fail(path, `expected a string, got ${show(v)}`);
}

// Above 75 bytes casper-types' checksummed hex accepts any case (deploy/hex.ts), so module bytes
// can take Buffer's native decoder once the digits are known to be valid.
const PLAIN_HEX = /^(?:[0-9a-fA-F]{2})*$/;

function hex(v: unknown, path: string, len?: number): Uint8Array {
  const s = string(v, path);
  let b: Uint8Array;
  try {
    b = s.length > 150 && PLAIN_HEX.test(s) ? new Uint8Array(Buffer.from(s, 'hex')) : fromHex(s);
  } catch (e) {
    return fail(path, messageOf(e), e);
  }
  if (len !== undefined && b.length !== len) fail(path, `expected ${len} bytes, got ${b.length}`);
  return b;
}

function uint(v: unknown, path: string, bits: 8 | 32 | 64): bigint {
  const ok = (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'bigint' && v >= 0n);
  if (!ok || BigInt(v as number | bigint) >> BigInt(bits) !== 0n)
    fail(path, `expected a ${bits}-bit unsigned integer, got ${show(v)}`);
  return BigInt(v as number | bigint);
}

function bool(v: unknown, path: string): boolean {
  return typeof v === 'boolean' ? v : fail(path, `expected true or false, got ${show(v)}`);
}

function publicKey(v: unknown, path: string): PublicKey {
  try {
    return PublicKey.fromHex(string(v, path));
  } catch (e) {
    if (e instanceof TransactionJsonError) throw e;
    return fail(path, messageOf(e), e);
  }
}

function initiatorFromJson(v: unknown, path: string): InitiatorAddr {
  const [k, body] = variant(v, path, [], ['PublicKey', 'AccountHash']);
  if (k === 'PublicKey') return { kind: 'PublicKey', publicKey: publicKey(body, `${path}.PublicKey`) };
  try {
    return { kind: 'AccountHash', accountHash: parseAccountHash(string(body, `${path}.AccountHash`)) };
  } catch (e) {
    if (e instanceof TransactionJsonError) throw e;
    return fail(`${path}.AccountHash`, messageOf(e), e);
  }
}

function pricingModeFromJson(v: unknown, path: string): PricingMode {
  const [k, body] = variant(v, path, [], ['PaymentLimited', 'Fixed', 'Prepaid']);
  const p = `${path}.${k}`;
  if (k === 'PaymentLimited') {
    const o = struct(body, p, ['payment_amount', 'gas_price_tolerance', 'standard_payment']);
    return {
      kind: k,
      paymentAmount: uint(o.payment_amount, `${p}.payment_amount`, 64),
      gasPriceTolerance: Number(uint(o.gas_price_tolerance, `${p}.gas_price_tolerance`, 8)),
      standardPayment: bool(o.standard_payment, `${p}.standard_payment`),
    };
  }
  if (k === 'Fixed') {
    const o = struct(body, p, ['additional_computation_factor', 'gas_price_tolerance']);
    return {
      kind: k,
      additionalComputationFactor: Number(
        uint(o.additional_computation_factor, `${p}.additional_computation_factor`, 8),
      ),
      gasPriceTolerance: Number(uint(o.gas_price_tolerance, `${p}.gas_price_tolerance`, 8)),
    };
  }
  return { kind: 'Prepaid', receipt: hex(struct(body, p, ['receipt']).receipt, `${p}.receipt`, 32) };
}

function argsFromJson(v: unknown, path: string): TransactionArgs {
  const [k, body] = variant(v, path, [], ['Named', 'Bytesrepr']);
  if (k === 'Bytesrepr') return { kind: 'Bytesrepr', bytes: hex(body, `${path}.Bytesrepr`) };
  if (!Array.isArray(body)) return fail(`${path}.Named`, 'expected an array of [name, CLValue] pairs');
  return {
    kind: 'Named',
    args: body.map((entry, i): NamedArg => {
      const p = `${path}.Named[${i}]`;
      if (!Array.isArray(entry) || entry.length !== 2) return fail(p, 'expected [name, {cl_type, bytes, parsed}]');
      const name = string(entry[0], `${p}[0]`);
      const o = struct(entry[1], `${p}[1]`, ['cl_type', 'bytes'], ['parsed']);
      let clType: ReturnType<typeof clTypeFromJson>;
      try {
        clType = clTypeFromJson(o.cl_type);
      } catch (e) {
        return fail(`${p}[1].cl_type`, messageOf(e), e);
      }
      return [name, new CLValue(clType, hex(o.bytes, `${p}[1].bytes`))];
    }),
  };
}

function runtimeFromJson(v: unknown, path: string): TransactionRuntime {
  const [k, body] = variant(v, path, ['VmCasperV1'], ['VmCasperV2']);
  if (k === 'VmCasperV1') return { kind: 'VmCasperV1' };
  const p = `${path}.VmCasperV2`;
  const o = struct(body, p, ['transferred_value', 'seed']);
  let seed: Uint8Array | null = null;
  if (o.seed !== null) {
    if (!Array.isArray(o.seed) || o.seed.length !== 32)
      fail(`${p}.seed`, 'expected null or an array of 32 byte values');
    seed = Uint8Array.from((o.seed as unknown[]).map((x, i) => Number(uint(x, `${p}.seed[${i}]`, 8))));
  }
  return { kind: 'VmCasperV2', transferredValue: uint(o.transferred_value, `${p}.transferred_value`, 64), seed };
}

function optionalU32(v: unknown, path: string): number | null {
  return v === undefined || v === null ? null : Number(uint(v, path, 32));
}

function invocationTargetFromJson(v: unknown, path: string): InvocationTarget {
  const [k, body] = variant(v, path, [], ['ByHash', 'ByName', 'ByPackageHash', 'ByPackageName']);
  const p = `${path}.${k}`;
  switch (k) {
    case 'ByHash':
      return { kind: k, hash: hex(body, p, 32) };
    case 'ByName':
      return { kind: k, name: string(body, p) };
    case 'ByPackageHash': {
      // Option fields may be absent in serde's derive; `version` is written by every node.
      const o = struct(body, p, ['addr'], ['version', 'protocol_version_major']);
      return {
        kind: k,
        addr: hex(o.addr, `${p}.addr`, 32),
        version: optionalU32(o.version, `${p}.version`),
        protocolVersionMajor: optionalU32(o.protocol_version_major, `${p}.protocol_version_major`),
      };
    }
    default: {
      const o = struct(body, p, ['name'], ['version', 'protocol_version_major']);
      return {
        kind: 'ByPackageName',
        name: string(o.name, `${p}.name`),
        version: optionalU32(o.version, `${p}.version`),
        protocolVersionMajor: optionalU32(o.protocol_version_major, `${p}.protocol_version_major`),
      };
    }
  }
}

function targetFromJson(v: unknown, path: string): TransactionTarget {
  const [k, body] = variant(v, path, ['Native'], ['Stored', 'Session']);
  const p = `${path}.${k}`;
  if (k === 'Native') return { kind: 'Native' };
  if (k === 'Stored') {
    const o = struct(body, p, ['id', 'runtime']);
    return {
      kind: 'Stored',
      id: invocationTargetFromJson(o.id, `${p}.id`),
      runtime: runtimeFromJson(o.runtime, `${p}.runtime`),
    };
  }
  const o = struct(body, p, ['is_install_upgrade', 'module_bytes', 'runtime']);
  return {
    kind: 'Session',
    isInstallUpgrade: bool(o.is_install_upgrade, `${p}.is_install_upgrade`),
    moduleBytes: hex(o.module_bytes, `${p}.module_bytes`),
    runtime: runtimeFromJson(o.runtime, `${p}.runtime`),
  };
}

const UNIT_ENTRY_POINTS = Object.keys(ENTRY_POINT_TAGS).filter((k) => k !== 'Custom');

function entryPointFromJson(v: unknown, path: string): TransactionEntryPoint {
  const [k, body] = variant(v, path, UNIT_ENTRY_POINTS, ['Custom']);
  if (k === 'Custom') return { kind: 'Custom', name: string(body, `${path}.Custom`) };
  return { kind: k as Exclude<EntryPointKind, 'Custom'> };
}

const FIELD_KEYS = ['args', 'entry_point', 'scheduling', 'target'] as const;

export function payloadFromJson(v: unknown, path = 'payload'): TransactionV1Payload {
  const o = struct(v, path, ['initiator_addr', 'timestamp', 'ttl', 'chain_name', 'pricing_mode', 'fields']);
  const f = o.fields;
  if (!isObj(f)) return fail(`${path}.fields`, 'expected an object');
  if (Object.keys(f).length !== FIELD_KEYS.length) {
    fail(
      `${path}.fields`,
      `expected exactly the 4 fields ${FIELD_KEYS.join(', ')}, got ${Object.keys(f).join(', ') || 'none'}`,
    );
  }
  for (const k of FIELD_KEYS) if (!(k in f)) fail(`${path}.fields`, `missing field "${k}"`);
  let timestamp: number;
  let ttl: number;
  try {
    timestamp = parseTimestamp(string(o.timestamp, `${path}.timestamp`));
  } catch (e) {
    return fail(`${path}.timestamp`, messageOf(e), e);
  }
  try {
    ttl = parseTtl(string(o.ttl, `${path}.ttl`));
  } catch (e) {
    return fail(`${path}.ttl`, messageOf(e), e);
  }
  const [scheduling] = variant(f.scheduling, `${path}.fields.scheduling`, ['Standard'], []);
  return {
    initiator: initiatorFromJson(o.initiator_addr, `${path}.initiator_addr`),
    timestamp,
    ttl,
    chainName: string(o.chain_name, `${path}.chain_name`),
    pricingMode: pricingModeFromJson(o.pricing_mode, `${path}.pricing_mode`),
    args: argsFromJson(f.args, `${path}.fields.args`),
    target: targetFromJson(f.target, `${path}.fields.target`),
    entryPoint: entryPointFromJson(f.entry_point, `${path}.fields.entry_point`),
    scheduling: { kind: scheduling as 'Standard' },
  };
}

function approvalsFromJson(v: unknown, path: string): Approval[] {
  if (!Array.isArray(v)) return fail(path, 'expected an array of {signer, signature}');
  const out = v.map((a, i): Approval => {
    const o = struct(a, `${path}[${i}]`, ['signer', 'signature']);
    return {
      signer: publicKey(o.signer, `${path}[${i}].signer`),
      signature: hex(o.signature, `${path}[${i}].signature`, 65),
    };
  });
  // A BTreeSet: identical approvals collapse into one.
  const sorted = sortedApprovals(out);
  return sorted.filter(
    (a, i) =>
      i === 0 ||
      !(bytesEqual(a.signer.bytes, sorted[i - 1]!.signer.bytes) && bytesEqual(a.signature, sorted[i - 1]!.signature)),
  );
}

/**
 * Finds the TransactionV1 in what a tool wrote: bare, {"Version1": …}, or an RPC request/reply
 * around either ({"transaction": …}, {"params": …}, {"result": …}).
 */
export function unwrapTransactionV1(v: unknown): Obj {
  for (let depth = 0; depth < 6 && isObj(v); depth++) {
    if ('payload' in v && 'hash' in v) return v;
    if ('Deploy' in v || ('header' in v && 'hash' in v)) {
      throw new TransactionJsonError('this is a legacy Deploy, not a TransactionV1');
    }
    const next = v.Version1 ?? v.transaction ?? v.result ?? v.params;
    if (next === undefined) break;
    v = next;
  }
  throw new TransactionJsonError(
    'no TransactionV1 found: expected {"hash", "payload", "approvals"}, bare or inside {"Version1": …}',
  );
}

/** Parses TransactionV1 JSON and refuses it when `hash` is not the BLAKE2b-256 of the payload. */
export function transactionFromJson(input: unknown): TransactionV1 {
  const o = unwrapTransactionV1(input);
  if (!('approvals' in o)) fail('transaction', 'missing field "approvals"');
  const hash = hex(o.hash, 'hash', 32);
  const payload = payloadFromJson(o.payload);
  let computed: Uint8Array;
  try {
    computed = blake2b256Parts(payloadParts(payload));
  } catch (e) {
    return fail('payload', messageOf(e), e);
  }
  if (!bytesEqual(computed, hash)) {
    throw new TransactionJsonError(
      `transaction hash mismatch: the payload hashes to ${toHex(computed)}, but "hash" says ${toHex(hash)}`,
    );
  }
  return { hash, payload, approvals: approvalsFromJson(o.approvals, 'approvals') };
}
