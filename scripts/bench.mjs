// `npm run bench`: start-up and throughput, measured side by side in one run and reported as
// ratios to `node -e 0` (absolute numbers move with the machine; ratios within one run do not
// move much). Uses only node, the built CLI, a loopback server started here, and /usr/bin/time
// for peak RSS when it exists.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKeyPairSync } from 'node:crypto';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;
const cli = join(root, 'bin', 'casper-client.js');
if (!existsSync(join(root, 'dist', 'cli.cjs'))) {
  console.error('dist/cli.cjs is missing: run `npm run build` first');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'casper-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** A valid wasm module padded with a custom section to the wanted size. */
function wasmOfSize(total) {
  const head = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const name = Buffer.from([4, ...Buffer.from('pads')]);
  const leb = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return Buffer.from(out);
  };
  // Solve for the payload so that header + section id + leb(len) + len === total.
  let payload = total - head.length - 1 - name.length - 5;
  for (;;) {
    const body = Buffer.concat([name, Buffer.alloc(payload)]);
    const mod = Buffer.concat([head, Buffer.from([0]), leb(body.length), body]);
    if (mod.length === total) return mod;
    payload += total - mod.length;
  }
}

const key = join(dir, 'secret_key.pem');
writeFileSync(key, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
const small = join(dir, 'small.wasm');
// The node and casper-client refuse deploys over 1,048,576 bytes, so "1 MiB" is 1 MiB less 4 KiB of room for header and args.
const large = join(dir, 'large.wasm');
writeFileSync(small, wasmOfSize(1024));
writeFileSync(large, wasmOfSize(1024 * 1024 - 4096));

// A loopback node stand-in that answers every put like casper-node would. It reads what it needs
// (method, hash, id) from the text instead of parsing megabytes of JSON: the time between request
// and answer is the stand-in's, not the client's, and it is spent by every client alike.
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('latin1');
    const hash = /"hash":"([0-9a-f]{64})"/.exec(text)?.[1] ?? '00'.repeat(32);
    // The envelope's id: last in ours (jsonrpc-lite's order), first in the SDK script's.
    const idAt = text.lastIndexOf('"id":');
    const id =
      idAt === -1 ? null : JSON.parse(/^"id":(-?\d+|"[^"]*")/.exec(text.slice(idAt, idAt + 64))?.[1] ?? 'null');
    res.setHeader('content-type', 'application/json');
    if (text.includes('"method":"account_put_transaction"')) {
      res.end(
        JSON.stringify({ jsonrpc: '2.0', id, result: { api_version: '2.0.0', transaction_hash: { Version1: hash } } }),
      );
      return;
    }
    res.end(JSON.stringify({ jsonrpc: '2.0', id, result: { api_version: '1.5.8', deploy_hash: hash } }));
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const node = `http://127.0.0.1:${server.address().port}`;

const put = (wasm) => [
  cli,
  'put-deploy',
  '-n',
  node,
  '--chain-name',
  'casper-bench',
  '-k',
  key,
  '--payment-amount',
  '2500000000',
  '--session-path',
  wasm,
];
const putTxn = (wasm) => [
  cli,
  'put-transaction',
  'session',
  '-n',
  node,
  '--chain-name',
  'casper-bench',
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
];

// The SDK script a user would otherwise write (bundled here so it runs without a project of its own).
const sdkScript = join(dir, 'sdk-put.cjs');
writeFileSync(
  sdkScript,
  `
const { PrivateKey, KeyAlgorithm, Deploy, DeployHeader, ExecutableDeployItem, Args, Timestamp, Duration } = require(${JSON.stringify(join(root, 'node_modules', 'casper-js-sdk'))});
const fs = require('fs');
const [,, url, keyPath, wasmPath] = process.argv;
const key = PrivateKey.fromPem(fs.readFileSync(keyPath, 'utf8'), KeyAlgorithm.ED25519);
const header = new DeployHeader('casper-test', [], 1, new Timestamp(new Date()), new Duration(1800000), key.publicKey);
const d = Deploy.makeDeploy(header, ExecutableDeployItem.standardPayment('2500000000'), ExecutableDeployItem.newModuleBytes(fs.readFileSync(wasmPath), Args.fromMap({})));
d.sign(key);
fetch(url + '/rpc', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'account_put_deploy', params: { deploy: Deploy.toJSON(d) } }) })
  .then((r) => r.json()).then((j) => { if (!j.result) { console.error(j); process.exit(1); } });
`,
);

// NODE_EXTRA_CA_CERTS makes every node process, `node -e 0` included, parse that file as it starts
// (a 144-certificate bundle: about 5× the instructions of a bare `node -e 0`), which lowers every
// ratio below. BENCH_DROP_EXTRA_CA=1 measures without it, as on a machine that does not set it.
const childEnv = { ...process.env };
if (process.env.BENCH_DROP_EXTRA_CA === '1') delete childEnv.NODE_EXTRA_CA_CERTS;

function runOnce(args) {
  return new Promise((resolveRun, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: childEnv });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${err}`));
      else resolveRun(ms);
    });
  });
}

function peakRssMb(args) {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : undefined;
}

const cases = [
  ['node -e 0', ['-e', '0']],
  ['casper-client --help', [cli, '--help']],
  ['casper-client put-deploy --help', [cli, 'put-deploy', '--help']],
  ['put-deploy, 1 KiB wasm', put(small)],
  ['put-deploy, 1 MiB wasm', put(large)],
  ['casper-client put-transaction session --help', [cli, 'put-transaction', 'session', '--help']],
  ['put-transaction session, 1 KiB wasm', putTxn(small)],
  ['put-transaction session, 1 MiB wasm', putTxn(large)],
  ['casper-js-sdk script, 1 KiB wasm', [sdkScript, node, key, small]],
  ['casper-js-sdk script, 1 MiB wasm', [sdkScript, node, key, large]],
];

const loadBefore = loadavg();
const samples = new Map(cases.map(([name]) => [name, []]));
for (const [, args] of cases) for (let i = 0; i < WARMUP; i++) await runOnce(args);
// Interleave the cases so drift in machine load touches them all alike.
for (let i = 0; i < RUNS; i++) for (const [name, args] of cases) samples.get(name).push(await runOnce(args));
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const floor = median(samples.get('node -e 0'));
const rows = cases.map(([name]) => {
  const xs = samples.get(name);
  return { name, median: median(xs), p10: pct(xs, 0.1), p90: pct(xs, 0.9), ratio: median(xs) / floor };
});

// In-process throughput: bundle the engine entry point and run it in a fresh process.
// Written inside the project so that the engine's own require() of hash-wasm resolves.
const inproc = join(root, 'node_modules', '.cache', 'casper-bench-inproc.mjs');
await build({
  entryPoints: [join(root, 'scripts', 'bench', 'inproc.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: inproc,
  logLevel: 'error',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
const ip = spawnSync(process.execPath, [inproc, key], { encoding: 'utf8' });
if (ip.status !== 0) throw new Error(`in-process bench failed: ${ip.stderr}`);
const inprocRows = JSON.parse(ip.stdout);

const rss1m = peakRssMb(put(large));
// Issue 16 item 8 (put-deploy) and issue 13 (put-transaction, the same targets in the same run).
const targets = {
  'casper-client --help': 1.3,
  'casper-client put-deploy --help': 1.3,
  'put-deploy, 1 KiB wasm': 1.5,
  'put-deploy, 1 MiB wasm': 2.0,
  'casper-client put-transaction session --help': 1.3,
  'put-transaction session, 1 KiB wasm': 1.5,
  'put-transaction session, 1 MiB wasm': 2.0,
};
const SDK_SPEEDUP = 3;
const fmt = (n) => n.toFixed(1).padStart(7);
const la = (xs) => xs.map((x) => x.toFixed(2)).join(' ');
console.log(
  `machine: ${process.platform} ${process.arch}, node ${process.version}, ${cpus().length} cpus, ${RUNS} runs each (median, p10–p90 ms); load average ${la(loadBefore)} before, ${la(loadavg())} after`,
);
if (childEnv.NODE_EXTRA_CA_CERTS)
  console.log(
    `note: NODE_EXTRA_CA_CERTS is set (${childEnv.NODE_EXTRA_CA_CERTS}): every process, node -e 0 included, loads it at start, which lowers every ratio; BENCH_DROP_EXTRA_CA=1 measures without it`,
  );
console.log('');
console.log('| command | median ms | p10–p90 ms | × node -e 0 | target |');
console.log('|---|---:|---:|---:|---|');
for (const r of rows) {
  const t = targets[r.name];
  const verdict = t === undefined ? '' : `≤ ${t}× ${r.ratio <= t ? 'met' : 'NOT met'}`;
  console.log(
    `| ${r.name} | ${fmt(r.median)} | ${r.p10.toFixed(0)}–${r.p90.toFixed(0)} | ${r.ratio.toFixed(2)} | ${verdict} |`,
  );
}
for (const cmd of ['put-deploy', 'put-transaction session']) {
  for (const size of ['1 KiB', '1 MiB']) {
    const ours = rows.find((r) => r.name === `${cmd}, ${size} wasm`).median;
    const sdk = rows.find((r) => r.name === `casper-js-sdk script, ${size} wasm`).median;
    console.log(
      `| speed-up of ${cmd} over the casper-js-sdk script, ${size} | | | ${(sdk / ours).toFixed(2)}× | ≥ ${SDK_SPEEDUP}× ${sdk / ours >= SDK_SPEEDUP ? 'met' : 'NOT met'} |`,
    );
  }
}
console.log('');
console.log(
  `peak RSS, put-deploy 1 MiB: ${rss1m === undefined ? 'n/a (/usr/bin/time missing)' : `${rss1m.toFixed(1)} MB (target ≤ 100 MB: ${rss1m <= 100 ? 'met' : 'NOT met'})`}`,
);
for (const r of inprocRows) {
  console.log(
    `in-process build+hash+sign, ${r.label}: ${r.ms.toFixed(1)} ms, ${r.mbps.toFixed(0)} MB/s (target ≥ 200 MB/s: ${r.mbps >= 200 ? 'met' : 'NOT met'}), peak RSS ${r.rssMb.toFixed(1)} MB`,
  );
}
