// Inputs without end and outputs that fail (issue 18): /dev/zero, a 2 GB sparse file and an endless
// stdin are refused quickly and in little memory, with the cap named; a write to /dev/full is exit 1.
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCaptureServer } from '../helpers/capture-server.js';
import { CLI } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const FIX = join(repoRoot, 'fixtures');
const KEY = join(FIX, 'keys', 'ed25519_secret_key.pem');
const WASM = join(FIX, 'wasm', 'call.wasm');
const DEVNET = join(repoRoot, 'bin', 'casper-devnet.js');
const dir = mkdtempSync(join(tmpdir(), 'limits-'));
const SPARSE = join(dir, 'sparse-2g');
writeFileSync(SPARSE, '');
truncateSync(SPARSE, 2 * 1024 ** 3); // 2 GB of holes: no disk used
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  cpuSeconds: number;
  maxRssKb: number;
}

/** Runs a binary under /usr/bin/time, with stdin and stdout from the given files. */
function measure(bin: string, args: string[], o: { stdin?: string; stdout?: string } = {}): Promise<Measured> {
  const timing = join(dir, `time-${Math.random().toString(36).slice(2)}`);
  const inFd = openSync(o.stdin ?? '/dev/null', 'r');
  const outFd = o.stdout === undefined ? 'pipe' : openSync(o.stdout, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-o', timing, '-f', '%e %U %S %M', process.execPath, bin, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: 'true', NO_COLOR: '1' },
      stdio: [inFd, outFd, 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not finish within 20 s`));
    }, 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      closeSync(inFd);
      if (typeof outFd === 'number') closeSync(outFd);
      const [e, u, s, m] = readFileSync(timing, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      resolve({ code, stdout, stderr, seconds: e!, cpuSeconds: u! + s!, maxRssKb: m! });
    });
  });
}

const make = ['make-deploy', '--chain-name', 'casper-test', '-k', KEY];
// [name, binary, args, stdin, exit code, the line that names the input and the cap]
const endless: [string, string, string[], string | undefined, number, RegExp][] = [];
for (const [what, src] of [
  ['/dev/zero', '/dev/zero'],
  ['a 2 GB sparse file', SPARSE],
] as const) {
  const cap = src === SPARSE ? '2147483648 bytes, over' : 'over';
  endless.push(
    [
      `--session-path ${what}`,
      CLI,
      [...make, '--payment-amount', '1', '--session-path', src],
      undefined,
      1,
      new RegExp(
        `^unable to read session file at '${src}': ${cap} the 1 MiB limit on a whole deploy \\(1048576 bytes\\)\\n$`,
      ),
    ],
    [
      `--payment-path ${what}`,
      CLI,
      [...make, '--session-path', WASM, '--payment-path', src],
      undefined,
      1,
      new RegExp(`^unable to read payment file at '${src}': ${cap} the 1 MiB limit on a whole deploy`),
    ],
    [
      `--session-args-complex ${what}`,
      CLI,
      [...make, '--payment-amount', '1', '--session-path', WASM, '--session-args-complex', src],
      undefined,
      1,
      new RegExp(`${cap} the 2 MiB limit on an args file`),
    ],
    [
      `-k ${what}`,
      CLI,
      ['make-deploy', '--chain-name', 'c', '-k', src, '--payment-amount', '1', '--session-path', WASM],
      undefined,
      1,
      new RegExp(
        `^secret key file '${src}' cannot be read: ${cap} the 64 KiB limit on a key file \\(65536 bytes\\)\\n$`,
      ),
    ],
    [
      `sign-deploy -i ${what}`,
      CLI,
      ['sign-deploy', '-k', KEY, '-i', src],
      undefined,
      1,
      new RegExp(`${cap} the 8 MiB limit on a deploy JSON file`),
    ],
    [
      `casper-devnet --chainspec ${what}`,
      DEVNET,
      ['--port', '0', '--chainspec', src],
      undefined,
      1,
      new RegExp(`^error: --chainspec '${src}' cannot be read: ${cap} the 4 MiB limit on a chainspec file`),
    ],
    [
      `casper-devnet --accounts ${what}`,
      DEVNET,
      ['--port', '0', '--accounts', src],
      undefined,
      1,
      new RegExp(`^error: --accounts '${src}' cannot be read: ${cap} the 16 MiB limit on an accounts file`),
    ],
  );
}
endless.push([
  'sign-deploy -i - with /dev/zero on stdin',
  CLI,
  ['sign-deploy', '-k', KEY, '-i', '-'],
  '/dev/zero',
  1,
  /^--input \(stdin\) cannot be read: over the 8 MiB limit on a deploy JSON file \(8388608 bytes\)\n$/,
]);

describe('endless and huge inputs are refused within 1 s of CPU and 100 MB of memory', () => {
  it.each(endless)('%s', async (_, bin, args, stdin, code, line) => {
    const r = await measure(bin, args, { stdin });
    expect(r.code, r.stdout + r.stderr).toBe(code);
    expect(code === 1 && bin !== DEVNET ? r.stdout : r.stderr).toMatch(line); // the devnet writes every error on stderr
    expect(r.maxRssKb).toBeLessThan(100 * 1024);
    // CPU time is the program's own cost; wall time on a shared machine also counts its neighbours.
    expect(r.cpuSeconds).toBeLessThan(1);
    expect(r.seconds).toBeLessThan(5);
  });
});

describe('a failed write to stdout is a failure', () => {
  it('make-deploy > /dev/full: exit 1, one line on stderr', async () => {
    const r = await measure(CLI, [...make, '--payment-amount', '1', '--session-path', WASM], { stdout: '/dev/full' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: the output could not be written to stdout: no space left on device (ENOSPC)\n');
  });

  it('put-deploy > /dev/full: exit 1, and the line says the deploy WAS sent, with its hash', async () => {
    const node = await startCaptureServer();
    try {
      const r = await measure(
        CLI,
        [
          'put-deploy',
          '-n',
          node.url,
          '--chain-name',
          'casper-test',
          '-k',
          KEY,
          '--payment-amount',
          '2500000000',
          '--session-path',
          WASM,
        ],
        { stdout: '/dev/full' },
      );
      expect(node.requests.length).toBe(1);
      const hash = node.requests[0]!.json.params.deploy.hash as string;
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `error: the output could not be written to stdout: no space left on device (ENOSPC); the deploy WAS sent, deploy hash ${hash} (do not send it again; look it up with get-deploy ${hash})\n`,
      );
    } finally {
      await node.close();
    }
  });

  it('a runtime error that cannot be printed is still exit 1', async () => {
    const r = await measure(CLI, [...make, '--payment-amount', 'x', '--session-path', WASM], { stdout: '/dev/full' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: the output could not be written to stdout: no space left on device (ENOSPC)\n');
  });
});

describe('a file on a full disk', () => {
  // A small tmpfs where mounting is allowed (root on Linux), filled before the write.
  const mnt = mkdtempSync(join(dir, 'full-'));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', [mnt]);
  });

  it.skipIf(!mounted)(
    'make-deploy -o: exit 1 with the reason, and neither the file nor a temp file is left',
    async () => {
      try {
        writeFileSync(join(mnt, 'filler'), Buffer.alloc(1024 * 1024));
      } catch {
        // full now
      }
      const out = join(mnt, 'deploy.json');
      const r = await measure(CLI, [...make, '--payment-amount', '1', '--session-path', WASM, '-o', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(`cannot write '${out}': no space left on device\n`);
      expect(readdirSync(mnt)).toEqual(['filler']);
    },
  );
});
