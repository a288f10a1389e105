// The transaction commands as processes: the casper-types documentation example rebuilt from flags
// alone, every real 2.x TransactionV1 forwarded unchanged by send-transaction, tampered ones refused
// before sending, and sign-transaction's approvals.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonExact } from '../../src/core/index.js';
import { checkTransaction, transactionFromJson } from '../../src/transaction/index.js';
import { startCaptureServer, type CaptureServer, type Responder } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';
import { describeVectors, readVectorText, repoRoot, vectorPath } from '../helpers/vectors.js';

/** A 2.x node's answer: account_put_transaction echoes the hash (casper-2.md §6, sidecar rpc_schema.json). */
const txNodeLike: Responder = (req, res) => {
  res.setHeader('content-type', 'application/json');
  const id = req.json?.id ?? null;
  const hash = req.json?.params?.transaction?.Version1?.hash;
  const result =
    req.json?.method === 'speculative_exec_txn'
      ? {
          api_version: '2.0.0',
          execution_result: {
            block_hash: 'ab'.repeat(32),
            transfers: [],
            limit: '100000000',
            consumed: '100000000',
            effects: [],
            messages: [],
            error: null,
          },
        }
      : { api_version: '2.0.0', transaction_hash: { Version1: hash } };
  res.end(JSON.stringify({ jsonrpc: '2.0', id, result }));
};

let server: CaptureServer;
let dir: string;
const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const KEY2 = join(repoRoot, 'fixtures', 'keys', 'secp256k1_secret_key.pem');

