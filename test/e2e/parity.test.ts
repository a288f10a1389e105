// Drop-in parity with casper-client 2.0.0 (issue 14), run as processes: command lines the Rust client
// accepts, with the bytes, stdout, stderr and exit codes its source says. Each expectation cites the
// Rust source it comes from (casper-client-rs tag v2.0.0 unless another crate is named).
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const K1 = join(repoRoot, 'fixtures', 'keys', 'secp256k1_secret_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const TS = '2021-01-01T00:00:00.000Z';
const H = '11'.repeat(32);

let dir: string;
let node: CaptureServer;
beforeAll(async () => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'parity-')));
  node = await startCaptureServer();
});
afterAll(async () => {
  await node.close();
  rmSync(dir, { recursive: true, force: true });
});

const make = (
  extra: string[],
  base = ['make-deploy', '--chain-name', 'c', '-k', KEY, '--payment-amount', '2500000000', '--timestamp', TS],
) => runCli([...base, ...extra]);
const json = (stdout: string) => JSON.parse(stdout);
const sessionArgs = (stdout: string) =>
  json(stdout).session.ModuleBytes.args as [string, { cl_type: unknown; bytes: string }][];

describe('1. output abbreviation: hex runs over 150 characters, anywhere in a string', () => {
  // casper-types 3.0.0 (casper-node v1.5.2) types/src/json_pretty_printer.rs:8 MAX_STRING_LEN = 150,
  // :47-72 find_hex_strings_longer_than (runs inside any string), :75-96 "[{} hex chars]".
  it('get-deploy prints 130- and 150-char runs whole and longer runs as [N hex chars]', async () => {
    const sig = `01${'ab'.repeat(64)}`;
    const result = {
      api_version: '1.5.8',
      deploy: {
        approvals: [{ signer: `01${H}`, signature: sig }],
        module_bytes: 'cd'.repeat(100),
        exact: 'e'.repeat(150),
        inside: `x-${'f'.repeat(151)}-y-${'0'.repeat(152)}`,
      },
    };
    const server = await startCaptureServer((req, res) =>
      res.end(JSON.stringify({ jsonrpc: '2.0', id: req.json.id, result })),
    );
    try {
      const r = await runCli(['get-deploy', '-n', server.url, '--id', '1', 'aa'.repeat(32)]);
      expect(r.code).toBe(0);
      const out = json(r.stdout).result.deploy;
      expect(out.approvals[0].signature).toBe(sig);
      expect(out.module_bytes).toBe('[200 hex chars]');
      expect(out.exact).toBe('e'.repeat(150));
      expect(out.inside).toBe('x-[151 hex chars]-y-[152 hex chars]');
      const full = await runCli(['get-deploy', '-n', server.url, '-vv', '--id', '1', 'aa'.repeat(32)]);
      expect(full.stdout).toContain('cd'.repeat(100));
    } finally {
      await server.close();
    }
  });
});

