// Calltable envelope bytes, derived by hand from casper-node 2.0.0
// types/src/transaction/serialization/mod.rs (u32 n ‖ n × (u16 index ‖ u32 offset) ‖ u32 len ‖ payload)
// and its own test binary_payload_should_serialize_fields (l.208: fields u8 254, u32 MAX,
// u16 555 → table (0,0) (1,1) (2,5)).
import { describe, expect, it } from 'vitest';
import { ByteReader, fromHex, toHex } from '../core/index.js';
import { envelopeBytes, EnvelopeReader } from './envelope.js';

const h = (s: string) => fromHex(s.replace(/\s+/g, ''));

describe('calltable envelope', () => {
  const cases: { name: string; fields: [number, string][]; hex: string }[] = [
    {
      name: 'the node test: u8 254, u32 MAX, u16 555',
      fields: [
        [0, 'fe'],
        [1, 'ffffffff'],
        [2, '2b02'],
      ],
      hex: '03000000 0000 00000000 0100 01000000 0200 05000000 07000000 fe ffffffff 2b02',
    },
    {
      name: 'one tag byte (Native, Standard, VmCasperV1)',
      fields: [[0, '00']],
      hex: '01000000 0000 00000000 01000000 00',
    },
    {
      name: 'indices with gaps',
      fields: [
        [0, '01'],
        [3, 'aabb'],
      ],
      hex: '02000000 0000 00000000 0300 01000000 03000000 01 aabb',
    },
    {
      name: 'u16 index above 255',
      fields: [
        [0, '01'],
        [258, 'cc'],
      ],
      hex: '02000000 0000 00000000 0201 01000000 02000000 01 cc',
    },
  ];
  for (const c of cases) {
    it(`writes ${c.name}`, () => {
      expect(toHex(envelopeBytes(c.fields.map(([i, b]) => [i, h(b)] as const)))).toBe(toHex(h(c.hex)));
    });
    it(`reads ${c.name} back field by field`, () => {
      const env = EnvelopeReader.read(new ByteReader(h(c.hex)), 4, 'test');
      for (const [i, b] of c.fields) expect(toHex(env.field(i, (r) => r.raw(r.remaining)))).toBe(b);
      env.end();
    });
  }

  const writeErrors: { name: string; fields: [number, string][]; msg: RegExp }[] = [
    {
      name: 'indices out of order',
      fields: [
        [1, '00'],
        [0, '00'],
      ],
      msg: /out of order/,
    },
    {
      name: 'a repeated index',
      fields: [
        [0, '00'],
        [0, '00'],
      ],
      msg: /out of order/,
    },
    { name: 'an empty field', fields: [[0, '']], msg: /empty/ },
  ];
  for (const c of writeErrors) {
    it(`refuses to write ${c.name}`, () => {
      expect(() => envelopeBytes(c.fields.map(([i, b]) => [i, h(b)] as const))).toThrow(c.msg);
    });
  }

  const readErrors: { name: string; hex: string; max: number; read: (e: EnvelopeReader) => void; msg: RegExp }[] = [
    {
      name: 'more fields than the type has',
      hex: '02000000 0000 00000000 0100 01000000 02000000 0102',
      max: 1,
      read: () => {},
      msg: /2 calltable fields, at most 1/,
    },
    {
      name: 'a missing field',
      hex: '01000000 0000 00000000 01000000 00',
      max: 2,
      read: (e) => {
        e.field(0, (r) => r.u8());
        e.field(1, (r) => r.u8());
      },
      msg: /field 1 is missing/,
    },
    {
      name: 'an unexpected index',
      hex: '01000000 0100 00000000 01000000 00',
      max: 2,
      read: (e) => e.field(0, (r) => r.u8()),
      msg: /expected calltable field 0, found 1/,
    },
    {
      name: 'a field with unread bytes',
      hex: '01000000 0000 00000000 02000000 0000',
      max: 2,
      read: (e) => e.field(0, (r) => r.u8()),
      msg: /1 unread bytes/,
    },
    {
      name: 'a left-over field',
      hex: '02000000 0000 00000000 0100 01000000 02000000 0102',
      max: 2,
      read: (e) => {
        e.field(0, (r) => r.u8());
        e.end();
      },
      msg: /unexpected calltable field 1/,
    },
    {
      name: 'a payload shorter than its length',
      hex: '01000000 0000 00000000 05000000 00',
      max: 2,
      read: () => {},
      msg: /unexpected end of bytes/,
    },
    {
      name: 'offsets beyond the payload',
      hex: '02000000 0000 00000000 0100 09000000 02000000 0102',
      max: 2,
      read: () => {},
      msg: /offsets/,
    },
  ];
  for (const c of readErrors) {
    it(`refuses to read ${c.name}`, () => {
      expect(() => c.read(EnvelopeReader.read(new ByteReader(h(c.hex)), c.max, 'test'))).toThrow(c.msg);
    });
  }
});
