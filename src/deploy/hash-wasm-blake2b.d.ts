// The BLAKE2b-only build of hash-wasm ships without types. It is UMD, so whether its exports
// arrive named or under `default` depends on the loader.
declare module 'hash-wasm/dist/blake2b.umd.min.js' {
  type Create = typeof import('hash-wasm').createBLAKE2b;
  export const createBLAKE2b: Create | undefined;
  const mod: { createBLAKE2b: Create };
  export default mod;
}
