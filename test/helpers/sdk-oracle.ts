// casper-js-sdk 5.0.12 as a test oracle (a devDependency, never a runtime base), and the random
// CLValues both differential tests feed it: each arbitrary yields our CLValue and the SDK's for the
// same value. Inputs stay where the SDK is sound (casper-js-sdk-evaluation.md §4, casper-2.md §4):
// ASCII strings, ed25519 keys that are curve points, unique arg names (its Args is a Map).
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { ByteWriter, CLValue, encode, fromHex, parseKey, parseURef, PublicKey, toHex } from '../../src/core/index.js';
import { isEd25519Point } from '../../src/core/curve-points.js';

export const sdk: any = createRequire(import.meta.url)('casper-js-sdk');

export type Pair<T> = { ours: T; theirs: unknown };

export const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
export const hex32 = bytes32.map((b) => toHex(b));
/** casper-types refuses ed25519 public keys that are not curve points: keep the ones that are. */
export const edKey32 = hex32.filter((h) => isEd25519Point(fromHex(h)));
export const ascii = (max: number, min = 0) =>
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    minLength: min,
    maxLength: max,
  });

const uint = (bits: bigint) => fc.bigInt({ min: 0n, max: (1n << bits) - 1n });

/** One arbitrary per CLType; the SDK takes U512 only below 2^256. */
export const clValuePairs = {
  Bool: fc.boolean().map((v) => ({ ours: new CLValue('Bool', encode.bool(v)), theirs: sdk.CLValue.newCLValueBool(v) })),
  I32: fc
    .integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })
    .map((v) => ({ ours: new CLValue('I32', encode.i32(v)), theirs: sdk.CLValue.newCLInt32(v) })),
  I64: fc
    .bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n })
    .map((v) => ({ ours: new CLValue('I64', encode.i64(v)), theirs: sdk.CLValue.newCLInt64(v.toString()) })),
  U8: fc
    .integer({ min: 0, max: 255 })
    .map((v) => ({ ours: new CLValue('U8', encode.u8(v)), theirs: sdk.CLValue.newCLUint8(v) })),
  U32: fc
    .integer({ min: 0, max: 2 ** 32 - 1 })
    .map((v) => ({ ours: new CLValue('U32', encode.u32(v)), theirs: sdk.CLValue.newCLUInt32(v) })),
  U64: uint(64n).map((v) => ({
    ours: new CLValue('U64', encode.u64(v)),
    theirs: sdk.CLValue.newCLUint64(v.toString()),
  })),
  U128: uint(128n).map((v) => ({
    ours: new CLValue('U128', encode.u128(v)),
    theirs: sdk.CLValue.newCLUInt128(v.toString()),
  })),
  U256: uint(256n).map((v) => ({
    ours: new CLValue('U256', encode.u256(v)),
    theirs: sdk.CLValue.newCLUInt256(v.toString()),
  })),
  U512: uint(256n).map((v) => ({
    ours: new CLValue('U512', encode.u512(v)),
    theirs: sdk.CLValue.newCLUInt512(v.toString()),
  })),
  String: ascii(40).map((v) => ({ ours: new CLValue('String', encode.string(v)), theirs: sdk.CLValue.newCLString(v) })),
  Unit: fc.constant(0).map(() => ({ ours: new CLValue('Unit', encode.unit()), theirs: sdk.CLValue.newCLUnit() })),
  ByteArray: fc
    .uint8Array({ minLength: 1, maxLength: 40 })
    .map((b) => ({ ours: new CLValue({ ByteArray: b.length }, b), theirs: sdk.CLValue.newCLByteArray(b) })),
  AccountHashKey: hex32.map((h) => ({
    ours: new CLValue('Key', parseKey(`account-hash-${h}`)),
    theirs: sdk.CLValue.newCLKey(sdk.Key.newKey(`account-hash-${h}`)),
  })),
  HashKey: hex32.map((h) => ({
    ours: new CLValue('Key', parseKey(`hash-${h}`)),
    theirs: sdk.CLValue.newCLKey(sdk.Key.newKey(`hash-${h}`)),
  })),
  URef: fc.tuple(hex32, fc.integer({ min: 0, max: 7 })).map(([h, a]) => {
    const s = `uref-${h}-00${a}`;
    return { ours: new CLValue('URef', parseURef(s)), theirs: sdk.CLValue.newCLUref(sdk.URef.fromString(s)) };
  }),
  PublicKey: edKey32.map((h) => ({
    ours: new CLValue('PublicKey', PublicKey.fromHex(`01${h}`).bytes),
    theirs: sdk.CLValue.newCLPublicKey(sdk.PublicKey.fromHex(`01${h}`)),
  })),
  OptionU64: fc.option(uint(64n), { nil: null }).map((v) => ({
    ours: new CLValue({ Option: 'U64' }, v === null ? Uint8Array.of(0) : new ByteWriter().u8(1).u64(v).finish()),
    theirs:
      v === null
        ? sdk.CLValue.newCLOption(null, sdk.CLTypeUInt64)
        : sdk.CLValue.newCLOption(sdk.CLValue.newCLUint64(v.toString())),
  })),
} satisfies Record<string, fc.Arbitrary<Pair<CLValue>>>;

/** Named args of the given values, names unique (the SDK's Args is a Map: its order is insertion order). */
export const namedArgsOf = (value: fc.Arbitrary<Pair<CLValue>>) =>
  fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z_][a-z0-9_]{0,15}$/), value), { selector: ([n]) => n, maxLength: 6 });
