// The bins start from V8's code cache (bin/load-bundle.js, written by scripts/build-code-cache.mjs).
// A cache that is refused costs nothing but saves nothing either, and nothing else would notice: a
// build that wrote it for other bytes than the shipped bundle's must fail here. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/vectors.js';

const load = createRequire(import.meta.url)(join(repoRoot, 'bin', 'load-bundle.js')) as {
  compileBundle: (name: string) => { cacheFile: string; script: { cachedDataRejected?: boolean } };
};

describe('code cache of dist/cli.cjs', () => {
  it('exists and V8 accepts it for the built bundle', () => {
    const { cacheFile, script } = load.compileBundle('cli');
    expect(existsSync(cacheFile)).toBe(true);
    // undefined when no cache was handed to V8 (none, or its CRC-32 did not match), true when V8 refused it.
    expect(script.cachedDataRejected).toBe(false);
  });
});
