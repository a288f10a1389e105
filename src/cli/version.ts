/** Kept equal to package.json's version by a test. */
export const PACKAGE_VERSION = '0.1.0';
/** "Casper client 2.0.0" first, so version checks written for the Rust client still match. */
export const VERSION_LINE = `Casper client 2.0.0-ts.${PACKAGE_VERSION}`;
