// `npm run demo`: the whole flow on a fresh machine. Starts casper-devnet on a free port, sends
// the project's fixture Wasm with the real `casper-client put-deploy` process, waits for the
// block that executes it, prints the result, and stops the devnet.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(join(tmpdir(), 'casper-demo-'));
const devnet = spawn(process.execPath, [join(root, 'bin', 'casper-devnet.js'), '--port', '0', '--data-dir', dataDir, '--block-time', '500ms'], { stdio: ['ignore', 'pipe', 'inherit'] });
const stop = (code) => {
  devnet.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
};
const watchdog = setTimeout(() => {
  console.error('demo: gave up after 60 s');
  stop(1);
}, 60_000);

// The devnet prints its address, chain name and funded key on start.
const banner = await new Promise((res, rej) => {
  let text = '';
  devnet.stdout.on('data', (d) => {
    text += d;
    if (text.includes('funded key:')) res(text);
  });
  devnet.on('exit', (code) => rej(new Error(`casper-devnet exited early (${code})`)));
});
process.stdout.write(banner);
const url = /listening on (\S+)/.exec(banner)[1];
const chain = /chain name: (\S+)/.exec(banner)[1];
const key = /funded key: (.+) \(public key/.exec(banner)[1];

const args = ['put-deploy', '--node-address', url, '--chain-name', chain, '--secret-key', key,
  '--payment-amount', '2500000000', '--session-path', join(root, 'fixtures', 'wasm', 'call.wasm'),
  '--session-arg', "message:string='hello from the demo'"];
console.log(`\n$ casper-client ${args.map((a) => (/[\s'"]/.test(a) ? `"${a}"` : a)).join(' ')}`);
const put = spawnSync(process.execPath, [join(root, 'bin', 'casper-client.js'), ...args], { encoding: 'utf8' });
process.stdout.write(put.stdout);
process.stderr.write(put.stderr);
if (put.status !== 0) stop(1);
const hash = JSON.parse(put.stdout).result.deploy_hash;

console.log(`\nwaiting for deploy ${hash} to be executed…`);
for (let i = 0; i < 100; i++) {
  const r = await fetch(`${url}/rpc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: i, method: 'info_get_deploy', params: { deploy_hash: hash } }),
  }).then((x) => x.json());
  const results = r.result?.execution_results ?? [];
  if (results.length > 0) {
    console.log(JSON.stringify(results[0], null, 2));
    clearTimeout(watchdog);
    stop('Success' in results[0].result ? 0 : 1);
  }
  await new Promise((res) => setTimeout(res, 200));
}
console.error('demo: the deploy was not executed in time');
stop(1);
