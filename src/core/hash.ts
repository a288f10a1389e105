// BLAKE2b-256 (32-byte digest, no key): Casper's hash for bodies, headers and account hashes.
// @noble/hashes loads in a few ms but hashes at ~40 MB/s; hash-wasm hashes at ~900 MB/s but costs
// ~20 ms to load and compile. Small inputs use noble; callers that are about to hash big session
// code await enableFastHash() first so large inputs take the WASM path.
import { blake2b } from '@noble/hashes/blake2.js';

type Hasher = (parts: readonly Uint8Array[]) => Uint8Array;

let fast: Hasher | undefined;
const FAST_THRESHOLD = 64 * 1024;

export function blake2b256(data: Uint8Array): Uint8Array {
  if (fast !== undefined && data.length >= FAST_THRESHOLD) return fast([data]);
  return blake2b(data, { dkLen: 32 });
}

/**
 * BLAKE2b-256 of the parts' concatenation, without concatenating them: a deploy body or a
 * transaction payload hashes megabytes of module bytes in place instead of copying them into one
 * buffer first.
 */
export function blake2b256Parts(parts: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const p of parts) total += p.length;
  if (fast !== undefined && total >= FAST_THRESHOLD) return fast(parts);
  const h = blake2b.create({ dkLen: 32 });
  for (const p of parts) h.update(p);
  return h.digest();
}

/** Loads the WASM BLAKE2b; later big hashes use it. Safe to call more than once. */
export async function enableFastHash(): Promise<void> {
  if (fast !== undefined) return;
  // The BLAKE2b-only build: 16 KB instead of the whole 250 KB library.
  // require(), not import(): the file is UMD, and the ESM loader would first scan it for exports.
  const { createRequire } = await import('node:module');
  const mod = createRequire(import.meta.url)('hash-wasm/dist/blake2b.umd.min.js') as {
    createBLAKE2b: typeof import('hash-wasm').createBLAKE2b;
  };
  const createBLAKE2b = mod.createBLAKE2b;
  const h = await createBLAKE2b(256);
  fast = (parts) => {
    h.init();
    for (const p of parts) h.update(p);
    return h.digest('binary');
  };
}
