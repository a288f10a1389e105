// run(argv, io): what the bin does, without a process. Each stream and exit code goes where
// casper-client 2.0.0 sends it (src/main.rs@v2.0.0: runtime errors println! to stdout and exit 1;
// clap's errors on stderr with exit 2; help and version on stdout with exit 0).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from './run.js';

function io(o: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  const out = { stdout: '', stderr: '' };
  const x: Io = {
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s) },
    env: o.env ?? {},
    isTTY: o.isTTY ?? false,
  };
  return { io: x, out };
}

describe('run: streams and exit codes', () => {
  it.each([
    ['--help', ['--help'], 0, 'stdout'],
    ['help', ['help'], 0, 'stdout'],
    ['--version', ['--version'], 0, 'stdout'],
    ['a command --help', ['get-deploy', '--help'], 0, 'stdout'],
    // casper-client with no command prints the help and fails.
    ['no command', [], 1, 'stdout'],
    ['an unknown command', ['nope'], 2, 'stderr'],
    ['an unknown flag first', ['--nope'], 2, 'stderr'],
    ['help for an unknown command', ['help', 'nope'], 2, 'stderr'],
    ['a usage error inside a command', ['get-deploy'], 2, 'stderr'],
    ['a runtime error inside a command', ['get-deploy', 'zz', '-n', 'http://127.0.0.1:9'], 1, 'stdout'],
  ] as const)('%s → exit %i on %s only', async (_, argv, code, stream) => {
    const { io: x, out } = io();
    expect(await run([...argv], x)).toBe(code);
    expect(out[stream]).not.toBe('');
    expect(out[stream === 'stdout' ? 'stderr' : 'stdout']).toBe('');
    if (stream === 'stderr') expect(out.stderr).toMatch(/^error: [\s\S]*\n\nFor more information, try '--help'\.\n$/);
  });

  it('a runtime error is one line', async () => {
    const { io: x, out } = io();
    await run(['get-deploy', 'zz', '-n', 'http://127.0.0.1:9'], x);
    expect(out.stdout.split('\n')).toHaveLength(2);
  });
});

describe('run: what only people see', () => {
  // keygen into a folder that already holds a key file: refused, with a hint (nothing is written).
  const dir = mkdtempSync(join(tmpdir(), 'run-hint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'public_key_hex'), '');
  const argv = ['keygen', dir];
  it.each([
    ['a terminal', { isTTY: true }, true],
    ['a terminal in CI', { isTTY: true, env: { CI: 'true' } }, false],
    ['a pipe', { isTTY: false }, false],
  ] as const)('%s', async (_, o, shown) => {
    const { io: x, out } = io(o);
    expect(await run(argv, x)).toBe(1);
    expect(out.stderr.startsWith('hint: ')).toBe(shown);
  });

  it('CASPER_CLIENT_DEBUG prints the error and every cause behind it on stderr', async () => {
    const { io: x, out } = io({ env: { CASPER_CLIENT_DEBUG: '1' } });
    // A block hash that is not hex: a CliError whose cause is the HexError.
    expect(await run(['get-block', '-b', 'z'.repeat(64), '-n', 'http://127.0.0.1:9'], x)).toBe(1);
    expect(out.stdout.split('\n')).toHaveLength(2);
    expect(out.stderr).toMatch(/^CliError: [^\n]*\n(\s+at [^\n]*\n)*caused by: HexError: /);
  });
});
