// The transaction commands end to end on a devnet process (2.x, the default): put-transaction
// session and transfer with --wait, get-transaction, make → sign → send, and --wait's exit 1 on a
// failed execution (execution_info.execution_result.Version2.error_message not null).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnetProcess } from '../devnet/process-helpers.js';
import { lastJson, runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const TARGET = '0184f6d260f4ee6869ddb36affe15456de6ae045278fa2f467bb677561ce0dad55';
let dir: string;
let net: Awaited<ReturnType<typeof startDevnetProcess>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'txdevnet-'));
  net = await startDevnetProcess(['--block-time', '200ms']);
});
afterAll(() => {
  net.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const classic = () => [
  '-n',
  net.url,
  '-k',
  net.key,
  '--chain-name',
  net.chain,
  '-g',
  '1',
  '--standard-payment',
  'true',
];

describe('put-transaction --wait on the devnet', () => {
  it('session: accepted, executed, exit 0 with execution_info', async () => {
    const r = await runCli(
      ['put-transaction', 'session', ...classic(), '-p', '3000000000', '-w', WASM, '--wait', '--wait-timeout', '20s'],
      { timeoutMs: 30_000 },
    );
    expect(r.code).toBe(0);
    const out = lastJson(r.stdout);
    expect(out.result.transaction_hash.Version1).toMatch(/^[0-9a-f]{64}$/);
    expect(out.result.execution_info.execution_result.Version2.error_message).toBeNull();
    const got = await runCli(['get-transaction', '-n', net.url, out.result.transaction_hash.Version1]);
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout).result.transaction.Version1.payload.fields.entry_point).toBe('Call');
  }, 40_000);

  it('a session that fails in execution: exit 1, the error in execution_info', async () => {
    const bad = join(dir, 'not.wasm');
    writeFileSync(bad, Buffer.from('not wasm'));
    const r = await runCli(
      ['put-transaction', 'session', ...classic(), '-p', '2500000000', '-w', bad, '--wait', '--wait-timeout', '20s'],
      { timeoutMs: 30_000 },
    );
    expect(r.code).toBe(1);
    expect(lastJson(r.stdout).result.execution_info.execution_result.Version2.error_message).toMatch(
      /not a valid Wasm module/,
    );
  }, 40_000);

  it('make unsigned → sign → send --wait: a transfer that moves the balance', async () => {
    const pub = join(dir, 'initiator_hex');
    const { readFileSync } = await import('node:fs');
    const keyText = readFileSync(net.key, 'utf8');
    expect(keyText).toContain('PRIVATE KEY');
    // The initiator's public key, from the devnet's funded key (account-address prints the hash only).
    const made = await runCli([
      'make-transaction',
      'transfer',
      '--target',
      TARGET,
      '--transfer-amount',
      '2500000000',
      '--chain-name',
      net.chain,
      '-g',
      '1',
      '-p',
      '100000000',
      '--standard-payment',
      'true',
      '-k',
      net.key,
    ]);
    expect(made.code).toBe(0);
    writeFileSync(pub, JSON.parse(made.stdout).Version1.payload.initiator_addr.PublicKey);
    const unsigned = join(dir, 'unsigned.json');
    const signed = join(dir, 'signed.json');
    expect(
      (
        await runCli([
          'make-transaction',
          'transfer',
          '--target',
          TARGET,
          '--transfer-amount',
          '2500000000',
          '--chain-name',
          net.chain,
          '-g',
          '1',
          '-p',
          '100000000',
          '--standard-payment',
          'true',
          '--initiator-address',
          pub,
          '-o',
          unsigned,
        ])
      ).code,
    ).toBe(0);
    const unsent = await runCli(['send-transaction', '-n', net.url, '-i', unsigned]);
    expect(unsent.code).toBe(1);
    expect(unsent.stdout).toMatch(/has no signatures/);
    expect((await runCli(['sign-transaction', '-k', net.key, '-i', unsigned, '-o', signed])).code).toBe(0);
    const before = await runCli(['get-transaction', '-n', net.url, 'ab'.repeat(32)]);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/No such transaction/);
    const sent = await runCli(['send-transaction', '-n', net.url, '-i', signed, '--wait', '--wait-timeout', '20s'], {
      timeoutMs: 30_000,
    });
    expect(sent.code).toBe(0);
    const v2 = lastJson(sent.stdout).result.execution_info.execution_result.Version2;
    expect(v2.error_message).toBeNull();
    expect(v2.transfers[0].Version2.amount).toBe('2500000000');
  }, 60_000);

  it('send-transaction of a legacy {"Deploy": …} (the Transaction enum 5.x reads): account_put_transaction, --wait on info_get_transaction', async () => {
    const made = await runCli([
      'make-deploy',
      '--chain-name',
      net.chain,
      '-k',
      net.key,
      '--payment-amount',
      '2500000000',
      '--session-path',
      WASM,
    ]);
    expect(made.code).toBe(0);
    const file = join(dir, 'deploy-enum.json');
    writeFileSync(file, JSON.stringify({ Deploy: JSON.parse(made.stdout) }));
    const r = await runCli(['send-transaction', '-n', net.url, '-i', file, '--wait', '--wait-timeout', '20s'], {
      timeoutMs: 30_000,
    });
    expect(r.code).toBe(0);
    const out = lastJson(r.stdout).result;
    expect(out.transaction_hash).toEqual({ Deploy: JSON.parse(made.stdout).hash });
    expect(out.execution_info.execution_result.Version2.error_message).toBeNull();
  }, 40_000);

  it('the devnet refuses a Fixed transaction on its payment-limited chainspec, with the sidecar sentence', async () => {
    const r = await runCli([
      'put-transaction',
      'transfer',
      '-n',
      net.url,
      '-k',
      net.key,
      '--chain-name',
      net.chain,
      '-g',
      '1',
      '--pricing-mode',
      'fixed',
      '--target',
      TARGET,
      '--transfer-amount',
      '2500000000',
      '--no-preflight',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Invalid transaction/);
    expect(r.stdout).toMatch(/invalid pricing mode/);
  });
});
