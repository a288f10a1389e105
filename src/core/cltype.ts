// CLType: the type descriptor that travels with every runtime arg. The model *is* the node's JSON
// form ("U512", {"Option":"U64"}, {"Map":{"key":…,"value":…}}), so JSON in/out is the identity
// after validation.
import { CasperError } from './errors.js';
import { type ByteReader, ByteWriter } from './bytes.js';

const SIMPLE_CLTYPES = [
  'Bool',
  'I32',
  'I64',
  'U8',
  'U32',
  'U64',
  'U128',
  'U256',
  'U512',
  'Unit',
  'String',
  'Key',
  'URef',
  'PublicKey',
  'Any',
] as const;
type SimpleCLType = (typeof SIMPLE_CLTYPES)[number];

export type CLType =
  | SimpleCLType
  | { Option: CLType }
  | { List: CLType }
  | { ByteArray: number }
  | { Result: { ok: CLType; err: CLType } }
  | { Map: { key: CLType; value: CLType } }
  | { Tuple1: [CLType] }
  | { Tuple2: [CLType, CLType] }
  | { Tuple3: [CLType, CLType, CLType] };

class CLTypeError extends CasperError {
  override name = 'CLTypeError';
}

const SIMPLE_TAG: Record<SimpleCLType, number> = {
  Bool: 0,
  I32: 1,
  I64: 2,
  U8: 3,
  U32: 4,
  U64: 5,
  U128: 6,
  U256: 7,
  U512: 8,
  Unit: 9,
  String: 10,
  Key: 11,
  URef: 12,
  Any: 21,
  PublicKey: 22,
};
const TAG_SIMPLE = new Map<number, SimpleCLType>(Object.entries(SIMPLE_TAG).map(([k, v]) => [v, k as SimpleCLType]));
const MAX_DEPTH = 50;

function writeCLType(w: ByteWriter, t: CLType): void {
  if (typeof t === 'string') {
    w.u8(SIMPLE_TAG[t]);
    return;
  }
  if ('Option' in t) return void writeCLType(w.u8(13), t.Option);
  if ('List' in t) return void writeCLType(w.u8(14), t.List);
  if ('ByteArray' in t) return void w.u8(15).u32(t.ByteArray);
  if ('Result' in t) {
    writeCLType(w.u8(16), t.Result.ok);
    writeCLType(w, t.Result.err);
    return;
  }
  if ('Map' in t) {
    writeCLType(w.u8(17), t.Map.key);
    writeCLType(w, t.Map.value);
    return;
  }
  if ('Tuple1' in t) return void writeCLType(w.u8(18), t.Tuple1[0]);
  if ('Tuple2' in t) {
    w.u8(19);
    for (const x of t.Tuple2) writeCLType(w, x);
    return;
  }
  w.u8(20);
  for (const x of t.Tuple3) writeCLType(w, x);
}

export function clTypeBytes(t: CLType): Uint8Array {
  const w = new ByteWriter(16);
  writeCLType(w, t);
  return w.finish();
}

export function readCLType(r: ByteReader, depth = 0): CLType {
  if (depth > MAX_DEPTH) throw new CLTypeError('CLType nested too deeply');
  const tag = r.u8();
  const simple = TAG_SIMPLE.get(tag);
  if (simple !== undefined) return simple;
  const next = () => readCLType(r, depth + 1);
  switch (tag) {
    case 13:
      return { Option: next() };
    case 14:
      return { List: next() };
    case 15:
      return { ByteArray: r.u32() };
    case 16: {
      const ok = next();
      return { Result: { ok, err: next() } };
    }
    case 17: {
      const key = next();
      return { Map: { key, value: next() } };
    }
    case 18:
      return { Tuple1: [next()] };
    case 19: {
      const a = next();
      return { Tuple2: [a, next()] };
    }
    case 20: {
      const a = next();
      const b = next();
      return { Tuple3: [a, b, next()] };
    }
    default:
      throw new CLTypeError(`unknown CLType tag ${tag}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Validates a node-style CLType JSON value and returns it as a CLType. */
export function clTypeFromJson(v: unknown, depth = 0): CLType {
  if (depth > MAX_DEPTH) throw new CLTypeError('CLType nested too deeply');
  if (typeof v === 'string') {
    if ((SIMPLE_CLTYPES as readonly string[]).includes(v)) return v as SimpleCLType;
    throw new CLTypeError(`unknown CLType "${v}"`);
  }
  if (!isObject(v)) throw new CLTypeError(`a CLType must be a string or an object, got ${JSON.stringify(v)}`);
  const keys = Object.keys(v);
  if (keys.length !== 1)
    throw new CLTypeError(`a CLType object must have exactly one key, got ${JSON.stringify(keys)}`);
  const k = keys[0]!;
  const body = v[k];
  const sub = (x: unknown) => clTypeFromJson(x, depth + 1);
  const tuple = (n: number): CLType[] => {
    if (!Array.isArray(body) || body.length !== n) throw new CLTypeError(`${k} needs an array of ${n} CLTypes`);
    return body.map(sub);
  };
  switch (k) {
    case 'Option':
      return { Option: sub(body) };
    case 'List':
      return { List: sub(body) };
    case 'ByteArray':
      if (typeof body !== 'number' || !Number.isInteger(body) || body < 0 || body > 0xffffffff) {
        throw new CLTypeError(`ByteArray size must be an integer from 0 to 4294967295, got ${JSON.stringify(body)}`);
      }
      return { ByteArray: body };
    case 'Result':
      if (!isObject(body) || !('ok' in body) || !('err' in body))
        throw new CLTypeError('Result needs {"ok": CLType, "err": CLType}');
      return { Result: { ok: sub(body.ok), err: sub(body.err) } };
    case 'Map':
      if (!isObject(body) || !('key' in body) || !('value' in body))
        throw new CLTypeError('Map needs {"key": CLType, "value": CLType}');
      return { Map: { key: sub(body.key), value: sub(body.value) } };
    case 'Tuple1':
      return { Tuple1: tuple(1) as [CLType] };
    case 'Tuple2':
      return { Tuple2: tuple(2) as [CLType, CLType] };
    case 'Tuple3':
      return { Tuple3: tuple(3) as [CLType, CLType, CLType] };
    default:
      throw new CLTypeError(`unknown CLType "${k}"`);
  }
}

/** Rust-Debug-like rendering for messages: Option(U64), Map { key: String, value: U8 }. */
export function clTypeToString(t: CLType): string {
  if (typeof t === 'string') return t;
  if ('Option' in t) return `Option(${clTypeToString(t.Option)})`;
  if ('List' in t) return `List(${clTypeToString(t.List)})`;
  if ('ByteArray' in t) return `ByteArray(${t.ByteArray})`;
  if ('Result' in t) return `Result { ok: ${clTypeToString(t.Result.ok)}, err: ${clTypeToString(t.Result.err)} }`;
  if ('Map' in t) return `Map { key: ${clTypeToString(t.Map.key)}, value: ${clTypeToString(t.Map.value)} }`;
  if ('Tuple1' in t) return `Tuple1([${t.Tuple1.map(clTypeToString).join(', ')}])`;
  if ('Tuple2' in t) return `Tuple2([${t.Tuple2.map(clTypeToString).join(', ')}])`;
  return `Tuple3([${t.Tuple3.map(clTypeToString).join(', ')}])`;
}
