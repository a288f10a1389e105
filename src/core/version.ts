/** Kept equal to package.json's version by a test. */
export const PACKAGE_VERSION = '0.1.0';
/**
 * The Rust client's line ("Casper client 2.0.0", src/main.rs VERSION), with ours as semver build
 * metadata: 2.0.0+ts.0.1.0 compares equal to 2.0.0, where a "-ts…" suffix would be a pre-release
 * that sorts below it.
 */
export const CLIENT_VERSION = `2.0.0+ts.${PACKAGE_VERSION}`;
export const VERSION_LINE = `Casper client ${CLIENT_VERSION}`;
