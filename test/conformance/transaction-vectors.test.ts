// Every TransactionV1 in the Casper 2.0 vectors (shared/vectors/casper-2.0, README §1–2), re-derived
// by our engine: payload → hash, each approval verifies, full byte lengths as the README lists
// them ("payload / full"), full bytes as the independent checker wrote them
// (derived/txv1-check-results.json, written by tools/verify-txv1.mjs), and the JSON written back
// equal to the file. Negative files must be refused with the reason the README gives. Finally the
// casper-types documentation example is rebuilt from its parts and re-signed with its key.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  CLValue,
  encode,
  PublicKey,
  fromHex,
  parseJsonExact,
  parseTimestamp,
  parseURef,
  stringifyJson,
  toHex,
  ByteWriter,
} from '../../src/core/index.js';
import {
  buildTransaction,
  checkTransaction,
  payloadBytes,
  payloadFromJson,
  signTransaction,
  transactionFromJson,
  transactionSize,
  transactionToBytes,
  transactionToJson,
  transactionToJsonWrapped,
  verifyTransaction,
} from '../../src/transaction/index.js';
import { findTransactionsV1 } from '../helpers/find-transactions.js';
import { ed25519TestKey } from '../helpers/test-keys.js';
import { describeVectors, readVectorJson, vectorPath } from '../helpers/vectors.js';

const readExact = (...p: string[]) => parseJsonExact(readFileSync(vectorPath(...p), 'utf8'));

// casper-2.0/README.md §1: file, expected hash, payload / full lengths, and whether the file keeps
// the node's key order (README: get_transaction_native_entry_point.json was re-serialized by an SDK).
const POSITIVE: { file: string; hash: string; payload: number; full: number; nodeOrder: boolean }[] = [
  {
    file: 'casper-go-sdk/tests/data/transaction/get_transaction_native_target.json',
    hash: '9f0bad6b425d30e716cf5418de52ec2bcc6d67a79853a363be8f8843ca195adb',
    payload: 305,
    full: 465,
    nodeOrder: true,
  },
  {
    file: 'casper-go-sdk/tests/data/transaction/get_transaction_install_contract.json',
    hash: '61ea6370da50d146b8057e048ad3c48089d847241fb8a6ef5f70b69a445090b6',
    payload: 287_015,
    full: 287_176,
    nodeOrder: true,
  },
  {
    file: 'casper-go-sdk/tests/data/transaction/get_transaction_native_entry_point.json',
    hash: '33d563212799c239b1deaf8bec8eb21b1949b057873990070c5c4de2f2a8a95f',
    payload: 554,
    full: 714,
    nodeOrder: false,
  },
  {
    file: 'casper-go-sdk/tests/data/sse/transaction_accepted_event.json',
    hash: '446f9511258112c6e5150ee13d57c421da2bc30e0058db6165855a9d1ba4b868',
    payload: 305,
    full: 465,
    nodeOrder: true,
  },
  {
    file: 'casper-go-sdk/tests/data/sse/transaction_accepted_event_invalid_data.json',
    hash: 'da2d91ac4caf08bc43e04ebda5c8b76746dc71d8211a7547f63d66fba7d38c54',
    payload: 862,
    full: 1023,
    nodeOrder: true,
  },
  {
    file: 'casper-net-sdk/Casper.Network.SDK.Test/TestData/get-transaction-stored-v200.json',
    hash: '173251b375edd42e3ee43a05ff7d1996380c59192a785884a8cfdd574d86aa9a',
    payload: 431,
    full: 591,
    nodeOrder: true,
  },
  {
    file: 'casper-sidecar/resources/test/rpc_schema.json',
    hash: 'e6bc93a30584fefced99be08c1861164b357c74e4904b5d2e7146896aaaaf843',
    payload: 377,
    full: 537,
    nodeOrder: true,
  },
  {
    file: 'casper-sidecar/resources/test/speculative_rpc_schema.json',
    hash: 'e6bc93a30584fefced99be08c1861164b357c74e4904b5d2e7146896aaaaf843',
    payload: 377,
    full: 537,
    nodeOrder: true,
  },
];