describe('2. values attached to short flags (clap 4: the rest of the token, less one leading =)', () => {
  it('-kKEY, -k=KEY, -sWASM, -p… and -a"…" give the same deploy as the spaced forms', async () => {
    const spaced = await make(
      ['-s', WASM, '-a', "x:u8='1'"],
      ['make-deploy', '--chain-name', 'c', '-k', KEY, '-p', '2500000000', '--timestamp', TS],
    );
    expect(spaced.code).toBe(0);
    for (const attached of [
      ['make-deploy', '--chain-name', 'c', `-k${KEY}`, '-p2500000000', '--timestamp', TS, `-s${WASM}`, "-ax:u8='1'"],
      [
        'make-deploy',
        '--chain-name',
        'c',
        `-k=${KEY}`,
        '-p=2500000000',
        '--timestamp',
        TS,
        `-s=${WASM}`,
        "-a=x:u8='1'",
      ],
    ]) {
      const r = await runCli(attached);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(spaced.stdout);
    }
  });

  it('-nURL reaches the node; -iFILE and -kKEY sign; -tTARGET -iID -aAMOUNT make the transfer', async () => {
    const before = node.requests.length;
    const r = await runCli([
      'put-deploy',
      `-n${node.url}`,
      `-k${KEY}`,
      '--chain-name',
      'c',
      '-p2500000000',
      `-s${WASM}`,
      '--no-preflight',
    ]);
    expect(r.code).toBe(0);
    expect(node.requests.length).toBe(before + 1);
    const file = join(dir, 'attached.json');
    writeFileSync(file, (await make(['-s', WASM])).stdout);
    const signed = await runCli(['sign-deploy', `-i${file}`, `-k${K1}`]);
    expect(json(signed.stdout).approvals.length).toBe(2);
    const t = await runCli([
      'make-transfer',
      '--chain-name',
      'c',
      `-k${KEY}`,
      '-p100000000',
      `-taccount-hash-${H}`,
      '-i5',
      '-a2500000000',
      '--timestamp',
      TS,
    ]);
    expect(t.code).toBe(0);
    expect(json(t.stdout).session.Transfer.args.map((a: [string]) => a[0])).toEqual(['amount', 'target', 'id']);
  });

  it('-vv after a value-taking short option still counts, and -v clusters', async () => {
    const r = await runCli([
      'put-deploy',
      '-vvn',
      node.url,
      '-k',
      KEY,
      '--chain-name',
      'c',
      '-p',
      '1',
      '-s',
      WASM,
      '--no-preflight',
      '--id',
      '1',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split(/\n(?=\{)/).length).toBe(3);
  });
});

describe('3. JSON Map args keep the order given (serde_json preserve_order; lib/cli/json_args.rs:244-287)', () => {
  it.each([
    // Object form: entries in text order, integer-like keys too; u8 keys parsed with u8::from_str.
    ['object, integer keys', '{"2":false,"1":true}', 'U8', 'Bool', `02000000${'0200'}${'0101'}`],
    ['object, string keys', '{"b":2,"a":1}', 'String', 'U8', `02000000${'010000006202'}${'010000006101'}`],
    // Array form: every entry, in order, duplicates too.
    [
      'array with a repeated key',
      '[{"key":3,"value":1},{"key":1,"value":2},{"key":3,"value":3}]',
      'U8',
      'U8',
      `03000000${'0301'}${'0102'}${'0303'}`,
    ],
  ])('%s', async (_, value, k, v, bytes) => {
    const r = await make([
      '-s',
      WASM,
      '--session-args-json',
      `[{"name":"m","type":{"Map":{"key":"${k}","value":"${v}"}},"value":${value}}]`,
    ]);
    expect(r.code).toBe(0);
    expect(sessionArgs(r.stdout)[0]![1].bytes).toBe(bytes);
  });
});

describe('4. keys whose variant carries no data serialize as 32 zero bytes (casper-types 3.0.0 key.rs:389-475, 742-745)', () => {
  it.each([
    ['chainspec-registry', '0d'],
    ['era-summary', '0b'],
    ['system-contract-registry', '0a'],
    ['checksum-registry', '0e'],
  ])('%s-…', async (prefix, tag) => {
    const r = await make(['-s', WASM, '-a', `k:key='${prefix}-${H}'`]);
    expect(r.code).toBe(0);
    expect(sessionArgs(r.stdout)[0]![1].bytes).toBe(tag + '00'.repeat(32));
  });

  it("the -j help's own chainspec-registry-1111… example", async () => {
    const r = await make([
      '-s',
      WASM,
      '--session-args-json',
      `[{"name":"k","type":"Key","value":{"ChainspecRegistry":"chainspec-registry-${'1'.repeat(64)}"}}]`,
    ]);
    expect(sessionArgs(r.stdout)[0]![1].bytes).toBe(`0d${'00'.repeat(32)}`);
  });
});

describe('5. -e/-j on transfer and make-transfer print the examples and exit 0 (src/deploy/transfer.rs:119-120)', () => {
  it.each([
    ['transfer', '-e'],
    ['transfer', '-j'],
    ['make-transfer', '-e'],
    ['make-transfer', '--show-json-args-examples'],
  ])('%s %s', async (cmd, flag) => {
    const want = await runCli(['put-deploy', flag]);
    const r = await runCli([cmd, flag]);
    expect(r).toEqual({ code: 0, stdout: want.stdout, stderr: '' });
    expect(r.stdout.length).toBeGreaterThan(500);
  });
});

describe("6. the Rust client's lenient parses, each with one warning line", () => {
  const pkg = ['--session-package-name', 'p', '--session-entry-point', 'e'];
  it('an unparsable version calls the latest (lib/cli/parse.rs:472, 637-644)', async () => {
    const r = await make([...pkg, '--session-version', '1.0']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).session.StoredVersionedContractByName.version).toBeNull();
    expect(r.stderr.split('\n')).toEqual([expect.stringMatching(/^warning: --session-version '1\.0'/), '']);
    const plus = await make([...pkg, '--session-version', '+3']);
    expect(json(plus.stdout).session.StoredVersionedContractByName.version).toBe(3);
  });

  it("'' is absent for --session-args-json, --session-args-complex, --session-account and -o (parse.rs:39-45, 75-78, 144-147, 239-242)", async () => {
    const plain = await make(['-s', WASM]);
    for (const extra of [
      ['--session-args-json', ''],
      ['--session-args-complex', ''],
      ['--session-account', ''],
      ['-o', ''],
    ]) {
      const r = await make(['-s', WASM, ...extra]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toMatch(/^warning: [^\n]*\n$/);
    }
  });

  it("numbers with a leading '+': transfer id (u64::from_str, parse.rs:646-651), u8 args, era ids", async () => {
    const t = await runCli([
      'make-transfer',
      '--chain-name',
      'c',
      '-k',
      KEY,
      '-p',
      '1',
      '-t',
      `account-hash-${H}`,
      '-i',
      '+5',
      '-a',
      '2500000000',
      '--timestamp',
      TS,
    ]);
    expect(json(t.stdout).session.Transfer.args[2][1].bytes).toBe('010500000000000000');
    const a = await make(['-s', WASM, '-a', "x:u8='+7'", '-a', "e:key='era-+2'"]);
    expect(sessionArgs(a.stdout).map(([, v]) => v.bytes)).toEqual(['07', '050200000000000000']);
  });

  it("a transfer of 0 or '' motes is made (U512::from_dec_str, lib/cli/deploy.rs:48-51): the network refuses it, not the client", async () => {
    for (const amount of ['0', '']) {
      const t = await runCli([
        'make-transfer',
        '--chain-name',
        'c',
        '-k',
        KEY,
        '-p',
        '1',
        '-t',
        `account-hash-${H}`,
        '-i',
        '1',
        '-a',
        amount,
        '--timestamp',
        TS,
      ]);
      expect(t.code).toBe(0);
      expect(json(t.stdout).session.Transfer.args[0][1].bytes).toBe('00');
      expect(t.stderr).toMatch(/^warning: --amount [^\n]*\n$/);
    }
  });

  it('URef access rights in octal of any length (casper-types 3.0.0 uref.rs:195-208)', async () => {
    const r = await make(['-s', WASM, '-a', `u:uref='uref-${H}-7'`, '-a', `v:uref='uref-${H}-0003'`]);
    expect(sessionArgs(r.stdout).map(([, v]) => v.bytes)).toEqual([`${H}07`, `${H}03`]);
  });

  it('an uncompressed secp256k1 key is named compressed (k256 0.7 VerifyingKey::to_bytes)', async () => {
    // The secp256k1 generator point G, uncompressed and compressed (SEC 2, 2.4.1).
    const gx = '79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798';
    const gy = '483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8';
    const r = await make(['-s', WASM, '--session-account', `0204${gx}${gy}`]);
    expect(r.code).toBe(0);
    expect(json(r.stdout).header.account).toBe(`0202${gx}`);
    expect(r.stderr).toMatch(/^warning: --session-account is an uncompressed secp256k1 key/);
  });

  it("timestamps as humantime 2.1.0's parse_rfc3339_weak (src/date.rs:109-190)", async () => {
    const leap = await make(
      ['-s', WASM],
      ['make-deploy', '--chain-name', 'c', '-k', KEY, '-p', '1', '--timestamp', '2016-12-31 23:59:60'],
    );
    expect(json(leap.stdout).header.timestamp).toBe('2016-12-31T23:59:59.000Z');
    expect(leap.stderr).toMatch(/^warning: --timestamp '2016-12-31 23:59:60': second 60 is read as 59/);
    const digits = await make(
      ['-s', WASM],
      ['make-deploy', '--chain-name', 'c', '-k', KEY, '-p', '1', '--timestamp', '2018-02-16T00:31:37.123456789012Z'],
    );
    expect(json(digits.stdout).header.timestamp).toBe('2018-02-16T00:31:37.123Z');
  });

  it('an empty arg name and a repeated one are sent as given (simple_args.rs:347-353)', async () => {
    const r = await make(['-s', WASM, '-a', ":u8='1'", '-a', "a:u8='2'", '-a', "a:u8='3'"]);
    expect(sessionArgs(r.stdout).map(([n, v]) => [n, v.bytes])).toEqual([
      ['', '01'],
      ['a', '02'],
      ['a', '03'],
    ]);
    expect(r.stderr).toMatch(/^warning: the session arg name 'a' is given more than once[^\n]*\n$/);
  });

  it('unknown JSON arg members are ignored (JsonArg, json_args.rs:19-25), and the first --session-args-json wins (get_one)', async () => {
    const r = await make([
      '-s',
      WASM,
      '--session-args-json',
      '[{"name":"x","type":"U8","value":1,"note":"hi"}]',
      '--session-args-json',
      '[{"name":"y","type":"U8","value":2}]',
    ]);
    expect(r.code).toBe(0);
    expect(sessionArgs(r.stdout).map(([n, v]) => [n, v.bytes])).toEqual([['x', '01']]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^warning: --session-args-json is given 2 times/),
      expect.stringMatching(/^warning: --session-args-json: ignoring the unknown field "note"/),
    ]);
  });

  it('a JSON arg name given twice is sent twice (parse.rs:148-153; casper-types 3.0.0 runtime_args.rs:175-179)', async () => {
    const r = await make([
      '-s',
      WASM,
      '--session-args-json',
      '[{"name":"a","type":"U8","value":1},{"name":"a","type":"U8","value":2}]',
    ]);
    expect(r.code).toBe(0);
    expect(sessionArgs(r.stdout).map(([n, v]) => [n, v.bytes])).toEqual([
      ['a', '01'],
      ['a', '02'],
    ]);
    expect(r.stderr).toMatch(/^warning: the session arg name 'a' is given more than once[^\n]*\n$/);
  });

  // serde_json reads 1.0, 1e2 and -0 as f64; json_args.rs:67-84 as_u64/as_i64 of an f64 is None →
  // CannotParseToU8/U64/I32, a CliError: exit 1.
  it.each([
    ['U8', '1.0'],
    ['U64', '1e2'],
    ['I32', '-0'],
  ])('a JSON %s written %s is refused, exit 1, one line on stdout', async (type, value) => {
    const r = await make(['-s', WASM, '--session-args-json', `[{"name":"x","type":"${type}","value":${value}}]`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      new RegExp(
        `^invalid --session-args-json arg 'x' of type ${type}: ${value.replace('.', '\\.')} is read as a floating-point number[^\n]*\n$`,
      ),
    );
  });

  it('payment args beside --payment-amount are ignored, unread (parse.rs:541-546)', async () => {
    const plain = await make(['-s', WASM]);
    const r = await make(['-s', WASM, '--payment-arg', "junk:u8='999'"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(/^warning: --payment-arg is ignored beside --payment-amount/);
  });
});

describe("7. the Rust client's strictness", () => {
  it('a public key that is not a curve point is refused (casper-types 3.0.0 asymmetric_key.rs:678-688)', async () => {
    // y = 2 is not the y of any ed25519 point: (y²−1)/(d·y²+1) is not a square mod 2^255−19.
    const r = await make(['-s', WASM, '--session-account', `0102${'00'.repeat(31)}`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/not a valid ed25519 public key/);
    const k1 = await make(['-s', WASM, '-a', `p:public_key='0202${'00'.repeat(31)}05'`]);
    expect(k1.code).toBe(1);
  });

  it("keygen '' is refused (lib/keygen.rs EmptyKeygenPath, lib/error.rs:124-126)", async () => {
    expect(await runCli(['keygen', ''])).toEqual({
      code: 1,
      stdout: 'empty path provided as output dir for keygen\n',
      stderr: '',
    });
  });

  it('values outside a possible-values list are clap usage errors (src/keygen.rs, src/generate_completion.rs)', async () => {
    expect(await runCli(['keygen', join(dir, 'never'), '-a', 'rsa'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "error: invalid value 'rsa' for '--algorithm <STRING>'\n  [possible values: Ed25519, secp256k1]\n\nFor more information, try '--help'.\n",
    });
    // PossibleValuesParser is case-sensitive; clap's did_you_mean (jaro > 0.7) offers the close one.
    expect((await runCli(['keygen', join(dir, 'never'), '-a', 'ed25519'])).stderr).toBe(
      "error: invalid value 'ed25519' for '--algorithm <STRING>'\n  [possible values: Ed25519, secp256k1]\n\n  tip: a similar value exists: 'Ed25519'\n\nFor more information, try '--help'.\n",
    );
    expect(await runCli(['generate-completion', '--shell', 'foo'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "error: invalid value 'foo' for '--shell <STRING>'\n  [possible values: bash, elvish, fish, powershell, zsh]\n\nFor more information, try '--help'.\n",
    });
  });

  it('an unknown flag before --help is a usage error; after it, the help wins (clap parses in order)', async () => {
    const before = await runCli(['make-deploy', '--bogus', '--help']);
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/^error: unexpected argument '--bogus' found/);
    const after = await runCli(['make-deploy', '--help', '--bogus']);
    expect(after.code).toBe(0);
    expect(after.stderr).toBe('');
    const missingValue = await runCli(['make-deploy', '-k', '--help']);
    expect(missingValue.code).toBe(2);
  });
});

describe('8. texts that scripts match on', () => {
  it('make-transfer -o: "Wrote the transfer deploy to …" (src/deploy/make_transfer.rs:73)', async () => {
    const out = join(dir, 't.json');
    const r = await runCli([
      'make-transfer',
      '--chain-name',
      'c',
      '-k',
      KEY,
      '-p',
      '1',
      '-t',
      `account-hash-${H}`,
      '-i',
      '1',
      '-a',
      '2500000000',
      '-o',
      out,
    ]);
    expect(r).toEqual({ code: 0, stdout: `Wrote the transfer deploy to ${out}\n`, stderr: '' });
  });

  it("make-deploy: stdout ends '}\\n'; the file holds the JSON with no newline (lib/lib.rs:496-508, src/main.rs:203)", async () => {
    const r = await make(['-s', WASM]);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stdout.endsWith('}\n\n')).toBe(false);
    const out = join(dir, 'd.json');
    await make(['-s', WASM, '-o', out]);
    expect(readFileSync(out, 'utf8')).toBe(r.stdout.slice(0, -1));
  });

  it('sign-deploy appends the new approval after the existing ones (lib/types/deploy.rs:197, 253-258)', async () => {
    // Made and signed by the ed25519 key (01…), then by the secp256k1 key (02…), then by ed25519 again.
    const file = join(dir, 'to-sign.json');
    writeFileSync(file, (await make(['-s', WASM])).stdout);
    const once = await runCli(['sign-deploy', '-i', file, '-k', K1, '-o', join(dir, 'signed1.json')]);
    expect(once.stdout).toBe(`Signed the deploy at ${file} and wrote to ${join(dir, 'signed1.json')}\n`);
    const twice = await runCli(['sign-deploy', '-i', join(dir, 'signed1.json'), '-k', KEY]);
    const signers = json(twice.stdout).approvals.map((a: { signer: string }) => a.signer.slice(0, 2));
    expect(signers).toEqual(['01', '02', '01']);
    expect(twice.stderr).toMatch(/^warning: the deploy is already signed by 01/);
  });

  it("keygen's PEM files: CRLF line ends, casper-types' DER (asymmetric_key.rs:259-293, 540-566; pem-rs v0.8.1 lib.rs:340-347)", async () => {
    for (const algo of ['Ed25519', 'secp256k1']) {
      const out = join(dir, `keys-${algo}`);
      mkdirSync(out);
      const r = await runCli(['keygen', out, '-a', algo]);
      expect(r).toEqual({ code: 0, stdout: `Wrote files to ${out}\n`, stderr: '' });
      const secret = readFileSync(join(out, 'secret_key.pem'), 'utf8');
      const pub = readFileSync(join(out, 'public_key.pem'), 'utf8');
      for (const pem of [secret, pub]) {
        expect(pem.endsWith('-----\r\n')).toBe(true);
        expect(pem.replace(/\r\n/g, '')).not.toContain('\n');
      }
      const der = (pem: string) =>
        Buffer.from(
          pem
            .split('\r\n')
            .filter((l) => l !== '' && !l.startsWith('-----'))
            .join(''),
          'base64',
        ).toString('hex');
      const hex = readFileSync(join(out, 'public_key_hex'), 'utf8');
      if (algo === 'Ed25519') {
        // RFC 8410 PKCS#8 v1: SEQUENCE{INTEGER 0, SEQUENCE{OID 1.3.101.112}, OCTET STRING{OCTET STRING(32)}}.
        expect(der(secret)).toMatch(/^302e020100300506032b657004220420[0-9a-f]{64}$/);
        expect(der(pub)).toBe(`302a300506032b6570032100${hex.slice(2)}`);
      } else {
        // SEC1 ECPrivateKey: version 1, the key, [0] the curve OID, no public key; SPKI with the compressed point.
        expect(der(secret)).toMatch(/^302e0201010420[0-9a-f]{64}a00706052b8104000a$/);
        expect(der(pub)).toBe(`3036301006072a8648ce3d020106052b8104000a032200${hex.slice(2)}`);
      }
      expect(hex).toMatch(algo === 'Ed25519' ? /^01[0-9a-f]{64}$/ : /^02(02|03)[0-9a-f]{64}$/);
      // The secret key file reads back as the key public_key_hex names.
      const d = await make(
        ['-s', WASM],
        ['make-deploy', '--chain-name', 'c', '-k', join(out, 'secret_key.pem'), '-p', '1', '--timestamp', TS],
      );
      expect(json(d.stdout).header.account).toBe(hex);
    }
  });
});
