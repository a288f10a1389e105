// transfer and make-transfer as processes: vector transfers reproduced from flags, each target
// form, the errors, and a real transfer on the devnet.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployFromJson, bodyHash } from '../../src/deploy/index.js';
import { toHex } from '../../src/core/index.js';
import { startDevnetProcess, type Running } from '../devnet/process-helpers.js';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server.js';
import { findDeploys } from '../helpers/find-deploys.js';
import { runCli, lastJson } from '../helpers/run-cli.js';
import { describeVectors, readVectorJson, repoRoot, vectorPath } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
let node: CaptureServer;
beforeAll(async () => {
  node = await startCaptureServer();
});
afterAll(() => node.close());

describeVectors('transfers reproduced from flags', () => {
  it('pycspr deploys-1 (gas price 10, id 1): the deploy hash, byte for byte', async () => {
    const r = await runCli([
      'transfer',
      '--no-preflight',
      '-n',
      node.url,
      '-k',
      vectorPath('casper-python-sdk', 'tests', 'assets', 'accounts', 'account-1', 'secret_key.pem'),
      '--chain-name',
      'cspr-dev-cctl',
      '--timestamp',
      '2021-06-28T15:55:25.335Z',
      '--ttl',
      '2h',
      '--gas-price',
      '10',
      '--payment-amount',
      '10000000000',
      '-a',
      '2500000000',
      '-t',
      '01616cf75506bc21ebb0db9d2b559b7825c5f5d31242f89b2b3ad68d216b0c1c30',
      '-i',
      '1',
    ]);
    expect(r.code).toBe(0);
    const sent = node.requests.at(-1)!.json.params.deploy;
    expect(sent.header.body_hash).toBe('b984d6384ddae3e84bd8a28bd79495b65bd2951673a58297b368ab6e085ec73c');
    expect(sent.hash).toBe('cea82bbae03fcdf2f0ed6bc66fb904e532720bd105f1a3a6a136d07f86e073b2');
  });

  it('net-sdk transfer-deploy (account-hash target, id 1234): same args and body hash', async () => {
    const vector = findDeploys(
      readVectorJson('casper-net-sdk', 'Casper.Network.SDK.Test', 'TestData', 'transfer-deploy.json'),
    )[0]!;
    const r = await runCli([
      'make-transfer',
      '-k',
      KEY,
      '--chain-name',
      'casper-net-1',
      '--payment-amount',
      '1200',
      '-a',
      '25000000000000',
      '-t',
      'account-hash-ac916b2479626db496440785d12245c9979cdb01416255cef49a4788d911a6e5',
      '-i',
      '1234',
    ]);
    expect(r.code).toBe(0);
    const ours = JSON.parse(r.stdout);
    expect(ours.session).toEqual(vector.session);
    expect(ours.payment).toEqual(vector.payment);
    const d = deployFromJson(ours);
    expect(toHex(bodyHash(d.payment, d.session))).toBe(
      '5c507483ea92a6476d8386f9bb282a0ebfd3326bf705babf89f6b764da8e64d2',
    );
  });

  it('go-sdk transfers use the same arg names and order', () => {
    for (const file of ['deploy_with_transfer.json', 'get_raw_rpc_deploy_with_transfer.json']) {
      const d = findDeploys(readVectorJson('casper-go-sdk', 'tests', 'data', 'deploy', file))[0] as {
        session: { Transfer: { args: [string, unknown][] } };
      };
      expect(d.session.Transfer.args.map(([n]) => n)).toEqual(['amount', 'target', 'id']);
    }
  });
});

