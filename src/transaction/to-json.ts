// TransactionV1 → the node's JSON: serde declaration order (the node's serde_json keeps it), except
// `fields`, a BTreeMap<String, Value>, hence args, entry_point, scheduling, target; `parsed` as a
// 2.x node renders it.
// Follows casper-node 2.0.0 types/src/transaction.rs l.450–460 (TransactionJson: {"Version1": …}),
// transaction/transaction_v1.rs l.120–131 (TransactionV1Json: hash, payload, approvals as a
// BTreeSet), transaction_v1/transaction_v1_payload.rs l.205–212 and l.264–290 (fields by name),
// initiator_addr.rs l.40–45 (AccountHash as its formatted string), pricing_mode.rs l.40–75,
// transaction_v1/transaction_args.rs l.27–32, transaction_target.rs l.37–48 (VmCasperV2.seed is
// Option<[u8; 32]> with no serde helper: an array of 32 numbers) and l.181–200,
// transaction_invocation_target.rs l.35–80 (ByHash/addr as hex) with protocol_version_major
// skipped when None (2.0.3+, casper-2.md §3), transaction_entry_point.rs l.36–215,
// transaction_scheduling.rs l.35–38, cl_value.rs l.212–223 (CLValue: cl_type, bytes, parsed).
import { formatTimestamp, formatTtl, toHex, type CLValue, type Json } from '../core/index.js';
import { sortedApprovals } from '../core/index.js';
import { parsedJson2 } from './parsed.js';
import type {
  InitiatorAddr,
  InvocationTarget,
  PricingMode,
  TransactionArgs,
  TransactionEntryPoint,
  TransactionRuntime,
  TransactionTarget,
  TransactionV1,
  TransactionV1Payload,
} from './types.js';

const big = (v: bigint): number | bigint => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

function initiatorToJson(i: InitiatorAddr): Json {
  return i.kind === 'PublicKey'
    ? { PublicKey: i.publicKey.toHex() }
    : { AccountHash: `account-hash-${toHex(i.accountHash)}` };
}

function pricingModeToJson(p: PricingMode): Json {
  switch (p.kind) {
    case 'PaymentLimited':
      return {
        PaymentLimited: {
          payment_amount: big(p.paymentAmount),
          gas_price_tolerance: p.gasPriceTolerance,
          standard_payment: p.standardPayment,
        },
      };
    case 'Fixed':
      return {
        Fixed: {
          additional_computation_factor: p.additionalComputationFactor,
          gas_price_tolerance: p.gasPriceTolerance,
        },
      };
    case 'Prepaid':
      return { Prepaid: { receipt: toHex(p.receipt) } };
  }
}

function clValueToJson2(v: CLValue): Json {
  return { cl_type: v.clType as Json, bytes: toHex(v.bytes), parsed: parsedJson2(v.clType, v.bytes) };
}

function argsToJson(a: TransactionArgs): Json {
  return a.kind === 'Named' ? { Named: a.args.map(([n, v]) => [n, clValueToJson2(v)]) } : { Bytesrepr: toHex(a.bytes) };
}

function runtimeToJson(r: TransactionRuntime): Json {
  if (r.kind === 'VmCasperV1') return 'VmCasperV1';
  return {
    VmCasperV2: { transferred_value: big(r.transferredValue), seed: r.seed === null ? null : Array.from(r.seed) },
  };
}

function invocationTargetToJson(t: InvocationTarget): Json {
  switch (t.kind) {
    case 'ByHash':
      return { ByHash: toHex(t.hash) };
    case 'ByName':
      return { ByName: t.name };
    case 'ByPackageHash':
    case 'ByPackageName': {
      const body: Record<string, Json> = t.kind === 'ByPackageHash' ? { addr: toHex(t.addr) } : { name: t.name };
      body.version = t.version;
      if (t.protocolVersionMajor !== undefined && t.protocolVersionMajor !== null)
        body.protocol_version_major = t.protocolVersionMajor;
      return { [t.kind]: body };
    }
  }
}

function targetToJson(t: TransactionTarget): Json {
  switch (t.kind) {
    case 'Native':
      return 'Native';
    case 'Stored':
      return { Stored: { id: invocationTargetToJson(t.id), runtime: runtimeToJson(t.runtime) } };
    case 'Session':
      return {
        Session: {
          is_install_upgrade: t.isInstallUpgrade,
          module_bytes: toHex(t.moduleBytes),
          runtime: runtimeToJson(t.runtime),
        },
      };
  }
}

function entryPointToJson(e: TransactionEntryPoint): Json {
  return e.kind === 'Custom' ? { Custom: e.name } : e.kind;
}

function payloadToJson(p: TransactionV1Payload): Json {
  return {
    initiator_addr: initiatorToJson(p.initiator),
    timestamp: formatTimestamp(p.timestamp),
    ttl: formatTtl(p.ttl),
    chain_name: p.chainName,
    pricing_mode: pricingModeToJson(p.pricingMode),
    fields: {
      args: argsToJson(p.args),
      entry_point: entryPointToJson(p.entryPoint),
      scheduling: p.scheduling.kind,
      target: targetToJson(p.target),
    },
  };
}

/** The bare TransactionV1 JSON (what `info_get_transaction` nests under "Version1"). */
export function transactionToJson(t: TransactionV1): Json {
  return {
    hash: toHex(t.hash),
    payload: payloadToJson(t.payload),
    approvals: sortedApprovals(t.approvals).map((a) => ({ signer: a.signer.toHex(), signature: toHex(a.signature) })),
  };
}

/** The `Transaction` enum form, {"Version1": …}, that account_put_transaction takes. */
export function transactionToJsonWrapped(t: TransactionV1): Json {
  return { Version1: transactionToJson(t) };
}
