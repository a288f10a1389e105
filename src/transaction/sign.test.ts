// Signing and verification as the node does them (casper-node 2.0.0 transaction_v1.rs l.206–210
// sign = BTreeSet insert; l.412–470 verify: hash, non-empty approvals, each signature over the hash).
import { describe, expect, it } from 'vitest';
import { toHex } from '../core/index.js';
import { generateSecretKey } from '../signer/index.js';
import { ed25519TestKey } from '../../test/helpers/test-keys.js';
import { buildTransaction } from './build.js';
import { transactionFromBytes } from './from-bytes.js';
import { transactionFromJson } from './from-json.js';
import { transactionToBytes } from './to-bytes.js';
import { transactionToJson } from './to-json.js';
import { checkTransaction, signTransaction, verifyTransaction } from './sign.js';
import type { TransactionV1 } from './types.js';

async function unsigned(): Promise<TransactionV1> {
  const key = await ed25519TestKey(1);
  return buildTransaction({
    initiator: key.publicKey,
    chainName: 'casper-net-1',
    timestamp: 1_700_000_000_000,
    pricingMode: { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 1 },
    target: { kind: 'Native' },
    entryPoint: { kind: 'Transfer' },
  });
}

describe('signTransaction / verifyTransaction', () => {
  it('adds approvals in the node order, whatever the signing order', async () => {
    const [a, b, c] = await Promise.all([ed25519TestKey(1), ed25519TestKey(2), generateSecretKey('secp256k1')]);
    const keys = [c, b, a];
    let t = await unsigned();
    for (const k of keys) t = signTransaction(t, k);
    // BTreeSet<Approval> orders by signer bytes: every 01… (ed25519) before 02… (secp256k1).
    const expected = [a.publicKey.toHex(), b.publicKey.toHex()].sort().concat(c.publicKey.toHex());
    expect(t.approvals.map((x) => x.signer.toHex())).toEqual(expected);
    expect(() => verifyTransaction(t)).not.toThrow();
    // The same order in the full bytes and the JSON, and both read back.
    expect((transactionToJson(t) as any).approvals.map((x: any) => x.signer)).toEqual(expected);
    expect(toHex(transactionToBytes(transactionFromBytes(transactionToBytes(t))))).toBe(toHex(transactionToBytes(t)));
    expect(transactionFromJson(transactionToJson(t)).approvals.map((x) => x.signer.toHex())).toEqual(expected);
  });

  it('signing twice with an ed25519 key leaves one approval (identical signatures, one set entry)', async () => {
    const k = await ed25519TestKey(1);
    const t = signTransaction(signTransaction(await unsigned(), k), k);
    expect(t.approvals).toHaveLength(1);
  });

  it('names the signer whose approval does not verify', async () => {
    const [a, b] = await Promise.all([ed25519TestKey(1), ed25519TestKey(2)]);
    const t = signTransaction(signTransaction(await unsigned(), a), b);
    const i = t.approvals.findIndex((x) => x.signer.toHex() === b.publicKey.toHex());
    const sig = t.approvals[i]!.signature.slice();
    sig[10] = sig[10]! ^ 1;
    t.approvals[i] = { ...t.approvals[i]!, signature: sig };
    expect(() => verifyTransaction(t)).toThrow(
      `the approval by ${b.publicKey.toHex()} does not verify: asymmetric key error: failed to verify Ed25519 signature`,
    );
    expect(
      checkTransaction(t)
        .approvals.filter((x) => x.error !== null)
        .map((x) => x.signer),
    ).toEqual([b.publicKey.toHex()]);
  });

  it('refuses a wrong hash and an unsigned transaction', async () => {
    const t = await unsigned();
    expect(() => verifyTransaction(t)).toThrow('the transaction has no approvals: sign it first');
    const k = await ed25519TestKey(1);
    const signed = signTransaction(t, k);
    const edited = { ...signed, payload: { ...signed.payload, chainName: 'casper' } };
    expect(() => verifyTransaction(edited)).toThrow(
      /invalid transaction hash: the payload hashes to [0-9a-f]{64}, not /,
    );
  });

  it('a signature by another key under a copied signer is refused', async () => {
    const [a, b] = await Promise.all([ed25519TestKey(1), ed25519TestKey(2)]);
    const t = signTransaction(await unsigned(), b);
    const forged = { ...t, approvals: [{ signer: a.publicKey, signature: t.approvals[0]!.signature }] };
    expect(() => verifyTransaction(forged)).toThrow(`the approval by ${a.publicKey.toHex()} does not verify`);
  });
});
