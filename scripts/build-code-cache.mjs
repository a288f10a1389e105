// Writes dist/cli.cjs.cache, the V8 code cache bin/load-bundle.js runs the bundle with. The cache
// holds what a run compiled, so the runs here are the ones start-up matters for: the help pages and
// put-deploy / put-transaction against a loopback stand-in node. Each run starts from the cache the
// last one wrote, so the final cache covers them all. Measured: see scripts/bench.mjs and
// shared/reference/startup-costs.md (callgrind: put-deploy 1 KiB 15% fewer instructions).
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export async function writeCodeCache(bundle) {
  const cacheFile = resolve(`${bundle}.cache`);
  rmSync(cacheFile, { force: true });
  const dir = mkdtempSync(join(tmpdir(), 'casper-code-cache-'));
  // Answers every put as a node would, without reading the body.
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          result: {
            api_version: '2.0.0',
            deploy_hash: '00'.repeat(32),
            transaction_hash: { Version1: '00'.repeat(32) },
          },
        }),
      );
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const node = `http://127.0.0.1:${server.address().port}`;
    const key = join(dir, 'secret_key.pem');
    writeFileSync(key, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const wasm = join(dir, 'session.wasm');
    // The smallest valid module: the magic and the version.
    writeFileSync(wasm, Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    const runs = [
      ['--help'],
      ['put-deploy', '--help'],
      [
        'put-deploy',
        '-n',
        node,
        '--chain-name',
        'casper-cache',
        '-k',
        key,
        '--payment-amount',
        '2500000000',
        '--session-path',
        wasm,
      ],
      [
        'put-transaction',
        'session',
        '-n',
        node,
        '--chain-name',
        'casper-cache',
        '-k',
        key,
        '-p',
        '2500000000',
        '--standard-payment',
        'true',
        '-g',
        '1',
        '--wasm-path',
        wasm,
      ],
    ];
    // One after the other: each run starts from the cache the last one wrote.
    for (const args of runs) await runCli(args, cacheFile);
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function runCli(args, cacheFile) {
  // The loopback stand-in is reached directly, whatever proxy the build machine has.
  const env = { ...process.env, CASPER_CLIENT_WRITE_CODE_CACHE: cacheFile };
  for (const k of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy']) delete env[k];
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['bin/casper-client.js', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env,
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`code cache run ${args.join(' ')} exited ${code}: ${err}`)),
    );
  });
}
