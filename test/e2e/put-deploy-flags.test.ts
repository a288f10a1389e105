// Every put-deploy flag, run as a process: what it changes in the request, the output, the exit code.
import { mkdtempSync as mkTemp, readFileSync as readFile, writeFileSync as writeFile } from 'node:fs';
import { tmpdir as tmpDir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployFromJson } from '../../src/deploy/index.js';
import { parseTimestamp, toHex } from '../../src/core/index.js';
import { verifyDeploy } from '../../src/deploy/index.js';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const K1 = join(repoRoot, 'fixtures', 'keys', 'secp256k1_secret_key.pem');
const PUB = join(repoRoot, 'fixtures', 'keys', 'ed25519_public_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');

let node: CaptureServer;
beforeAll(async () => {
  node = await startCaptureServer();
});
afterAll(() => node.close());

const base = () => [
  'put-deploy',
  '-n',
  node.url,
  '-k',
  KEY,
  '--chain-name',
  'casper-test',
  '--payment-amount',
  '2500000000',
  '--session-path',
  WASM,
];

async function put(extra: string[], args = base()) {
  const before = node.requests.length;
  const r = await runCli([...args, ...extra]);
  const req = node.requests.length > before ? node.requests.at(-1)! : undefined;
  return { r, req, deploy: req?.json?.params?.deploy };
}

