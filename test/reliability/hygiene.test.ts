// Smaller hazards of issue 18: terminal escapes from a node, a signal between keygen's temp write
// and its rename, and "__proto__" as an ordinary JSON args key.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSecretKeyPem } from '../../src/signer/index.js';
import { startCaptureServer } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const dir = mkdtempSync(join(tmpdir(), 'hygiene-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ESC ] title BEL, clear screen, and U+009B (a one-character CSI on some terminals).
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';

describe('control characters from a node are escaped before they reach a terminal', () => {
  it.each([
    [
      'an HTTP error body',
      (res: import('node:http').ServerResponse) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`bad gateway ${ESCAPES}`);
      },
    ],
    [
      'a JSON-RPC error message',
      (res: import('node:http').ServerResponse) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code: -32000, message: `nope ${ESCAPES}` } }));
      },
    ],
  ])('%s', async (_, respond) => {
    const node = await startCaptureServer((_req, res) => respond(res));
    try {
      const r = await runCli(['get-deploy', 'ab'.repeat(32), '-n', node.url, '--id', '1']);
      expect(r.code).toBe(1);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal.
      expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout).toMatch(/\\u009b31m/);
      expect(r.stdout.trimEnd().split('\n').length).toBe(1);
    } finally {
      await node.close();
    }
  });
});

describe('keygen and signals', () => {
  // A preload that sends SIGTERM to the process itself right before the secret key's rename: with
  // no handler the process dies there, leaving secret_key.pem.*.tmp with the whole key in it.
  const preload = join(dir, 'term-before-rename.cjs');
  writeFileSync(
    preload,
    `const fs = require('node:fs');
const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  if (String(to).endsWith('secret_key.pem')) process.kill(process.pid, 'SIGTERM');
  return rename(from, to);
};
require('node:module').syncBuiltinESMExports();
`,
  );

  it('SIGTERM between the temp write and the rename leaves no temp file behind', async () => {
    const out = join(dir, 'keys');
    const r = await runCli(['keygen', out], { env: { NODE_OPTIONS: `--require ${preload}` } });
    // The handler ends the run (143) or the run ends first (0): never the default death mid-write.
    expect([0, 143]).toContain(r.code);
    const names = readdirSync(out);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // Whatever was renamed is whole.
    if (names.includes('secret_key.pem'))
      await parseSecretKeyPem(readFileSync(join(out, 'secret_key.pem'), 'utf8'), 'secret_key.pem');
  });
});

describe('"__proto__" in JSON args is an ordinary key, signed like any other', () => {
  it('a String-keyed map with a "__proto__" key keeps it', async () => {
    const args = '[{"name":"m","type":{"Map":{"key":"String","value":"U8"}},"value":{"__proto__":7,"b":8}}]';
    const r = await runCli([
      'make-deploy',
      '--chain-name',
      'c',
      '-k',
      KEY,
      '--payment-amount',
      '1',
      '--session-path',
      WASM,
      '--session-args-json',
      args,
      '--timestamp',
      '2024-01-01T00:00:00Z',
    ]);
    expect(r.code, r.stdout).toBe(0);
    const arg = JSON.parse(r.stdout).session.ModuleBytes.args[0][1];
    expect(arg.parsed).toEqual([
      { key: '__proto__', value: 7 },
      { key: 'b', value: 8 },
    ]);
    // bytesrepr: 2 entries; "__proto__" (9 bytes) → 7; "b" → 8.
    expect(arg.bytes).toBe(
      `02000000${'09000000'}${Buffer.from('__proto__').toString('hex')}07${'01000000'}${Buffer.from('b').toString('hex')}08`,
    );
  });
});
