// The deploy engine's public API. Everything else in the project builds on these names.
export { ByteReader, ByteWriter, BytesError, bytesEqual, concatBytes, utf8 } from './bytes.js';
export { blake2b256, enableFastHash } from './hash.js';
export { fsReason } from './fs-reason.js';
export { fromHex, fromHexLoose, HexError, toChecksummedHex, toHex } from './hex.js';
export { type CLType, CLTypeError, clTypeBytes, clTypeFromJson, clTypeToString, readCLType, SIMPLE_CLTYPES, type SimpleCLType, writeCLType } from './cltype.js';
export { CLValue, CLValueError, encode, encodeBigUint, parsedJson, tryParsedJson, u512Value } from './clvalue.js';
export { formatURef, KEY_PREFIX_LIST, KEY_VARIANTS, KeyFormatError, parseAccountHash, parseKey, parseURef, PublicKey, readKey, type Algorithm } from './key.js';
export { formatTimestamp, formatTtl, isLeapSecondTimestamp, parseTimestamp, parseTtl, TimeError } from './time.js';
export { argsBytes, argsToJson, type ExecutableDeployItem, itemBytes, itemToJson, type NamedArg, type RuntimeArgs, standardPayment, writeArgs } from './item.js';
export {
  type Approval, bodyHash, buildDeploy, type BuildDeployOptions, DEFAULT_GAS_PRICE, DEFAULT_TTL_MS, type Deploy, type DeployHeader,
  deployHash, deploySize, deployToBytes, headerBytes, MAX_SERIALIZED_DEPLOY_SIZE, sortedApprovals,
} from './deploy.js';
export { approvalToJson, DeployJsonError, deployFromJson, deployToJson, headerToJson, itemFromJson, unwrapDeploy } from './json.js';
export { type Json, JsonSyntaxError, objectEntries, parseJsonExact, stringifyJson, withKeyOrder } from './json-text.js';
export { CAPS, type InputCap, InputTooLargeError, KiB, MiB, readFdCapped, readFileCapped, readStreamCapped } from './read-capped.js';
export { escapeControlChars } from './control-chars.js';