describe('put-deploy flags change the request as they should', () => {
  it('defaults: standard payment, module bytes, ttl 30m, gas price 1, signed by the key, hashes verify', async () => {
    const { r, deploy } = await put([]);
    expect(r.code).toBe(0);
    expect(deploy.header.ttl).toBe('30m');
    expect(deploy.header.gas_price).toBe(1);
    expect(deploy.header.dependencies).toEqual([]);
    expect(deploy.payment).toEqual({
      ModuleBytes: {
        module_bytes: '',
        args: [['amount', { cl_type: 'U512', bytes: '0400f90295', parsed: '2500000000' }]],
      },
    });
    expect(deploy.session.ModuleBytes.module_bytes).toBe(
      '0061736d0100000001040160000003020100070801046361 6c6c00000a040102000b'.replace(/ /g, ''),
    );
    expect(Date.now() - Date.parse(deploy.header.timestamp)).toBeLessThan(60_000);
    const check = verifyDeploy(deployFromJson(deploy));
    expect(check.bodyHashOk && check.hashOk && check.approvals.every((a) => a.error === null)).toBe(true);
  });

  it.each([
    ['--ttl 1hr 12min', ['--ttl', '1hr 12min'], (d: any) => expect(d.header.ttl).toBe('1h 12m')],
    ['--ttl=1day', ['--ttl=1day', '--no-preflight'], (d: any) => expect(d.header.ttl).toBe('1day')],
    [
      '--timestamp with space',
      ['--timestamp', '2018-02-16 00:31:37', '--no-preflight'],
      (d: any) => expect(d.header.timestamp).toBe('2018-02-16T00:31:37.000Z'),
    ],
    ['--gas-price 1.x style', ['--gas-price', '7'], (d: any) => expect(d.header.gas_price).toBe(7)],
    ['-g', ['-g', '3'], (d: any) => expect(d.header.gas_price).toBe(3)],
    // casper-test runs 2.x, which refuses dependencies: pre-flight would stop this one.
    [
      '--dependency twice',
      ['--dependency', 'aa'.repeat(32), '--dependency', 'BB'.repeat(32), '--no-preflight'],
      (d: any) => expect(d.header.dependencies).toEqual(['aa'.repeat(32), 'bb'.repeat(32)]),
    ],
    [
      '--session-account hex',
      ['--session-account', '0203c90c0ee375abc85da81a982507d1f8258a380af2058b63c37abdb9c7045940f4'],
      (d: any) => expect(d.header.account).toBe('0203c90c0ee375abc85da81a982507d1f8258a380af2058b63c37abdb9c7045940f4'),
    ],
    ['--chain-name', ['--chain-name', 'other-chain'], (d: any) => expect(d.header.chain_name).toBe('other-chain')],
    [
      '-a repeated keeps order',
      ['-a', "b:u8='1'", '-a', "a:string='x'"],
      (d: any) => expect(d.session.ModuleBytes.args.map((a: any) => a[0])).toEqual(['b', 'a']),
    ],
    // Map members in the order given (casper-client-rs v2.0.0 lib/cli/json_args.rs:244-260, preserve_order).
    [
      '--session-args-json',
      ['--session-args-json', '[{"name":"m","type":{"Map":{"key":"String","value":"U8"}},"value":{"b":2,"a":1}}]'],
      (d: any) => expect(d.session.ModuleBytes.args[0][1].bytes).toBe('02000000010000006202010000006101'),
    ],
    [
      '-p short alias',
      ['-p', '5', '--no-preflight'],
      (d: any) => expect(d.payment.ModuleBytes.args[0][1].bytes).toBe('0105'),
    ],
  ] as const)('%s', async (_, extra, check) => {
    // The base args carry one --chain-name/--payment-amount; a flag under test replaces its twin.
    const args = base().filter(
      (a, i, all) =>
        !(extra.includes(a as never) && a.startsWith('--')) &&
        !(extra.includes(all[i - 1] as never) && all[i - 1]!.startsWith('--')),
    );
    const { r, deploy } = await put(
      [...extra],
      extra[0] === '-p' ? base().filter((a) => a !== '--payment-amount' && a !== '2500000000') : args,
    );
    expect(r.stdout + r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    check(deploy);
  });

  it('--session-account from a public key PEM file', async () => {
    const { r, deploy } = await put(['--session-account', PUB]);
    expect(r.code).toBe(0);
    expect(deploy.header.account).toBe(deploy.approvals[0].signer);
  });

  it('a secp256k1 key signs with a 02 approval that verifies', async () => {
    const { r, deploy } = await put(
      [],
      base().map((a) => (a === KEY ? K1 : a)),
    );
    expect(r.code).toBe(0);
    expect(deploy.approvals[0].signer.startsWith('02')).toBe(true);
    expect(verifyDeploy(deployFromJson(deploy)).approvals[0]!.error).toBeNull();
  });

  it.each([
    [
      'no --id: a random integer, echoed',
      [],
      (id: unknown) => expect(typeof id === 'number' || /^-?\d+$/.test(String(id))).toBe(true),
    ],
    ['--id 007 becomes 7', ['--id', '007'], (id: unknown) => expect(id).toBe(7)],
    ['--id text stays a string', ['--id', 'abc'], (id: unknown) => expect(id).toBe('abc')],
    [
      '--id beyond i64 stays a string',
      ['--id', '9223372036854775808'],
      (id: unknown) => expect(id).toBe('9223372036854775808'),
    ],
  ] as const)('%s', async (_, extra, check) => {
    const { r, req } = await put([...extra]);
    expect(r.code).toBe(0);
    check(req!.json.id);
    // Read the id from the raw text: a random i64 does not survive JSON.parse.
    const sentId = /"id":(-?\d+|"[^"]*")\}$/.exec(req!.body)![1]!;
    expect(r.stdout).toContain(`"id": ${sentId}`);
  });

  it.each([
    ['bare --speculative-exec: latest block (null)', ['--speculative-exec'], null],
    ['a block height', ['--speculative-exec', '42'], { Height: 42 }],
    ['a block hash', ['--speculative-exec', 'AB'.repeat(32)], { Hash: 'ab'.repeat(32) }],
  ] as const)('%s', async (_, extra, id) => {
    const { r, req } = await put([...extra]);
    expect(r.code).toBe(0);
    expect(req!.json.method).toBe('speculative_exec');
    expect(Object.keys(req!.json.params)).toEqual(['block_identifier', 'deploy']);
    expect(req!.json.params.block_identifier).toEqual(id);
    expect(r.stdout).toContain('"execution_result"');
  });

  it('node address: trailing slashes dropped, /rpc added unless it ends in rpc', async () => {
    for (const [addr, path] of [
      [`${node.url}/`, '/rpc'],
      [`${node.url}//`, '/rpc'],
      [`${node.url}/rpc`, '/rpc'],
      [`${node.url}/my/rpc/`, '/my/rpc'],
    ] as const) {
      const r = await runCli([...base().map((a) => (a === node.url ? addr : a))]);
      expect(r.code).toBe(0);
      expect(node.requests.at(-1)!.path).toBe(path);
    }
  });
});

describe('verbosity', () => {
  it('-v prints the request (abbreviated), the raw response, then the result', async () => {
    const { r, req } = await put(
      ['-v', '--id', '1', '--no-preflight'],
      base().map((a) => (a === WASM ? join(repoRoot, 'package-lock.json') : a)),
    );
    expect(r.code).toBe(0);
    const docs = r.stdout.split(/\n(?=\{)/);
    expect(docs.length).toBe(3);
    expect(JSON.parse(docs[0]!).method).toBe('account_put_deploy');
    expect(docs[0]).toMatch(/"module_bytes": "\[\d+ hex chars\]"/);
    // 130 hex characters are not over casper-types 3.0.0's 150 (json_pretty_printer.rs:8): shown whole.
    expect(JSON.parse(docs[0]!).params.deploy.approvals[0].signature).toMatch(/^01[0-9a-f]{128}$/);
    expect(JSON.parse(docs[1]!)).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: { api_version: '1.5.8', deploy_hash: req!.json.params.deploy.hash },
    });
    expect(JSON.parse(docs[2]!).result.deploy_hash).toBe(req!.json.params.deploy.hash);
  });

  it('--verbose is accepted as -v, and counts', async () => {
    const one = await put(['--verbose']);
    expect(one.r.stdout.split(/\n(?=\{)/).length).toBe(3);
    const two = await put(['--verbose', '--verbose']);
    expect(two.r.stdout.split(/\n(?=\{)/).length).toBe(3);
  });

  it('-vv prints hex in full', async () => {
    const { r, req } = await put(
      ['-vv', '--no-preflight'],
      base().map((a) => (a === WASM ? join(repoRoot, 'package-lock.json') : a)),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('hex chars]');
    expect(r.stdout).toContain(req!.json.params.deploy.approvals[0].signature);
  });
});

describe('examples', () => {
  it('-e prints the simple-arg examples and exits 0, even with other flags', async () => {
    const r = await runCli(['put-deploy', '-e', '--session-path', 'x']);
    expect(r.code).toBe(0);
    expect(
      r.stdout.startsWith(
        'Examples for passing values via --session-arg or --payment-arg:\n"name_01:bool=\'false\'"\n',
      ),
    ).toBe(true);
  });
  it('-j prints the JSON examples', async () => {
    const r = await runCli(['put-deploy', '-j']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '{"name":"entry_point_name","type":{"Map":{"key":"U8","value":"Bool"}},"value":{"1":true,"2":false}}',
    );
  });
});

describe('parse checks on timestamps', () => {
  it('timestamps are UTC', () => expect(parseTimestamp('2018-02-16 00:31:37')).toBe(Date.UTC(2018, 1, 16, 0, 31, 37)));
  it('hex output is lowercase', () => expect(toHex(Uint8Array.of(0xab))).toBe('ab'));
});

describe('pre-flight checks stop what a node would refuse, before sending', () => {
  it.each([
    [
      'an expired deploy',
      ['--timestamp', '2020-01-01 00:00:00'],
      /^pre-flight: the deploy expired at 2020-01-01T00:30:00.000Z \(timestamp \+ ttl 30m\); make it again with a later --timestamp or a longer --ttl$/,
    ],
    [
      'a timestamp in the future',
      ['--timestamp', '2999-01-01 00:00:00'],
      /^pre-flight: the timestamp 2999-01-01T00:00:00.000Z is in the future/,
    ],
    [
      'a ttl over the network limit',
      ['--ttl', '1day'],
      /^pre-flight: a ttl of 1day is over casper-test's limit of 2h \(casper-node 2.0.0 production chainspec\); use --ttl 2h or less$/,
    ],
    [
      'a zero payment',
      ['--payment-amount', '0'],
      /^pre-flight: the payment amount is 0 motes; a 2.x node refuses a deploy that pays for no gas/,
    ],
  ] as const)('%s', async (_, extra, msg) => {
    const args = base();
    const i = args.indexOf(extra[0]);
    if (i >= 0) args.splice(i, 2);
    const before = node.requests.length;
    const r = await runCli([...args, ...extra]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd()).toMatch(msg);
    expect(node.requests.length).toBe(before);
  });
});

describe('proxies from the environment', () => {
  it('HTTP_PROXY carries the request (absolute-form request line to the proxy)', async () => {
    const proxy = await startCaptureServer();
    try {
      const args = base().map((a) => (a === node.url ? 'http://node.example.invalid:7777' : a));
      const r = await runCli(args, { env: { HTTP_PROXY: proxy.url } });
      expect(r.stdout + r.stderr).toContain('"deploy_hash"');
      expect(r.code).toBe(0);
      expect(proxy.requests.at(-1)!.path).toBe('http://node.example.invalid:7777/rpc');
      const direct = await runCli(
        args.map((a) => (a === 'http://node.example.invalid:7777' ? node.url : a)),
        { env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } },
      );
      expect(direct.code).toBe(0);
      expect(proxy.requests.length).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('a proxy that cannot be reached is named as the culprit, without its credentials', async () => {
    const { createServer } = await import('node:net');
    const spare = createServer();
    await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
    const port = (spare.address() as import('node:net').AddressInfo).port;
    await new Promise<void>((r) => spare.close(() => r())); // nothing listens there now
    const args = [...base().map((a) => (a === node.url ? 'http://node.example.invalid:7777' : a)), '--id', '5'];
    const r = await runCli(args, { env: { HTTP_PROXY: `http://user:s3cret@127.0.0.1:${port}` } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `failed to get response for rpc-id 5 account_put_deploy: http://node.example.invalid:7777/rpc: cannot reach the proxy http://127.0.0.1:${port} (from HTTP_PROXY): connection refused (check the proxy, or leave it out with NO_PROXY)\n`,
    );
    expect(r.stdout + r.stderr).not.toContain('s3cret');
  });
});

describe('--chainspec gives pre-flight the limits of other networks', () => {
  it('checks the ttl against the file, and the chain name', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'chainspec-'));
    const spec = join(dir, 'chainspec.toml');
    writeFileSync(spec, "[network]\nname = 'my-net'\n[deploys]\nmax_ttl = '10 minutes'\n");
    const ok = await runCli([
      ...base().map((a) => (a === 'casper-test' ? 'my-net' : a)),
      '--chainspec',
      spec,
      '--ttl',
      '5min',
    ]);
    expect(ok.code).toBe(0);
    const long = await runCli([...base().map((a) => (a === 'casper-test' ? 'my-net' : a)), '--chainspec', spec]);
    expect(long.stdout).toBe(
      `pre-flight: a ttl of 30m is over my-net's limit of 10m (--chainspec ${spec}); use --ttl 10m or less\n`,
    );
    const other = await runCli([...base(), '--chainspec', spec]);
    expect(other.stdout).toBe(
      `pre-flight: the deploy is for chain 'casper-test', but the chainspec (--chainspec ${spec}) is for 'my-net'\n`,
    );
  });
});

describe('pre-flight for casper (2.x) refuses what mainnet refuses, with the figure and its source', () => {
  // Figures: casper-node 2.0.0 resources/production/chainspec.toml (shared/reference/casper-2.md
  // §1.2): max_ttl 2 hours, no dependencies (DeployHeader::is_valid), wasm lanes of at most
  // 750,000 bytes and 1,000,000,000,000 gas.
  const SOURCE = '(casper-node 2.0.0 production chainspec)';
  const big = () => {
    const dir = mkTemp(join(tmpDir(), 'big-wasm-'));
    const wasm = readFile(WASM);
    // A custom section (id 0, 3-byte LEB128 size) pads the module to 760,000 bytes.
    const pad = 760_000 - wasm.length - 4;
    const leb = [(pad & 0x7f) | 0x80, ((pad >> 7) & 0x7f) | 0x80, (pad >> 14) & 0x7f];
    const file = join(dir, 'big.wasm');
    writeFile(file, Buffer.concat([wasm, Buffer.from([0, ...leb]), Buffer.from([0]), Buffer.alloc(pad - 1)]));
    return file;
  };
  const cases = (): [string, string[], string][] => [
    [
      'a 3-hour ttl',
      ['--ttl', '3h'],
      `pre-flight: a ttl of 3h is over casper's limit of 2h ${SOURCE}; use --ttl 2h or less`,
    ],
    [
      'a dependency',
      ['--dependency', 'aa'.repeat(32)],
      'pre-flight: casper runs Casper 2.x, which refuses deploys with dependencies (this one has 1); drop --dependency',
    ],
    [
      'a 760,000-byte Wasm deploy',
      ['--session-path', big()],
      /^pre-flight: the deploy is 760,\d{3} bytes, over the 750,000 bytes of the largest Wasm lane for its payment/
        .source,
    ],
    [
      'a 2,000 CSPR payment',
      ['--payment-amount', '2000000000000'],
      `pre-flight: a payment of 2,000,000,000,000 motes (2,000 CSPR) is over the largest Wasm lane's gas limit of 1,000,000,000,000 motes (1,000 CSPR) at gas price 1 ${SOURCE}; no lane takes it`,
    ],
  ];
  const mainnet = () => base().map((a) => (a === 'casper-test' ? 'casper' : a));
  const withArgs = (extra: string[]) => {
    const args = mainnet();
    const i = args.indexOf(extra[0]!);
    if (i >= 0) args.splice(i, 2);
    return [...args, ...extra];
  };

  it('refuses each one before sending', async () => {
    for (const [name, extra, want] of cases()) {
      const before = node.requests.length;
      const r = await runCli(withArgs(extra));
      expect(r.code, name).toBe(1);
      if (want.startsWith('^')) expect(r.stdout, name).toMatch(new RegExp(want));
      else expect(r.stdout, name).toBe(`${want}\n`);
      expect(node.requests.length, name).toBe(before);
    }
  });

  it('lets the same deploys through for a 1.5 chainspec that allows them', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const spec = join(mkdtempSync(join(tmpdir(), 'chainspec-15-')), 'chainspec.toml');
    // A 1.5 chainspec ([deploys], as casper-node 1.5.8 writes it) with a longer ttl.
    writeFileSync(
      spec,
      "[network]\nname = 'casper'\n[deploys]\nmax_ttl = '1day'\nmax_dependencies = 10\nmax_deploy_size = 1_048_576\nblock_gas_limit = 4_000_000_000_000\n",
    );
    for (const [name, extra] of cases()) {
      const r = await runCli([...withArgs(extra), '--chainspec', spec]);
      expect(r.stdout, name).toMatch(/"deploy_hash"/);
      expect(r.code, name).toBe(0);
    }
  });

  it('session code that is not Wasm is sent (the node accepts it), with a warning on stderr', async () => {
    const before = node.requests.length;
    const r = await runCli([
      ...base().filter((a) => a !== WASM && a !== '--session-path'),
      '--session-path',
      join(repoRoot, 'package.json'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: the session code is not a Wasm module (it does not start with \\0asm); the node will accept it and its execution will fail\n',
    );
    expect(node.requests.length).toBe(before + 1);
  });
});
