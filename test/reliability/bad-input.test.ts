// Every flag of every command, fed bad values: the right exit code, one clear line naming the
// flag or the value, no stack trace, and no byte of the secret key on any stream.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { repoRoot } from '../helpers/vectors.js';

const FIX = join(repoRoot, 'fixtures');
const KEY = join(FIX, 'keys', 'ed25519_secret_key.pem');
const WASM = join(FIX, 'wasm', 'call.wasm');
const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The secret, in every form it could leak in.
const der = Buffer.from(readFileSync(KEY, 'utf8').split('\n')[1]!, 'base64');
const seed = der.subarray(der.length - 32);
// And the credentials of a node address, in every URL shape below.
const SECRETS = [
  seed.toString('hex'),
  seed.toString('base64').slice(0, 20),
  der.toString('base64').slice(0, 40),
  'hunter2',
  'alice',
];

const files = {
  missing: join(dir, 'missing.file'),
  directory: join(dir, 'a-dir'),
  empty: join(dir, 'empty.file'),
  garbage: join(dir, 'garbage.file'),
  nonUtf8: join(dir, 'latin1.file'),
  huge: join(dir, 'huge.file'),
  publicPem: join(FIX, 'keys', 'ed25519_public_key.pem'),
  p256: join(dir, 'p256.pem'),
  json: join(dir, 'not-a-deploy.json'),
};
mkdirSync(files.directory);
writeFileSync(files.empty, '');
writeFileSync(files.garbage, 'hello\n');
writeFileSync(files.nonUtf8, Buffer.from([0xff, 0xfe, 0xe9, 0x00, 0x80]));
writeFileSync(files.huge, Buffer.alloc(1_100_000, 1));
writeFileSync(files.huge.replace('huge', 'huge-chainspec'), Buffer.alloc(4 * 1024 * 1024 + 1, 0x23));
writeFileSync(files.json, '{"hello": 1}');
execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', files.p256]);

const NODE = 'http://127.0.0.1:9'; // discard port: nothing there, and no case should get that far
type Case = { name: string; args: string[]; code: 1 | 2; mention?: string };

const bad = {
  path: [files.missing, files.directory],
  keyPath: [
    files.missing,
    files.directory,
    files.empty,
    files.garbage,
    files.nonUtf8,
    files.publicPem,
    files.p256,
    WASM,
  ],
  hex: ['', 'zz', 'abc', 'ab'.repeat(31), `hash-${'ab'.repeat(31)}`],
  integer: ['', 'abc', '-1', '1.5', '1e3', '9'.repeat(200)],
  duration: ['', 'abc', '5 parsecs', '1.5h', '-1s'],
  timestamp: ['', 'yesterday', '2020-13-01 00:00:00', '2020-01-01T00:00:00+02:00'],
  // '' (no args) and an empty arg name are fine for casper-client 2.0.0 (lib/cli/parse.rs:144-147,
  // simple_args.rs:347-353): they are not bad input.
  json: ['{', '[1]', 'not json', '[{"name":"x","type":"U8","value":256}]'],
  // URef rights 8 and an ed25519 key that is no curve point (y = 2) are refused by casper-types 3.0.0.
  simple: [
    '',
    'x',
    'x:u8=1',
    "x:wat='1'",
    "x:u8='256'",
    `u:uref='uref-${'ab'.repeat(32)}-10'`,
    `p:public_key='0102${'00'.repeat(31)}'`,
  ],
  account: ['zz', `03${'ab'.repeat(32)}`, `0102${'00'.repeat(31)}`, files.garbage, files.directory],
  node: ['localhost:7777', 'ftp://x', 'http://'],
  // URL-shaped node addresses with credentials: other schemes, no scheme, unparseable, unusual
  // characters in the password, and reachable-looking ones that fail later (connection refused).
  nodeWithPassword: [
    'ftp://alice:hunter2@x',
    'alice:hunter2@localhost:7777',
    'alice:hunter2@localhost:7777/rpc',
    '//alice:hunter2@localhost:7777',
    'http://alice:hunter2@[zz',
    'http://alice:hunter2@',
    'http://alice:hunter2@127.0.0.1:9',
    'https://alice:hunter2@127.0.0.1:9/rpc',
    'HTTP://alice:hunter2@127.0.0.1:9',
    'http://:hunter2@127.0.0.1:9',
    'http://alice@127.0.0.1:9',
    'http://alice:hun/ter2@127.0.0.1:9',
    'http://alice:hun@ter2@127.0.0.1:9',
    'http://alice:hunter2#x@127.0.0.1:9',
    'casper+http://alice:hunter2@x',
    'http://alice:hunter2 @127.0.0.1:9',
  ],
};

