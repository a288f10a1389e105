// `parsed` of a CLValue as a 2.x node writes it (casper-types 6). The walk is the 1.x one
// (core/clvalue.ts readParsed); what differs is here: a Key is its formatted string, with the 2.0 Key
// variants, and an Any anywhere makes the whole value null.
// Follows casper-node 2.0.0 types/src/cl_value/jsonrepr.rs l.13–120; Key formatting from
// types/src/key.rs l.61–81 (prefixes), l.557–667 (to_formatted_string), l.1647–1760 (from_bytes),
// with the parts it uses: addressable_entity.rs l.815–850 (EntityAddr), l.1110–1120 (NamedKeyAddr),
// addressable_entity/entry_points.rs l.596–720 (EntryPointAddr), byte_code.rs l.177–225,
// contract_messages.rs l.74–95, l.179–193 (MessageAddr), system/auction/bid_addr.rs l.21–30,
// l.538–700, system/mint/balance_hold.rs l.29–30, l.192–220, l.294–330, block/block_global.rs l.28–31.
import {
  ByteReader,
  BytesError,
  formatURef,
  type ParsedLeaves,
  readParsed,
  toHex,
  type CLType,
  type Json,
} from '../core/index.js';

function entityAddr(r: ByteReader): string {
  const tag = r.u8();
  const kind = ['system', 'account', 'contract'][tag];
  if (kind === undefined) throw new BytesError(`unknown entity kind tag ${tag}`);
  return `entity-${kind}-${toHex(r.raw(32))}`;
}

const hex32 = (r: ByteReader) => toHex(r.raw(32));
const le64hex = (r: ByteReader) => toHex(r.raw(8));

function bidAddr(r: ByteReader): string {
  const tag = r.u8();
  const t = toHex(Uint8Array.of(tag));
  switch (tag) {
    case 0:
    case 1:
    case 9:
      return t + hex32(r);
    case 2:
    case 3:
    case 5:
    case 6:
    case 7:
    case 8:
      return t + hex32(r) + hex32(r);
    case 4:
      return t + hex32(r) + le64hex(r);
    default:
      throw new BytesError(`unknown BidAddr tag ${tag}`);
  }
}

/** A Key's bytes → its casper-types 6 formatted string (Key::to_formatted_string). */
function readKeyString(r: ByteReader): string {
  const tag = r.u8();
  const zeros32 = '0'.repeat(64);
  switch (tag) {
    case 0:
      return `account-hash-${hex32(r)}`;
    case 1:
      return `hash-${hex32(r)}`;
    case 2:
      return formatURef(r.raw(33));
    case 3:
      return `transfer-${hex32(r)}`;
    case 4:
      return `deploy-${hex32(r)}`;
    case 5:
      return `era-${r.u64()}`;
    case 6:
      return `balance-${hex32(r)}`;
    case 7:
      return `bid-${hex32(r)}`;
    case 8:
      return `withdraw-${hex32(r)}`;
    case 9:
      return `dictionary-${hex32(r)}`;
    // Registries and summaries carry 32 padding bytes; the formatted string always shows zeros.
    case 10:
      r.raw(32);
      return `system-entity-registry-${zeros32}`;
    case 11:
      r.raw(32);
      return `era-summary-${zeros32}`;
    case 12:
      return `unbond-${hex32(r)}`;
    case 13:
      r.raw(32);
      return `chainspec-registry-${zeros32}`;
    case 14:
      r.raw(32);
      return `checksum-registry-${zeros32}`;
    case 15:
      return `bid-addr-${bidAddr(r)}`;
    case 16:
      return `package-${hex32(r)}`;
    case 17:
      return entityAddr(r);
    case 18: {
      const kind = r.u8();
      if (kind === 0) return `byte-code-empty-${zeros32}`;
      if (kind === 1) return `byte-code-v1-wasm-${hex32(r)}`;
      if (kind === 2) return `byte-code-v2-wasm-${hex32(r)}`;
      throw new BytesError(`unknown byte code kind ${kind}`);
    }
    case 19: {
      const entity = entityAddr(r);
      const topic = hex32(r);
      const idx = r.u8();
      if (idx === 0) return `message-topic-${entity}-${topic}`;
      if (idx !== 1) throw new BytesError(`invalid Option tag ${idx}`);
      return `message-${entity}-${topic}-${r.u32().toString(16)}`;
    }
    case 20:
      return `named-key-${entityAddr(r)}-${hex32(r)}`;
    case 21: {
      const g = r.u8();
      const prefix = ['block-time-', 'block-message-count-', 'block-protocol-version-', 'block-addressable-entity-'][g];
      if (prefix === undefined) throw new BytesError(`unknown block-global tag ${g}`);
      r.raw(31);
      return prefix + '0'.repeat(62);
    }
    case 22: {
      const h = r.u8();
      if (h > 1) throw new BytesError(`unknown balance-hold tag ${h}`);
      return `balance-hold-${toHex(Uint8Array.of(h))}${hex32(r)}${le64hex(r)}`;
    }
    case 23: {
      const v = r.u8();
      if (v !== 0) throw new BytesError(`unknown entry point address tag ${v}`);
      return `entry-point-v1-${entityAddr(r)}-${hex32(r)}`;
    }
    case 24:
      return `state-${entityAddr(r)}`;
    default:
      throw new BytesError(`unknown Key tag ${tag}`);
  }
}

class AnyValue extends Error {}

/** 2.x: a Key is its formatted string; an Any anywhere makes the whole value null. */
const PARSED_2X: ParsedLeaves = {
  key: readKeyString,
  any: () => {
    throw new AnyValue();
  },
  maxDepth: 49,
};

/** The node's best-effort `parsed`: null where the bytes do not decode, hold an Any, or have bytes left over. */
export function parsedJson2(t: CLType, bytes: Uint8Array): Json {
  try {
    const r = new ByteReader(bytes);
    const v = readParsed(r, t, PARSED_2X);
    return r.remaining === 0 ? v : null;
  } catch {
    return null;
  }
}
