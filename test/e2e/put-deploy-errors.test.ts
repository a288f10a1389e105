// Bad input and bad nodes: the right stream, the right exit code, one clear line, no stack trace.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
const USAGE_TAIL = "\n\nFor more information, try '--help'.\n";

let node: CaptureServer;
beforeAll(async () => {
  node = await startCaptureServer();
});
afterAll(() => node.close());

// Tables are built before the server starts; NODE stands for its address until then.
const NODE = '<node>';
const good = (url = node?.url ?? NODE) => [
  'put-deploy',
  '-n',
  url,
  '-k',
  KEY,
  '--chain-name',
  'casper-test',
  '--payment-amount',
  '2500000000',
  '--session-path',
  WASM,
];

describe('usage errors: clap shape on stderr, exit 2', () => {
  it.each([
    // clap adds the suggested flag to the matches and builds the usage from the flags given so far
    // (clap_builder/src/parser/parser.rs, did_you_mean_error; output/usage.rs, write_smart_usage).
    [
      'unknown flag with a tip',
      ['--gas-pric', '1'],
      "error: unexpected argument '--gas-pric' found\n\n  tip: a similar argument exists: '--gas-price'\n\nUsage: casper-client put-deploy --node-address <HOST:PORT> --secret-key <PATH> --chain-name <NAME> --gas-price <INTEGER> <--session-path",
    ],
    ['missing value', ['--ttl'], "error: a value is required for '--ttl <DURATION>' but none was supplied\n\nUsage:"],
    [
      'repeated single flag',
      ['--ttl', '1h', '--ttl', '2h'],
      "error: the argument '--ttl <DURATION>' cannot be used multiple times\n\nUsage:",
    ],
    [
      'two session kinds',
      ['--session-name', 'x', '--session-entry-point', 'y'],
      "error: the argument '--session-path <PATH>' cannot be used with '--session-name <NAME>'\n\nUsage:",
    ],
    [
      'two arg styles',
      ['-a', "x:u8='1'", '--session-args-json', '[]'],
      "error: the argument '--session-arg <\"NAME:TYPE='VALUE'\" OR \"NAME:TYPE=null\">' cannot be used with '--session-args-json <JSON ARRAY>'",
    ],
    [
      '--verbose counts like -v but a bare value is not a flag',
      ['--bogus'],
      "error: unexpected argument '--bogus' found\n\nUsage:",
    ],
    [
      'value given to a switch',
      ['--is-session-transfer=yes'],
      "error: unexpected value 'yes' for '--is-session-transfer' found",
    ],
  ])('%s', async (_, extra, start) => {
    const r = await runCli([...good(), ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(start)).toBe(true);
    expect(r.stderr.endsWith(USAGE_TAIL)).toBe(true);
  });

  it('no session kind at all', async () => {
    const r = await runCli(['put-deploy', '-n', node.url, '-k', KEY, '--chain-name', 'c', '--payment-amount', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: the following required arguments were not provided:\n {2}<--session-path <PATH>\|/,
    );
  });

  it('a stored session without its entry point lists it in the usage line', async () => {
    const r = await runCli([
      'put-deploy',
      '-n',
      node.url,
      '-k',
      KEY,
      '--chain-name',
      'c',
      '--payment-amount',
      '1',
      '--session-hash',
      'ab'.repeat(32),
    ]);
    expect(r.code).toBe(2);
    // clap's missing-required usage: the flags given, then the missing one; group members stand as their group.
    expect(r.stderr).toContain(
      'error: the following required arguments were not provided:\n  --session-entry-point <NAME>\n\nUsage: casper-client put-deploy --node-address <HOST:PORT> --secret-key <PATH> --chain-name <NAME> --session-entry-point <NAME> <--session-path',
    );
  });

  it('missing key and chain name', async () => {
    const r = await runCli(['put-deploy', '--payment-amount', '1', '--session-path', WASM]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error: the following required arguments were not provided:\n  --secret-key <PATH>\n  --chain-name <NAME>\n',
    );
  });

  it('top level: unknown command, no command', async () => {
    const r = await runCli(['put-deplyo']);
    expect(r.code).toBe(2);
    // Every command above Jaro 0.7, weakest first: sign-deploy 0.731, get-deploy 0.742, list-deploys
    // 0.781, put-deploy 0.967 (the rule: src/cli/suggest.test.ts; values by an independent Jaro).
    expect(r.stderr).toBe(
      "error: unrecognized subcommand 'put-deplyo'\n\n  tip: some similar subcommands exist: 'sign-deploy', 'get-deploy', 'list-deploys', 'put-deploy'\n\nUsage: casper-client [COMMAND]\n\nFor more information, try '--help'.\n",
    );
    const none = await runCli([]);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('Usage: casper-client [COMMAND]');
  });

  it('the top-level help lists every command within 100 columns', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of [
      'put-deploy',
      'make-deploy',
      'sign-deploy',
      'send-deploy',
      'transfer',
      'make-transfer',
      'get-deploy',
      'verify-deploy',
      'keygen',
      'account-address',
      'generate-completion',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    }
    expect(r.stdout.split('\n').every((l) => l.length <= 100)).toBe(true);
  });

  it('help: -h, --help and `help put-deploy` are the same, on stdout, exit 0', async () => {
    const a = await runCli(['put-deploy', '-h']);
    const b = await runCli(['put-deploy', '--help', '--bogus']);
    const c = await runCli(['help', 'put-deploy']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toBe(c.stdout);
    expect(a.stdout).toContain('  -n, --node-address <HOST:PORT>\n');
    expect(a.stdout).toContain('[default: 30min]');
    expect(a.stdout).toContain('opt_byte_array_<NUM>');
    expect(a.stdout.split('\n').every((l) => l.length <= 100 || l.startsWith('Usage:'))).toBe(true);
  });
});

describe('runtime errors: one line on stdout, exit 1', () => {
  /** The good command with some flags replaced (value) or removed (null), then extra args. */
  function variant(over: Record<string, string | null>, extra: string[] = []): string[] {
    const args = good();
    for (const [flag, value] of Object.entries(over)) {
      const at = args.indexOf(flag);
      if (at < 0) continue;
      if (value === null) args.splice(at, 2);
      else args[at + 1] = value;
    }
    return [...args, ...extra];
  }

  it.each([
    [
      'missing key file',
      variant({ '-k': '/no/such.pem' }),
      "secret key file '/no/such.pem' cannot be read: no such file",
    ],
    [
      'malformed payment amount (the Rust client hides this one)',
      variant({ '--payment-amount': '12abc' }),
      "--payment-amount '12abc' is not an amount: expected a whole number of motes, e.g. 2500000000 (2.5 CSPR)",
    ],
    [
      'bad simple arg',
      variant({}, ['-a', "n:u8='300'"]),
      'invalid --session-arg "n:u8=\'300\'": 300 is out of range for u8 (0 to 255)',
    ],
    [
      'bad ttl',
      variant({}, ['--ttl', '5 parsecs']),
      "failed to parse --ttl: '5 parsecs': unknown time unit 'parsecs' (use ms, sec (s), min (m), hours (hr, h), days (d), weeks (w), months (M), years (y))",
    ],
    [
      'bad timestamp',
      variant({}, ['--timestamp', 'yesterday']),
      "failed to parse --timestamp: 'yesterday' is not a timestamp like '2018-02-16 00:31:37' or '2018-02-16T00:31:37.123Z' (UTC)",
    ],
    [
      'missing session file',
      variant({ '--session-path': '/no/code.wasm' }),
      "unable to read session file at '/no/code.wasm': no such file",
    ],
    [
      'bad dependency',
      variant({}, ['--dependency', 'abc']),
      "--dependency 'abc' is not a deploy hash: expected 64 hex characters",
    ],
    [
      'version with a contract name',
      variant({ '--session-path': null }, [
        '--session-name',
        'p',
        '--session-entry-point',
        'e',
        '--session-version',
        '1',
      ]),
      '--session-version cannot be used with --session-name',
    ],
    [
      'entry point with module bytes',
      variant({}, ['--session-entry-point', 'e']),
      '--session-entry-point cannot be used with --session-path',
    ],
    [
      'schemeless node address',
      variant({ '-n': '127.0.0.1:7777' }),
      "node address '127.0.0.1:7777' has no scheme: write it as http://127.0.0.1:7777 (or https://…)",
    ],
    [
      'transfer without args',
      variant({ '--session-path': null }, ['--is-session-transfer']),
      "--is-session-transfer needs the transfer's args: pass them with --session-arg (amount, target, id)",
    ],
  ])('%s', async (_, args, line) => {
    const r = await runCli(args.map((a) => (a === NODE ? node.url : a)));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${line}\n`);
  });

  it('a JSON-RPC error from the node shows code, message and data', async () => {
    node.respond = (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: req.json.id,
          error: {
            code: -32008,
            message: 'Invalid Deploy',
            data: 'invalid deploy: invalid chain name: expected casper, got casper-test',
          },
        }),
      );
    };
    try {
      const r = await runCli([...good(), '--id', '5']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        'response for rpc-id 5 account_put_deploy is json-rpc error: {"code":-32008,"message":"Invalid Deploy","data":"invalid deploy: invalid chain name: expected casper, got casper-test"}\n',
      );
    } finally {
      node.respond = (await import('../helpers/capture-server.js')).nodeLike;
    }
  });

  it('HTTP 500 with HTML, and a non-JSON body', async () => {
    node.respond = (_req, res) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/html');
      res.end('<html><body>Internal Server Error</body></html>');
    };
    const r = await runCli([...good(), '--id', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^response for rpc-id 1 account_put_deploy is http error: HTTP status 500 from http:\/\/127\.0\.0\.1:\d+\/rpc \(<html><body>Internal Server Error<\/body><\/html>\)\n$/,
    );
    node.respond = (_req, res) => res.end('not json');
    const g = await runCli([...good(), '--id', '1']);
    expect(g.code).toBe(1);
    expect(g.stdout).toMatch(
      /^failed to parse response for rpc-id 1 account_put_deploy: the node did not answer with JSON/,
    );
    node.respond = (await import('../helpers/capture-server.js')).nodeLike;
  });

  it('connection refused', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as import('node:net').AddressInfo).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const r = await runCli([...good().map((a) => (a === node.url ? `http://127.0.0.1:${port}` : a)), '--id', '2']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `failed to get response for rpc-id 2 account_put_deploy: http://127.0.0.1:${port}/rpc: connection refused (is the node running, and is the port right?)\n`,
    );
  });

  it('a node that never answers is bounded by --timeout', async () => {
    node.respond = () => undefined;
    const t0 = Date.now();
    const r = await runCli([...good(), '--timeout', '1s', '--id', '3']);
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^failed to get response for rpc-id 3 account_put_deploy: no answer from http:\/\/127\.0\.0\.1:\d+\/rpc within 1s \(raise --timeout if the node is slow\)\n$/,
    );
    node.respond = (await import('../helpers/capture-server.js')).nodeLike;
  });
});
