// The layers, checked in CI (`npm run check:deps`): imports go one way, and nothing imports in a
// circle. Type-only imports count too: a cycle of types is still a knot for the reader.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'engine-stands-alone',
      comment: 'The deploy engine builds on nothing above it.',
      severity: 'error',
      from: { path: '^src/deploy/' },
      to: { path: '^src/(cli|devnet|rpc|output|args|signer|chainspec|lib)/' },
    },
    {
      name: 'cli-never-imports-devnet',
      comment: 'The devnet is a separate program; what both need lives in a shared piece.',
      severity: 'error',
      from: { path: '^src/(cli|lib|output)/' },
      to: { path: '^src/devnet/' },
    },
    {
      name: 'devnet-never-imports-cli',
      severity: 'error',
      from: { path: '^src/devnet/' },
      to: { path: '^src/(cli|output|lib)/' },
    },
    {
      name: 'output-is-for-the-cli',
      comment: 'Spinners, tables and printing belong to the command line, not to the library.',
      severity: 'error',
      from: { pathNot: '^src/(cli|output)/' },
      to: { path: '^src/output/' },
    },
    {
      name: 'library-has-no-argv',
      comment: 'The typed library API takes typed params: no flag tables, no process output.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^src/cli/' },
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
