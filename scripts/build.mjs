// Bundles each entry point with code splitting, so a command loads only the chunks it imports.
// Bundling roughly halves module-loading time against node_modules (shared/reference/startup-costs.md).
import { build } from 'esbuild';
import { rmSync, mkdirSync, renameSync } from 'node:fs';

const tmp = 'dist.tmp';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', devnet: 'src/devnet/main.ts' },
  outdir: tmp,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Prefer ESM builds: some packages' "main" is a UMD bundle whose exports esbuild cannot see.
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// Swap in whole: a half-written dist/ never exists.
rmSync('dist', { recursive: true, force: true });
renameSync(tmp, 'dist');