// The line names the value; a JSON value is named by its flag and the arg's place in it instead.
const mentionFor = (flag: string, v: string) => (flag.endsWith('-json') ? flag : v);

function deployCases(cmd: string, base: string[]): Case[] {
  const c: Case[] = [];
  const add = (flag: string, values: string[], code: 1 | 2 = 1) => {
    for (const v of values)
      c.push({
        name: `${cmd} ${flag} ${JSON.stringify(v)}`,
        args: [...base, flag, v],
        code,
        mention: v === '' ? undefined : mentionFor(flag, v),
      });
  };
  add(
    '--timestamp',
    bad.timestamp.filter((x) => x !== ''),
  );
  add('--ttl', bad.duration);
  add(
    '--gas-price',
    bad.integer.filter((x) => x !== ''),
  );
  add('--dependency', bad.hex);
  add('--session-account', bad.account);
  // Beside --payment-amount the Rust client never reads payment args (parse.rs:541-546).
  if (!base.includes('--payment-amount')) {
    add('--payment-arg', bad.simple);
    add('--payment-args-json', bad.json);
  }
  return c;
}

const sessionBase = (cmd: string) => [cmd, '--chain-name', 'casper-test', '-k', KEY, '--payment-amount', '2500000000'];
const putBase = ['put-deploy', '-n', NODE, '--chain-name', 'casper-test', '-k', KEY];

