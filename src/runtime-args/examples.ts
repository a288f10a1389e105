// What -e/--show-simple-arg-examples and -j/--show-json-args-examples print, and the one table of
// types both are drawn from (also the source of the type list in --help).
import { SIMPLE_TYPE_NAMES } from './simple.js';

const H = Array.from({ length: 32 }, (_, i) => (i + 1).toString(16).padStart(2, '0')).join('');
const PK = '0119bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1';

export interface ArgTypeRow {
  type: string;
  example: string;
  clType: string;
  note: string;
}

export const ARG_TYPE_TABLE: readonly ArgTypeRow[] = [
  { type: 'bool', example: `"name_01:bool='false'"`, clType: 'Bool', note: 'true, t, false or f (any case)' },
  { type: 'i32', example: `"name_02:i32='-1'"`, clType: 'I32', note: '-2147483648 to 2147483647' },
  { type: 'i64', example: `"name_03:i64='-2'"`, clType: 'I64', note: '-2^63 to 2^63-1' },
  { type: 'u8', example: `"name_04:u8='3'"`, clType: 'U8', note: '0 to 255' },
  { type: 'u32', example: `"name_05:u32='4'"`, clType: 'U32', note: '0 to 4294967295' },
  { type: 'u64', example: `"name_06:u64='5'"`, clType: 'U64', note: '0 to 2^64-1' },
  { type: 'u128', example: `"name_07:u128='6'"`, clType: 'U128', note: '0 to 2^128-1' },
  { type: 'u256', example: `"name_08:u256='7'"`, clType: 'U256', note: '0 to 2^256-1' },
  { type: 'u512', example: `"name_09:u512='8'"`, clType: 'U512', note: '0 to 2^512-1; amounts in motes' },
  { type: 'unit', example: `"name_10:unit=''"`, clType: 'Unit', note: 'always empty' },
  { type: 'string', example: `"name_11:string='a value'"`, clType: 'String', note: 'any text, UTF-8' },
  {
    type: 'key',
    example: `"key_account_name:key='account-hash-${H}'"`,
    clType: 'Key',
    note: 'account-hash-, hash-, uref-…-NNN, transfer-, deploy-, era-N, …',
  },
  { type: 'key', example: `"key_hash_name:key='hash-${H}'"`, clType: 'Key', note: '' },
  { type: 'key', example: `"key_uref_name:key='uref-${H}-000'"`, clType: 'Key', note: '' },
  {
    type: 'account_hash',
    example: `"account_hash_name:account_hash='account-hash-${H}'"`,
    clType: 'ByteArray(32)',
    note: 'sent as a 32-byte array',
  },
  {
    type: 'uref',
    example: `"uref_name:uref='uref-${H}-007'"`,
    clType: 'URef',
    note: 'access rights as 3 octal digits',
  },
  {
    type: 'public_key',
    example: `"public_key_name:public_key='${PK}'"`,
    clType: 'PublicKey',
    note: '01… ed25519, 02… secp256k1',
  },
  { type: 'byte_list', example: `"byte_list_name:byte_list='010203'"`, clType: 'List(U8)', note: 'hex, any length' },
  {
    type: 'byte_array_<NUM>',
    example: `"byte_array_5_name:byte_array_5='0102030405'"`,
    clType: 'ByteArray(NUM)',
    note: 'hex of exactly NUM bytes',
  },
  { type: 'byte_array_<NUM>', example: `"byte_array_32_name:byte_array_32='${H}'"`, clType: 'ByteArray(32)', note: '' },
];

// Types and the table must not drift apart.
for (const t of SIMPLE_TYPE_NAMES) {
  if (!ARG_TYPE_TABLE.some((r) => r.type === t)) throw new Error(`no example for simple type ${t}`);
}

