// Pre-flight per network generation, table-driven. Expected verdicts follow casper-node 2.0.0's
// Deploy::is_config_compliant (types/src/transaction/deploy.rs l.409-561) and lane choice
// (transaction_v1_config.rs l.414-433) for 2.x, and 1.5.8's limits (node-rpc.md §7) for 1.5.
import { describe, expect, it } from 'vitest';
import { buildDeploy, standardPayment, type Deploy } from '../deploy/index.js';
import { CLValue, encode, PublicKey } from '../core/index.js';
import { chainspec15, chainspec20, loadChainspec } from '../chainspec/chainspec.js';
import { preflightDeploy } from './preflight.js';

const NOW = Date.UTC(2026, 10, 25, 12);
const account = PublicKey.fromHex('01d9bf2148748a85c89da5aad8ee0b0fc2d105fd39d41a4c796536354f0ae2900c');
const WASM = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0);

interface Opts {
  payment?: bigint;
  wasmBytes?: number;
  ttl?: number;
  deps?: number;
  gasPrice?: bigint;
  timestamp?: number;
  transfer?: bigint;
  session?: Uint8Array;
  chainName?: string;
}

/** A module of `size` bytes that starts like Wasm. */
function padded(size: number): Uint8Array {
  const b = new Uint8Array(size);
  b.set(WASM);
  return b;
}

function deploy(o: Opts = {}): Deploy {
  const session =
    o.transfer !== undefined
      ? {
          kind: 'Transfer' as const,
          args: [
            ['amount', new CLValue('U512', encode.u512(o.transfer))],
            ['target', new CLValue('PublicKey', account.bytes)],
          ] as [string, CLValue][],
        }
      : {
          kind: 'ModuleBytes' as const,
          moduleBytes: o.session ?? (o.wasmBytes ? padded(o.wasmBytes) : WASM),
          args: [],
        };
  return buildDeploy({
    account,
    chainName: o.chainName ?? 'casper',
    payment: standardPayment(o.payment ?? 2_500_000_000n),
    session,
    timestamp: o.timestamp ?? NOW,
    ttl: o.ttl,
    gasPrice: o.gasPrice,
    dependencies: Array.from({ length: o.deps ?? 0 }, (_, i) => new Uint8Array(32).fill(i + 1)),
  });
}

const SRC20 = '(casper-node 2.0.0 production chainspec)';

describe('2.x (casper, casper-test): what mainnet refuses', () => {
  it.each<[string, Opts, string | RegExp | null]>([
    ['a plain Wasm deploy', {}, null],
    ['a 2-hour ttl (the limit)', { ttl: 2 * 3600_000 }, null],
    ['a 3-hour ttl', { ttl: 3 * 3600_000 }, `a ttl of 3h is over casper's limit of 2h ${SRC20}; use --ttl 2h or less`],
    [
      'one dependency',
      { deps: 1 },
      'casper runs Casper 2.x, which refuses deploys with dependencies (this one has 1); drop --dependency',
    ],
    [
      'a 760,000-byte module',
      { wasmBytes: 760_000 },
      /^the deploy is 760,\d{3} bytes, over the 750,000 bytes of the largest Wasm lane for its payment/,
    ],
    ['a 700,000-byte module fits lane 3', { wasmBytes: 700_000 }, null],
    [
      'a 2,000 CSPR payment',
      { payment: 2_000_000_000_000n },
      `a payment of 2,000,000,000,000 motes (2,000 CSPR) is over the largest Wasm lane's gas limit of 1,000,000,000,000 motes (1,000 CSPR) at gas price 1 ${SRC20}; no lane takes it`,
    ],
    ['a 1,000 CSPR payment (lane 3)', { payment: 1_000_000_000_000n }, null],
    ['a zero payment', { payment: 0n }, /^the payment amount is 0 motes; a 2.x node refuses/],
    [
      'a payment under the 2.5 CSPR baseline',
      { payment: 1_000_000_000n },
      `a payment of 1,000,000,000 motes (1 CSPR) is below casper's minimum payment of 2,500,000,000 motes (2.5 CSPR) for Wasm deploys ${SRC20}`,
    ],
    [
      'gas price 256',
      { gasPrice: 256n },
      '--gas-price 256 is over 255; a 2.x node reads it as a gas price tolerance from 1 to 255 and refuses this deploy',
    ],
    [
      'gas price 0',
      { gasPrice: 0n },
      `a gas price tolerance of 0 is below casper's minimum gas price of 1 ${SRC20}; use --gas-price 1`,
    ],
    ['gas price 255 (a tolerance the node takes)', { gasPrice: 255n }, null],
    ['a transfer of 2.5 CSPR', { transfer: 2_500_000_000n }, null],
    [
      'a transfer of 1 CSPR',
      { transfer: 1_000_000_000n },
      `a transfer of 1,000,000,000 motes (1 CSPR) is below casper's minimum of 2,500,000,000 motes (2.5 CSPR) ${SRC20}`,
    ],
    ['expired', { timestamp: NOW - 3600_000 }, /^the deploy expired at/],
    ['in the future', { timestamp: NOW + 60_000 }, /^the timestamp .* is in the future/],
  ])('%s', (_, o, want) => {
    const r = preflightDeploy(deploy(o), chainspec20('casper'), NOW);
    if (want === null) expect(r.refusal).toBeNull();
    else if (typeof want === 'string') expect(r.refusal).toBe(want);
    else expect(r.refusal).toMatch(want);
  });

  it("a native transfer deploy over the mint lane's 2,048 bytes", () => {
    const d = deploy({ transfer: 2_500_000_000n });
    // 30 approvals of 98 bytes each push the serialized deploy over 2,048 bytes.
    const big = {
      ...d,
      approvals: Array.from({ length: 30 }, () => ({ signer: account, signature: new Uint8Array(65) })),
    };
    expect(preflightDeploy(big, chainspec20('casper'), NOW).refusal).toMatch(
      /^the deploy is \d,\d{3} bytes, over the 2,048 bytes allowed for a native transfer deploy \(casper-node 2.0.0 production chainspec\)$/,
    );
  });
});

