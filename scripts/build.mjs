// Builds dist/cli.cjs and dist/devnet.cjs, one CommonJS bundle each. One file loads much faster
// than a tree of ESM chunks (each costs a resolve, read, compile and link: ~25 chunks cost ~15 ms),
// and in CommonJS esbuild keeps code that is imported on demand behind lazy wrappers. Libraries
// only some runs need stay outside the bundle and load from node_modules on first use: undici
// (proxies), @noble/curves (secp256k1 keys), hash-wasm (big session code), ora and cli-table3
// (terminals). Measured with `npm run bench`; see shared/reference/startup-costs.md.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';

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
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--outDir', `${tmp}/types`], { stdio: 'inherit' });
// Swap in whole: a half-written dist/ never exists.
rmSync('dist', { recursive: true, force: true });
renameSync(tmp, 'dist');
