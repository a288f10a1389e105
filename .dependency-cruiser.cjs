// The layers, checked in CI (`npm run check:deps`): imports go one way, down this list, and nothing
// imports in a circle (type-only imports count too):
//   src/cli (flag tables → params → library → output)        the command line
//   src/lib                                                   the typed library API
//   src/deploy, src/transaction                               the engines
//   src/signer, src/runtime-args, src/chainspec, src/rpc      the shared pieces
//   src/core                                                  bytesrepr, CLValue, keys, hashing, time, errors
// src/devnet is a program of its own beside the CLI: it builds on the engines, never on the CLI or
// the library.
const SHARED = '^src/(signer|runtime-args|chainspec|rpc)/';
const ENGINES = '^src/(deploy|transaction)/';
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-is-the-bottom',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'shared-pieces-below-engines',
      severity: 'error',
      from: { path: SHARED },
      to: { path: '^src/(deploy|transaction|lib|cli|devnet)/' },
    },
    {
      name: 'engines-side-by-side',
      comment: 'what both engines need lives in src/core',
      severity: 'error',
      from: { path: '^src/deploy/' },
      to: { path: '^src/transaction/' },
    },
    {
      name: 'engines-side-by-side-2',
      severity: 'error',
      from: { path: '^src/transaction/' },
      to: { path: '^src/deploy/' },
    },
    {
      name: 'engines-below-the-library',
      severity: 'error',
      from: { path: ENGINES },
      to: { path: '^src/(lib|cli|devnet)/' },
    },
    {
      name: 'library-has-no-argv',
      comment: 'typed params in, typed results out: no flag tables, no printing',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/(cli|devnet)/' },
    },
    {
      name: 'output-is-for-the-cli',
      comment: 'spinners, tables and printing belong to the command line',
      severity: 'error',
      from: { pathNot: '^src/cli/' },
      to: { path: '^src/cli/output/' },
    },
    { name: 'cli-never-imports-devnet', severity: 'error', from: { path: '^src/cli/' }, to: { path: '^src/devnet/' } },
    {
      name: 'devnet-builds-on-engines',
      severity: 'error',
      from: { path: '^src/devnet/' },
      to: { path: '^src/(cli|lib)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
