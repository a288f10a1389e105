// What people at a terminal see: a spinner and a summary on stderr with --wait, a table for -e,
// help at the terminal's width, Ctrl-C that works, while stdout (a file here) still gets plain
// JSON. util-linux `script` gives the process a pseudo-terminal (test/helpers/terminal.ts); every
// step waits for what the terminal shows, never for a fixed time, so a busy machine only slows it.
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnetProcess, type Running } from '../devnet/process-helpers.js';
import { startCaptureServer, type CaptureServer, type Responder } from '../helpers/capture-server.js';
import { jsonDocuments, lastJson } from '../helpers/run-cli.js';
import { hasScript, onTerminal, stripAnsi } from '../helpers/terminal.js';
import { repoRoot } from '../helpers/vectors.js';

const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
let net: Running;
let node: CaptureServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'terminal-'));
  node = await startCaptureServer();
  if (hasScript) net = await startDevnetProcess(['--block-time', '200ms', '--quiet']);
}, 30_000);
afterAll(async () => {
  net?.child.kill('SIGKILL');
  await node.close();
  rmSync(dir, { recursive: true, force: true });
});

type Obj = Record<string, unknown>;
/** A 2.x node that accepts the deploy and answers every poll with `execution_info` (null: not yet). */
function node2x(executionInfo: (hash: string) => Obj | null): Responder {
  return (req, res) => {
    res.setHeader('content-type', 'application/json');
    const { id, method, params } = req.json;
    const hash = method === 'account_put_deploy' ? params.deploy.hash : params.deploy_hash;
    const result =
      method === 'account_put_deploy'
        ? { api_version: '2.0.0', deploy_hash: hash }
        : { api_version: '2.0.0', deploy: {}, execution_info: executionInfo(hash) };
    res.end(JSON.stringify({ jsonrpc: '2.0', id, result }));
  };
}

/** execution_info of a Version2 result; error_message null = success. */
const v2Info = (errorMessage: string | null) => ({
  block_hash: 'cd'.repeat(32),
  block_height: 7,
  execution_result: {
    Version2: {
      initiator: { PublicKey: '01'.padEnd(66, 'a') },
      error_message: errorMessage,
      limit: '2500000000',
      consumed: '100000',
      cost: '2500000000',
      refund: '0',
      transfers: [],
      size_estimate: 200,
      effects: [],
    },
  },
});

const putArgs = (url: string, ...extra: string[]) => [
  'put-deploy',
  '-n',
  url,
  '--chain-name',
  'casper-test',
  '-k',
  KEY,
  '--payment-amount',
  '2500000000',
  '-s',
  WASM,
  ...extra,
];

