// Locates the third-party vectors (../shared/vectors beside the clone, or $CASPER_VECTORS).
// They are data read in place, never copied into the project; where they are absent (a user's
// clone) the suites that need them are skipped with a message saying so.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function locate(): string | undefined {
  const fromEnv = process.env.CASPER_VECTORS;
  const dir = fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : resolve(repoRoot, '..', 'shared', 'vectors');
  return existsSync(join(dir, 'README.md')) ? dir : undefined;
}

const vectorsDir: string | undefined = locate();

/** CI must not pass by skipping: set CASPER_VECTORS_REQUIRED=1 (CI does) to fail when absent. */
if (vectorsDir === undefined && (process.env.CI === 'true' || process.env.CASPER_VECTORS_REQUIRED === '1')) {
  throw new Error('the Casper vectors were not found at ../shared/vectors or $CASPER_VECTORS, and CI needs them');
}

export function vectorPath(...parts: string[]): string {
  if (vectorsDir === undefined) throw new Error('vectors are not available');
  return join(vectorsDir, ...parts);
}

export function readVectorJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(vectorPath(...parts), 'utf8')) as T;
}

export function readVectorText(...parts: string[]): string {
  return readFileSync(vectorPath(...parts), 'utf8');
}

/** describe() that runs only where the vectors are present, and says why it was skipped otherwise. */
export function describeVectors(name: string, fn: () => void): void {
  if (vectorsDir === undefined) {
    describe.skip(`${name} (skipped: Casper vectors not found; set CASPER_VECTORS or clone beside ../shared)`, fn);
    // A visible line in the test output, not just a skipped count.
    console.warn(`[vectors] skipping "${name}": ../shared/vectors not found (set CASPER_VECTORS)`);
  } else {
    describe(name, fn);
  }
}
