// `npm run demo`: the whole flow on a fresh machine. Starts casper-devnet (a Casper 2.0 node
// stand-in, as mainnet and testnet run today) on a free port, sends the project's fixture Wasm with
// the real `casper-client put-deploy --wait` process, which waits for the block that executes it
// and prints the node's reply with its `execution_info`; then stops the devnet.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = mkdtempSync(join(tmpdir(), 'casper-demo-'));
const devnet = spawn(
  process.execPath,
  [join(root, 'bin', 'casper-devnet.js'), '--port', '0', '--data-dir', dataDir, '--block-time', '500ms'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
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

const args = [
  'put-deploy',
  '--node-address',
  url,
  '--chain-name',
  chain,
  '--secret-key',
  key,
  '--payment-amount',
  '2500000000',
  '--session-path',
  join(root, 'fixtures', 'wasm', 'call.wasm'),
  '--session-arg',
  "message:string='hello from the demo'",
  '--wait',
  '--wait-timeout',
  '30s',
];
console.log(`\n$ casper-client ${args.map((a) => (/[\s'"]/.test(a) ? `"${a}"` : a)).join(' ')}`);
const put = spawnSync(process.execPath, [join(root, 'bin', 'casper-client.js'), ...args], { encoding: 'utf8' });
process.stdout.write(put.stdout);
process.stderr.write(put.stderr);
clearTimeout(watchdog);
if (put.status !== 0) {
  console.error(`demo: put-deploy --wait exited ${put.status}`);
  stop(1);
}
// --wait prints the node's acceptance first, then the same with the execution: take the last document.
const info = JSON.parse(put.stdout.split(/^(?=\{$)/m).at(-1)).result.execution_info;
const v2 = info.execution_result.Version2;
console.log(
  `\nexecuted in block ${info.block_height}: ${v2.error_message === null ? 'success' : `failure (${v2.error_message})`}; ` +
    `gas limit ${v2.limit}, consumed ${v2.consumed}, cost ${v2.cost} motes, refund ${v2.refund} motes`,
);
stop(v2.error_message === null ? 0 : 1);