const cases: Case[] = [];
for (const cmd of ['put-deploy', 'make-deploy']) {
  const head =
    cmd === 'put-deploy'
      ? putBase
      : sessionBase(cmd).filter((x, i, a) => !(x === '--payment-amount' || a[i - 1] === '--payment-amount'));
  const withSession = [...head, '--session-path', WASM];
  const full = [...withSession, '--payment-amount', '2500000000'];
  cases.push(...deployCases(cmd, withSession.concat(['--payment-path', WASM])));
  for (const v of bad.keyPath)
    cases.push({
      name: `${cmd} -k ${v}`,
      args: [...full.filter((x, i, a) => x !== '-k' && a[i - 1] !== '-k'), '-k', v],
      code: 1,
      mention: v,
    });
  for (const v of bad.path)
    cases.push({
      name: `${cmd} --session-path ${v}`,
      args: [...head, '--session-path', v, '--payment-amount', '1'],
      code: 1,
      mention: v,
    });
  for (const v of [...bad.path, files.huge])
    cases.push({ name: `${cmd} --payment-path ${v}`, args: [...withSession, '--payment-path', v], code: 1 });
  for (const v of bad.path.concat(files.garbage, files.json))
    cases.push({
      name: `${cmd} --session-args-complex ${v}`,
      args: [...full, '--session-args-complex', v],
      code: 1,
      mention: v,
    });
  for (const v of bad.simple) cases.push({ name: `${cmd} -a ${JSON.stringify(v)}`, args: [...full, '-a', v], code: 1 });
  for (const v of bad.json)
    cases.push({
      name: `${cmd} --session-args-json ${JSON.stringify(v)}`,
      args: [...full, '--session-args-json', v],
      code: 1,
    });
  for (const v of bad.integer)
    cases.push({
      name: `${cmd} --payment-amount ${JSON.stringify(v)}`,
      args: [...withSession, '--payment-amount', v],
      code: 1,
    });
  for (const sel of ['--session-hash', '--session-package-hash']) {
    for (const v of bad.hex)
      cases.push({
        name: `${cmd} ${sel} ${JSON.stringify(v)}`,
        args: [...head, sel, v, '--session-entry-point', 'e', '--payment-amount', '1'],
        code: 1,
      });
  }
  // An unparsable --session-version is no error: casper-client calls the latest (parse.rs:472).
  cases.push({
    name: `${cmd} --session-entry-point ''`,
    args: [...head, '--session-name', 'n', '--session-entry-point', '', '--payment-amount', '1'],
    code: 1,
  });
  // Usage errors: conflicts, unknown flags, missing values, repeats.
  cases.push({ name: `${cmd} two session kinds`, args: [...full, '--session-name', 'x'], code: 2 });
  cases.push({
    name: `${cmd} two payment kinds`,
    args: [...full, '--payment-name', 'x', '--payment-entry-point', 'e'],
    code: 2,
  });
  cases.push({
    name: `${cmd} two arg styles`,
    args: [...full, '-a', "x:u8='1'", '--session-args-json', '[]'],
    code: 2,
  });
  cases.push({ name: `${cmd} unknown flag`, args: [...full, '--sesion-path', 'x'], code: 2 });
  cases.push({ name: `${cmd} missing value`, args: [...full, '--ttl'], code: 2 });
  cases.push({ name: `${cmd} repeated --ttl`, args: [...full, '--ttl', '1h', '--ttl', '2h'], code: 2 });
  cases.push({ name: `${cmd} stray positional`, args: [...full, 'stray'], code: 2 });
  cases.push({
    name: `${cmd} entry point without stored session`,
    args: [...full, '--session-entry-point', 'e'],
    code: 1,
  });
}
for (const v of bad.nodeWithPassword) {
  cases.push({
    name: `put-deploy -n ${v}`,
    args: [...putBase.map((x) => (x === NODE ? v : x)), '--session-path', WASM, '--payment-amount', '2500000000'],
    code: 1,
  });
  cases.push({
    name: `get-deploy -n ${v}`,
    args: ['get-deploy', 'ab'.repeat(32), '-n', v, '--timeout', '2s'],
    code: 1,
  });
}
for (const v of bad.node)
  cases.push({
    name: `put-deploy -n ${v}`,
    args: [...putBase.map((x) => (x === NODE ? v : x)), '--session-path', WASM, '--payment-amount', '2500000000'],
    code: 1,
    mention: v,
  });
// A value that starts with '-' and a digit is taken as a value (then refused), not as a flag.
for (const v of ['x', '-1', `${'f'.repeat(63)}g`])
  cases.push({
    name: `put-deploy --speculative-exec ${JSON.stringify(v)}`,
    args: [...putBase, '--session-path', WASM, '--payment-amount', '2500000000', '--speculative-exec', v],
    code: 1,
  });
for (const v of ['', 'x', '-1', '101'])
  cases.push({
    name: `put-deploy --retries ${JSON.stringify(v)}`,
    args: [...putBase, '--session-path', WASM, '--payment-amount', '2500000000', '--retries', v],
    code: 1,
  });
for (const v of [...bad.duration, '25days', '9999999999999s'])
  cases.push({
    name: `put-deploy --timeout ${JSON.stringify(v)}`,
    args: [...putBase, '--session-path', WASM, '--payment-amount', '2500000000', '--timeout', v],
    code: 1,
  });
for (const v of bad.duration)
  cases.push({
    name: `put-deploy --wait-timeout ${JSON.stringify(v)}`,
    args: [
      ...putBase,
      '--session-path',
      WASM,
      '--payment-amount',
      '2500000000',
      '--no-preflight',
      '--wait',
      '--wait-timeout',
      v,
      '--timeout',
      '1s',
    ],
    code: 1,
  });

// transfer / make-transfer
const tBase = [
  'make-transfer',
  '--chain-name',
  'casper-test',
  '-k',
  KEY,
  '--payment-amount',
  '100000000',
  '-t',
  `account-hash-${'ab'.repeat(32)}`,
  '-i',
  '1',
];
// '' and '0' are amounts to casper-client (U512::from_dec_str reads '' as 0): accepted with a warning.
for (const v of ['abc', '1.5', '+5', '9'.repeat(200)])
  cases.push({ name: `make-transfer -a ${JSON.stringify(v)}`, args: [...tBase, '-a', v], code: 1 });
