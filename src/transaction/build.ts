// Building a TransactionV1 from its parts: the payload, then hash = BLAKE2b-256(payload bytes).
// Follows casper-node 2.0.0 types/src/transaction/transaction_v1.rs l.174–200 (build: hash of the
// serialized payload, no approvals) and transaction_v1/transaction_v1_payload.rs l.69–76.
import { blake2b256Parts, PublicKey, type RuntimeArgs } from '../core/index.js';
import { payloadParts } from './to-bytes.js';
import type {
  InitiatorAddr,
  PricingMode,
  TransactionArgs,
  TransactionEntryPoint,
  TransactionScheduling,
  TransactionTarget,
  TransactionV1,
  TransactionV1Payload,
} from './types.js';

/** casper-client's default `--ttl` (30min). */
const DEFAULT_TRANSACTION_TTL_MS = 30 * 60 * 1000;

export interface BuildTransactionParams {
  /** A public key becomes InitiatorAddr::PublicKey. */
  initiator: PublicKey | InitiatorAddr;
  chainName: string;
  pricingMode: PricingMode;
  target: TransactionTarget;
  entryPoint: TransactionEntryPoint;
  /** Named runtime args (default none) or chunked Bytesrepr args. */
  args?: TransactionArgs | RuntimeArgs;
  scheduling?: TransactionScheduling;
  /** Milliseconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Milliseconds; defaults to 30 minutes. */
  ttl?: number;
}

/** BLAKE2b-256 of the payload's bytes: the transaction hash every approval signs. */
export function transactionHash(payload: TransactionV1Payload): Uint8Array {
  return blake2b256Parts(payloadParts(payload));
}

/** An unsigned TransactionV1 with its hash computed. */
export function buildTransaction(p: BuildTransactionParams): TransactionV1 {
  const args: TransactionArgs =
    p.args === undefined
      ? { kind: 'Named', args: [] }
      : Array.isArray(p.args)
        ? { kind: 'Named', args: p.args as RuntimeArgs }
        : (p.args as TransactionArgs);
  const payload: TransactionV1Payload = {
    initiator: p.initiator instanceof PublicKey ? { kind: 'PublicKey', publicKey: p.initiator } : p.initiator,
    timestamp: p.timestamp ?? Date.now(),
    ttl: p.ttl ?? DEFAULT_TRANSACTION_TTL_MS,
    chainName: p.chainName,
    pricingMode: p.pricingMode,
    args,
    target: p.target,
    entryPoint: p.entryPoint,
    scheduling: p.scheduling ?? { kind: 'Standard' },
  };
  return { hash: transactionHash(payload), payload, approvals: [] };
}
