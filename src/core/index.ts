// The pieces everything builds on: bytesrepr, CLTypes and CLValues, keys, hashing, hex, time,
// runtime args, JSON text. Nothing here knows about deploys or transactions.
export { type Approval, sortedApprovals } from './approval.js';
export { ByteReader, bytesEqual, BytesError, ByteWriter, concatBytes, utf8 } from './bytes.js';
export { type CLType, clTypeBytes, clTypeFromJson, clTypeToString, readCLType } from './cltype.js';
export { CLValue, encode, type ParsedLeaves, parsedJson, readParsed, u512Value } from './clvalue.js';
export { escapeControlChars } from './control-chars.js';
export { fsReason } from './fs-reason.js';
export { blake2b256, blake2b256Parts, enableFastHash } from './hash.js';
export { fromHex, fromHexLoose, toHex } from './hex.js';
export { type Json, objectEntries, parseJsonExact, stringifyJson, withKeyOrder } from './json-text.js';
export {
  formatURef,
  KEY_VARIANTS,
  KeyFormatError,
  parseAccountHash,
  parseKey,
  parseURef,
  PublicKey,
  readKey,
} from './key.js';
export { argsBytes, type NamedArg, type RuntimeArgs, writeArgs } from './named-args.js';
export { CAPS, type InputCap, readFileCapped, readStreamCapped } from './read-capped.js';
export { formatTimestamp, formatTtl, isLeapSecondTimestamp, parseTimestamp, parseTtl } from './time.js';
