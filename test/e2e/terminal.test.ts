// What people at a terminal see: a spinner and a summary table on stderr with --wait, a table for
// -e, and a warning about a shared secret key, while stdout (a file here) still gets plain JSON.
// util-linux `script` gives the process a pseudo-terminal.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevnetProcess, type Running } from '../devnet/process-helpers.js';
import { CLI } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const hasScript = existsSync('/usr/bin/script');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
let net: Running;
let dir: string;

/** Runs the CLI with stderr on a pseudo-terminal and stdout into a file; returns both. */
function onTerminal(args: string[], width = 120): { terminal: string; stdout: string; code: number } {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.txt`);
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const env = { ...process.env, TERM: 'xterm', NO_COLOR: '1' } as Record<string, string | undefined>;
  delete env.CI;
  const r = spawnSync('script', ['-qec', `stty cols ${width} rows 40; ${quoted} > '${out}'`, '/dev/null'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 30_000 });
  return { terminal: r.stdout, stdout: existsSync(out) ? readFileSync(out, 'utf8') : '', code: r.status ?? -1 };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'terminal-'));
  if (hasScript) net = await startDevnetProcess(['--block-time', '200ms']);
});
afterAll(() => {
  net?.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasScript)('on a terminal', () => {
  it('--wait shows a spinner result and a summary table on stderr; stdout stays JSON', () => {
    const r = onTerminal(['put-deploy', '-n', net.url, '--chain-name', net.chain, '-k', net.key, '--payment-amount', '2500000000', '-s', WASM, '--wait']);
    expect(r.code).toBe(0);
    expect(r.terminal).toContain('executed: success');
    expect(r.terminal).toMatch(/│ result\s+│ Success/);
    // The 2.x devnet's pricing (src/devnet/execute.ts): limit = payment, cost = limit at gas price
    // 1, 75% of the unused 1,499,660,000 gas refunded; call.wasm uses 1,000,000,000 + 34 × 10,000.
    expect(r.terminal).toMatch(/│ limit\s+│ 2500000000 gas/);
    expect(r.terminal).toMatch(/│ consumed\s+│ 1000340000 gas/);
    expect(r.terminal).toMatch(/│ cost\s+│ 2,500,000,000 motes \(2\.5 CSPR\)/);
    expect(r.terminal).toMatch(/│ refund\s+│ 1,124,745,000 motes \(1\.124745 CSPR\)/);
    expect(JSON.parse(r.stdout).result.execution_info.execution_result.Version2.error_message).toBeNull();
  });

  it('a terminal that reports no width gets one line, not endless redraws', () => {
    const r = onTerminal(['put-deploy', '-n', net.url, '--chain-name', net.chain, '-k', net.key, '--payment-amount', '2500000000', '-s', WASM, '--wait'], 0);
    expect(r.code).toBe(0);
    expect(r.terminal.length).toBeLessThan(5000);
    expect(r.terminal).toMatch(/waiting for deploy [0-9a-f]{10}… to be executed\r?\nexecuted: success/);
  });

  it('-e renders the type table when stdout is a terminal', () => {
    const quoted = `'${process.execPath}' '${CLI}' put-deploy -e`;
    const env = { ...process.env, TERM: 'xterm', NO_COLOR: '1' } as Record<string, string | undefined>;
    delete env.CI;
    const r = execFileSync('script', ['-qec', `stty cols 160 rows 40; ${quoted}`, '/dev/null'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 20_000 });
    expect(r).toMatch(/│ u512\s+│ "name_09:u512='8'"/);
    expect(r).toContain('null (unquoted) means None');
  });

  it('help wraps at the terminal width, as clap does', () => {
    const env = { ...process.env, TERM: 'xterm' } as Record<string, string | undefined>;
    delete env.CI;
    const r = execFileSync('script', ['-qec', `stty cols 60 rows 40; '${process.execPath}' '${CLI}' put-deploy --help`, '/dev/null'], { env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 20_000 });
    const lines = r.split(/\r?\n/).filter((l) => l.startsWith('          '));
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
  });

  it('a secret key others can read gets a warning on the terminal', () => {
    const key = join(dir, 'shared.pem');
    copyFileSync(net.key, key);
    chmodSync(key, 0o644);
    const r = onTerminal(['put-deploy', '-n', net.url, '--chain-name', net.chain, '-k', key, '--payment-amount', '2500000000', '-s', WASM]);
    expect(r.code).toBe(0);
    expect(r.terminal).toContain(`warning: secret key file '${key}' can be read by other users; run chmod 600 on it`);
  });
});