for (const v of ['', 'bob', `uref-${'ab'.repeat(32)}-9`, `account-hash-${'ab'.repeat(2)}`, `03${'ab'.repeat(32)}`])
  cases.push({
    name: `make-transfer -t ${JSON.stringify(v)}`,
    args: [...tBase.filter((x, i, a) => x !== '-t' && a[i - 1] !== '-t'), '-a', '2500000000', '-t', v],
    code: 1,
  });
for (const v of ['', 'x', '1.5', '18446744073709551616'])
  cases.push({
    name: `make-transfer -i ${JSON.stringify(v)}`,
    args: [...tBase.filter((x, i, a) => x !== '-i' && a[i - 1] !== '-i'), '-a', '2500000000', '-i', v],
    code: 1,
  });
for (const v of ['abc', '-5'])
  cases.push({
    name: `transfer -a ${JSON.stringify(v)}`,
    args: ['transfer', '-n', NODE, ...tBase.slice(1), '-a', v],
    code: 1,
  });
cases.push(...deployCases('make-transfer', [...tBase, '-a', '2500000000']));
cases.push(...deployCases('transfer', ['transfer', '-n', NODE, ...tBase.slice(1), '-a', '2500000000']));
cases.push({
  name: 'transfer without -t',
  args: ['transfer', '-k', KEY, '--chain-name', 'c', '--payment-amount', '1', '-a', '1', '-i', '1'],
  code: 2,
});

// files in: sign-deploy, send-deploy, verify-deploy
for (const cmd of ['sign-deploy', 'send-deploy', 'verify-deploy']) {
  const extra = cmd === 'sign-deploy' ? ['-k', KEY] : cmd === 'send-deploy' ? ['-n', NODE] : [];
  for (const v of [files.missing, files.directory, files.empty, files.garbage, files.nonUtf8, files.json, files.huge]) {
    cases.push({ name: `${cmd} -i ${v}`, args: [cmd, ...extra, '-i', v], code: 1, mention: v });
  }
}
for (const v of bad.keyPath)
  cases.push({ name: `sign-deploy -k ${v}`, args: ['sign-deploy', '-i', files.json, '-k', v], code: 1 });
// keygen, account-address, get-deploy, generate-completion
// Outside clap's possible values: usage errors (casper-client-rs v2.0.0 src/keygen.rs, generate_completion.rs).
for (const v of ['rsa', '', 'ed448', 'ed25519'])
  cases.push({ name: `keygen -a ${JSON.stringify(v)}`, args: ['keygen', join(dir, 'k'), '-a', v], code: 2 });
cases.push({ name: "keygen ''", args: ['keygen', ''], code: 1 });
cases.push({ name: 'keygen into a file', args: ['keygen', files.garbage], code: 1 });
for (const v of ['', 'zz', `03${'ab'.repeat(32)}`, files.missing, files.garbage, files.directory, KEY])
  cases.push({ name: `account-address -p ${JSON.stringify(v)}`, args: ['account-address', '-p', v], code: 1 });
for (const v of ['', 'zz', 'ab'.repeat(31)])
  cases.push({ name: `get-deploy ${JSON.stringify(v)}`, args: ['get-deploy', v, '-n', NODE], code: 1 });
cases.push({ name: 'get-deploy without a hash', args: ['get-deploy', '-n', NODE], code: 2 });
for (const v of ['Bash', '', 'tcsh'])
  cases.push({
    name: `generate-completion --shell ${JSON.stringify(v)}`,
    args: ['generate-completion', '--shell', v, '-o', join(dir, 'c')],
    code: 2,
  });
cases.push({
  name: 'generate-completion into a missing folder',
  args: ['generate-completion', '-o', join(dir, 'no', 'such')],
  code: 1,
});
cases.push({
  name: 'generate-completion into a file path',
  args: ['generate-completion', '-o', files.garbage],
  code: 1,
});
// top level
for (const v of ['nope', '--nope', '-x']) cases.push({ name: `top level ${v}`, args: [v], code: 2 });