describe('target forms and errors', () => {
  const base = [
    'make-transfer',
    '-k',
    KEY,
    '--chain-name',
    'casper-test',
    '--payment-amount',
    '100000000',
    '-a',
    '2500000000',
    '-i',
    '7',
  ];
  it.each([
    ['public key', '0203c90c0ee375abc85da81a982507d1f8258a380af2058b63c37abdb9c7045940f4', 'PublicKey'],
    ['account hash', `account-hash-${'ab'.repeat(32)}`, { ByteArray: 32 }],
    ['purse URef', `uref-${'cd'.repeat(32)}-007`, 'URef'],
  ])('%s', async (_, target, clType) => {
    const r = await runCli([...base, '-t', target]);
    expect(r.code).toBe(0);
    const args = JSON.parse(r.stdout).session.Transfer.args;
    expect(args.map((a: [string]) => a[0])).toEqual(['amount', 'target', 'id']);
    expect(args[1][1].cl_type).toEqual(clType);
    expect(args[2][1]).toEqual({ cl_type: { Option: 'U64' }, bytes: '010700000000000000', parsed: 7 });
  });

  it.each([
    // A leading '-' would read as a flag, so a negative amount is written --amount=-5.
    ['negative amount', ['--amount=-5'], "--amount '-5' is negative: a transfer moves a positive number of motes"],
    [
      'not a number',
      ['-a', '1.5'],
      "--amount '1.5' is not an amount: expected a whole number of motes, e.g. 2500000000 (2.5 CSPR)",
    ],
    [
      'bad target',
      ['-t', 'bob'],
      "--target-account 'bob' is none of the accepted forms: a public key as hex (01… or 02…), 'account-hash-<64 hex>' or 'uref-<64 hex>-<3 octal digits>'",
    ],
    [
      'bad transfer id',
      ['-i', 'x'],
      "--transfer-id 'x' is not a transfer id: expected a whole number from 0 to 18446744073709551615",
    ],
  ])('%s', async (_, over, line) => {
    const args = [...base, '-t', `account-hash-${'ab'.repeat(32)}`];
    const flag = over[0]!.startsWith('--amount=') ? '-a' : over[0]!;
    const i = args.indexOf(flag);
    args.splice(i, 2, ...over);
    const r = await runCli(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${line}\n`);
  });

  it('a missing transfer id is a usage error', async () => {
    const r = await runCli([
      'transfer',
      '-k',
      KEY,
      '--chain-name',
      'c',
      '--payment-amount',
      '1',
      '-a',
      '1',
      '-t',
      `account-hash-${'ab'.repeat(32)}`,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: the following required arguments were not provided:\n {2}--transfer-id <64-BIT INTEGER>\n/,
    );
  });
});

describe('on the devnet', () => {
  let net: Running;
  beforeAll(async () => {
    net = await startDevnetProcess(['--block-time', '200ms']);
  });
  afterAll(() => {
    net.child.kill('SIGKILL');
  });

  it('a transfer to a new public key creates the account and moves the balance', async () => {
    const target = '0203c90c0ee375abc85da81a982507d1f8258a380af2058b63c37abdb9c7045940f4';
    const r = await runCli([
      'transfer',
      '-n',
      net.url,
      '-k',
      net.key,
      '--chain-name',
      net.chain,
      '--payment-amount',
      '100000000',
      '-a',
      '3000000000',
      '-t',
      target,
      '-i',
      '1',
      '--wait',
    ]);
    expect(r.code).toBe(0);
    const v2 = lastJson(r.stdout).result.execution_info.execution_result.Version2;
    expect(v2.error_message).toBeNull();
    expect(v2.transfers.length).toBe(1);
    const bal = await fetch(`${net.url}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'query_balance',
        params: { purse_identifier: { main_purse_under_public_key: target } },
      }),
    }).then((x) => x.json() as Promise<{ result: { balance: string } }>);
    expect(bal.result.balance).toBe('3000000000');
  });

  it('with --chainspec node, pre-flight stops a transfer below the 2.5 CSPR minimum', async () => {
    const r = await runCli([
      'transfer',
      '-n',
      net.url,
      '-k',
      net.key,
      '--chain-name',
      net.chain,
      '--payment-amount',
      '100000000',
      '-a',
      '1000',
      '-t',
      `account-hash-${'ab'.repeat(32)}`,
      '-i',
      '1',
      '--chainspec',
      'node',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "pre-flight: a transfer of 1,000 motes (0.000001 CSPR) is below casper-devnet's minimum of 2,500,000,000 motes (2.5 CSPR) (the node's chainspec, from info_get_chainspec)\n",
    );
  });

  it('without it, the 2.x devnet refuses the same transfer as the sidecar does', async () => {
    const r = await runCli([
      'transfer',
      '-n',
      net.url,
      '-k',
      net.key,
      '--chain-name',
      net.chain,
      '--payment-amount',
      '100000000',
      '-a',
      '1000',
      '-t',
      `account-hash-${'ab'.repeat(32)}`,
      '-i',
      '1',
      '--id',
      '9',
    ]);
    expect(r.code).toBe(1);
    // casper-sidecar feat-2.0: rpcs/error.rs InvalidDeploy, node_client.rs DeployInsufficientTransferAmount.
    expect(r.stdout).toBe(
      'response for rpc-id 9 account_put_deploy is json-rpc error: {"code":-32008,"message":"Invalid Deploy","data":"the deploy was invalid: The deploy sent to the network had an insufficient transfer amount"}\n',
    );
  });
});

describe('on a 1.5 devnet (--protocol 1.5)', () => {
  let net: Running;
  beforeAll(async () => {
    net = await startDevnetProcess(['--protocol', '1.5', '--block-time', '200ms']);
  });
  afterAll(() => {
    net.child.kill('SIGKILL');
  });

  it('a transfer to a new public key creates the account and moves the balance; --wait reads execution_results', async () => {
    const target = '0203c90c0ee375abc85da81a982507d1f8258a380af2058b63c37abdb9c7045940f4';
    const r = await runCli([
      'transfer',
      '-n',
      net.url,
      '-k',
      net.key,
      '--chain-name',
      net.chain,
      '--payment-amount',
      '100000000',
      '-a',
      '3000000000',
      '-t',
      target,
      '-i',
      '1',
      '--wait',
    ]);
    expect(r.code).toBe(0);
    expect(lastJson(r.stdout).result.execution_results[0].result.Success.transfers.length).toBe(1);
    const bal = await fetch(`${net.url}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'query_balance',
        params: { purse_identifier: { main_purse_under_public_key: target } },
      }),
    }).then((x) => x.json() as Promise<{ result: { api_version: string; balance: string } }>);
    expect(bal.result).toEqual({ api_version: '1.5.8', balance: '3000000000' });
  });
});