const OPTIONAL_EXAMPLES: [string, string][] = [
  [`"name_01:opt_bool='true'"`, 'Some(true)'],
  [`"name_02:opt_bool='false'"`, 'Some(false)'],
  [`"name_03:opt_bool=null"`, 'None'],
  [`"name_04:opt_i32='-1'"`, 'Some(-1)'],
  [`"name_05:opt_i32=null"`, 'None'],
  [`"name_06:opt_unit=''"`, 'Some(())'],
  [`"name_07:opt_unit=null"`, 'None'],
  [`"name_08:opt_string='a value'"`, 'Some("a value")'],
  [`"name_09:opt_string='null'"`, 'Some("null"), the text null'],
  [`"name_10:opt_string=null"`, 'None'],
];

export const OPTIONAL_TABLE = OPTIONAL_EXAMPLES.map(([example, meaning]) => ({ example, meaning }));

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));

export function simpleArgExamplesText(): string {
  const lines = ['Examples for passing values via --session-arg or --payment-arg:'];
  for (const r of ARG_TYPE_TABLE) {
    if (r.type === 'byte_list') lines.push(`${pad(r.example, 47)}# a list of bytes of any length: CLType List(U8)`);
    else if (r.example.includes('byte_array_5'))
      lines.push(`${pad(r.example, 47)}# exactly 5 bytes: CLType ByteArray(5)`);
    else lines.push(r.example);
  }
  lines.push('');
  lines.push('Every type also has an optional form: prefix it with "opt_", and write null');
  lines.push('without quotes for None:');
  for (const [example, meaning] of OPTIONAL_EXAMPLES) lines.push(`${pad(example, 32)}# ${meaning}`);
  return `${lines.join('\n')}\n\n`;
}

interface JsonSection {
  info: string;
  examples: string[];
}

const E = (type: string, value: string) => `{"name":"entry_point_name","type":${type},"value":${value}}`;
const K = (v: string, f: string) => [E('"Key"', `"${f}"`), E('"Key"', `{"${v}":"${f}"}`)];
const R = '201f1e1d1c1b1a191817161514131211100f0e0d0c0b0a090807060504030201';

