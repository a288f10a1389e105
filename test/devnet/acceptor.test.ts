// Every acceptor rejection, triggered over HTTP, with the node's code and text (node-rpc.md §3.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDeploy,
  deployToJson,
  standardPayment,
  type Deploy,
  type ExecutableDeployItem,
} from '../../src/deploy/index.js';
import { CLValue, encode, toHex } from '../../src/core/index.js';
import { generateSecretKey, type SecretKey } from '../../src/signer/index.js';
import { signDeploy } from '../../src/deploy/index.js';
import { startTestNet, type TestNet } from './helpers.js';

let net: TestNet;
let rich: SecretKey;
let poor: SecretKey;
let stranger: SecretKey;
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const WASM = Uint8Array.from([
  0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 0x63, 0x61, 0x6c, 0x6c, 0, 0, 0x0a, 4,
  1, 2, 0, 0x0b,
]);

beforeAll(async () => {
  rich = await generateSecretKey('ed25519');
  poor = await generateSecretKey('secp256k1');
  stranger = await generateSecretKey('ed25519');
  net = await startTestNet(
    [
      { publicKey: rich.publicKey.toHex(), balance: 10n ** 15n },
      { publicKey: poor.publicKey.toHex(), balance: 1000n },
    ],
    { now: NOW, chainspec: { chainName: 'casper-devnet' } },
  );
});
afterAll(() => net.devnet.stop());

const session: ExecutableDeployItem = { kind: 'ModuleBytes', moduleBytes: WASM, args: [] };
function make(o: Partial<Parameters<typeof buildDeploy>[0]> = {}, key: SecretKey | null = rich): Deploy {
  const d = buildDeploy({
    account: rich.publicKey,
    chainName: 'casper-devnet',
    payment: standardPayment(2_500_000_000n),
    session,
    timestamp: NOW - 1000,
    ...o,
  });
  return key === null ? d : signDeploy(d, key);
}
const transfer = (amount: bigint, withTarget = true): ExecutableDeployItem => ({
  kind: 'Transfer',
  args: [
    ['amount', new CLValue('U512', encode.u512(amount))],
    ...(withTarget ? [['target', new CLValue('PublicKey', stranger.publicKey.bytes)] as const] : []),
  ],
});
const put = (d: Deploy | object) =>
  net.call('account_put_deploy', {
    deploy: 'hash' in d && d.hash instanceof Uint8Array ? deployToJson(d as Deploy) : d,
  });

describe('account_put_deploy rejections, in the node order and words', () => {
  const tipSuffix = () => {
    const t = net.devnet.chain.tip();
    return ` at state root hash ${t.stateRootHash} of block ${t.hash} at height ${t.height}`;
  };
  const cases: [string, () => Deploy | object, () => string][] = [
    // 110 header + 32 hash + 29 payment + 1,048,609 session + 102 approval bytes = 1,048,882.
    [
      'size over max_deploy_size',
      () => make({ session: { kind: 'ModuleBytes', moduleBytes: new Uint8Array(1_048_600), args: [] } }),
      () => 'invalid deploy: deploy size too large: deploy size of 1048882 bytes exceeds limit of 1048576',
    ],
    [
      'wrong chain name',
      () => make({ chainName: 'casper-test' }),
      () => 'invalid deploy: invalid chain name: expected casper-devnet, got casper-test',
    ],
    [
      'too many dependencies',
      () => make({ dependencies: Array.from({ length: 11 }, (_, i) => new Uint8Array(32).fill(i)) }),
      () => 'invalid deploy: 11 dependencies exceeds limit of 10',
    ],
    [
      'ttl over max_ttl',
      () => make({ ttl: 3 * 3600 * 1000 }),
      () => 'invalid deploy: time-to-live of 3h exceeds limit of 2h',
    ],
    [
      'timestamp in the future beyond leeway',
      () => make({ timestamp: NOW + 3000 }),
      () =>
        "invalid deploy: timestamp of 2026-01-01T12:00:03.000Z is later than node's validation timestamp of 2026-01-01T12:00:00.000Z plus leeway of 2s",
    ],
    [
      'payment without amount',
      () => make({ payment: { kind: 'ModuleBytes', moduleBytes: new Uint8Array(0), args: [] } }),
      () => "invalid deploy: missing payment 'amount' runtime argument ",
    ],
    [
      'payment amount not a number',
      () =>
        make({
          payment: {
            kind: 'ModuleBytes',
            moduleBytes: new Uint8Array(0),
            args: [['amount', new CLValue('String', encode.string('x'))]],
          },
        }),
      () => "invalid deploy: failed to parse payment 'amount' as U512",
    ],
    [
      'payment over the block gas limit',
      () => make({ payment: standardPayment(4_000_000_000_001n) }),
      () => 'invalid deploy: payment amount of 4000000000001 exceeds the block gas limit of 4000000000000',
    ],
    // 4 count + 7 name + 4 length + 1,104 string + 1 type tag = 1,120.
    [
      'session args too long',
      () =>
        make({
          session: {
            kind: 'ModuleBytes',
            moduleBytes: WASM,
            args: [['big', new CLValue('String', encode.string('x'.repeat(1100)))]],
          },
        }),
      () => 'invalid deploy: serialized session code runtime args of 1120 exceeds limit of 1024',
    ],
    [
      'transfer without amount',
      () => make({ session: { kind: 'Transfer', args: [] } }),
      () => "invalid deploy: missing transfer 'amount' runtime argument",
    ],
    [
      'transfer below the minimum',
      () => make({ session: transfer(1000n) }),
      () => 'invalid deploy: insufficient transfer amount; minimum: 2500000000 attempted: 1000',
    ],
    [
      'expired',
      () => make({ timestamp: NOW - 31 * 60 * 1000 }),
      () =>
        "deploy received by the node expired at 2026-01-01T11:59:00.000Z with node's time at 2026-01-01T12:00:00.000Z",
    ],
    [
      'unknown account',
      () => make({ account: stranger.publicKey }, stranger),
      () => `account with hash ${toHex(stranger.publicKey.accountHash())} does not exist${tipSuffix()}`,
    ],
    [
      "signed by a key that is not the account's",
      () => make({}, stranger),
      () => `account authorization invalid${tipSuffix()}`,
    ],
    [
      'balance below 2.5 CSPR',
      () => make({ account: poor.publicKey }, poor),
      () => `insufficient balance in account with hash ${toHex(poor.publicKey.accountHash())}${tipSuffix()}`,
    ],
    [
      'stored contract that does not exist',
      () =>
        make({
          session: { kind: 'StoredContractByHash', hash: new Uint8Array(32).fill(7), entryPoint: 'x', args: [] },
        }),
      () => `contract at ${'07'.repeat(32)} does not exist${tipSuffix()}`,
    ],
    [
      'transfer without target',
      () => make({ session: transfer(3_000_000_000n, false) }),
      () => `missing transfer 'target' runtime argument${tipSuffix()}`,
    ],
    [
      'empty session module',
      () => make({ session: { kind: 'ModuleBytes', moduleBytes: new Uint8Array(0), args: [] } }),
      () => `module bytes for session code cannot be empty${tipSuffix()}`,
    ],
    ['no approvals', () => make({}, null), () => 'invalid deploy: the deploy has no approvals'],
    [
      'body hash that does not match',
      () => ({
        ...(deployToJson(make()) as object),
        header: { ...(deployToJson(make()) as { header: object }).header, body_hash: '00'.repeat(32) },
      }),
      () => 'invalid deploy: the provided body hash does not match the actual hash of the body',
    ],
    [
      'deploy hash that does not match',
      () => ({ ...(deployToJson(make()) as object), hash: '00'.repeat(32) }),
      () => 'invalid deploy: the provided hash does not match the actual hash of the deploy',
    ],
    [
      'a bad signature',
      () => {
        const j = deployToJson(make()) as { approvals: { signature: string }[] };
        j.approvals[0]!.signature = `01${'00'.repeat(64)}`;
        return j;
      },
      () =>
        'invalid deploy: the approval at index 0 is invalid: asymmetric key error: failed to verify Ed25519 signature',
    ],
  ];
  it.each(cases)('%s', async (_, deploy, data) => {
    const r = await put(deploy());
    expect(r.error).toEqual({ code: -32008, message: 'Invalid Deploy', data: data() });
  });

  it('a good deploy is accepted, and a duplicate is accepted again (idempotent)', async () => {
    const d = make();
    const a = await put(d);
    expect(a.result).toEqual({ api_version: '1.5.8', deploy_hash: toHex(d.hash) });
    const b = await put(d);
    expect(b.result).toEqual(a.result);
    expect(net.devnet.chain.pendingCount()).toBe(1);
  });
});

