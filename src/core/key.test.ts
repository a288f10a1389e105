import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { describe, expect, it } from 'vitest';
import { compressedSecp256k1, isEd25519Point } from './curve-points.js';
import { fromHex, toHex } from './hex.js';
import { parseKey, parseURef, PublicKey } from './key.js';

const H = '11'.repeat(32);
const Z = '00'.repeat(32);

describe('Key variants that carry no data (casper-types 3.0.0 key.rs:389-396, 444-475, 742-745)', () => {
  // Tags from KeyTag (key.rs): SystemContractRegistry 10, EraSummary 11, ChainspecRegistry 13,
  // ChecksumRegistry 14. The 32 bytes after the prefix are only length-checked; 32 zeros are written.
  it.each([
    [`system-contract-registry-${H}`, `0a${Z}`],
    [`era-summary-${H}`, `0b${Z}`],
    [`chainspec-registry-${H}`, `0d${Z}`],
    [`checksum-registry-${H}`, `0e${Z}`],
  ])('%s', (text, hex) => expect(toHex(parseKey(text))).toBe(hex));

  it('still wants exactly 32 bytes', () =>
    expect(() => parseKey(`era-summary-${'11'.repeat(31)}`)).toThrow(/32 bytes/));
  it("reads era ids as u64::from_str, '+' included (era_id.rs:120-126)", () =>
    expect(toHex(parseKey('era-+5'))).toBe('050500000000000000'));
});

describe('URef access rights: u8::from_str_radix(_, 8) then AccessRights::from_bits (uref.rs:195-208)', () => {
  it.each([
    ['7', '07'],
    ['0007', '07'],
    ['+5', '05'],
    ['0', '00'],
  ])('-%s', (rights, byte) => expect(toHex(parseURef(`uref-${H}-${rights}`))).toBe(H + byte));
  it.each(['010', '8', '', '-7', '400'])('refuses -%s', (rights) =>
    expect(() => parseURef(`uref-${H}-${rights}`)).toThrow(),
  );
});

describe('public keys must be curve points (asymmetric_key.rs:678-688)', () => {
  // Oracles: @noble/curves with zip215 (the rule of ed25519-dalek 1.x decompress), and its
  // secp256k1 SEC1 reader; both are third-party, not this code.
  const nobleEd = (b: Uint8Array) => {
    try {
      ed25519.Point.fromBytes(b, true);
      return true;
    } catch {
      return false;
    }
  };
  it('agrees with the ed25519 decompression on 300 byte strings', () => {
    let bad = 0;
    for (let i = 0; i < 300; i++) {
      const b = new Uint8Array(32);
      for (let j = 0; j < 32; j++) b[j] = (i * 131 + j * 71 + ((i * j) % 251)) & 0xff;
      expect(isEd25519Point(b)).toBe(nobleEd(b));
      if (!nobleEd(b)) bad++;
    }
    expect(bad).toBeGreaterThan(50);
  });

  it('refuses an ed25519 key that is not a point, from hex', () => {
    let raw = new Uint8Array(32);
    for (let i = 0; nobleEd(raw); i++) raw = Uint8Array.from({ length: 32 }, (_, j) => (i + j * 7) & 0xff);
    expect(() => PublicKey.fromHex(`01${toHex(raw)}`)).toThrow(/not a valid ed25519 public key/);
  });

  it('secp256k1: compressed and uncompressed points, written compressed', () => {
    const priv = fromHex('c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721');
    const comp = secp256k1.getPublicKey(priv, true);
    const uncomp = secp256k1.getPublicKey(priv, false);
    expect(toHex(compressedSecp256k1(uncomp)!)).toBe(toHex(comp));
    expect(PublicKey.fromHex(`02${toHex(uncomp)}`).toHex()).toBe(`02${toHex(comp)}`);
    expect(PublicKey.fromHex(`02${toHex(comp)}`).toHex()).toBe(`02${toHex(comp)}`);
    const off = Uint8Array.from(uncomp);
    off[64] = off[64]! ^ 1;
    expect(() => PublicKey.fromHex(`02${toHex(off)}`)).toThrow(/not a valid secp256k1 public key/);
    // x = 5: 5³+7 = 132 is not a square mod p (noble refuses it too).
    const x5 = Uint8Array.from([2, ...new Uint8Array(31), 5]);
    expect(() => secp256k1.Point.fromBytes(x5)).toThrow();
    expect(compressedSecp256k1(x5)).toBeUndefined();
  });
});
