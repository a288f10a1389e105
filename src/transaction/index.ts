// The TransactionV1 engine's public API (Casper 2.x). Commands build on these names: the model
// types are in types.ts, bytes in to-bytes.ts / from-bytes.ts, JSON in to-json.ts / from-json.ts.
// The engine builds on the shared pieces (core, signer, chainspec) only: not on the deploy engine,
// nor on anything above it. Hashing big module bytes is faster after core's enableFastHash().
export type {
  EntryPointKind,
  InvocationTarget,
  PricingMode,
  TransactionArgs,
  TransactionEntryPoint,
  TransactionRuntime,
  TransactionTarget,
  TransactionV1,
} from './types.js';
export { buildTransaction } from './build.js';
export { payloadBytes, transactionSize, transactionToBytes } from './to-bytes.js';
export { transactionToJson, transactionToJsonWrapped } from './to-json.js';
export { payloadFromJson, transactionFromJson, unwrapTransactionV1 } from './from-json.js';
export { checkTransaction, signTransaction, verifyTransaction } from './sign.js';
export { type LaneError, missesSeed, transactionKind, transactionLane } from './lane.js';
