// Expected bytes are spelled out from the bytesrepr rules (put-deploy.md §2.3), not produced by our encoders.
import { describe, expect, it } from 'vitest';
import { clTypeBytes, toHex, type CLType } from '../core/index.js';
import { ArgError } from './errors.js';
import { parseSimpleArg, parseSimpleArgs, SIMPLE_TYPE_LIST } from './simple.js';

const H = '0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20';
const PK = '0119bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1';
const PK2 = '0203c90c0ee375abc85da81a982507d1f8258a380af2058b63c37abdb9c7045940f4';

const valid: [string, CLType, string][] = [
  ["x:bool='true'", 'Bool', '01'],
  ["x:Bool='F'", 'Bool', '00'],
  ["x:BOOL='t'", 'Bool', '01'],
  ["x:i32='-2147483648'", 'I32', '00000080'],
  ["x:i32='2147483647'", 'I32', 'ffffff7f'],
  ["x:i32='+5'", 'I32', '05000000'],
  ["x:i64='-1'", 'I64', 'ffffffffffffffff'],
  ["x:i64='9223372036854775807'", 'I64', 'ffffffffffffff7f'],
  ["x:u8='0'", 'U8', '00'],
  ["x:u8='255'", 'U8', 'ff'],
  ["x:u32='4294967295'", 'U32', 'ffffffff'],
  ["x:u64='18446744073709551615'", 'U64', 'ffffffffffffffff'],
  ["x:u64='007'", 'U64', '0700000000000000'],
  ["x:u128='340282366920938463463374607431768211455'", 'U128', `10${'ff'.repeat(16)}`],
  ["x:u256='0'", 'U256', '00'],
  ["x:u512='2500000000'", 'U512', '0400f90295'],
  ["x:u512='100'", 'U512', '0164'],
  [`x:u512='${((1n << 512n) - 1n).toString()}'`, 'U512', `40${'ff'.repeat(64)}`],
  ["x:unit=''", 'Unit', ''],
  ["x:string=''", 'String', '00000000'],
  ["x:string='a value'", 'String', '07000000612076616c7565'],
  ["x:string='héllo'", 'String', '0600000068c3a96c6c6f'],
  ["x:string='it's'", 'String', '04000000697427' + '73'],
  ["x:string='a:b=c'", 'String', '05000000613a623d63'],
  ["url:string='https://x.io/?a=1'", 'String', '1100000068747470733a2f2f782e696f2f3f613d31'],
  [`x:key='account-hash-${H}'`, 'Key', `00${H}`],
  [`x:key='hash-${H}'`, 'Key', `01${H}`],
  [`x:key='uref-${H}-007'`, 'Key', `02${H}07`],
  [`x:key='transfer-${H}'`, 'Key', `03${H}`],
  [`x:key='deploy-${H}'`, 'Key', `04${H}`],
  ["x:key='era-42'", 'Key', '05' + '2a00000000000000'],
  [`x:key='balance-${H}'`, 'Key', `06${H}`],
  [`x:key='dictionary-${H}'`, 'Key', `09${H}`],
  [`x:key='era-summary-${'00'.repeat(32)}'`, 'Key', `0b${'00'.repeat(32)}`],
  [`x:account_hash='account-hash-${H}'`, { ByteArray: 32 }, H],
  [`x:uref='uref-${H}-000'`, 'URef', `${H}00`],
  [`x:public_key='${PK}'`, 'PublicKey', PK],
  [`x:public_key='${PK2}'`, 'PublicKey', PK2],
  ["x:byte_list=''", { List: 'U8' }, '00000000'],
  ["x:byte_list='010203'", { List: 'U8' }, '03000000010203'],
  ["x:byte_array_5='0102030405'", { ByteArray: 5 }, '0102030405'],
  [`x:byte_array_32='${H}'`, { ByteArray: 32 }, H],
  ["x:byte_array_0=''", { ByteArray: 0 }, ''],
  // simple_args.rs parse_byte_array: the size is u32::from_str, which takes a leading '+'.
  ["x:byte_array_+2='abcd'", { ByteArray: 2 }, 'abcd'],
  ["x:opt_bool='true'", { Option: 'Bool' }, '0101'],
  ['x:OPT_BOOL=NULL', { Option: 'Bool' }, '00'],
  ["x:opt_unit=''", { Option: 'Unit' }, '01'],
  ["x:opt_string='null'", { Option: 'String' }, '01' + '040000006e756c6c'],
  ['x:opt_string=null', { Option: 'String' }, '00'],
  ["x:opt_u512='1'", { Option: 'U512' }, '010101'],
  ['x:opt_byte_array_4=null', { Option: { ByteArray: 4 } }, '00'],
  ["x:opt_byte_array_2='abcd'", { Option: { ByteArray: 2 } }, '01abcd'],
  ["x=u8='1'", 'U8', '01'],
];

