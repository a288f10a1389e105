// Is a public key a point of its curve? casper-types 3.0.0 refuses keys that are not
// (types/src/crypto/asymmetric_key.rs:678-688 at casper-node v1.5.2): ed25519 through
// ed25519-dalek 1.0's PublicKey::from_bytes (CompressedEdwardsY::decompress), secp256k1 through
// k256 0.7's VerifyingKey::from_sec1_bytes, which takes compressed (02/03) and uncompressed (04)
// points and writes them compressed. Plain BigInt arithmetic: a few modular powers, no curve library
// to load on the hot path.

const modPow = (b: bigint, e: bigint, m: bigint): bigint => {
  let r = 1n;
  b %= m;
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
};
const mod = (a: bigint, m: bigint) => ((a % m) + m) % m;
const bigFromBE = (b: Uint8Array): bigint => b.reduce((a, x) => (a << 8n) | BigInt(x), 0n);

const ED_P = (1n << 255n) - 19n;
// d = −121665/121666 mod p (RFC 8032 §5.1), written out: computing it is a modular power on every start.
const ED_D = 37095705934669439343138083508754565189542113879843219016388785533085940283555n;

/**
 * dalek 1.x decompress: y is the low 255 bits read little-endian (not reduced-checked), and the
 * point exists iff (y²−1)/(d·y²+1) is a square mod p. The sign bit is not checked against x = 0.
 */
export function isEd25519Point(raw: Uint8Array): boolean {
  if (raw.length !== 32) return false;
  const le = Uint8Array.from(raw).reverse();
  const y = mod(bigFromBE(le) & ((1n << 255n) - 1n), ED_P);
  const y2 = (y * y) % ED_P;
  const u = mod(y2 - 1n, ED_P);
  const v = mod(ED_D * y2 + 1n, ED_P);
  if (v === 0n) return u === 0n;
  // u/v is a square iff u·v is (they differ by the square v²): one Euler criterion, no inverse.
  const uv = (u * v) % ED_P;
  return uv === 0n || modPow(uv, (ED_P - 1n) / 2n, ED_P) === 1n;
}

const K_P = 2n ** 256n - 2n ** 32n - 977n;
const onK256 = (x: bigint, y: bigint) => mod(y * y - (x * x * x + 7n), K_P) === 0n;

/**
 * SEC1 bytes of a secp256k1 point → its 33-byte compressed form, or undefined when k256 0.7 would
 * refuse them (not on the curve, a coordinate not below p, or another encoding).
 */
export function compressedSecp256k1(sec1: Uint8Array): Uint8Array | undefined {
  const tag = sec1[0];
  if ((tag === 2 || tag === 3) && sec1.length === 33) {
    const x = bigFromBE(sec1.subarray(1));
    if (x >= K_P) return undefined;
    const rhs = mod(x * x * x + 7n, K_P);
    return modPow(rhs, (K_P - 1n) / 2n, K_P) === 1n || rhs === 0n ? Uint8Array.from(sec1) : undefined;
  }
  if (tag === 4 && sec1.length === 65) {
    const x = bigFromBE(sec1.subarray(1, 33));
    const y = bigFromBE(sec1.subarray(33));
    if (x >= K_P || y >= K_P || !onK256(x, y)) return undefined;
    const out = new Uint8Array(33);
    out[0] = y & 1n ? 3 : 2;
    out.set(sec1.subarray(1, 33), 1);
    return out;
  }
  return undefined;
}
