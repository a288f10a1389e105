// Loading, refusing and writing secret keys; the negative files are made with openssl at test time.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../core/index.js';
import { generateSecretKey, loadSecretKeyFile, parseSecretKeyPem, secretKeyToPem } from './secret-key.js';
import { KeyError } from './errors.js';
import { publicKeyToPem, readPublicKeyArg } from './public-key.js';
import { signDeploy } from '../deploy/index.js';
import { verifySignature } from './verify.js';
import { buildDeploy, standardPayment } from '../deploy/index.js';

let dir: string;
const ssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'signer-test-'));
  ssl('genpkey', '-algorithm', 'ed25519', '-out', file('ed.pem'));
  writeFileSync(file('ed-crlf.pem'), ssl('pkey', '-in', file('ed.pem')).replace(/\n/g, '\r\n'));
  ssl('ecparam', '-name', 'secp256k1', '-genkey', '-out', file('k1-params.pem'));
  ssl('ec', '-in', file('k1-params.pem'), '-out', file('k1-sec1.pem'));
  ssl('pkcs8', '-topk8', '-nocrypt', '-in', file('k1-sec1.pem'), '-out', file('k1-pkcs8.pem'));
  ssl('ec', '-in', file('k1-sec1.pem'), '-no_public', '-out', file('k1-nopub.pem'));
  ssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', file('p256.pem'));
  ssl('pkcs8', '-topk8', '-nocrypt', '-in', file('p256.pem'), '-out', file('p256-pkcs8.pem'));
  ssl('genpkey', '-algorithm', 'x25519', '-out', file('x25519.pem'));
  ssl('genpkey', '-algorithm', 'ed25519', '-aes-256-cbc', '-pass', 'pass:secret', '-out', file('ed-encrypted.pem'));
  ssl('ec', '-in', file('k1-sec1.pem'), '-aes256', '-passout', 'pass:secret', '-out', file('k1-encrypted.pem'));
  ssl(
    'pkcs8',
    '-topk8',
    '-v2',
    'aes-256-cbc',
    '-passout',
    'pass:secret',
    '-in',
    file('k1-sec1.pem'),
    '-out',
    file('k1-pkcs8-encrypted.pem'),
  );
  ssl('pkey', '-in', file('ed.pem'), '-pubout', '-out', file('ed-public.pem'));
  // Quadratic-time bait: 56 KB of BEGIN lines with no END (issue 18), and a key file over the cap.
  writeFileSync(file('begin-flood.pem'), '-----BEGIN PRIVATE KEY-----\n'.repeat(2_000));
  writeFileSync(file('over-cap.pem'), Buffer.alloc(64 * 1024 + 1, 0x41));
  writeFileSync(file('empty.pem'), '');
  writeFileSync(file('garbage.pem'), 'this is not a key\n');
  const edBody = ssl('pkey', '-in', file('ed.pem'));
  writeFileSync(
    file('truncated.pem'),
    `-----BEGIN PRIVATE KEY-----\n${Buffer.from(edBody.split('\n')[1]!, 'base64').subarray(0, 20).toString('base64')}\n-----END PRIVATE KEY-----\n`,
  );
  writeFileSync(file('bad-b64.pem'), '-----BEGIN PRIVATE KEY-----\n@@@@\n-----END PRIVATE KEY-----\n');
  writeFileSync(
    file('zero-k1.pem'),
    `-----BEGIN EC PRIVATE KEY-----\n${Buffer.from(`302e0201010420${'00'.repeat(32)}a00706052b8104000a`, 'hex').toString('base64')}\n-----END EC PRIVATE KEY-----\n`,
  );
  mkdirSync(file('a-directory'));
  writeFileSync(file('unreadable.pem'), 'x');
  chmodSync(file('unreadable.pem'), 0o000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('accepted secret keys', () => {
  it.each([
    ['ed25519 PKCS#8 (openssl genpkey)', 'ed.pem', 'ed25519'],
    ['ed25519 with CRLF line ends', 'ed-crlf.pem', 'ed25519'],
    ['secp256k1 SEC1 after EC PARAMETERS (openssl ecparam -genkey)', 'k1-params.pem', 'secp256k1'],
    ['secp256k1 SEC1 with public part', 'k1-sec1.pem', 'secp256k1'],
    ['secp256k1 SEC1 without public part', 'k1-nopub.pem', 'secp256k1'],
    ['secp256k1 PKCS#8', 'k1-pkcs8.pem', 'secp256k1'],
  ])('%s', async (_, name, algo) => {
    const key = await loadSecretKeyFile(file(name));
    expect(key.algorithm).toBe(algo);
    // The public key agrees with what openssl derives.
    const pub = readPublicKeyArg(writeTemp(`${name}.pub`, ssl('pkey', '-in', file(name), '-pubout')));
    expect(key.publicKey.toHex()).toBe(pub.toHex());
  });
});

function writeTemp(name: string, text: string): string {
  writeFileSync(file(name), text);
  return file(name);
}

describe('refused secret keys: one line naming the file and the problem, no key bytes', () => {
  const table: [string, string, RegExp][] = [
    ['P-256 (SEC1)', 'p256.pem', /NIST P-256 .* ed25519 or secp256k1/],
    ['P-256 (PKCS#8)', 'p256-pkcs8.pem', /NIST P-256/],
    ['X25519', 'x25519.pem', /X25519/],
    ['encrypted PKCS#8 ed25519', 'ed-encrypted.pem', /the key is encrypted, which is not supported; decrypt it first/],
    [
      'encrypted SEC1 secp256k1 (Proc-Type, DEK-Info)',
      'k1-encrypted.pem',
      /the key is encrypted, which is not supported/,
    ],
    ['encrypted PKCS#8 secp256k1', 'k1-pkcs8-encrypted.pem', /the key is encrypted, which is not supported/],
    ['56 KB of BEGIN lines', 'begin-flood.pem', /holds no PEM block/],
    [
      'over the key file cap',
      'over-cap.pem',
      /cannot be read: 65537 bytes, over the 64 KiB limit on a key file \(65536 bytes\)/,
    ],
    ['public key', 'ed-public.pem', /this is a public key/],
    ['empty', 'empty.pem', /is empty/],
    ['garbage', 'garbage.pem', /holds no PEM block/],
    ['truncated DER', 'truncated.pem', /damaged/],
    ['bad base64', 'bad-b64.pem', /not valid base64/],
    ['zero secp256k1 scalar', 'zero-k1.pem', /out of range/],
    ['missing file', 'nope.pem', /cannot be read: no such file/],
    ['directory', 'a-directory', /cannot be read: it is a directory/],
  ];
  it.each(table)('%s', async (_, name, msg) => {
    const err = await loadSecretKeyFile(file(name)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(KeyError);
    const m = (err as Error).message;
    expect(m).toMatch(msg);
    expect(m).toContain(file(name));
    expect(m).not.toContain('\n');
    expect(m).not.toMatch(/[0-9a-f]{40}/i);
  });

  it('PEM parsing is linear: 1.1 MB of BEGIN lines with no END (36 s with the old regex) takes well under a second', async () => {
    const { readPemBlocks } = await import('./pem.js');
    const flood = '-----BEGIN PRIVATE KEY-----\n'.repeat(40_000);
    const t0 = performance.now();
    expect(readPemBlocks(flood)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(() => readPemBlocks(`${flood}-----END PRIVATE KEY-----`)).toThrow(/not valid base64/); // one block, whose body holds BEGIN lines
  });

  it.skipIf(process.getuid?.() === 0)('unreadable file', async () => {
    await expect(loadSecretKeyFile(file('unreadable.pem'))).rejects.toThrow(/permission denied/);
  });
});

describe('signing', () => {
  it.each(['ed25519', 'secp256k1'] as const)('%s keys generate, write, reload and verify', async (algo) => {
    const key = await generateSecretKey(algo);
    const pem = secretKeyToPem(key);
    const again = await parseSecretKeyPem(pem, 'generated');
    expect(again.publicKey.toHex()).toBe(key.publicKey.toHex());
    // openssl reads what we write, and agrees on the public key.
    const path = writeTemp(`gen-${algo}.pem`, pem);
    expect(readPublicKeyArg(writeTemp(`gen-${algo}.pub`, ssl('pkey', '-in', path, '-pubout'))).toHex()).toBe(
      key.publicKey.toHex(),
    );
    expect(readPublicKeyArg(writeTemp(`ours-${algo}.pub`, publicKeyToPem(key.publicKey))).toHex()).toBe(
      key.publicKey.toHex(),
    );
    const msg = new Uint8Array(32).fill(9);
    const sig = key.sign(msg);
    expect(sig.length).toBe(65);
    expect(toHex(key.sign(msg))).toBe(toHex(sig)); // deterministic
    expect(verifySignature(key.publicKey, msg, sig)).toBeNull();
    const bad = sig.slice();
    bad[10]! ^= 1;
    expect(verifySignature(key.publicKey, msg, bad)).toMatch(/failed to verify/);
  });

  it('secp256k1 signatures are low-S, and a high-S twin is refused as k256 does', async () => {
    const key = await generateSecretKey('secp256k1');
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    for (let i = 0; i < 20; i++) {
      const msg = new Uint8Array(32).fill(i);
      const sig = key.sign(msg);
      const s = BigInt(`0x${toHex(sig.subarray(33))}`);
      expect(s <= n / 2n).toBe(true);
      const high = Uint8Array.from([
        ...sig.subarray(0, 33),
        ...Buffer.from((n - s).toString(16).padStart(64, '0'), 'hex'),
      ]);
      expect(verifySignature(key.publicKey, msg, high)).toMatch(/failed to verify secp256k1/);
    }
  });

  it('a signature of the other algorithm is a type mismatch', async () => {
    const ed = await generateSecretKey('ed25519');
    const k1 = await generateSecretKey('secp256k1');
    expect(verifySignature(k1.publicKey, new Uint8Array(32), ed.sign(new Uint8Array(32)))).toMatch(/type mismatch/);
  });

  // casper-client-rs v2.0.0 lib/types/deploy.rs:253-258: sign pushes onto the Vec of approvals.
  it('signDeploy appends after earlier approvals, the same signer too', async () => {
    const a = await generateSecretKey('ed25519');
    const b = await generateSecretKey('secp256k1');
    const d = buildDeploy({
      account: a.publicKey,
      chainName: 'c',
      payment: standardPayment(1n),
      session: { kind: 'Transfer', args: [] },
    });
    const two = signDeploy(signDeploy(d, a), b);
    expect(two.approvals.map((x) => x.signer.toHex())).toEqual([a.publicKey.toHex(), b.publicKey.toHex()]);
    const three = signDeploy(two, a);
    expect(three.approvals.map((x) => x.signer.toHex())).toEqual([
      a.publicKey.toHex(),
      b.publicKey.toHex(),
      a.publicKey.toHex(),
    ]);
  });
});

describe('public key arguments', () => {
  it.each([
    ['bad tag', `03${'aa'.repeat(32)}`, /unknown public key tag 3/],
    ['short', '01abcd', /must be 32 bytes/],
    ['not hex', 'hello', /not a public key/],
  ])('%s', (_, value, msg) => expect(() => readPublicKeyArg(value)).toThrow(msg));

  it('a secret key file given as a public key is refused without reading it out', () => {
    expect(() => readPublicKeyArg(file('ed.pem'))).toThrow(/holds a secret key/);
  });
});