describe('simple args: valid', () => {
  it.each(valid)('%s', (text, clType, hex) => {
    const [name, v] = parseSimpleArg(text);
    expect(name).toBe(text.split(/[:=]/)[0]);
    expect(v.clType).toEqual(clType);
    expect(toHex(v.bytes)).toBe(hex);
    expect(toHex(clTypeBytes(v.clType))).toBe(toHex(clTypeBytes(clType)));
  });
});

const invalid: [string, RegExp][] = [
  ["x:u8='256'", /256 is out of range for u8 \(0 to 255\)/],
  ["x:u8='-1'", /'-1' is negative, but u8 is unsigned/],
  ["x:u32='4294967296'", /out of range for u32/],
  ["x:i32='2147483648'", /out of range for i32 \(-2147483648 to 2147483647\)/],
  ["x:i32='f'", /'f' is not a i32/],
  ["x:i64='1.5'", /not a i64/],
  ["x:u64='18446744073709551616'", /out of range for u64/],
  [`x:u512='${(1n << 512n).toString()}'`, /out of range for u512/],
  ["x:u512='+1'", /not a u512/],
  ["x:u512=''", /an empty value is not a u512/],
  ['x:u512=', /must be in single quotes/],
  ["x:u512=''''", /an empty value is not a u512/],
  ["x:opt_i32=''", /an empty value is not a i32/],
  ["x:bool='fa'", /'fa' is not a bool/],
  ["x:opt_bool=''", /'' is not a bool/],
  ["x:unit='x'", /not a unit value/],
  ['x:u8=1', /must be in single quotes/],
  ['x:u8=null', /must be in single quotes/],
  ["x:wat='false'", /unknown type 'wat'; the types are: bool, i32/],
  ["x:opt_wat='1'", /unknown type 'wat'/],
  ["x:key='foo-00'", /no known key prefix/],
  [`x:key='hash-${H.slice(2)}'`, /32 bytes/],
  [`x:account_hash='hash-${H}'`, /expected 'account-hash-'/],
  [`x:uref='uref-${H}-010'`, /0 to 7/],
  [`x:uref='uref-${H}'`, /access rights in octal/],
  [`x:public_key='03${H}'`, /unknown public key tag 3/],
  ["x:public_key='01abcd'", /must be 32 bytes/],
  ["x:byte_list='0g'", /not valid hex for a byte_list/],
  ["x:byte_list='123'", /odd number of hex digits/],
  ["x:byte_array_5='0102'", /is 2 bytes, but byte_array_5 needs exactly 5/],
  ["x:byte_array_x='01'", /'x' in 'byte_array_x' is not a byte count/],
  ['x', /expected the form "NAME:TYPE='VALUE'" OR "NAME:TYPE=null"/],
  ['x:u8', /expected the form/],
  ['', /expected the form/],
  ['asdf|1234(..)', /expected the form/],
  [`x:key='hash-${'aB'.repeat(32)}'`, /checksum/],
];

describe('simple args: invalid, one clear line each', () => {
  it.each(invalid)('%s', (text, msg) => {
    let err: unknown;
    try {
      parseSimpleArg(text, '--session-arg');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ArgError);
    const m = (err as Error).message;
    expect(m).toMatch(msg);
    expect(m.startsWith(`invalid --session-arg "${text}": `)).toBe(true);
    expect(m).not.toContain('\n');
  });

  // casper-client-rs v2.0.0 lib/cli/simple_args.rs:347-353: every arg is appended as given
  // (split_arg's splitn(3, [':', '=']) leaves an empty name empty).
  it('keeps a repeated name and an empty name, in order', () => {
    expect(
      parseSimpleArgs(["a:u8='1'", ":u8='2'", "a:u8='3'"], '--payment-arg').map(([n, v]) => [n, v.bytes[0]]),
    ).toEqual([
      ['a', 1],
      ['', 2],
      ['a', 3],
    ]);
  });

  it('keeps command-line order', () => {
    expect(parseSimpleArgs(["b:u8='1'", "a:u8='2'"]).map(([n]) => n)).toEqual(['b', 'a']);
  });
});

describe('type list', () => {
  it('matches the Rust client help list exactly', () => {
    expect(SIMPLE_TYPE_LIST).toBe(
      'bool, i32, i64, u8, u32, u64, u128, u256, u512, unit, string, key, account_hash, uref, public_key, byte_list, byte_array_<NUM>, ' +
        'opt_bool, opt_i32, opt_i64, opt_u8, opt_u32, opt_u64, opt_u128, opt_u256, opt_u512, opt_unit, opt_string, opt_key, opt_account_hash, opt_uref, opt_public_key, opt_byte_list, opt_byte_array_<NUM>',
    );
  });
});
