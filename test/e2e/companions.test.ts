// The companion commands as processes, and the multi-signature flow on a devnet (2.x, the
// default): make → sign by A → sign by B → send --wait; --wait's failure exit on both generations.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicKey } from '../../src/core/index.js';
import { startDevnetProcess } from '../devnet/process-helpers.js';
import { runCli, lastJson } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
let dir: string;
let net: Awaited<ReturnType<typeof startDevnetProcess>>;
const f = (...p: string[]) => join(dir, ...p);

/** A Wasm custom section (id 0) of about `size` bytes: valid padding for any module. */
function customSection(size: number): Buffer {
  const leb = (n: number) => {
    const out: number[] = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return Buffer.from(out);
  };
  const body = Buffer.concat([leb(3), Buffer.from('pad'), Buffer.alloc(size)]);
  return Buffer.concat([Buffer.from([0]), leb(body.length), body]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'companions-'));
  for (const [name, algo] of [
    ['a', 'Ed25519'],
    ['b', 'secp256k1'],
  ]) {
    const r = await runCli(['keygen', f(name!), '-a', algo!]);
    expect(r.code).toBe(0);
  }
  const a = readFileSync(f('a', 'public_key_hex'), 'utf8');
  const b = readFileSync(f('b', 'public_key_hex'), 'utf8');
  writeFileSync(
    f('accounts.toml'),
    `[[accounts]]\npublic_key = "${a}"\nbalance = "1000000000000000"\nassociated_keys = ["${a}", "${b}"]\n`,
  );
  net = await startDevnetProcess([
    '--accounts',
    f('accounts.toml'),
    '--block-time',
    '200ms',
    '--data-dir',
    f('devnet'),
  ]);
});
afterAll(() => {
  net.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('keygen and account-address', () => {
  it('writes the three files, the secret 0600, readable back', () => {
    expect(statSync(f('a', 'secret_key.pem')).mode & 0o777).toBe(0o600);
    // pem 0.8's encode ends every line with CRLF (pem-rs v0.8.1 src/lib.rs:340-347).
    expect(readFileSync(f('a', 'secret_key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\r\n/);
    expect(readFileSync(f('b', 'secret_key.pem'), 'utf8')).toMatch(/^-----BEGIN EC PRIVATE KEY-----\r\n/);
    expect(readFileSync(f('b', 'public_key_hex'), 'utf8')).toMatch(/^02(02|03)[0-9a-f]{64}$/);
    // openssl agrees with the public key we wrote.
    const pub = execFileSync('openssl', ['pkey', '-in', f('a', 'secret_key.pem'), '-pubout']).toString();
    expect(pub).toBe(readFileSync(f('a', 'public_key.pem'), 'utf8').replace(/\r\n/g, '\n'));
  });

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const before = readFileSync(f('a', 'secret_key.pem'), 'utf8');
    const r = await runCli(['keygen', f('a')]);
    expect(r.code).toBe(1);
    // lib/keygen.rs FileAlreadyExists on the canonical path; lib/error.rs:121 "file at {} already exists".
    expect(r.stdout).toBe(`file at ${realpathSync(f('a', 'secret_key.pem'))} already exists\n`);
    expect(readFileSync(f('a', 'secret_key.pem'), 'utf8')).toBe(before);
    const c = await runCli(['keygen', f('c')]);
    const forced = await runCli(['keygen', f('c'), '--force']);
    expect([c.code, forced.code]).toEqual([0, 0]);
    // PossibleValuesParser: a clap usage error before anything is made (src/keygen.rs).
    const bad = await runCli(['keygen', f('d'), '-a', 'rsa']);
    expect(bad.code).toBe(2);
    expect(existsSync(f('d', 'secret_key.pem'))).toBe(false);
  });

  it('account-address from hex, a hex file and a PEM', async () => {
    const hex = readFileSync(f('a', 'public_key_hex'), 'utf8');
    const want = `${PublicKey.fromHex(hex).accountHashString()}\n`;
    for (const p of [hex, f('a', 'public_key_hex'), f('a', 'public_key.pem')]) {
      const r = await runCli(['account-address', '--public-key', p]);
      expect(r.stdout).toBe(want);
    }
    const bad = await runCli(['account-address', '-p', 'zz']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^--public-key: public key 'zz': not a public key/);
  });
});

describe('make, sign twice, verify, send --wait, get', () => {
  let hash = '';
  it('runs the two-party flow on the devnet', async () => {
    const make = await runCli([
      'make-deploy',
      '--chain-name',
      net.chain,
      '-k',
      f('a', 'secret_key.pem'),
      '--payment-amount',
      '2500000000',
      '-s',
      WASM,
      '-o',
      f('d1.json'),
    ]);
    expect(make.stdout).toBe(`Wrote the deploy to ${f('d1.json')}\n`);
    const again = await runCli([
      'make-deploy',
      '--chain-name',
      net.chain,
      '-k',
      f('a', 'secret_key.pem'),
      '--payment-amount',
      '1',
      '-s',
      WASM,
      '-o',
      f('d1.json'),
    ]);
    expect(again.code).toBe(1);
    const sign = await runCli(['sign-deploy', '-i', f('d1.json'), '-k', f('b', 'secret_key.pem'), '-o', f('d2.json')]);
    expect(sign.stdout).toBe(`Signed the deploy at ${f('d1.json')} and wrote to ${f('d2.json')}\n`);
    // casper-client 2.0.0 appends a second approval by the same key (lib/types/deploy.rs:253-258).
    const dup = await runCli(['sign-deploy', '-i', f('d2.json'), '-k', f('b', 'secret_key.pem')]);
    expect(dup.code).toBe(0);
    expect(JSON.parse(dup.stdout).approvals.length).toBe(3);
    expect(dup.stderr).toMatch(/^warning: the deploy is already signed by 02/);
    const verify = await runCli(['verify-deploy', '-i', f('d2.json')]);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).approvals.length).toBe(2);
    const send = await runCli(['send-deploy', '-n', net.url, '-i', f('d2.json'), '--wait', '--wait-timeout', '20s']);
    expect(send.stderr).toBe('');
    expect(send.code).toBe(0);
    const out = lastJson(send.stdout);
    hash = out.result.deploy_hash;
    // A 2.x node's info_get_deploy: execution_info with a Version2 result (casper-2.md §1.3).
    expect(Object.keys(out.result)).toEqual(['api_version', 'deploy_hash', 'execution_info']);
    expect(out.result.api_version).toBe('2.0.0');
    expect(out.result.execution_info.execution_result.Version2.error_message).toBeNull();
    const get = await runCli(['get-deploy', hash, '-n', net.url]);
    expect(get.code).toBe(0);
    expect(JSON.parse(get.stdout).result.deploy.approvals.length).toBe(2);
  });

  it('an unsigned deploy from make-deploy, signed later', async () => {
    const pk = readFileSync(f('a', 'public_key_hex'), 'utf8');
    const make = await runCli([
      'make-deploy',
      '--chain-name',
      net.chain,
      '--session-account',
      pk,
      '--payment-amount',
      '2500000000',
      '-s',
      WASM,
    ]);
    expect(make.code).toBe(0);
    const unsigned = JSON.parse(make.stdout);
    expect(unsigned.approvals).toEqual([]);
    writeFileSync(f('u.json'), make.stdout);
    const sign = await runCli(['sign-deploy', '-i', f('u.json'), '-k', f('a', 'secret_key.pem')]);
    expect(JSON.parse(sign.stdout).approvals.length).toBe(1);
  });

  it('verify-deploy fails a tampered file with exit 1', async () => {
    const d = JSON.parse(readFileSync(f('d2.json'), 'utf8'));
    d.header.chain_name = 'other';
    writeFileSync(f('bad.json'), JSON.stringify(d));
    const r = await runCli(['verify-deploy', '-i', f('bad.json')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, body_hash_ok: true, hash_ok: false });
  });

  it('put-deploy --wait exits 1 when a 2.x execution fails (out of gas: error_message set)', async () => {
    // 2.x refuses payments under 2.5 CSPR, so run out of gas with a big module: the devnet's cost
    // model charges 10,000 gas a byte (src/devnet/execute.ts).
    const big = Buffer.concat([readFileSync(WASM), customSection(200_000)]);
    writeFileSync(f('big.wasm'), big);
    const r = await runCli([
      'put-deploy',
      '-n',
      net.url,
      '--chain-name',
      net.chain,
      '-k',
      f('a', 'secret_key.pem'),
      '--payment-amount',
      '2500000000',
      '-s',
      f('big.wasm'),
      '--wait',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const v2 = lastJson(r.stdout).result.execution_info.execution_result.Version2;
    expect(v2.error_message).toBe('Out of gas error');
    expect([v2.limit, v2.consumed, v2.cost, v2.refund]).toEqual(['2500000000', '2500000000', '2500000000', '0']);
  });

  it('put-deploy --wait exits 1 when a 1.5 execution fails (Failure in execution_results)', async () => {
    const old = await startDevnetProcess([
      '--protocol',
      '1.5',
      '--accounts',
      f('accounts.toml'),
      '--block-time',
      '200ms',
    ]);
    try {
      const r = await runCli([
        'put-deploy',
        '-n',
        old.url,
        '--chain-name',
        old.chain,
        '-k',
        f('a', 'secret_key.pem'),
        '--payment-amount',
        '1000',
        '-s',
        WASM,
        '--wait',
      ]);
      expect(r.code).toBe(1);
      expect(lastJson(r.stdout).result.execution_results[0].result.Failure.error_message).toBe('Out of gas error');
    } finally {
      old.child.kill('SIGKILL');
    }
  });

  it('get-deploy of an unknown hash relays the node error', async () => {
    const r = await runCli(['get-deploy', '00'.repeat(32), '-n', net.url, '--id', '4']);
    expect(r.code).toBe(1);
    // casper-sidecar rpcs/error.rs NoDeployWithHash ("no deploy for hash {0}"), DeployHash's Display
    // "deploy-hash({digest:10})" (casper-node types/src/transaction/deploy/deploy_hash.rs:81, digest.rs:302).
    expect(r.stdout).toBe(
      'response for rpc-id 4 info_get_deploy is json-rpc error: {"code":-32000,"message":"No such deploy","data":"no deploy for hash deploy-hash(0000..0000)"}\n',
    );
  });
});

describe('generate-completion', () => {
  // casper-client-rs v2.0.0 src/generate_completion.rs: DIR/casper-client for every shell, the
  // "Wrote completion script for <shell> to <dir>" line, and "<path> exists. To overwrite, rerun
  // with --force" on stderr with exit 1.
  it.each(['bash', 'elvish', 'fish', 'powershell', 'zsh'])('%s', async (shell) => {
    const out = f(`comp-${shell}`);
    mkdirSync(out);
    const r = await runCli(['generate-completion', '--shell', shell, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote completion script for ${shell} to ${out}\n`);
    const text = readFileSync(join(out, 'casper-client'), 'utf8');
    expect(text).toContain('put-deploy');
    expect(text).toContain('session-path');
    if (shell === 'bash') execFileSync('bash', ['-n', join(out, 'casper-client')]);
    const again = await runCli(['generate-completion', '--shell', shell, '-o', out]);
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr: `${join(out, 'casper-client')} exists. To overwrite, rerun with --force\n`,
    });
  });
});
