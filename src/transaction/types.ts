// The TransactionV1 model: plain data, one type per casper-types 2.0 type.
// Follows casper-node 2.0.0 types/src/transaction/: initiator_addr.rs l.40 (InitiatorAddr),
// pricing_mode.rs l.40 (PricingMode), transaction_v1/transaction_args.rs l.27 (TransactionArgs),
// transaction_target.rs l.37 (TransactionRuntimeParams) and l.181 (TransactionTarget),
// transaction_invocation_target.rs l.35 (TransactionInvocationTarget; field 3 is
// `protocol_version_major` as in 2.0.3+, see casper-2.md §3), transaction_entry_point.rs l.36,
// transaction_scheduling.rs l.35, transaction_v1/transaction_v1_payload.rs l.69, transaction_v1.rs l.83.
import { CasperError } from '../core/errors.js';
import type { Approval } from '../core/index.js';
import type { PublicKey, RuntimeArgs } from '../core/index.js';

export type InitiatorAddr =
  | { kind: 'PublicKey'; publicKey: PublicKey }
  | { kind: 'AccountHash'; accountHash: Uint8Array };

export type PricingMode =
  | { kind: 'PaymentLimited'; paymentAmount: bigint; gasPriceTolerance: number; standardPayment: boolean }
  | { kind: 'Fixed'; additionalComputationFactor: number; gasPriceTolerance: number }
  | { kind: 'Prepaid'; receipt: Uint8Array };

export type TransactionArgs = { kind: 'Named'; args: RuntimeArgs } | { kind: 'Bytesrepr'; bytes: Uint8Array };

export type TransactionRuntime =
  | { kind: 'VmCasperV1' }
  | { kind: 'VmCasperV2'; transferredValue: bigint; seed: Uint8Array | null };

/** `protocolVersionMajor` null/absent: the calltable has no field 3 (every 2.x node reads that). */
export type InvocationTarget =
  | { kind: 'ByHash'; hash: Uint8Array }
  | { kind: 'ByName'; name: string }
  | { kind: 'ByPackageHash'; addr: Uint8Array; version: number | null; protocolVersionMajor?: number | null }
  | { kind: 'ByPackageName'; name: string; version: number | null; protocolVersionMajor?: number | null };

export type TransactionTarget =
  | { kind: 'Native' }
  | { kind: 'Stored'; id: InvocationTarget; runtime: TransactionRuntime }
  | { kind: 'Session'; isInstallUpgrade: boolean; moduleBytes: Uint8Array; runtime: TransactionRuntime };

/** Entry points by their calltable tag (transaction_entry_point.rs l.272–287). */
export const ENTRY_POINT_TAGS = {
  Call: 0,
  Custom: 1,
  Transfer: 2,
  AddBid: 3,
  WithdrawBid: 4,
  Delegate: 5,
  Undelegate: 6,
  Redelegate: 7,
  ActivateBid: 8,
  ChangeBidPublicKey: 9,
  AddReservations: 10,
  CancelReservations: 11,
  Burn: 12,
} as const;
export type EntryPointKind = keyof typeof ENTRY_POINT_TAGS;
export type TransactionEntryPoint = { kind: Exclude<EntryPointKind, 'Custom'> } | { kind: 'Custom'; name: string };

export type TransactionScheduling = { kind: 'Standard' };

export interface TransactionV1Payload {
  initiator: InitiatorAddr;
  /** Milliseconds since the Unix epoch. */
  timestamp: number;
  /** Milliseconds. */
  ttl: number;
  chainName: string;
  pricingMode: PricingMode;
  args: TransactionArgs;
  target: TransactionTarget;
  entryPoint: TransactionEntryPoint;
  scheduling: TransactionScheduling;
}

export interface TransactionV1 {
  hash: Uint8Array;
  payload: TransactionV1Payload;
  /** Kept in the node's BTreeSet order by every function here that adds one. */
  approvals: Approval[];
}

export class TransactionError extends CasperError {
  override name = 'TransactionError';
}
