// The TransactionV1 engine's public API (Casper 2.x). Commands build on these names: the model
// types are in types.ts, bytes in to-bytes.ts / from-bytes.ts, JSON in to-json.ts / from-json.ts.
// The engine builds on the shared pieces (core, signer, chainspec) only: not on the deploy engine,
// nor on anything above it. Hashing big module bytes is faster after core's enableFastHash().
export { ENTRY_POINT_TAGS, type EntryPointKind, type InitiatorAddr, type InvocationTarget, type PricingMode, type TransactionArgs, type TransactionEntryPoint, TransactionError, type TransactionRuntime, type TransactionScheduling, type TransactionTarget, type TransactionV1, type TransactionV1Payload } from './types.js';
export { buildTransaction, type BuildTransactionParams, DEFAULT_TRANSACTION_TTL_MS, transactionHash } from './build.js';
export { approvalsBytes, payloadBytes, transactionSize, transactionToBytes } from './to-bytes.js';
export { transactionFromBytes } from './from-bytes.js';
export { clValueToJson2, payloadToJson, transactionToJson, transactionToJsonWrapped } from './to-json.js';
export { payloadFromJson, TransactionJsonError, transactionFromJson, unwrapTransactionV1 } from './from-json.js';
export { parsedJson2, readKeyString } from './parsed.js';
export { checkTransaction, signTransaction, type TransactionCheck, verifyTransaction } from './sign.js';
export { argsFieldLength, type LaneError, type NoLane, transactionKind, transactionLane, type TxKind } from './lane.js';