// casper-devnet's own flags: usage errors are one line on stderr, exit 2.
const DEVNET = join(repoRoot, 'bin', 'casper-devnet.js');
// Flag and value errors are usage errors in clap's shape (exit 2); files that cannot be used are
// runtime errors (exit 1), as in casper-client.
const devnetCases: [string, string[], RegExp, number][] = [
  [
    '--port x',
    ['--port', 'x'],
    /^error: invalid value 'x' for '--port <PORT>': not a port number \(0 to 65535\)\n\nFor more information, try '--help'\.\n$/,
    2,
  ],
  ['--port 70000', ['--port', '70000'], /^error: invalid value '70000' for '--port <PORT>': not a port number/, 2],
  [
    '--block-time abc',
    ['--block-time', 'abc'],
    /^error: invalid value 'abc' for '--block-time <DURATION>': 'abc': expected a number/,
    2,
  ],
  [
    '--block-time 1ms',
    ['--block-time', '1ms'],
    /^error: invalid value '1ms' for '--block-time <DURATION>': must be at least 10ms\n/,
    2,
  ],
  // Node's timers hold at most 2^31-1 ms: past 24 days is refused, not run as a busy loop.
  [
    '--block-time 25days',
    ['--block-time', '25days'],
    /^error: invalid value '25days' for '--block-time <DURATION>': longer than the longest block time, 24days\n/,
    2,
  ],
  // Never exposed by accident: an empty host would make Node listen on every interface.
  [
    "--host ''",
    ['--host', ''],
    /^error: invalid value '' for '--host <HOST>': empty: give the address to listen on \(127\.0\.0\.1 by default, 0\.0\.0\.0 for every interface\)\n/,
    2,
  ],
  [
    '--chainspec over its cap',
    ['--chainspec', files.huge.replace('huge', 'huge-chainspec')],
    /^error: --chainspec '.*' cannot be read: 4194305 bytes, over the 4 MiB limit on a chainspec file \(4194304 bytes\)\n$/,
    1,
  ],
  [
    '--port without a value',
    ['--port'],
    /^error: a value is required for '--port <PORT>' but none was supplied\n\nUsage: casper-devnet \[OPTIONS\]\n/,
    2,
  ],
  [
    '--chainspec missing',
    ['--chainspec', files.missing],
    /^error: --chainspec '.*missing\.file' cannot be read: no such file\n$/,
    1,
  ],
  ['--accounts garbage', ['--accounts', files.garbage], /^error: --accounts '.*garbage\.file'/, 1],
  [
    '--accounts missing',
    ['--accounts', files.missing],
    /^error: --accounts '.*missing\.file' cannot be read: no such file\n$/,
    1,
  ],
  [
    'unknown flag',
    ['--nope'],
    /^error: unexpected argument '--nope' found\n\nUsage: casper-devnet \[OPTIONS\]\n\nFor more information, try '--help'\.\n$/,
    2,
  ],
  // Jaro: prot/port 0.917 beats prot/protocol 0.833 (the rule: src/cli/suggest.test.ts).
  [
    'unknown flag with a tip',
    ['--prot', '1.5'],
    /^error: unexpected argument '--prot' found\n\n {2}tip: a similar argument exists: '--port'\n\nUsage: casper-devnet \[OPTIONS\]\n/,
    2,
  ],
];
describe.concurrent('casper-devnet bad flags', () => {
  it.each(devnetCases)('%s', async (_, args, msg, code) => {
    const { runBin } = await import('../helpers/run-cli.js');
    // An ephemeral port unless the case is about the port, so a case that wrongly starts cannot clash.
    const r = await runBin(DEVNET, args.includes('--port') ? args : ['--port', '0', ...args], { timeoutMs: 10_000 });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(msg);
  });
});