describe('execution', () => {
  it('blocks execute deploys: success, out of gas, transfers that create the target', async () => {
    const ok = make({ timestamp: NOW - 10 });
    const cheap = make({ timestamp: NOW - 20, payment: standardPayment(1000n) });
    const tr = make({ timestamp: NOW - 30, session: transfer(5_000_000_000n) });
    for (const d of [ok, cheap, tr]) expect((await put(d)).result).toBeDefined();
    const before = net.devnet.chain.account(toHex(rich.publicKey.accountHash()))!.balance;
    net.devnet.chain.produceBlock(NOW);
    const res = async (d: Deploy) =>
      (await net.call('info_get_deploy', { deploy_hash: toHex(d.hash) })).result.execution_results[0].result;
    expect((await res(ok)).Success.cost).toBe('1000340000');
    expect((await res(cheap)).Failure.error_message).toBe('Out of gas error');
    const t = await res(tr);
    expect(t.Success.transfers.length).toBe(1);
    const bal = await net.call('query_balance', {
      purse_identifier: { main_purse_under_public_key: stranger.publicKey.toHex() },
    });
    expect(bal.result.balance).toBe('5000000000');
    const after = net.devnet.chain.account(toHex(rich.publicKey.accountHash()))!.balance;
    // Four deploys were pending (one from the idempotency test); every payment is charged in full.
    expect(before - after).toBe(3n * 2_500_000_000n + 1000n + 5_000_000_000n);
  });

  it('speculative_exec returns a result and commits nothing', async () => {
    const d = make({ timestamp: NOW - 40 });
    const before = net.devnet.chain.stateRoot();
    const r = await net.call('speculative_exec', { block_identifier: null, deploy: deployToJson(d) });
    expect(Object.keys(r.result)).toEqual(['api_version', 'block_hash', 'execution_result']);
    expect(r.result.execution_result.Success).toBeDefined();
    expect(net.devnet.chain.stateRoot()).toBe(before);
    expect(net.devnet.chain.deploys.has(toHex(d.hash))).toBe(false);
  });

  it('info_get_deploy of an unknown hash', async () => {
    const r = await net.call('info_get_deploy', {
      deploy_hash: '5c9b3b099c1378aa8e4a5f07f59ff1fcdc69a83179427c7e67ae0377d94d93fa',
    });
    expect(r.error).toEqual({
      code: -32000,
      message: 'No such deploy',
      data: 'failed to get deploy-hash(5c9b..93fa) and metadata from storage',
    });
  });
});
