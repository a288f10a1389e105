// The bins start from V8's code cache (bin/load-bundle.js, written by scripts/build-code-cache.mjs).
// A cache that is refused costs nothing but saves nothing either, and nothing else would notice: a
// build that wrote it for other bytes than the shipped bundle's must fail here. Needs `npm run build`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/vectors.js';

const load = createRequire(import.meta.url)(join(repoRoot, 'bin', 'load-bundle.js')) as {
  compileBundle: (name: string) => {
    cacheFile: string;
    cache: string;
    cacheNode?: string;
    script: { cachedDataRejected?: boolean };
  };
};

describe('code cache of dist/cli.cjs', () => {
  it('exists, matches the bundle, and is used by the Node that built it', () => {
    const { cacheFile, cache, cacheNode, script } = load.compileBundle('cli');
    expect(existsSync(cacheFile)).toBe(true);
    expect(cacheNode).toMatch(/^v\d+\.\d+\.\d+$/);
    if (cacheNode === process.version) {
      expect(cache).toBe('used');
      expect(script.cachedDataRejected).toBe(false);
    } else {
      // CI also runs the suite on Node 22 and 24 against the bundle Node 20 built: there the
      // cache is another Node's and must not reach V8 at all (undefined: no cache was given).
      expect(cache).toBe('other-node');
      expect(script.cachedDataRejected).toBeUndefined();
    }
  });
});