const JSON_SECTIONS: JsonSection[] = [
  { info: 'Bool takes a JSON true or false:', examples: [E('"Bool"', 'false')] },
  {
    info: "I32, I64, U8, U32 and U64 take a JSON number within the type's range:",
    examples: [E('"I32"', '-1'), E('"I64"', '-2'), E('"U8"', '1'), E('"U32"', '2'), E('"U64"', '3')],
  },
  {
    info: 'U128, U256 and U512 take the decimal value as a JSON string, or a JSON number when it is at most u64::MAX (18446744073709551615):',
    examples: ['U128', 'U256', 'U512'].flatMap((t, i) => [
      E(`"${t}"`, String(i + 1)),
      E(`"${t}"`, '"20000000000000000000"'),
    ]),
  },
  { info: 'Unit takes JSON null:', examples: [E('"Unit"', 'null')] },
  { info: 'String takes a JSON string:', examples: [E('"String"', '"a"')] },
  {
    info: 'Key takes its formatted string, or an object {"<VARIANT>":"<FORMATTED KEY>"} naming the variant:',
    examples: [
      ...K('Account', `account-hash-${R}`),
      ...K('Hash', `hash-${R}`),
      ...K('URef', `uref-${R}-000`),
      ...K('Transfer', `transfer-${R}`),
      ...K('DeployInfo', `deploy-${R}`),
      ...K('EraInfo', 'era-1'),
      ...K('Balance', `balance-${R}`),
      ...K('Bid', `bid-${R}`),
      ...K('Withdraw', `withdraw-${R}`),
      ...K('Unbond', `unbond-${R}`),
      ...K('Dictionary', `dictionary-${R}`),
      ...K('SystemContractRegistry', `system-contract-registry-${'0'.repeat(64)}`),
      ...K('ChainspecRegistry', `chainspec-registry-${'1'.repeat(64)}`),
    ],
  },
  {
    info: 'URef and PublicKey take their formatted strings (a URef with its access rights, a public key as hex with its 01/02 tag):',
    examples: [
      E('"URef"', `"uref-${R}-007"`),
      E('"PublicKey"', '"017279ea868d185a40ed32ec076807c070de9c0fe986f5418c2aa71478f1e8ddf8"'),
      E('"PublicKey"', '"02030963b980a774f9bf4fded595007b60045ca9593fe6d47296e4e1aaa2745c90d2"'),
    ],
  },
  {
    info: 'Option<T> takes null for None, or a value for T:',
    examples: [E('{"Option":"U64"}', '999'), E('{"Option":"String"}', 'null')],
  },
  {
    info: 'List<T> takes a JSON array of values for T; List<U8> also takes a hex string:',
    examples: [E('{"List":{"Option":"U256"}}', '[1,null,"3"]'), E('{"List":"U8"}', '"0102ff"')],
  },
  {
    info: 'ByteArray takes a hex string or an array of byte numbers, of exactly its length:',
    examples: [E('{"ByteArray":3}', '"0114ff"'), E('{"ByteArray":3}', '[1,20,255]')],
  },
  {
    info: 'Result<T, E> takes an object with exactly one entry, "Ok" with a value for T or "Err" with a value for E:',
    examples: [
      E('{"Result":{"ok":"Bool","err":"U8"}}', '{"Ok":true}'),
      E('{"Result":{"ok":"Bool","err":"U8"}}', '{"Err":1}'),
    ],
  },
  {
    info: 'Map<K, V> takes an array of {"key":<K>,"value":<V>} objects; when K is String or a number type, one JSON object whose member names are the keys also works:',
    examples: [
      E('{"Map":{"key":"U8","value":"Bool"}}', '[{"key":1,"value":true},{"key":2,"value":false}]'),
      E('{"Map":{"key":"U8","value":"Bool"}}', '{"1":true,"2":false}'),
    ],
  },
  {
    info: 'Tuple1, Tuple2 and Tuple3 take a JSON array with one value per element:',
    examples: [
      E('{"Tuple1":["Bool"]}', '[true]'),
      E('{"Tuple2":["Bool","U8"]}', '[true,128]'),
      E('{"Tuple3":["Bool","U8","String"]}', '[true,128,"a"]'),
    ],
  },
];

/** Wraps at 100 columns, the width the Rust client uses for this text. */
function bullet(text: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > 100) {
      out.push(line);
      line = `  ${word}`;
    } else line = line === '' ? `* ${word}` : `${line} ${word}`;
  }
  out.push(line);
  return out.join('\n');
}

export function jsonArgExamplesText(): string {
  const parts = [
    'Examples for passing values via --session-args-json or --payment-args-json:',
    '',
    'The value is a JSON array of objects, one per arg, each of the form',
    '{"name":<String>,"type":<CLType>,"value":<VALUE>}',
    '',
    'For instance, to pass "square" as a String named "shape", the pair (100,100) as a',
    'Tuple2<U32, U32> named "dimensions", and Some("blue") as an Option<String> named "color":',
    `'[{"name":"shape","type":"String","value":"square"},{"name":"dimensions","type":{"Tuple2":["U32","U32"]},"value":[100,100]},{"name":"color","type":{"Option":"String"},"value":"blue"}]'`,
    '',
    'How each CLType is written:',
  ];
  for (const s of JSON_SECTIONS) {
    parts.push(bullet(s.info));
    for (const e of s.examples) parts.push(`  ${e}`);
    parts.push('');
  }
  parts.push('CLType Any has no JSON form.');
  return `${parts.join('\n')}\n\n`;
}

/** Every example line both texts print, for round-trip tests. */
export function allJsonExamples(): string[] {
  return JSON_SECTIONS.flatMap((s) => s.examples);
}
