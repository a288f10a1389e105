import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CLIENT_VERSION, PACKAGE_VERSION, VERSION_LINE } from './version.js';

// The regular expression semver.org gives for SemVer 2.0.0 (section "Is there a suggested regular
// expression (RegEx) to check a SemVer string?").
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

it('the version line carries package.json version after the Rust client prefix', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(PACKAGE_VERSION).toBe(pkg.version);
  expect(VERSION_LINE).toBe(`Casper client ${CLIENT_VERSION}`);
  expect(VERSION_LINE.startsWith('Casper client 2.0.0')).toBe(true);
});

it('is valid semver that is not a pre-release and equals 2.0.0 (build metadata has no precedence, SemVer §10)', () => {
  const m = SEMVER.exec(CLIENT_VERSION);
  expect(m).not.toBeNull();
  const [, major, minor, patch, pre, build] = m!;
  expect([major, minor, patch].map(Number)).toEqual([2, 0, 0]);
  expect(pre).toBeUndefined(); // a pre-release (2.0.0-x) would sort below 2.0.0 (§11)
  expect(build).toBe(`ts.${PACKAGE_VERSION}`);
});
