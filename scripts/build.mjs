// Builds dist/cli.cjs and dist/devnet.cjs, one CommonJS bundle each. One file loads much faster
// than a tree of ESM chunks (each costs a resolve, read, compile and link: ~25 chunks cost ~15 ms),
// and in CommonJS esbuild keeps code that is imported on demand behind lazy wrappers. Libraries
// only some runs need stay outside the bundle and load from node_modules on first use: undici
// (proxies), @noble/curves (secp256k1 keys), hash-wasm (big session code), ora and cli-table3
// (terminals). Measured with `npm run bench`; see shared/reference/startup-costs.md.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeCodeCache } from './build-code-cache.mjs';

const tmp = 'dist.tmp';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', devnet: 'src/devnet/main.ts' },
  outdir: tmp,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['undici', '@noble/curves', '@noble/curves/*', 'hash-wasm', 'hash-wasm/*', 'ora', 'cli-table3'],
  // ESM dependencies that read import.meta.url get this file's URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
});
// bin/load-bundle.js runs cli.cjs through vm.Script (for the code cache), where import() needs an
// experimental flag on Node 20: each import() esbuild left (externals, node: built-ins) becomes a
// call of the loader's own import(), passed in as __dynamicImport.
const cliFile = `${tmp}/cli.cjs`;
const cliText = readFileSync(cliFile, 'utf8');
if (cliText.includes('__dynamicImport')) throw new Error('dist/cli.cjs already uses the name __dynamicImport');
const rewritten = cliText.replace(/\bimport\((?="[^"]+"\))/g, '__dynamicImport(');
const left = rewritten.match(/\bimport\s*\(/g);
if (left !== null) throw new Error(`dist/cli.cjs has ${left.length} import() calls the build cannot rewrite`);
writeFileSync(cliFile, rewritten);
// The library (package.json "exports"): one ESM file with every dependency left outside, and its
// declarations. A separate entry, so the bins' start-up never pays for it.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
await build({
  entryPoints: { lib: 'src/lib/index.ts' },
  outdir: tmp,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(pkg.dependencies).flatMap((d) => [d, `${d}/*`]),
  legalComments: 'none',
  logLevel: 'warning',
});
execFileSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--outDir', `${tmp}/types`],
  { stdio: 'inherit' },
);
// Swap in whole: a half-written dist/ never exists.
rmSync('dist', { recursive: true, force: true });
renameSync(tmp, 'dist');
// V8's code cache for dist/cli.cjs, written by real runs of the hot commands (bin/load-bundle.js).
await writeCodeCache('dist/cli.cjs');
