// In-process throughput of build + hash + sign for big session code, in a fresh process so peak
// RSS means something. Bundled and run by scripts/bench.mjs.
import { readFileSync } from 'node:fs';
import { buildDeploy, standardPayment } from '../../src/deploy/index.js';
import { enableFastHash, toHex } from '../../src/core/index.js';
import { parseSecretKeyPem } from '../../src/signer/index.js';
import { signDeploy } from '../../src/deploy/index.js';

const keyPath = process.argv[2]!;
const key = await parseSecretKeyPem(readFileSync(keyPath, 'utf8'), keyPath);
await enableFastHash();
const rows = [];
for (const [label, size] of [
  ['1 MiB', 1 << 20],
  ['4 MiB', 4 << 20],
] as const) {
  const wasm = new Uint8Array(size).fill(7);
  const once = () => {
    const t0 = performance.now();
    const d = signDeploy(
      buildDeploy({
        account: key.publicKey,
        chainName: 'casper-test',
        payment: standardPayment(2_500_000_000n),
        session: { kind: 'ModuleBytes', moduleBytes: wasm, args: [] },
      }),
      key,
    );
    if (toHex(d.hash).length !== 64) throw new Error('bad hash');
    return performance.now() - t0;
  };
  once();
  const times = Array.from({ length: 7 }, once).sort((a, b) => a - b);
  const ms = times[3]!;
  rows.push({ label, ms, mbps: size / 1e6 / (ms / 1000), rssMb: process.resourceUsage().maxRSS / 1024 });
}
process.stdout.write(JSON.stringify(rows));
