// The simple arg grammar: NAME:TYPE='VALUE' or NAME:TYPE=null, as casper-client 2.0.0 reads it.
import { ByteWriter, CLValue, type CLType, type NamedArg, type RuntimeArgs } from '../core/index.js';
import { ArgError } from './errors.js';
import {
  accountHashBytes,
  hexBytes,
  INTS,
  keyBytes,
  parseBoolText,
  parseIntText,
  publicKeyBytes,
  urefBytes,
} from './values.js';
import { messageOf } from '../core/errors.js';

interface SimpleType {
  clType: CLType;
  parse: (value: string) => Uint8Array;
}

const int = (t: keyof typeof INTS): SimpleType => ({
  clType: t as CLType,
  parse: (v) => INTS[t]!.encode(parseIntText(v, INTS[t]!)),
});

/** The simple types in the order the Rust client lists them. */
const SIMPLE_TYPES: Record<string, SimpleType> = {
  bool: { clType: 'Bool', parse: (v) => Uint8Array.of(parseBoolText(v) ? 1 : 0) },
  i32: int('I32'),
  i64: int('I64'),
  u8: int('U8'),
  u32: int('U32'),
  u64: int('U64'),
  u128: int('U128'),
  u256: int('U256'),
  u512: int('U512'),
  unit: {
    clType: 'Unit',
    parse: (v) => {
      if (v !== '') throw new Error(`'${v}' is not a unit value (write '' for unit)`);
      return new Uint8Array(0);
    },
  },
  string: { clType: 'String', parse: (v) => new ByteWriter(v.length + 4).string(v).finish() },
  key: { clType: 'Key', parse: keyBytes },
  // AccountHash's CLType is ByteArray(32) in casper-types: the Rust client sends exactly that.
  account_hash: { clType: { ByteArray: 32 }, parse: accountHashBytes },
  uref: { clType: 'URef', parse: urefBytes },
  public_key: { clType: 'PublicKey', parse: publicKeyBytes },
  byte_list: { clType: { List: 'U8' }, parse: (v) => new ByteWriter().bytes(hexBytes(v, 'byte_list')).finish() },
};
const BYTE_ARRAY_TYPE = 'byte_array_<NUM>';

export const SIMPLE_TYPE_NAMES = [...Object.keys(SIMPLE_TYPES), BYTE_ARRAY_TYPE];
export const SIMPLE_TYPE_LIST = [...SIMPLE_TYPE_NAMES, ...SIMPLE_TYPE_NAMES.map((t) => `opt_${t}`)].join(', ');
const FORM = `"NAME:TYPE='VALUE'" OR "NAME:TYPE=null"`;

function resolveType(type: string): SimpleType {
  const known = SIMPLE_TYPES[type];
  if (known !== undefined) return known;
  if (type.startsWith('byte_array_')) {
    const n = type.slice('byte_array_'.length);
    // u32::from_str, as simple_args.rs parse_byte_array reads it: a leading '+' is accepted.
    if (!/^\+?\d+$/.test(n) || BigInt(n) > 0xffffffffn)
      throw new Error(`'${n}' in '${type}' is not a byte count: write e.g. byte_array_32`);
    const size = Number(n);
    return {
      clType: { ByteArray: size },
      parse: (v) => {
        const b = hexBytes(v, type);
        if (b.length !== size)
          throw new Error(
            `'${v}' is ${b.length} bytes, but ${type} needs exactly ${size} (${size * 2} hex characters)`,
          );
        return b;
      },
    };
  }
  throw new Error(`unknown type '${type}'; the types are: ${SIMPLE_TYPE_LIST}`);
}

/** One `--session-arg`/`--payment-arg` value → a named CLValue. */
export function parseSimpleArg(text: string, flag = '--session-arg'): NamedArg {
  const fail = (why: string, cause?: unknown): never => {
    throw new ArgError(`invalid ${flag} "${text}": ${why}`, { cause });
  };
  // Rust's splitn(3, [':', '=']): the first ':' or '=' ends the name, the next ends the type.
  const m = /^([^:=]*)[:=]([^:=]*)[:=]([\s\S]*)$/.exec(text);
  if (!m) return fail(`expected the form ${FORM}, e.g. "amount:u512='1000'"`);
  const [, name, rawType, value] = m as unknown as [string, string, string, string];
  let type = rawType.toLowerCase();
  const optional = type.startsWith('opt_');
  if (optional) type = type.slice(4);
  let spec: SimpleType;
  try {
    spec = resolveType(type);
  } catch (e) {
    return fail(messageOf(e), e);
  }
  if (optional && value.toLowerCase() === 'null') {
    return [name, new CLValue({ Option: spec.clType }, Uint8Array.of(0))];
  }
  // All leading and trailing single quotes go; at least one must be there (a bare null aside).
  const trimmed = value.replace(/^'+/, '').replace(/'+$/, '');
  if (trimmed === value) {
    fail(
      optional
        ? `the value must be in single quotes, e.g. ${name}:${rawType}='${value}', or be null (unquoted) for None`
        : `the value must be in single quotes, e.g. ${name}:${rawType}='${value}' (quote the whole arg for the shell: "${name}:${rawType}='${value}'")`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = spec.parse(trimmed);
  } catch (e) {
    return fail(messageOf(e), e);
  }
  return optional
    ? [name, new CLValue({ Option: spec.clType }, Uint8Array.from([1, ...bytes]))]
    : [name, new CLValue(spec.clType, bytes)];
}

/** Names may repeat and be empty: the Rust client appends every arg as given (RuntimeArgs::insert_cl_value). */
export function parseSimpleArgs(texts: readonly string[], flag = '--session-arg'): RuntimeArgs {
  return texts.map((t) => parseSimpleArg(t, flag));
}

export function findDuplicateArgNames(args: RuntimeArgs): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const [n] of args) (seen.has(n) ? dup : seen).add(n);
  return [...dup];
}
