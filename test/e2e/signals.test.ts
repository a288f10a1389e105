// Ctrl-C out of a terminal (a script, a pipe): SIGINT stops the CLI at once with 130, SIGTERM
// with 143; under --wait the deploy hash is already on stdout and stderr says how to look it up.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server.js';
import { CLI, jsonDocuments } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
let node: CaptureServer;
beforeAll(async () => {
  node = await startCaptureServer();
});
afterAll(() => node.close());

/** Runs put-deploy --wait on pipes against a node that accepts and never executes; SIGINT at the first poll. */
async function interruptWait(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', CI: 'true', NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let sentAt = 0;
  node.respond = (req, res) => {
    const { id, method, params } = req.json;
    res.setHeader('content-type', 'application/json');
    if (method === 'account_put_deploy') {
      res.end(
        JSON.stringify({ jsonrpc: '2.0', id, result: { api_version: '2.0.0', deploy_hash: params.deploy.hash } }),
      );
      return;
    }
    res.end(JSON.stringify({ jsonrpc: '2.0', id, result: { api_version: '2.0.0', deploy: {}, execution_info: null } }));
    if (sentAt === 0) {
      sentAt = Date.now();
      child.kill('SIGINT');
    }
  };
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr, ms: Date.now() - sentAt };
}

describe('signals without a terminal', () => {
  it('SIGINT during --wait: exit 130 at once, the acceptance on stdout, get-deploy named on stderr', async () => {
    const r = await interruptWait([
      'put-deploy',
      '-n',
      node.url,
      '--chain-name',
      'casper-test',
      '-k',
      KEY,
      '-p',
      '2500000000',
      '-s',
      WASM,
      '--wait',
    ]);
    expect(r.code).toBe(130);
    expect(r.ms).toBeLessThan(1000);
    const docs = jsonDocuments(r.stdout);
    expect(docs).toHaveLength(1);
    const hash = docs[0].result.deploy_hash;
    expect(r.stderr).toBe(
      `stopped waiting; deploy ${hash} was accepted by the node. Look it up later with: casper-client get-deploy -n ${node.url} ${hash}\n`,
    );
  });

  it('SIGTERM while the node has not answered: exit 143, nothing printed', async () => {
    const child = spawn(process.execPath, [CLI, 'get-deploy', '-n', node.url, 'ab'.repeat(32)], {
      env: { PATH: process.env.PATH ?? '', CI: 'true' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    node.respond = () => child.kill('SIGTERM'); // the request arrived; never answer it
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code).toBe(143);
    expect(out).toBe('');
  });
});