describe('1.5 chainspecs, and networks this tool does not know', () => {
  it.each<[string, Opts, string | null]>([
    [
      'a 3-hour ttl',
      { ttl: 3 * 3600_000 },
      "a ttl of 3h is over casper's limit of 2h (casper-node 1.5.8 production chainspec); use --ttl 2h or less",
    ],
    ['10 dependencies', { deps: 10 }, null],
    [
      '11 dependencies',
      { deps: 11 },
      "11 dependencies are over casper's limit of 10 (casper-node 1.5.8 production chainspec)",
    ],
    ['a 760,000-byte module', { wasmBytes: 760_000 }, null],
    ['a 2,000 CSPR payment', { payment: 2_000_000_000_000n }, null],
  ])('1.5.8: %s', (_, o, want) => {
    expect(preflightDeploy(deploy(o), chainspec15('casper'), NOW).refusal).toBe(want);
  });

  it('a 1.5 chainspec file with a longer ttl lets a 3-hour ttl through', () => {
    const c = loadChainspec("[network]\nname = 'casper'\n[deploys]\nmax_ttl = '1day'\n");
    expect(preflightDeploy(deploy({ ttl: 3 * 3600_000, deps: 1 }), c, NOW).refusal).toBeNull();
  });

  it('an unknown network: only expiry and future timestamps', () => {
    const wild = deploy({ chainName: 'my-net', ttl: 30 * 86400_000, deps: 20, payment: 10n ** 15n, gasPrice: 1000n });
    expect(preflightDeploy(wild, undefined, NOW)).toEqual({ refusal: null, warnings: [] });
    expect(preflightDeploy(deploy({ chainName: 'my-net', timestamp: NOW + 60_000 }), undefined, NOW).refusal).toMatch(
      /in the future/,
    );
  });
});

describe('warnings, for what the network accepts but is likely a mistake', () => {
  it('session code that is not Wasm: sent, with a warning (every generation)', () => {
    for (const c of [chainspec20('casper'), chainspec15('casper'), undefined]) {
      const r = preflightDeploy(deploy({ session: Uint8Array.of(1, 2, 3) }), c, NOW);
      expect(r.refusal).toBeNull();
      expect(r.warnings).toEqual([
        'warning: the session code is not a Wasm module (it does not start with \\0asm); the node will accept it and its execution will fail',
      ]);
    }
  });

  it('a zero payment on a 1.5 network: a warning, not a refusal (a 1.5 node accepts it)', () => {
    const r = preflightDeploy(deploy({ payment: 0n }), chainspec15('casper'), NOW);
    expect(r.refusal).toBeNull();
    expect(r.warnings).toEqual([
      'warning: the payment amount is 0 motes, which pays for nothing; the execution will fail (use e.g. --payment-amount 2500000000)',
    ]);
  });
});
