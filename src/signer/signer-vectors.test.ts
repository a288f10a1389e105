// Keys and signatures against the third-party vectors.
import { expect, it } from 'vitest';
import { deployFromJson } from '../deploy/index.js';
import { fromHex, toHex } from '../core/index.js';
import { findDeploys } from '../../test/helpers/find-deploys.js';
import { describeVectors, readVectorJson, readVectorText, vectorPath } from '../../test/helpers/vectors.js';
import { existsSync } from 'node:fs';
import { inspect } from 'node:util';
import { loadSecretKeyFile, parseSecretKeyPem } from './secret-key.js';
import { readPublicKeyArg } from './public-key.js';
import { signDeploy, verifyDeploy } from '../deploy/index.js';
import { verifySignature } from './verify.js';

interface KeyVec {
  file: string;
  algo?: string;
  secret_key_hex?: string;
  public_key_hex?: string;
  account_hash?: string;
  kind?: string;
}

// PEM bodies for raw test keys, spelled out from the PKCS#8 / SEC1 layouts (not produced by our writer).
function pemFor(algo: string, secretHex: string): string {
  const der =
    algo === 'ED25519'
      ? `302e020100300506032b657004220420${secretHex}`
      : `302e0201010420${secretHex}a00706052b8104000a`;
  const label = algo === 'ED25519' ? 'PRIVATE KEY' : 'EC PRIVATE KEY';
  return `-----BEGIN ${label}-----\n${Buffer.from(der, 'hex').toString('base64')}\n-----END ${label}-----\n`;
}

describeVectors('secret keys and signatures (vectors)', () => {
  const keys = readVectorJson<KeyVec[]>('derived', 'key-vectors.json');
  const secrets = keys.filter((k) => k.algo !== undefined);

  it('has the secret-key PEMs the README lists, both algorithms', () => {
    expect(secrets.length).toBe(20);
    expect(new Set(secrets.map((k) => k.algo))).toEqual(new Set(['ed25519', 'secp256k1']));
  });

  for (const k of secrets) {
    it(`${k.file} → ${k.public_key_hex!.slice(0, 10)}…`, async () => {
      const key = await loadSecretKeyFile(vectorPath(k.file));
      expect(key.algorithm).toBe(k.algo);
      expect(key.publicKey.toHex()).toBe(k.public_key_hex);
      expect(key.publicKey.accountHashString()).toBe(k.account_hash);
      // The secret never shows up in what a careless caller might print.
      const shown = JSON.stringify(key) + String(key) + inspect(key, { showHidden: true, depth: 5 });
      expect(shown).not.toContain(k.secret_key_hex);
      expect(shown).not.toContain(Buffer.from(k.secret_key_hex!, 'hex').toString('base64'));
    });
  }

  for (const k of keys.filter((x) => x.kind !== undefined)) {
    it(`public key PEM ${k.file} reads as a public key`, () => {
      const pk = readPublicKeyArg(vectorPath(k.file));
      expect(['ed25519', 'secp256k1']).toContain(pk.algorithm);
      const hexFile = vectorPath(k.file.replace(/public_key\.pem$/, 'public_key_hex'));
      if (k.file.endsWith('public_key.pem') && existsSync(hexFile))
        expect(pk.toHex()).toBe(
          readVectorText(k.file.replace(/public_key\.pem$/, 'public_key_hex'))
            .trim()
            .toLowerCase(),
        );
    });
  }

  it('the node doc key re-signs the node example deploy to its exact signature', async () => {
    const key = await loadSecretKeyFile(vectorPath('derived', 'node-doc-example-secret_key.pem'));
    const example = findDeploys(
      readVectorJson('extracted', 'casper-node', 'account_put_deploy_example_1.5.8.json'),
    )[0]!;
    const d = deployFromJson(example);
    const signed = signDeploy({ ...d, approvals: [] }, key);
    expect(toHex(signed.approvals[0]!.signature)).toBe((example.approvals as { signature: string }[])[0]!.signature);
    expect(toHex(signed.approvals[0]!.signature).startsWith('014c1a89')).toBe(true);
  });

  it('casper-client-rs test.pem signs SAMPLE_DEPLOY (dev) to the reference signature', async () => {
    const key = await loadSecretKeyFile(vectorPath('casper-client-rs', 'resources', 'test.pem'));
    const sig = key.sign(fromHex('1053f767f1734e3b5b31253ea680778ac53f134f7c24518bf2c4cbb204852617'));
    expect(toHex(sig)).toBe(
      '01d701c27d7dc36b48fa457e4c7cc9999b444d7efb4a118c805b82d1f1af337437d00f9a9562694a7dd707abc01fa0158428a365a970853327d70d6d8f15aeea00',
    );
  });

  it('pycspr signatures (ed25519 and secp256k1, RFC 6979) reproduce exactly', async () => {
    const sigs = readVectorJson<{ data: string; key: { algo: string; pbk: string; pvk: string }; sig: string }[]>(
      'casper-python-sdk',
      'tests',
      'assets',
      'vectors',
      'crypto-signatures.json',
    );
    expect(sigs.map((s) => s.key.algo).sort()).toEqual(['ED25519', 'SECP256K1']);
    for (const s of sigs) {
      const key = await parseSecretKeyPem(pemFor(s.key.algo, s.key.pvk), 'vector');
      const msg = new TextEncoder().encode(s.data);
      const sig = key.sign(msg);
      expect(toHex(sig.subarray(1))).toBe(s.sig);
      expect(verifySignature(key.publicKey, msg, sig)).toBeNull();
    }
  });

  it('pycspr key pairs give the listed account keys and hashes', async () => {
    const pairs = readVectorJson<{ algo: string; pvk: string; accountKey: string; accountHash: string }[]>(
      'casper-python-sdk',
      'tests',
      'assets',
      'vectors',
      'crypto-key-pairs.json',
    );
    for (const p of pairs) {
      const key = await parseSecretKeyPem(pemFor(p.algo, p.pvk), 'vector');
      expect(key.publicKey.toHex()).toBe(p.accountKey);
      expect(toHex(key.publicKey.accountHash())).toBe(p.accountHash);
    }
  });

  it('every approval the vectors mark valid verifies, and the stale one fails with the node reason', () => {
    const results = readVectorJson<{
      deploys: { file: string; hash: string; approvals: { signer: string; ok: boolean }[] }[];
    }>('derived', 'deploy-check-results.json');
    let checked = 0;
    for (const r of results.deploys) {
      if (!existsSync(vectorPath(r.file))) continue;
      const json = findDeploys(readVectorJson(r.file)).find((d) => d.hash === r.hash)!;
      const check = verifyDeploy(deployFromJson(json));
      for (const [i, a] of r.approvals.entries()) {
        expect(check.approvals[i]!.signer).toBe(a.signer);
        if (a.ok) expect(check.approvals[i]!.error).toBeNull();
        else expect(check.approvals[i]!.error).toBe('asymmetric key error: failed to verify Ed25519 signature');
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(32);
  });
});
