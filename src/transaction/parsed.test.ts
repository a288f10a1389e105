// `parsed` as a 2.x node writes it. Key cases marked [GO] are byte/string pairs from the node
// output in casper-go-sdk tests/data/sse/transaction_accepted_event_invalid_data.json (casper-2.0
// vectors, README §1); the others are derived by hand from casper-node 2.0.0 types/src/key.rs
// l.557–667 and the address types it formats (see parsed.ts), and cl_value/jsonrepr.rs l.13–120.
import { describe, expect, it } from 'vitest';
import { fromHex, type CLType, type Json } from '../core/index.js';
import { parsedJson2 } from './parsed.js';

const r = (b: string, n: number) => b.repeat(n);

describe('Key as a 2.x formatted string', () => {
  const cases: [string, string, string][] = [
    [
      '[GO] message topic',
      `1302${r('2a', 32)}${r('2a', 32)}00`,
      `message-topic-entity-contract-${r('2a', 32)}-${r('2a', 32)}`,
    ],
    [
      '[GO] message, index 15 in hex',
      `1302${r('2a', 32)}${r('02', 32)}010f000000`,
      `message-entity-contract-${r('2a', 32)}-${r('02', 32)}-f`,
    ],
    [
      '[GO] named key of an account entity',
      '1401928d914bdcad3ca269e750f63ed3615c5d3f615cf97dba87006fd9f979dacb3cdde6f264c89fe385a5b07c26d77284d6fddabe79653c5ca25cec39a6363e6ec7',
      'named-key-entity-account-928d914bdcad3ca269e750f63ed3615c5d3f615cf97dba87006fd9f979dacb3c-dde6f264c89fe385a5b07c26d77284d6fddabe79653c5ca25cec39a6363e6ec7',
    ],
    ['[GO] block time (31 padding bytes)', `1500${r('00', 31)}`, `block-time-${r('0', 62)}`],
    ['[GO] block message count', `1501${r('00', 31)}`, `block-message-count-${r('0', 62)}`],
    [
      '[GO] entry point v1',
      '17000253c02487fa9a4bb1cd3e27b849e942cddb97caacb357e5b6bc86f702b2e32dbb3eba75fc27f0ec2786e09c09d72d61e4c28a86d44d8efc9911460d5438396481',
      'entry-point-v1-entity-contract-53c02487fa9a4bb1cd3e27b849e942cddb97caacb357e5b6bc86f702b2e32dbb-3eba75fc27f0ec2786e09c09d72d61e4c28a86d44d8efc9911460d5438396481',
    ],
    ['account', `00${r('e2', 32)}`, `account-hash-${r('e2', 32)}`],
    ['hash', `01${r('01', 32)}`, `hash-${r('01', 32)}`],
    ['URef', `02${r('0a', 32)}07`, `uref-${r('0a', 32)}-007`],
    ['era info', '050500000000000000', 'era-5'],
    [
      'system entity registry shows zeros whatever the padding',
      `0a${r('ff', 32)}`,
      `system-entity-registry-${r('0', 64)}`,
    ],
    ['bid addr, validator', `0f01${r('12', 32)}`, `bid-addr-01${r('12', 32)}`],
    [
      'bid addr, credit with era 3 as LE hex',
      `0f04${r('12', 32)}0300000000000000`,
      `bid-addr-04${r('12', 32)}0300000000000000`,
    ],
    ['package', `10${r('33', 32)}`, `package-${r('33', 32)}`],
    ['addressable entity, system', `1100${r('44', 32)}`, `entity-system-${r('44', 32)}`],
    ['byte code, v1 wasm', `1201${r('55', 32)}`, `byte-code-v1-wasm-${r('55', 32)}`],
    ['byte code, empty', '1200', `byte-code-empty-${r('0', 64)}`],
    ['balance hold, processing', `1601${r('66', 32)}0100000000000000`, `balance-hold-01${r('66', 32)}0100000000000000`],
    ['state', `1802${r('77', 32)}`, `state-entity-contract-${r('77', 32)}`],
  ];
  for (const [name, bytes, expected] of cases) {
    it(name, () => expect(parsedJson2('Key', fromHex(bytes))).toBe(expected));
  }
  it('an unknown Key tag gives null', () => expect(parsedJson2('Key', fromHex(`19${r('00', 32)}`))).toBeNull());
});

describe('other CLTypes (jsonrepr.rs)', () => {
  const cases: [string, CLType, string, Json][] = [
    ['U64 above 2^53 stays exact', 'U64', 'ffffffffffffffff', 18446744073709551615n],
    ['U512 as a decimal string', 'U512', '0500ac23fc06', '30000000000'],
    ['Option<U64> Some', { Option: 'U64' }, '01e703000000000000', 999],
    ['Option<Key> None', { Option: 'Key' }, '00', null],
    ['List<Key> of strings', { List: 'Key' }, `0100000000${r('e2', 32)}`, [`account-hash-${r('e2', 32)}`]],
    [
      'Map<String, U8>',
      { Map: { key: 'String', value: 'U8' } },
      '01000000 01000000 61 07'.replace(/ /g, ''),
      [{ key: 'a', value: 7 }],
    ],
    ['Result Err', { Result: { ok: 'U8', err: 'String' } }, '000100000078', { Err: 'x' }],
    ['Any makes it null', 'Any', '00', null],
    ['List<Any> is null, as in the AddReservations vector', { List: 'Any' }, '0100000000', null],
    ['left-over bytes make it null', 'U8', '0102', null],
  ];
  for (const [name, t, bytes, expected] of cases) {
    it(name, () => expect(parsedJson2(t, fromHex(bytes))).toEqual(expected));
  }
});