beforeAll(async () => {
  server = await startCaptureServer(txNodeLike);
  dir = mkdtempSync(join(tmpdir(), 'txcli-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const lastParams = () => server.requests.at(-1)!.json.params;

describeVectors('make-transaction: the casper-types documentation example from flags alone', () => {
  it('reproduces hash e6bc93a3…, its exact signature and the whole JSON', async () => {
    // extracted/casper-node/account_put_transaction_example_2.0.0.json: source uref 0a×32 -007, target
    // uref 1b×32 -000, amount 30 000 000 000, id 999, Fixed {0, 5}, ttl 1h, chain casper-example; the
    // signer's secret key is 32 bytes of 0x0f (derived/node-doc-example-secret_key.pem).
    const r = await runCli([
      'make-transaction',
      'transfer',
      '--source',
      `uref-${'0a'.repeat(32)}-007`,
      '--target',
      `uref-${'1b'.repeat(32)}-000`,
      '--transfer-amount',
      '30000000000',
      '--transfer-id',
      '999',
      '--chain-name',
      'casper-example',
      '--timestamp',
      '2020-11-17T00:39:24.072Z',
      '--ttl',
      '1h',
      '--pricing-mode',
      'fixed',
      '--gas-price-tolerance',
      '5',
      '--secret-key',
      vectorPath('derived', 'node-doc-example-secret_key.pem'),
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = readVectorText('extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json');
    expect(JSON.stringify(JSON.parse(r.stdout))).toBe(JSON.stringify(JSON.parse(expected)));
    expect(JSON.parse(r.stdout).Version1.approvals[0].signature).toBe(
      '0124fd45fa4ad49f048d116ba86fa84cecc8e4a1c49cbae824db97472a9f5de6c63e6e77723e55d00b78605ee9a69a27ea23a73e47d29d0778534e053f18ca4101',
    );
  });
});

// casper-2.0/README.md §1: the real TransactionV1s that must verify, and where each sits in its file.
const REAL: [string[], (doc: any) => any][] = [
  [
    ['casper-2.0', 'casper-go-sdk', 'tests', 'data', 'transaction', 'get_transaction_native_target.json'],
    (d) => d.result.transaction.Version1,
  ],
  [
    ['casper-2.0', 'casper-go-sdk', 'tests', 'data', 'transaction', 'get_transaction_install_contract.json'],
    (d) => d.result.transaction.Version1,
  ],
  [
    ['casper-2.0', 'casper-go-sdk', 'tests', 'data', 'transaction', 'get_transaction_native_entry_point.json'],
    (d) => d.result.transaction.Version1,
  ],
  [
    ['casper-2.0', 'casper-go-sdk', 'tests', 'data', 'sse', 'transaction_accepted_event.json'],
    (d) => d.TransactionAccepted.Version1,
  ],
  [
    ['casper-2.0', 'casper-go-sdk', 'tests', 'data', 'sse', 'transaction_accepted_event_invalid_data.json'],
    (d) => d.TransactionAccepted.Version1,
  ],
  [
    ['casper-2.0', 'casper-net-sdk', 'Casper.Network.SDK.Test', 'TestData', 'get-transaction-stored-v200.json'],
    (d) => d.transaction.Version1,
  ],
  [['extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'], (d) => d.Version1],
];

describeVectors('send-transaction -i: real 2.x transactions go out unchanged', () => {
  for (const [parts, pick] of REAL) {
    it(parts.at(-1)!, async () => {
      const before = server.requests.length;
      const r = await runCli(['send-transaction', '-n', server.url, '-i', vectorPath(...parts), '--no-preflight'], {
        timeoutMs: 60_000,
      });
      expect(r.stdout).toContain('"transaction_hash"');
      expect(r.code).toBe(0);
      expect(server.requests.length).toBe(before + 1);
      const req = server.requests.at(-1)!;
      expect(req.json.method).toBe('account_put_transaction');
      // Key order and every value as the file has them (the SDK files differ in key order).
      const sent = parseJsonExact(req.body) as any;
      const original = pick(parseJsonExact(readVectorText(...parts)));
      expect(
        JSON.stringify(sent.params.transaction.Version1, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
      ).toBe(JSON.stringify(original, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
      expect(Object.keys(sent.params)).toEqual(['transaction']);
    }, 60_000);
  }

  it('a bare TransactionV1 file goes out as {"Version1": …}', async () => {
    const doc = JSON.parse(readVectorText('extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'));
    const file = join(dir, 'bare.json');
    writeFileSync(file, JSON.stringify(doc.Version1));
    const r = await runCli(['send-transaction', '-n', server.url, '--transaction-path', file, '--no-preflight']);
    expect(r.code).toBe(0);
    expect(lastParams().transaction.Version1).toEqual(doc.Version1);
  });

  // casper-client 5.0.1 src/transaction/send.rs (docs.rs) reads the file through creation_common's
  // wasm_path arg, -w/--wasm-path: the same command line works here.
  it.each([['-w'], ['--wasm-path']])(
    '%s names the transaction file, as casper-client 5.0.1 spells it',
    async (flagName) => {
      const doc = JSON.parse(readVectorText('extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'));
      const r = await runCli([
        'send-transaction',
        '-n',
        server.url,
        flagName,
        vectorPath('extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'),
        '--no-preflight',
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(lastParams().transaction.Version1).toEqual(doc.Version1);
    },
  );

  it('a {"Deploy": …} file goes out as it is, under "transaction" (casper-client 5.x reads the Transaction enum)', async () => {
    const made = await runCli([
      'make-deploy',
      '--chain-name',
      'casper-net-1',
      '-k',
      KEY,
      '--payment-amount',
      '2500000000',
      '--session-path',
      join(repoRoot, 'fixtures', 'wasm', 'call.wasm'),
    ]);
    const file = join(dir, 'deploy-enum.json');
    const text = `{"Deploy": ${made.stdout.trim()}}`;
    writeFileSync(file, text);
    const r = await runCli(['send-transaction', '-n', server.url, '-i', file]);
    expect(r.code).toBe(0);
    expect(server.requests.at(-1)!.json.method).toBe('account_put_transaction');
    expect(JSON.stringify(lastParams())).toBe(JSON.stringify({ transaction: JSON.parse(text) }));
    // A changed deploy is refused before sending, like a changed TransactionV1.
    const doc = JSON.parse(text);
    doc.Deploy.approvals[0].signature = `01${'00'.repeat(64)}`;
    writeFileSync(file, JSON.stringify(doc));
    const before = server.requests.length;
    const bad = await runCli(['send-transaction', '-n', server.url, '-i', file]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`the signature by ${doc.Deploy.approvals[0].signer} does not verify`);
    expect(server.requests.length).toBe(before);
  });

  it('--speculative-exec calls speculative_exec_txn with {"transaction"} only', async () => {
    const r = await runCli([
      'send-transaction',
      '-n',
      server.url,
      '-i',
      vectorPath('extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'),
      '--speculative-exec',
      '--no-preflight',
    ]);
    expect(r.code).toBe(0);
    expect(server.requests.at(-1)!.json.method).toBe('speculative_exec_txn');
    expect(Object.keys(lastParams())).toEqual(['transaction']);
  });

  it('a tampered signature is refused before sending, naming the signer', async () => {
    const doc = JSON.parse(
      readVectorText(
        'casper-2.0',
        'casper-go-sdk',
        'tests',
        'data',
        'transaction',
        'get_transaction_native_target.json',
      ),
    );
    const t = doc.result.transaction.Version1;
    const sig: string = t.approvals[0].signature;
    t.approvals[0].signature = sig.slice(0, 10) + (sig[10] === '0' ? '1' : '0') + sig.slice(11);
    const file = join(dir, 'tampered.json');
    writeFileSync(file, JSON.stringify(doc));
    const before = server.requests.length;
    const r = await runCli(['send-transaction', '-n', server.url, '-i', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`the signature by ${t.approvals[0].signer} does not verify`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(server.requests.length).toBe(before);
  });

  it('a changed payload is refused before sending (hash mismatch)', async () => {
    const doc = JSON.parse(readVectorText('extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'));
    doc.Version1.payload.chain_name = 'casper';
    const file = join(dir, 'changed.json');
    writeFileSync(file, JSON.stringify(doc));
    const before = server.requests.length;
    const r = await runCli(['send-transaction', '-n', server.url, '-i', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/hash mismatch/);
    expect(server.requests.length).toBe(before);
  });
});

describe('sign-transaction', () => {
  it('adds approvals that verify, in the node order, to an unsigned make-transaction', async () => {
    const pub = readFileSync(join(repoRoot, 'fixtures', 'keys', 'ed25519_public_key.pem'), 'utf8');
    expect(pub).toContain('PUBLIC KEY');
    const unsigned = join(dir, 'unsigned.json');
    const r0 = await runCli([
      'make-transaction',
      'transfer',
      '--target',
      `account-hash-${'11'.repeat(32)}`,
      '--transfer-amount',
      '2500000000',
      '--chain-name',
      'casper-net-1',
      '-g',
      '1',
      '-p',
      '100000000',
      '--standard-payment',
      'true',
      '--initiator-address',
      join(repoRoot, 'fixtures', 'keys', 'ed25519_public_key.pem'),
      '-o',
      unsigned,
    ]);
    expect(r0.stdout).toBe(`Wrote the deploy to ${unsigned}\n`);
    expect(r0.code).toBe(0);
    const once = join(dir, 'once.json');
    const twice = join(dir, 'twice.json');
    const r1 = await runCli(['sign-transaction', '-k', KEY2, '-i', unsigned, '-o', once]);
    expect(r1.stdout).toBe(`Signed the transaction at ${unsigned} and wrote to ${once}\n`);
    const r2 = await runCli(['sign-transaction', '-k', KEY, '-i', once, '-o', twice]);
    expect(r2.code).toBe(0);
    const t = transactionFromJson(JSON.parse(readFileSync(twice, 'utf8')));
    const check = checkTransaction(t);
    expect(check.hashOk).toBe(true);
    expect(check.approvals.map((a) => a.error)).toEqual([null, null]);
    // BTreeSet<Approval> order: by signer bytes, so the ed25519 (tag 01) key comes before secp256k1 (02).
    expect(JSON.parse(readFileSync(twice, 'utf8')).Version1.approvals.map((a: any) => a.signer.slice(0, 2))).toEqual([
      '01',
      '02',
    ]);
    const r3 = await runCli(['send-transaction', '-n', server.url, '-i', twice, '--no-preflight']);
    expect(r3.code).toBe(0);
  });

  it('refuses to overwrite without --force, like sign-deploy', async () => {
    const out = join(dir, 'exists.json');
    writeFileSync(out, '{}');
    const r = await runCli([
      'sign-transaction',
      '-k',
      KEY,
      '-i',
      vectorPath('extracted', 'casper-node', 'account_put_transaction_example_2.0.0.json'),
      '-o',
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('already exists');
  });
});
