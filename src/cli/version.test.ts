import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PACKAGE_VERSION, VERSION_LINE } from './version.js';

it('the version line carries package.json version after the Rust client prefix', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(PACKAGE_VERSION).toBe(pkg.version);
  expect(VERSION_LINE.startsWith('Casper client 2.0.0')).toBe(true);
});
