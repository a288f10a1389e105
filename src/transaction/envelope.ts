// The calltable envelope that TransactionV1 and its enum-like parts are written in:
//   u32 n ‖ n × (u16 index ‖ u32 offset) ‖ u32 payload_len ‖ payload
// Follows casper-node 2.0.0 types/src/transaction/serialization/mod.rs (builder l.9–84, envelope
// l.86–138 with from_bytes at l.120, field windows l.140–200 with step at l.164) and
// serialization/field.rs l.7–41 (u16 index, u32 offset).
import { ByteReader, ByteWriter, BytesError } from '../core/index.js';

export type EnvelopeField = readonly [index: number, bytes: Uint8Array];

/** Fields must be given in strictly ascending index order and none may be empty (add_field). */
function writeEnvelope(w: ByteWriter, fields: readonly EnvelopeField[]): void {
  let payloadLen = 0;
  let last = -1;
  for (const [index, bytes] of fields) {
    if (index <= last) throw new BytesError(`calltable field ${index} is out of order`);
    if (bytes.length === 0) throw new BytesError(`calltable field ${index} is empty`);
    last = index;
    payloadLen += bytes.length;
  }
  w.u32(fields.length);
  let offset = 0;
  for (const [index, bytes] of fields) {
    w.u8(index & 0xff)
      .u8(index >> 8)
      .u32(offset);
    offset += bytes.length;
  }
  w.u32(payloadLen);
  for (const [, bytes] of fields) w.raw(bytes);
}

/**
 * The envelope as consecutive parts: the header (field count, index/offset table, payload length)
 * in one part, then each field's own parts, uncopied. Concatenated, equal to envelopeBytes.
 */
export function envelopeParts(
  fields: readonly (readonly [index: number, parts: readonly Uint8Array[]])[],
): Uint8Array[] {
  const lengths = fields.map(([, parts]) => parts.reduce((n, b) => n + b.length, 0));
  const w = new ByteWriter(8 + fields.length * 6);
  let last = -1;
  fields.forEach(([index], i) => {
    if (index <= last) throw new BytesError(`calltable field ${index} is out of order`);
    if (lengths[i] === 0) throw new BytesError(`calltable field ${index} is empty`);
    last = index;
  });
  w.u32(fields.length);
  let offset = 0;
  fields.forEach(([index], i) => {
    w.u8(index & 0xff)
      .u8(index >> 8)
      .u32(offset);
    offset += lengths[i]!;
  });
  w.u32(offset);
  return [w.finish(), ...fields.flatMap(([, parts]) => parts)];
}

export function envelopeBytes(fields: readonly EnvelopeField[]): Uint8Array {
  const w = new ByteWriter(fields.reduce((n, [, b]) => n + b.length + 6, 8));
  writeEnvelope(w, fields);
  return w.finish();
}

/**
 * Reads an envelope and hands out its fields in order. Like CalltableFieldsIterator, each field
 * must be exactly the bytes its offsets give it, and the last one runs to the end of the payload.
 */
export class EnvelopeReader {
  private next = 0;
  private constructor(
    private readonly fields: EnvelopeField[],
    private readonly what: string,
  ) {}

  static read(r: ByteReader, maxFields: number, what: string): EnvelopeReader {
    const n = r.u32();
    if (n > maxFields) throw new BytesError(`${what}: ${n} calltable fields, at most ${maxFields} expected`);
    const table: { index: number; offset: number }[] = [];
    for (let i = 0; i < n; i++) {
      const lo = r.u8();
      const index = lo | (r.u8() << 8);
      table.push({ index, offset: r.u32() });
    }
    const payload = r.bytes();
    const fields: EnvelopeField[] = table.map((f, i) => {
      const end = i + 1 < table.length ? table[i + 1]!.offset : payload.length;
      if (f.offset > end || end > payload.length)
        throw new BytesError(`${what}: calltable offsets are not ascending within the payload`);
      // The node never reads field 0's offset (its window starts at 0); the builder always writes 0,
      // and any other value would change the hashed bytes, so it is refused here.
      if (i === 0 && f.offset !== 0) throw new BytesError(`${what}: the first calltable field must start at offset 0`);
      return [f.index, payload.subarray(f.offset, end)] as const;
    });
    return new EnvelopeReader(fields, what);
  }

  get hasMore(): boolean {
    return this.next < this.fields.length;
  }

  /** The next field, which must carry `index`; `parse` must consume all of its bytes. */
  field<T>(index: number, parse: (r: ByteReader) => T): T {
    const f = this.fields[this.next];
    if (f === undefined) throw new BytesError(`${this.what}: calltable field ${index} is missing`);
    if (f[0] !== index) throw new BytesError(`${this.what}: expected calltable field ${index}, found ${f[0]}`);
    this.next++;
    const r = new ByteReader(f[1]);
    const v = parse(r);
    if (r.remaining !== 0)
      throw new BytesError(`${this.what}: calltable field ${index} has ${r.remaining} unread bytes`);
    return v;
  }

  /** No fields may remain. */
  end(): void {
    if (this.hasMore) throw new BytesError(`${this.what}: unexpected calltable field ${this.fields[this.next]![0]}`);
  }
}
