// casper-devnet as a good citizen: --version, a port in use named as such (exit 1), one log line
// per executed deploy on stderr (--quiet silences it), and no temporary folder (which holds a
// funded secret key) left behind after Ctrl-C or SIGTERM. Every wait is for an event: a banner, a
// log line, an exit.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin, runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';
import { startDevnetProcess, stderrUntil, type Running } from './process-helpers.js';

const DEVNET = join(repoRoot, 'bin', 'casper-devnet.js');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const started: Running[] = [];
afterAll(() => {
  for (const n of started) n.child.kill('SIGKILL');
});

async function start(args: string[]): Promise<Running> {
  const n = await startDevnetProcess(args);
  started.push(n);
  return n;
}

describe('casper-devnet', () => {
  it('--version and -V print its name and version', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = await runBin(DEVNET, [flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`casper-devnet ${pkg.version}\n`);
    }
  });

  it('a port in use is named as such, exit 1, and no temporary folder stays', async () => {
    const first = await start(['--block-time', '1h']);
    const port = new URL(first.url).port;
    const before = new Set(
      (await import('node:fs')).readdirSync(tmpdir()).filter((n) => n.startsWith('casper-devnet-')),
    );
    const r = await runBin(DEVNET, ['--port', port, '--block-time', '1h']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error: cannot listen on 127.0.0.1:${port}: the address is already in use (another devnet or node?); pick another --port, or --port 0 for a free one\n`,
    );
    const after = (await import('node:fs'))
      .readdirSync(tmpdir())
      .filter((n) => n.startsWith('casper-devnet-') && !before.has(n));
    expect(after).toEqual([]);
  });

  it('logs one line per executed deploy with hash, account and outcome; --quiet logs none', async () => {
    const loud = await start(['--block-time', '100ms']);
    const quiet = await start(['--block-time', '100ms', '--quiet']);
    for (const n of [loud, quiet]) {
      const r = await runCli([
        'put-deploy',
        '-n',
        n.url,
        '--chain-name',
        n.chain,
        '-k',
        n.key,
        '--payment-amount',
        '2500000000',
        '-s',
        WASM,
        '--wait',
      ]);
      expect(r.code, r.stdout).toBe(0);
    }
    // Accepted, then refused in execution: twice the funded balance of 10^18 motes (src/devnet/main.ts).
    const failed = await runCli([
      'transfer',
      '-n',
      loud.url,
      '--chain-name',
      loud.chain,
      '-k',
      loud.key,
      '--payment-amount',
      '100000000',
      '-a',
      '2000000000000000000',
      '-t',
      `01${'aa'.repeat(32)}` /* 'aa'×32 is an ed25519 point */,
      '-i',
      '1',
      '--wait',
    ]);
    expect(failed.code, failed.stdout).toBe(1);
    const lines = (await stderrUntil(loud, (t) => t.split('\n').length > 2)).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const pk = (await import('node:fs')).readFileSync(join(dirname(loud.key), 'public_key_hex'), 'utf8').trim();
    expect(lines[0]).toMatch(new RegExp(`^deploy [0-9a-f]{64} from ${pk}: block \\d+, success$`));
    expect(lines[1]).toMatch(new RegExp(`^deploy [0-9a-f]{64} from ${pk}: block \\d+, failed: Insufficient funds$`));
    expect(quiet.stderr()).toBe('');
  }, 30_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('removes its temporary folder on %s, exit 0', async (signal) => {
    const n = await start(['--block-time', '1h']);
    const dir = dirname(n.key);
    expect(existsSync(n.key)).toBe(true);
    n.child.kill(signal);
    const [code] = await once(n.child, 'exit');
    expect(code).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it('keeps a --data-dir it was given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devnet-keep-'));
    try {
      const n = await start(['--block-time', '1h', '--data-dir', dir]);
      n.child.kill('SIGTERM');
      await once(n.child, 'exit');
      expect(existsSync(join(dir, 'secret_key.pem'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