describe.skipIf(!hasScript)('on a terminal', () => {
  it('--wait shows a spinner result and a summary table on stderr; stdout stays JSON', async () => {
    const r = await onTerminal([
      'put-deploy',
      '-n',
      net.url,
      '--chain-name',
      net.chain,
      '-k',
      net.key,
      '--payment-amount',
      '2500000000',
      '-s',
      WASM,
      '--wait',
    ]);
    expect(r.code, r.terminal).toBe(0);
    expect(r.terminal).toContain('✔ executed: success');
    expect(r.terminal).toMatch(/│ result\s+│ Success/);
    // The 2.x devnet's pricing (src/devnet/execute.ts): limit = payment, cost = limit at gas price
    // 1, 75% of the unused 1,499,660,000 gas refunded; call.wasm uses 1,000,000,000 + 34 × 10,000.
    expect(r.terminal).toMatch(/│ limit\s+│ 2500000000 gas/);
    expect(r.terminal).toMatch(/│ consumed\s+│ 1000340000 gas/);
    expect(r.terminal).toMatch(/│ cost\s+│ 2,500,000,000 motes \(2\.5 CSPR\)/);
    expect(r.terminal).toMatch(/│ refund\s+│ 1,124,745,000 motes \(1\.124745 CSPR\)/);
    expect(lastJson(r.stdout).result.execution_info.execution_result.Version2.error_message).toBeNull();
  });

  it('Ctrl-C during --wait: exit 130 within 1 s, the hash already on stdout, get-deploy named, the terminal as it was', async () => {
    node.respond = node2x(() => null); // accepted, never executed
    let stdoutAtCtrlC = '';
    const r = await onTerminal(putArgs(node.url, '--wait'), {
      onOutput: (terminal, send, stdoutNow) => {
        if (stdoutAtCtrlC === '' && terminal.includes('waiting for deploy')) {
          stdoutAtCtrlC = stdoutNow();
          send('\x03'); // the keystroke, through the terminal's line discipline
        }
      },
    });
    expect(r.code, r.terminal).toBe(130);
    expect(r.sinceLastSend).toBeLessThan(1000);
    const accepted = jsonDocuments(stdoutAtCtrlC);
    expect(accepted).toHaveLength(1);
    const hash = accepted[0].result.deploy_hash as string;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.stdout).toBe(stdoutAtCtrlC); // nothing more after the interrupt
    expect(stripAnsi(r.terminal)).toContain(`Look it up later with: casper-client get-deploy -n ${node.url} ${hash}`);
    // Cursor shown again after the spinner hid it; the terminal still turns Ctrl-C into SIGINT and
    // reads lines (no raw mode left behind).
    expect(r.terminal.lastIndexOf('\x1b[?25h')).toBeGreaterThan(r.terminal.lastIndexOf('\x1b[?25l'));
    expect(r.stty).toMatch(/(^|\s)isig(\s|$)/m);
    expect(r.stty).toMatch(/(^|\s)icanon(\s|$)/m);
    expect(r.stty).toMatch(/(^|\s)echo(\s|$)/m);
  });

  it('a failed execution is marked ✖, in red only when colour is on', async () => {
    node.respond = node2x(() => v2Info('Insufficient funds'));
    const plain = await onTerminal(putArgs(node.url, '--wait'));
    expect(plain.code).toBe(1);
    expect(plain.terminal).toContain('✖ executed: failed');
    expect(plain.terminal).not.toContain('✔');
    expect(plain.terminal).toMatch(/│ error\s+│ Insufficient funds/);
    const coloured = await onTerminal(putArgs(node.url, '--wait'), { env: { NO_COLOR: undefined } });
    expect(coloured.code).toBe(1);
    expect(coloured.terminal).toContain('\x1b[31m✖\x1b[39m executed: failed');
  });

  it('at 40 columns the summary turns into key/value lines that fit', async () => {
    node.respond = node2x(() => v2Info(null));
    const r = await onTerminal(putArgs(node.url, '--wait'), { width: 40 });
    expect(r.code).toBe(0);
    const hash = lastJson(r.stdout).result.deploy_hash as string;
    const lines = stripAnsi(r.terminal).split('\r\n');
    const from = lines.findIndex((l) => l.startsWith('deploy:'));
    expect(from).toBeGreaterThan(-1);
    const summary = lines.slice(from).filter((l) => l !== '');
    expect(
      summary.every((l) => l.length <= 40),
      summary.join('\n'),
    ).toBe(true);
    expect(
      summary
        .slice(1, 3)
        .map((l) => l.trim())
        .join(''),
    ).toBe(hash);
    expect(summary).toContain('result: Success');
    expect(summary).toContain('cost: 2,500,000,000 motes (2.5 CSPR)');
    expect(summary).toContain('limit: 2500000000 gas');
    expect(r.terminal).not.toContain('│');
  });

  it('a node slow to answer gets a spinner after about a second, gone once it answers', async () => {
    let held: (() => void) | undefined;
    const answer = node2x(() => null);
    node.respond = (req, res) => {
      held = () => answer(req, res);
    };
    const r = await onTerminal(putArgs(node.url), {
      onOutput: (terminal) => {
        if (held !== undefined && terminal.includes('sending account_put_deploy')) {
          held();
          held = undefined;
        }
      },
    });
    expect(r.code, r.terminal).toBe(0);
    expect(r.terminal).toContain(`sending account_put_deploy to ${node.url}`);
    expect(lastJson(r.stdout).result.deploy_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a terminal that reports no width gets one line, not endless redraws', async () => {
    const r = await onTerminal(
      [
        'put-deploy',
        '-n',
        net.url,
        '--chain-name',
        net.chain,
        '-k',
        net.key,
        '--payment-amount',
        '2500000000',
        '-s',
        WASM,
        '--wait',
      ],
      { width: 0 },
    );
    expect(r.code).toBe(0);
    expect(r.terminal.length).toBeLessThan(5000);
    expect(r.terminal).toMatch(/waiting for deploy [0-9a-f]{10}… to be executed\r?\n✔ executed: success/);
  });

  it('-e renders the type table when stdout is a terminal', async () => {
    const r = await onTerminal(['put-deploy', '-e'], { width: 160, stdoutOnTerminal: true });
    expect(r.code).toBe(0);
    expect(r.terminal).toMatch(/│ u512\s+│ "name_09:u512='8'"/);
    expect(r.terminal).toContain('null (unquoted) means None');
  });

  it('help wraps at the terminal width, as clap does', async () => {
    const r = await onTerminal(['put-deploy', '--help'], {
      width: 60,
      stdoutOnTerminal: true,
      env: { NO_COLOR: undefined },
    });
    expect(r.code).toBe(0);
    const lines = r.terminal.split(/\r?\n/).filter((l) => l.startsWith('          '));
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
  });

  it('a secret key others can read gets a warning on the terminal', async () => {
    const key = join(dir, 'shared.pem');
    copyFileSync(net.key, key);
    chmodSync(key, 0o644);
    const r = await onTerminal([
      'put-deploy',
      '-n',
      net.url,
      '--chain-name',
      net.chain,
      '-k',
      key,
      '--payment-amount',
      '2500000000',
      '-s',
      WASM,
    ]);
    expect(r.code).toBe(0);
    expect(r.terminal).toContain(`warning: secret key file '${key}' can be read by other users; run chmod 600 on it`);
  });
});
