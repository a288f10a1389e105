// --session-args-json / --payment-args-json: [{"name":…,"type":<CLType JSON>,"value":<JSON>}, …]
// encoded to the same bytes casper-client 2.0.0 produces (reference put-deploy.md §2.2).
import { CasperError, messageOf } from '../core/errors.js';
import {
  ByteWriter,
  CLValue,
  clTypeFromJson,
  clTypeToString,
  KEY_VARIANTS,
  objectEntries,
  parseJsonExact,
  stringifyJson,
  type CLType,
  type Json,
  type RuntimeArgs,
} from '../core/index.js';
import { ArgError } from './errors.js';
import {
  checkRange,
  hexBytes,
  INTS,
  keyBytes,
  parseDecStr,
  parseIntText,
  publicKeyBytes,
  urefBytes,
} from './values.js';

type Obj = { [k: string]: Json };
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A JSON number serde_json reads as an f64 (1.0, 1e2, -0, an integer beyond u64/i64). casper-client
 * reads numbers only through as_u64/as_i64 (lib/cli/json_args.rs:56-107, 196-200), which give None
 * for an f64, so such a number is refused wherever a value is read; members it ignores may hold one.
 * It stands in the parsed document as an empty object that carries its text.
 */
const FLOAT = Symbol('serde_json f64');
const floatToken = (token: string): Json => {
  const o = Object.create(null) as Obj;
  Object.defineProperty(o, FLOAT, { value: token });
  return o;
};
const floatText = (v: Json): string | undefined =>
  isObj(v) ? ((v as Record<symbol, string>)[FLOAT] ?? undefined) : undefined;

class ValueError extends CasperError {}
const refuseFloat = (v: Json): void => {
  const float = floatText(v);
  if (float === undefined) return;
  if (/^-?\d+$/.test(float) && float !== '-0') {
    bad(
      `${float} is beyond the 64-bit integers, so casper-client reads it as a floating-point number; write a U128, U256 or U512 as a decimal string, e.g. "${float.replace(/^-/, '')}"`,
    );
  }
  bad(
    `${float} is read as a floating-point number; casper-client takes only whole numbers written without a fraction or an exponent, and not -0`,
  );
};
const bad = (msg: string): never => {
  throw new ValueError(msg);
};

function intFromJson(t: keyof typeof INTS, v: Json): bigint {
  const spec = INTS[t]!;
  const wide = t === 'U128' || t === 'U256' || t === 'U512';
  // Numbers beyond u64/i64 never get here: they are f64s to serde_json (refuseFloat).
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return checkRange(BigInt(v), spec);
  if (wide && typeof v === 'string') return parseDecStr(v, spec);
  return bad(
    `${show(v)} is not a ${spec.name}: use a JSON number${wide ? ' or a decimal string' : ''} from ${spec.range}`,
  );
}