// README §2: each must be refused for its unknown interim-format field(s).
const NEGATIVE: { file: string; hash: string; field: RegExp; target: 'Session' | 'Stored' }[] = [
  {
    file: 'negative/casper-go-sdk/tests/data/transaction/get_transaction.json',
    hash: '7ef4be88714ed23ae4d4a3f095612d638255c780a24f1fc4c6f57f7e6251f8bf',
    field: /unknown field "(transferred_value|seed)"/,
    target: 'Session',
  },
  {
    file: 'negative/casper-go-sdk/tests/data/transaction/get_transaction_with_delegator_kind.json',
    hash: '67594388afce12d027d2098f0bee6742702738647fb8d422d85f1b2c8b72192c',
    field: /unknown field "transferred_value"/,
    target: 'Stored',
  },
  {
    file: 'negative/casper-go-sdk/tests/data/transaction/get_transaction_with_invalid_args.json',
    hash: '67594388afce12d027d2098f0bee6742702738647fb8d422d85f1b2c8b72192c',
    field: /unknown field "transferred_value"/,
    target: 'Stored',
  },
];

interface CheckResults {
  results: { file: string; kind: string; hash: string; full_bytes_hex?: string }[];
}

describeVectors('TransactionV1 vectors (casper-2.0)', () => {
  const derived = readVectorJson<CheckResults>('casper-2.0', 'derived', 'txv1-check-results.json').results;

  for (const v of POSITIVE) {
    it(`${v.file} ${v.hash.slice(0, 8)}: hash, approvals, lengths, JSON round trip`, () => {
      const found = findTransactionsV1(readExact('casper-2.0', v.file));
      expect(found.length).toBeGreaterThan(0);
      for (const json of found) {
        expect(json.hash).toBe(v.hash);
        const t = transactionFromJson(json);
        expect(toHex(t.hash)).toBe(v.hash);
        expect(() => verifyTransaction(t)).not.toThrow();
        expect(checkTransaction(t).approvals.every((a) => a.error === null)).toBe(true);
        expect(payloadBytes(t.payload).length).toBe(v.payload);
        const full = transactionToBytes(t);
        expect(full.length).toBe(v.full);
        // Pre-flight and the devnet count the size without serializing: the same README figure.
        expect(transactionSize(t)).toBe(v.full);
        const independent = derived.find((r) => r.file === `casper-2.0/${v.file}` && r.hash === v.hash)?.full_bytes_hex;
        if (independent !== undefined) expect(toHex(full)).toBe(independent);
        const out = transactionToJson(t);
        if (v.nodeOrder) expect(stringifyJson(out)).toBe(stringifyJson(json));
        else expect(out).toEqual(json);
      }
    });
  }

  // The node's own count of the same bytes: execution results carry `size_estimate` (README §1).
  for (const v of POSITIVE) {
    const file = readVectorJson<any>('casper-2.0', v.file);
    const info = file.result?.execution_info ?? file.execution_info;
    const estimate = info?.execution_result?.Version2?.size_estimate;
    if (estimate === undefined) continue;
    it(`${v.file}: full bytes = the node's size_estimate (${estimate})`, () => {
      const [json] = findTransactionsV1(readExact('casper-2.0', v.file));
      expect(transactionToBytes(transactionFromJson(json)).length).toBe(estimate);
    });
  }

  it('every TransactionV1 file in the README table is covered', () => {
    const listed = derived
      .filter((r) => r.kind === 'TransactionV1' && !r.file.includes('/negative/'))
      .map((r) => r.file.replace(/^casper-2\.0\//, ''));
    expect([...new Set(listed)].sort()).toEqual(POSITIVE.map((p) => p.file).sort());
  });

  for (const n of NEGATIVE) {
    it(`refuses ${n.file} (interim format) with the unknown field named`, () => {
      const [json] = findTransactionsV1(readExact('casper-2.0', n.file));
      expect(json!.hash).toBe(n.hash);
      expect(() => transactionFromJson(json)).toThrow(
        new RegExp(`payload\\.fields\\.target\\.${n.target}: ${n.field.source}`),
      );
    });
    it(`${n.file}: without the interim fields the hash does not match and the approval does not verify`, () => {
      const [json] = findTransactionsV1(readExact('casper-2.0', n.file)) as any[];
      const body = json.payload.fields.target[n.target];
      delete body.transferred_value;
      delete body.seed;
      expect(() => transactionFromJson(json)).toThrow(/transaction hash mismatch/);
      const approvals = (json.approvals as { signer: string; signature: string }[]).map((a) => ({
        signer: PublicKey.fromHex(a.signer),
        signature: fromHex(a.signature),
      }));
      const claimed = { hash: fromHex(json.hash), payload: payloadFromJson(json.payload), approvals };
      const c = checkTransaction(claimed);
      expect(c.hashOk).toBe(false);
      // Over the hash the node would compute, the approval does not verify either.
      const recomputed = checkTransaction({ ...claimed, hash: fromHex(c.computedHash) });
      expect(recomputed.hashOk).toBe(true);
      expect(recomputed.approvals.every((a) => a.error !== null)).toBe(true);
    });
  }

  it('get_transaction.json in the final format hashes to 15a5092a… (README §2)', () => {
    const [json] = findTransactionsV1(readExact('casper-2.0', NEGATIVE[0]!.file)) as any[];
    const body = json.payload.fields.target.Session;
    delete body.transferred_value;
    delete body.seed;
    expect(
      checkTransaction({
        hash: fromHex(json.hash),
        payload: payloadFromJson(json.payload),
        approvals: [],
      }).computedHash.startsWith('15a5092a'),
    ).toBe(true);
  });
});

describeVectors('the casper-types documentation example (e6bc93a3…), rebuilt from its parts', () => {
  // extracted/casper-node/account_put_transaction_example_2.0.0.json; the key is 32 bytes of 0x0f
  // (casper-node types/src/transaction.rs doc example, casper-2.md §3).
  const file = ['extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'];

  it('our builder and signer reproduce the hash, the exact signature and the JSON', async () => {
    const vector = readExact(...file) as any;
    const key = await ed25519TestKey(0x0f);
    expect(key.publicKey.toHex()).toBe(vector.Version1.payload.initiator_addr.PublicKey);
    const t = buildTransaction({
      initiator: key.publicKey,
      chainName: 'casper-example',
      timestamp: parseTimestamp('2020-11-17T00:39:24.072Z'),
      ttl: 60 * 60 * 1000,
      pricingMode: { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 5 },
      target: { kind: 'Native' },
      entryPoint: { kind: 'Transfer' },
      args: [
        ['source', new CLValue('URef', parseURef(`uref-${'0a'.repeat(32)}-007`))],
        ['target', new CLValue('URef', parseURef(`uref-${'1b'.repeat(32)}-000`))],
        ['amount', new CLValue('U512', encode.u512(30_000_000_000n))],
        ['id', new CLValue({ Option: 'U64' }, new ByteWriter().u8(1).u64(999n).finish())],
      ],
    });
    expect(toHex(t.hash)).toBe('e6bc93a30584fefced99be08c1861164b357c74e4904b5d2e7146896aaaaf843');
    const signed = signTransaction(t, key);
    expect(toHex(signed.approvals[0]!.signature)).toBe(vector.Version1.approvals[0].signature);
    expect(stringifyJson(transactionToJsonWrapped(signed))).toBe(stringifyJson(vector));
    expect(transactionToBytes(signed).length).toBe(537);
  });
});