// One clear line, the right exit code, no stack trace, no secret: what every case must show.
function expectOneClearLine(c: Case, r: CliResult): void {
  const all = r.stdout + r.stderr;
  expect(r.code, all).toBe(c.code);
  expect(all).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  for (const s of SECRETS) expect(all).not.toContain(s);
  if (c.code === 1) {
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n').length, r.stdout).toBe(1);
    expect(r.stdout).not.toMatch(/^internal error/);
    if (c.mention !== undefined) expect(r.stdout).toContain(c.mention);
  } else {
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: /);
    expect(r.stderr.endsWith("For more information, try '--help'.\n")).toBe(true);
  }
}

// Every case runs in this process through run(), the function the bin calls (one at a time: the
// process streams are shared).
describe(`bad input, in process (${cases.length} cases)`, () => {
  it('has at least 300 cases', () => expect(cases.length).toBeGreaterThanOrEqual(300));

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    expectOneClearLine(c, await runInProcess(c.args));
  });
});

// A representative set also runs as the real binary, and must give the very bytes and exit code
// the in-process run gives: both exit codes, each error class that bad input reaches, the
// top-level paths (no command, unknown flags), and errors thrown deep inside commands.
// The error chain each one reaches is noted beside it (error < its cause).
const SPAWNED: string[] = [
  'put-deploy --payment-arg ""', // ArgError
  `put-deploy -a "x:wat='1'"`, // ArgError < Error
  'make-deploy --session-args-json "{"', // ArgError < JsonSyntaxError
  `put-deploy -a ${JSON.stringify(bad.simple[5])}`, // ArgError < KeyFormatError (URef rights 8)
  'put-deploy --gas-price "abc"', // CliError
  `sign-deploy -i ${files.json}`, // CliError < DeployJsonError
  'keygen into a file', // CliError < Error (EEXIST from mkdir)
  `send-deploy -i ${files.garbage}`, // CliError < JsonSyntaxError
  `put-deploy -k ${files.p256}`, // CliError < KeyError
  'make-deploy --session-account "zz"', // CliError < KeyError < HexError
  `make-transfer --session-account "03${'ab'.repeat(32)}"`, // CliError < KeyError < KeyFormatError
  `make-transfer -t "account-hash-${'ab'.repeat(2)}"`, // CliError < KeyFormatError
  'put-deploy --timestamp "yesterday"', // CliError < TimeError
  `put-deploy --payment-path ${files.huge}`, // a capped read
  'put-deploy -n http://alice:hunter2@127.0.0.1:9', // credentials in the node address, refused connection
  'get-deploy -n https://alice:hunter2@127.0.0.1:9/rpc', // the same over https, inside the command
  'put-deploy --wait-timeout "abc"', // thrown deep inside the command, after the flags parsed
  'generate-completion into a file path', // a failed write
  'put-deploy two session kinds', // UsageError: a conflict
  'keygen -a "rsa"', // UsageError: outside the possible values
  'get-deploy without a hash', // UsageError: a missing positional
  'top level nope', // UsageError at the top level, with no tip
  'top level --nope', // UsageError at the top level, a flag before any command
];

describe.concurrent('bad input, the real binary', () => {
  const byName = new Map(cases.map((c) => [c.name, c]));
  it('names only cases that exist, about 20 of them', () => {
    expect(SPAWNED.filter((n) => !byName.has(n))).toEqual([]);
    expect(SPAWNED.length).toBeGreaterThanOrEqual(18);
  });

  it.each(SPAWNED.map((n) => [n, byName.get(n)!] as const))('%s', async (_, c) => {
    const spawned = await runCli(c.args, { timeoutMs: 30_000 });
    expectOneClearLine(c, spawned);
    // The JSON-RPC id is random on each run (rpc/id.ts); everything else must match byte for byte.
    const sameId = (r: CliResult) => ({ ...r, stdout: r.stdout.replace(/rpc-id -?\d+/g, 'rpc-id N') });
    expect(sameId(spawned)).toEqual(sameId(await inProcessSerialized(c.args)));
  });
});

// The spawned cases run concurrently, the in-process ones must not overlap.
let queue: Promise<unknown> = Promise.resolve();
function inProcessSerialized(args: string[]): Promise<CliResult> {
  const next = queue.then(() => runInProcess(args));
  queue = next.catch(() => undefined);
  return next;
}