function show(v: Json): string {
  const s = floatText(v) ?? stringifyJson(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function str(v: Json, what: string): string {
  return typeof v === 'string' ? v : bad(`${show(v)} is not a JSON string (${what})`);
}

function bytesFromJson(v: Json, what: string): Uint8Array {
  if (typeof v === 'string') return hexBytes(v, what);
  if (Array.isArray(v)) {
    v.forEach(refuseFloat);
    return Uint8Array.from(
      v.map((x) =>
        typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 255
          ? x
          : bad(`${show(x)} in ${what} is not a byte (0 to 255)`),
      ),
    );
  }
  return bad(`${show(v)} is not hex or an array of bytes (${what})`);
}

function keyFromJson(v: Json): Uint8Array {
  if (typeof v === 'string') return keyBytes(v);
  if (isObj(v) && Object.keys(v).length === 1) {
    const variant = Object.keys(v)[0]!;
    const known = KEY_VARIANTS.find((k) => k.name === variant);
    if (known === undefined) bad(`'${variant}' is not a Key variant (${KEY_VARIANTS.map((k) => k.name).join(', ')})`);
    const b = keyBytes(str(v[variant]!, 'a formatted key'));
    if (b[0] !== known!.tag) bad(`the key '${String(v[variant])}' is not of the ${variant} variant`);
    return b;
  }
  return bad(`${show(v)} is not a Key: use a formatted string like "hash-…" or {"Hash": "hash-…"}`);
}

/**
 * An object key of a Map given as a JSON object, read as the Rust client reads it:
 * i32/i64/u8/u32/u64::from_str (a leading '+' is fine) or the uint crate's from_dec_str (digits
 * only, '' is 0) (casper-client-rs v2.0.0 lib/cli/json_args.rs:246-257).
 */
function mapKeyFromObjectKey(t: CLType, k: string): Json {
  if (t === 'String') return k;
  if (typeof t === 'string' && t in INTS) {
    const spec = INTS[t]!;
    const wide = t === 'U128' || t === 'U256' || t === 'U512';
    const n = wide ? parseDecStr(k, spec) : parseIntText(k, spec);
    return Number.isSafeInteger(Number(n)) ? Number(n) : n;
  }
  return bad(
    `a JSON object can only stand for a Map whose keys are String or numbers; use [{"key":…,"value":…}] for ${clTypeToString(t)}`,
  );
}

function encodeJsonValue(t: CLType, v: Json, w: ByteWriter, depth = 0): void {
  if (depth > 50) bad('value nested too deeply');
  refuseFloat(v);
  if (typeof t === 'string') {
    switch (t) {
      case 'Bool':
        w.u8(typeof v === 'boolean' ? (v ? 1 : 0) : bad(`${show(v)} is not a JSON bool`));
        return;
      case 'I32':
      case 'I64':
      case 'U8':
      case 'U32':
      case 'U64':
      case 'U128':
      case 'U256':
      case 'U512':
        w.raw(INTS[t]!.encode(intFromJson(t, v)));
        return;
      case 'Unit':
        if (v !== null) bad(`${show(v)} is not null (Unit is written as null)`);
        return;
      case 'String':
        w.string(str(v, 'String'));
        return;
      case 'Key':
        w.raw(keyFromJson(v));
        return;
      case 'URef':
        w.raw(urefBytes(str(v, 'a formatted URef like "uref-…-007"')));
        return;
      case 'PublicKey':
        w.raw(publicKeyBytes(str(v, 'a hex public key with its 01/02 tag')));
        return;
      case 'Any':
        bad('CLType Any cannot be written as JSON');
        return;
    }
  }
  const next = (tt: CLType, vv: Json) => encodeJsonValue(tt, vv, w, depth + 1);
  if ('Option' in t) {
    if (v === null) w.u8(0);
    else {
      w.u8(1);
      next(t.Option, v);
    }
    return;
  }
  if ('List' in t) {
    if (t.List === 'U8' && typeof v === 'string') {
      w.bytes(hexBytes(v, 'List(U8)'));
      return;
    }
    if (!Array.isArray(v)) bad(`${show(v)} is not a JSON array (List)`);
    const items = v as Json[];
    w.u32(items.length);
    for (const x of items) next(t.List, x);
    return;
  }
  if ('ByteArray' in t) {
    const b = bytesFromJson(v, `ByteArray(${t.ByteArray})`);
    if (b.length !== t.ByteArray)
      bad(`got ${b.length} bytes, but ByteArray(${t.ByteArray}) needs exactly ${t.ByteArray}`);
    w.raw(b);
    return;
  }
  if ('Result' in t) {
    const keys = isObj(v) ? Object.keys(v) : [];
    if (!isObj(v) || keys.length !== 1 || !/^(ok|err)$/i.test(keys[0]!)) {
      bad(`${show(v)} is not a Result: write {"Ok": …} or {"Err": …} with exactly one entry`);
    }
    const k = keys[0]!;
    const isOk = k.toLowerCase() === 'ok';
    w.u8(isOk ? 1 : 0);
    next(isOk ? t.Result.ok : t.Result.err, (v as Obj)[k]!);
    return;
  }
  if ('Map' in t) {
    // Entries are written in the order given, each one, with no sorting and no merging of repeated
    // keys: the Rust client streams them straight to bytes (lib/cli/json_args.rs:244-287), and its
    // serde_json keeps object members in text order (preserve_order, Cargo.toml).
    let entries: [Json, Json][];
    if (Array.isArray(v)) {
      entries = v.map((e) => {
        if (!isObj(e)) return bad(`map entries must be {"key": …, "value": …}, got ${show(e)}`);
        if (Object.keys(e).length !== 2)
          bad(`a map entry must have exactly two fields, "key" and "value", got ${show(e)}`);
        if (!('key' in e)) bad(`map entry ${show(e)} has no "key" field`);
        if (!('value' in e)) bad(`map entry ${show(e)} has no "value" field`);
        return [e.key!, e.value!];
      });
    } else if (isObj(v)) {
      entries = objectEntries(v).map(([k, x]) => [mapKeyFromObjectKey(t.Map.key, k), x]);
    } else {
      bad(`${show(v)} is not a Map: use [{"key":…,"value":…}] or an object`);
      return;
    }
    w.u32(entries.length);
    for (const [k, x] of entries) {
      next(t.Map.key, k);
      next(t.Map.value, x);
    }
    return;
  }
  const items = 'Tuple1' in t ? t.Tuple1 : 'Tuple2' in t ? t.Tuple2 : t.Tuple3;
  if (!Array.isArray(v) || v.length !== items.length)
    bad(`${show(v)} is not an array of ${items.length} (${clTypeToString(t)})`);
  for (const [i, it] of items.entries()) next(it, (v as Json[])[i]!);
}

const SHAPE = 'a JSON array of objects {"name": <string>, "type": <CLType>, "value": <value>}';

/**
 * The args of one --session-args-json/--payment-args-json value. As the Rust client: members other
 * than name, type and value are ignored (JsonArg has no deny_unknown_fields,
 * lib/cli/json_args.rs:19-25; `warnings` gets a line for them), the name may be empty, and a name may
 * repeat (the CLI warns about that one, for every kind of args).
 */
export function parseJsonArgs(text: string, flag = '--session-args-json', warnings: string[] = []): RuntimeArgs {
  let doc: Json;
  try {
    doc = parseJsonExact(text, { float: floatToken });
  } catch (e) {
    throw new ArgError(`invalid ${flag}: not JSON (${messageOf(e)}); expected ${SHAPE}`, { cause: e });
  }
  if (!Array.isArray(doc)) throw new ArgError(`invalid ${flag}: expected ${SHAPE}`);
  const ignored = new Set<string>();
  const args = doc.map((entry, i) => {
    const where = `invalid ${flag} arg #${i + 1}`;
    if (!isObj(entry)) throw new ArgError(`${where}: expected {"name": …, "type": …, "value": …}, got ${show(entry)}`);
    for (const k of Object.keys(entry)) if (!['name', 'type', 'value'].includes(k)) ignored.add(k);
    if (!('name' in entry)) throw new ArgError(`${where}: "name" is missing`);
    if (typeof entry.name !== 'string') throw new ArgError(`${where}: "name" must be a string`);
    const named = `invalid ${flag} arg '${entry.name}'`;
    if (!('type' in entry)) throw new ArgError(`${named}: "type" is missing`);
    if (!('value' in entry)) throw new ArgError(`${named}: "value" is missing (use null for Unit or None)`);
    let t: CLType;
    try {
      t = clTypeFromJson(entry.type);
    } catch (e) {
      throw new ArgError(`${named}: ${messageOf(e)}`, { cause: e });
    }
    const w = new ByteWriter();
    try {
      encodeJsonValue(t, entry.value!, w);
    } catch (e) {
      throw new ArgError(`${named} of type ${clTypeToString(t)}: ${messageOf(e)}`, { cause: e });
    }
    return [entry.name, new CLValue(t, w.finish())] as const;
  });
  if (ignored.size > 0)
    warnings.push(
      `${flag}: ignoring the unknown field${ignored.size > 1 ? 's' : ''} ${[...ignored].map((k) => `"${k}"`).join(', ')} (only name, type and value are read), as casper-client does`,
    );
  return args;
}
