// The package as a user gets it: `npm pack`, installed into an empty folder, gives working bins
// and a library that a TypeScript user can import and type-check against.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/vectors.js';

const skip = process.env.CASPER_SKIP_PACK_TEST === '1';
let dir = '';
let files: string[] = [];

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

beforeAll(() => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'casper-pack-'));
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], repoRoot)) as {
    filename: string;
    files: { path: string }[];
  }[];
  files = packed[0]!.files.map((f) => f.path).sort();
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), '{"name":"app","private":true,"type":"module"}\n');
  npm(
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed[0]!.filename)],
    app,
  );
}, 300_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip)('npm pack', () => {
  it('ships the bins, the bundles, the library with its types, README and LICENSE, and nothing else', () => {
    expect(files.filter((f) => !f.startsWith('dist/types/'))).toEqual([
      'LICENSE',
      'README.md',
      'bin/casper-client.js',
      'bin/casper-devnet.js',
      'bin/load-bundle.js',
      'bin/package.json',
      'dist/cli.cjs',
      'dist/cli.cjs.cache',
      'dist/devnet.cjs',
      'dist/lib.js',
      'package.json',
    ]);
    expect(files).toContain('dist/types/lib/index.d.ts');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.map'))).toBe(false);
  });

  it('installed in an empty folder: the bins run', () => {
    const bin = join(dir, 'app', 'node_modules', '.bin');
    expect(readdirSync(bin).sort()).toEqual(
      expect.arrayContaining(['casper-client', 'casper-client-ts', 'casper-devnet']),
    );
    expect(execFileSync(join(bin, 'casper-client'), ['--version'], { encoding: 'utf8' })).toMatch(
      /^Casper client 2\.0\.0/,
    );
    expect(execFileSync(join(bin, 'casper-devnet'), ['--help'], { encoding: 'utf8' })).toMatch(/^casper-devnet: /);
  });

  it('installed in an empty folder: the library imports, builds and signs a deploy, and type-checks', () => {
    const app = join(dir, 'app');
    const code = `import { generateSecretKey, makeDeploy, toHex, verifyDeploy, wasmItem, type Deploy } from 'casper-client-ts';
const key = await generateSecretKey('ed25519');
const deploy: Deploy = makeDeploy({ chainName: 'casper-test', secretKey: key, payment: 2_500_000_000n, session: wasmItem(Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0)) });
const check = verifyDeploy(deploy);
console.log(toHex(deploy.hash).length, check.hashOk && check.bodyHashOk && check.approvals.every((a) => a.error === null));
`;
    writeFileSync(join(app, 'main.ts'), code);
    writeFileSync(join(app, 'main.mjs'), code.replace(', type Deploy', '').replace(': Deploy', ''));
    expect(execFileSync(process.execPath, [join(app, 'main.mjs')], { cwd: app, encoding: 'utf8' })).toBe('64 true\n');
    // The library runs on Node and its types name Node's (Buffer): its users have @types/node, as here.
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
          typeRoots: [join(repoRoot, 'node_modules', '@types')],
        },
        files: ['main.ts'],
      }),
    );
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const check = spawnSync(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
    // A wrong parameter type must fail the check: the types are real, not `any`.
    writeFileSync(join(app, 'main.ts'), code.replace("chainName: 'casper-test'", 'chainName: 42'));
    let out = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')], {
        cwd: app,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
    }
    expect(out).toMatch(/main\.ts\(3,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
    // Two full tsc runs with lib checking: about 10 s on a quiet machine, over a minute on a loaded one.
  }, 240_000);
});
