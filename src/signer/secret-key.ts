// Secret keys from PEM, with the algorithm read from the DER itself rather than trusted from the
// label. ed25519 signs through node:crypto (no load cost); secp256k1 needs deterministic RFC 6979
// signatures, which node:crypto does not make, so @noble/curves is imported only for those keys.
import { createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { CAPS, fsReason, PublicKey, readFileCapped } from '../core/index.js';
import {
  children,
  der,
  DerError,
  FOREIGN_OIDS,
  OID,
  oidBytes,
  oidToString,
  readOnly,
  TAG,
  type DerNode,
} from './der.js';
import { KeyError } from './errors.js';
import { type PemError, readPemBlocks, writePem, type PemBlock } from './pem.js';

export type SigningAlgorithm = 'ed25519' | 'secp256k1';

export interface SecretKey {
  readonly algorithm: SigningAlgorithm;
  readonly publicKey: PublicKey;
  /** 65 bytes: the algorithm tag, then the 64-byte signature. */
  sign(message: Uint8Array): Uint8Array;
}

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const ED25519_PKCS8_PREFIX = Uint8Array.from(Buffer.from('302e020100300506032b657004220420', 'hex'));

/** Compressed SEC1 point from an uncompressed one (04 ‖ x ‖ y). */
export function compressPoint(p: Uint8Array): Uint8Array {
  if (p.length === 33 && (p[0] === 2 || p[0] === 3)) return p;
  if (p.length !== 65 || p[0] !== 4) throw new KeyError('not a valid secp256k1 point');
  return Uint8Array.from([2 + (p[64]! & 1), ...p.subarray(1, 33)]);
}

// Secrets live in closures and in this WeakMap (for writing key files): nothing on the object for
// JSON.stringify, util.inspect or an error message to print.
const secretBytes = new WeakMap<SecretKey, Uint8Array>();

class Ed25519Key implements SecretKey {
  readonly algorithm = 'ed25519' as const;
  readonly publicKey: PublicKey;
  readonly sign: (message: Uint8Array) => Uint8Array;

  constructor(seed: Uint8Array) {
    const keyObject: KeyObject = createPrivateKey({
      key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
      format: 'der',
      type: 'pkcs8',
    });
    const spki = createPublicKey(keyObject).export({ format: 'der', type: 'spki' });
    this.publicKey = PublicKey.fromDerived('ed25519', spki.subarray(spki.length - 32));
    this.sign = (message) => Uint8Array.from([1, ...cryptoSign(null, message, keyObject)]);
    Object.defineProperty(this, 'sign', { enumerable: false });
    secretBytes.set(this, seed.slice());
  }

  toJSON(): object {
    return { algorithm: this.algorithm, publicKey: this.publicKey.toHex() };
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `SecretKey(ed25519, ${this.publicKey.toHex()})`;
  }
}

class Secp256k1Key implements SecretKey {
  readonly algorithm = 'secp256k1' as const;
  readonly publicKey: PublicKey;
  readonly sign: (message: Uint8Array) => Uint8Array;

  constructor(scalar: Uint8Array, signer: (msg: Uint8Array, key: Uint8Array) => Uint8Array) {
    const secret = scalar.slice();
    // node:crypto derives the public point without loading any JS curve code.
    const keyObject = createPrivateKey({ key: Buffer.from(sec1Der(secret)), format: 'der', type: 'sec1' });
    const spki = createPublicKey(keyObject).export({ format: 'der', type: 'spki' });
    this.publicKey = PublicKey.fromDerived('secp256k1', compressPoint(spki.subarray(spki.length - 65)));
    this.sign = (message) => Uint8Array.from([2, ...signer(message, secret)]);
    Object.defineProperty(this, 'sign', { enumerable: false });
    secretBytes.set(this, secret);
  }

  toJSON(): object {
    return { algorithm: this.algorithm, publicKey: this.publicKey.toHex() };
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `SecretKey(secp256k1, ${this.publicKey.toHex()})`;
  }
}

/** SEC1 ECPrivateKey for secp256k1, as casper keygen writes it (curve OID, no public part needed). */
function sec1Der(scalar: Uint8Array): Uint8Array {
  return der(
    TAG.SEQUENCE,
    der(TAG.INTEGER, Uint8Array.of(1)),
    der(TAG.OCTET_STRING, scalar),
    der(0xa0, oidBytes(OID.secp256k1)),
  );
}

async function secpSigner(): Promise<(msg: Uint8Array, key: Uint8Array) => Uint8Array> {
  const { secp256k1 } = await import('./secp256k1-sign.js');
  return secp256k1;
}

function checkScalar(s: Uint8Array, where: string): void {
  if (s.length !== 32)
    throw new KeyError(`${where}: a secp256k1 secret key must be 32 bytes, this one has ${s.length}`);
  const v = BigInt(`0x${Buffer.from(s).toString('hex')}`);
  if (v === 0n || v >= SECP256K1_N)
    throw new KeyError(`${where}: the secp256k1 secret scalar is out of range (zero or not below the curve order)`);
}

function curveName(oid: string): string {
  return FOREIGN_OIDS[oid] ?? `the curve or algorithm with OID ${oid}`;
}

const USE = 'use an ed25519 or secp256k1 secret key (e.g. one written by `casper-client keygen`)';

async function fromPkcs8(node: DerNode, where: string): Promise<SecretKey> {
  const [version, algo, keyOctets] = children(node);
  if (version?.tag !== TAG.INTEGER || algo?.tag !== TAG.SEQUENCE || keyOctets?.tag !== TAG.OCTET_STRING) {
    throw new KeyError(`${where}: the PRIVATE KEY block is not a PKCS#8 key`);
  }
  const [algOid, params] = children(algo);
  const oid = algOid?.tag === TAG.OID ? oidToString(algOid.body) : '';
  if (oid === OID.ed25519) {
    const inner = readOnly(keyOctets.body);
    if (inner.tag !== TAG.OCTET_STRING || inner.body.length !== 32)
      throw new KeyError(`${where}: the ed25519 key is not 32 bytes`);
    return new Ed25519Key(inner.body);
  }
  if (oid === OID.ecPublicKey) {
    const curve = params?.tag === TAG.OID ? oidToString(params.body) : '';
    if (curve !== OID.secp256k1)
      throw new KeyError(
        `${where}: this is a ${curveName(curve)} key; Casper signs with ed25519 or secp256k1 only — ${USE}`,
      );
    return fromSec1(readOnly(keyOctets.body), where, OID.secp256k1);
  }
  throw new KeyError(`${where}: this is a${oid ? ` ${curveName(oid)}` : 'n unknown kind of'} key; ${USE}`);
}

async function fromSec1(node: DerNode, where: string, curveFromParams?: string): Promise<SecretKey> {
  const parts = node.tag === TAG.SEQUENCE ? children(node) : [];
  const [version, scalar] = parts;
  if (version?.tag !== TAG.INTEGER || version.body[0] !== 1 || scalar?.tag !== TAG.OCTET_STRING) {
    throw new KeyError(`${where}: the EC PRIVATE KEY block is not a SEC1 key`);
  }
  const paramsNode = parts.find((p) => p.tag === 0xa0);
  const inner = paramsNode ? children(paramsNode)[0] : undefined;
  const curve = inner?.tag === TAG.OID ? oidToString(inner.body) : curveFromParams;
  if (curve === undefined) throw new KeyError(`${where}: the EC key names no curve; ${USE}`);
  if (curve !== OID.secp256k1)
    throw new KeyError(
      `${where}: this is a ${curveName(curve)} key; Casper signs with ed25519 or secp256k1 only — ${USE}`,
    );
  checkScalar(scalar.body, where);
  return new Secp256k1Key(scalar.body, await secpSigner());
}

const isEncrypted = (b: PemBlock) =>
  b.label === 'ENCRYPTED PRIVATE KEY' ||
  /ENCRYPTED/.test(b.headers['Proc-Type'] ?? '') ||
  b.headers['DEK-Info'] !== undefined;

function explainBlock(b: PemBlock, where: string): never {
  if (isEncrypted(b)) {
    throw new KeyError(
      `${where}: the key is encrypted, which is not supported; decrypt it first (e.g. \`openssl pkey -in KEY -out plain.pem\`) and keep the result private`,
    );
  }
  if (b.label === 'PUBLIC KEY' || b.label.endsWith('PUBLIC KEY')) {
    throw new KeyError(`${where}: this is a public key; signing needs the secret key file (secret_key.pem)`);
  }
  throw new KeyError(`${where}: a "${b.label}" block is not a secret key; ${USE}`);
}

/** Parses a secret-key PEM; `source` names the file in messages. */
export async function parseSecretKeyPem(text: string, source: string): Promise<SecretKey> {
  const where = `secret key file '${source}'`;
  let blocks: PemBlock[];
  try {
    blocks = readPemBlocks(text);
  } catch (e) {
    throw new KeyError(`${where}: ${(e as PemError).message}`);
  }
  if (blocks.length === 0) {
    throw new KeyError(
      text.trim() === ''
        ? `${where} is empty`
        : `${where} holds no PEM block (expected "-----BEGIN PRIVATE KEY-----" or "-----BEGIN EC PRIVATE KEY-----")`,
    );
  }
  let curveFromParams: string | undefined;
  for (const b of blocks) {
    try {
      if (b.label === 'EC PARAMETERS') {
        // `openssl ecparam -genkey` writes the curve first, then the key.
        const n = readOnly(b.der);
        if (n.tag === TAG.OID) curveFromParams = oidToString(n.body);
        continue;
      }
      // An encrypted EC or PKCS#8 key keeps its plain label, with Proc-Type/DEK-Info headers.
      if (isEncrypted(b)) explainBlock(b, where);
      if (b.label === 'PRIVATE KEY') return await fromPkcs8(readOnly(b.der), where);
      if (b.label === 'EC PRIVATE KEY') return await fromSec1(readOnly(b.der), where, curveFromParams);
      explainBlock(b, where);
    } catch (e) {
      if (e instanceof KeyError) throw e;
      if (e instanceof DerError) throw new KeyError(`${where}: the ${b.label} block is damaged (${e.message})`);
      throw new KeyError(`${where}: the key could not be used`);
    }
  }
  throw new KeyError(`${where} holds only EC PARAMETERS, no key`);
}

export async function loadSecretKeyFile(path: string): Promise<SecretKey> {
  let text: string;
  try {
    text = readFileCapped(path, CAPS.keyFile).toString('utf8');
  } catch (e) {
    throw new KeyError(`secret key file '${path}' cannot be read: ${fsReason(e)}`);
  }
  return parseSecretKeyPem(text, path);
}

export async function generateSecretKey(algorithm: SigningAlgorithm): Promise<SecretKey> {
  const { randomBytes } = await import('node:crypto');
  if (algorithm === 'ed25519') return new Ed25519Key(randomBytes(32));
  for (;;) {
    const s = randomBytes(32);
    const v = BigInt(`0x${s.toString('hex')}`);
    if (v !== 0n && v < SECP256K1_N) return new Secp256k1Key(s, await secpSigner());
  }
}

/** The PEM casper keygen writes for the key. Only for writing key files. */
/**
 * The DER casper-types 3.0.0 writes (types/src/crypto/asymmetric_key.rs:259-293 at casper-node
 * v1.5.2): ed25519 as PKCS#8 v1 (RFC 8410), secp256k1 as SEC1 ECPrivateKey with version 1, the
 * 32-byte key and the curve OID, and no public key.
 */
export function secretKeyToPem(key: SecretKey): string {
  const raw = secretBytes.get(key);
  if (raw === undefined) throw new KeyError('this secret key cannot be exported');
  if (key.algorithm === 'ed25519') return writePem('PRIVATE KEY', Buffer.concat([ED25519_PKCS8_PREFIX, raw]));
  const body = der(
    TAG.SEQUENCE,
    der(TAG.INTEGER, Uint8Array.of(1)),
    der(TAG.OCTET_STRING, raw),
    der(0xa0, oidBytes(OID.secp256k1)),
  );
  return writePem('EC PRIVATE KEY', body);
}
