// Every put-transaction subcommand against a capture server: the target, entry point and args
// built from flags, as casper-client-rs builds them. Expected values come from its source (C-dev,
// casper-2.md §0): lib/cli/arg_handling.rs (names, types and order of native args: transfer
// l.103–124, add_bid l.170–190, withdraw_bid l.193–201, delegate l.204–214, undelegate l.217–227,
// redelegate l.230–242, activate_bid l.131–135, change_bid_public_key l.138–146, add/cancel
// reservations l.149–167), lib/cli/transaction_v1_builder.rs (new_transfer … new_cancel_reservations:
// target Native and the entry point of the same name; new_targeting_stored: Stored{id, runtime} +
// Custom(entry point); new_session: Session + Call), lib/cli/transaction.rs create_transaction
// (pricing mode, Named args replace the builder's, chunked args become Bytesrepr) and
// src/transaction/creation_common.rs (flags, required flags, get_transaction_runtime).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer, type Responder } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';
import { describeVectors, readVectorJson, repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
// Public keys of real 2.x signers (casper-2.0 vectors, README §1).
const A = '0184f6d260f4ee6869ddb36affe15456de6ae045278fa2f467bb677561ce0dad55';
const B = '020376e4f8766e4f33bcc6e20b331b5163f363dc0106063b052ad38afe08637bd867';
const C = '01d9bf2148748a85c89da5aad8ee0b0fc2d105fd39d41a4c796536354f0ae2900c';
const H = '9f0bad6b425d30e716cf5418de52ec2bcc6d67a79853a363be8f8843ca195adb';

const responder: Responder = (req, res) => {
  res.setHeader('content-type', 'application/json');
  const id = req.json?.id ?? null;
  if (req.json?.method === 'state_get_auction_info') {
    // The 2.x reply's auction_state.bids (sidecar rpc_schema.json example shape), one bid by A.
    res.end(
      JSON.stringify({
        jsonrpc: '2.0',
        id,
        result: {
          api_version: '2.0.0',
          auction_state: {
            state_root_hash: H,
            block_height: 1,
            era_validators: [],
            bids: [
              {
                public_key: A,
                bid: {
                  validator_public_key: A,
                  bonding_purse: `uref-${H}-007`,
                  staked_amount: '123456789000',
                  delegation_rate: 5,
                  vesting_schedule: null,
                  delegators: [],
                  inactive: false,
                },
              },
            ],
          },
        },
      }),
    );
    return;
  }
  res.end(
    JSON.stringify({
      jsonrpc: '2.0',
      id,
      result: { api_version: '2.0.0', transaction_hash: { Version1: req.json?.params?.transaction?.Version1?.hash } },
    }),
  );
};

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer(responder);
});
afterAll(() => server.close());

const common = () => [
  '-n',
  server.url,
  '-k',
  KEY,
  '--chain-name',
  'casper-net-1',
  '-g',
  '1',
  '-p',
  '5000000000',
  '--standard-payment',
  'true',
];
type Arg = [name: string, clType: unknown, parsed: unknown];
const argsOf = (fields: any): Arg[] => fields.args.Named.map(([n, v]: [string, any]) => [n, v.cl_type, v.parsed]);

interface Row {
  sub: string;
  flags: string[];
  target: unknown;
  entryPoint: unknown;
  args: Arg[] | { Bytesrepr: string };
}

const ROWS: Row[] = [
  {
    sub: 'transfer',
    flags: ['--source', `uref-${H}-007`, '--target', A, '--transfer-amount', '2500000000', '-i', '7'],
    target: 'Native',
    entryPoint: 'Transfer',
    args: [
      ['source', 'URef', `uref-${H}-007`],
      ['target', 'PublicKey', A],
      ['amount', 'U512', '2500000000'],
      ['id', { Option: 'U64' }, 7],
    ],
  },
  {
    sub: 'transfer',
    flags: ['--target', `account-hash-${H}`, '--transfer-amount', '2500000000'],
    target: 'Native',
    entryPoint: 'Transfer',
    // AccountHash is CLType ByteArray(32); no source, no id when not given.
    args: [
      ['target', { ByteArray: 32 }, H],
      ['amount', 'U512', '2500000000'],
    ],
  },
  {
    sub: 'add-bid',
    flags: [
      '--public-key',
      A,
      '--delegation-rate',
      '10',
      '--transaction-amount',
      '500000000000',
      '--min-amount',
      '1',
      '--max-amount',
      '9',
      '--reserved-slots',
      '3',
    ],
    target: 'Native',
    entryPoint: 'AddBid',
    args: [
      ['public_key', 'PublicKey', A],
      ['delegation_rate', 'U8', 10],
      ['amount', 'U512', '500000000000'],
      ['minimum_delegation_amount', 'U64', 1],
      ['maximum_delegation_amount', 'U64', 9],
      ['reserved_slots', 'U32', 3],
    ],
  },
  {
    sub: 'add-bid',
    flags: ['--public-key', A, '--delegation-rate', '0', '--transaction-amount', '1'],
    target: 'Native',
    entryPoint: 'AddBid',
    args: [
      ['public_key', 'PublicKey', A],
      ['delegation_rate', 'U8', 0],
      ['amount', 'U512', '1'],
    ],
  },
  {
    sub: 'activate-bid',
    flags: ['--validator', A],
    target: 'Native',
    entryPoint: 'ActivateBid',
    args: [['validator', 'PublicKey', A]],
  },
  {
    sub: 'withdraw-bid',
    flags: ['--public-key', A, '--transaction-amount', '42', '--min-bid-override'],
    target: 'Native',
    entryPoint: 'WithdrawBid',
    args: [
      ['public_key', 'PublicKey', A],
      ['amount', 'U512', '42'],
    ],
  },
  {
    // put.rs put_withdraw_all_transaction: the amount is the bid's staked_amount from state_get_auction_info.
    sub: 'withdraw-bid-all',
    flags: ['--public-key', A],
    target: 'Native',
    entryPoint: 'WithdrawBid',
    args: [
      ['public_key', 'PublicKey', A],
      ['amount', 'U512', '123456789000'],
    ],
  },
  {
    sub: 'delegate',
    flags: ['--delegator', A, '--validator', B, '--transaction-amount', '500000000000'],
    target: 'Native',
    entryPoint: 'Delegate',
    args: [
      ['delegator', 'PublicKey', A],
      ['validator', 'PublicKey', B],
      ['amount', 'U512', '500000000000'],
    ],
  },
  {
    sub: 'undelegate',
    flags: ['--delegator', A, '--validator', B, '--transaction-amount', '5'],
    target: 'Native',
    entryPoint: 'Undelegate',
    args: [
      ['delegator', 'PublicKey', A],
      ['validator', 'PublicKey', B],
      ['amount', 'U512', '5'],
    ],
  },
  {
    sub: 'redelegate',
    flags: ['--delegator', A, '--validator', B, '--new-validator', C, '--transaction-amount', '5'],
    target: 'Native',
    entryPoint: 'Redelegate',
    args: [
      ['delegator', 'PublicKey', A],
      ['validator', 'PublicKey', B],
      ['amount', 'U512', '5'],
      ['new_validator', 'PublicKey', C],
    ],
  },
  {
    sub: 'change-bid-public-key',
    flags: ['--public-key', A, '--new-public-key', B],
    target: 'Native',
    entryPoint: 'ChangeBidPublicKey',
    args: [
      ['public_key', 'PublicKey', A],
      ['new_public_key', 'PublicKey', B],
    ],
  },
  {
    sub: 'add-reservations',
    flags: [
      '--reservations',
      JSON.stringify([{ delegator_kind: { PublicKey: B }, validator_public_key: A, delegation_rate: 3 }]),
    ],
    target: 'Native',
    entryPoint: 'AddReservations',
    args: [['reservations', { List: 'Any' }, null]],
  },
  {
    sub: 'cancel-reservations',
    flags: ['--validator', A, '--delegators', JSON.stringify([{ PublicKey: B }, { Purse: H }])],
    target: 'Native',
    entryPoint: 'CancelReservations',
    args: [
      ['validator', 'PublicKey', A],
      ['delegators', { List: 'Any' }, null],
    ],
  },
  {
    sub: 'invocable-entity',
    flags: ['--entity-address', `entity-contract-${H}`, '--session-entry-point', 'go', '-a', "x:u32='5'"],
    target: { Stored: { id: { ByHash: H }, runtime: 'VmCasperV1' } },
    entryPoint: { Custom: 'go' },
    args: [['x', 'U32', 5]],
  },
  {
    sub: 'invocable-entity',
    flags: ['--contract-hash', `hash-${H}`],
    // No --session-entry-point: Custom("") (creation_common.rs invocable_entity::run unwrap_or_default).
    target: { Stored: { id: { ByHash: H }, runtime: 'VmCasperV1' } },
    entryPoint: { Custom: '' },
    args: [],
  },
  {
    sub: 'invocable-entity-alias',
    flags: ['--entity-alias', 'counter', '--session-entry-point', 'increment'],
    target: { Stored: { id: { ByName: 'counter' }, runtime: 'VmCasperV1' } },
    entryPoint: { Custom: 'increment' },
    args: [],
  },
  {
    sub: 'package',
    flags: [
      '--package-address',
      `package-${H}`,
      '--session-version',
      '2',
      '--major-version',
      '2',
      '--session-entry-point',
      'go',
    ],
    target: {
      Stored: { id: { ByPackageHash: { addr: H, version: 2, protocol_version_major: 2 } }, runtime: 'VmCasperV1' },
    },
    entryPoint: { Custom: 'go' },
    args: [],
  },
  {
    sub: 'package',
    flags: ['--contract-package-hash', `hash-${H}`, '--session-entry-point', 'go'],
    // protocol_version_major is written only when given (casper-2.md §3).
    target: { Stored: { id: { ByPackageHash: { addr: H, version: null } }, runtime: 'VmCasperV1' } },
    entryPoint: { Custom: 'go' },
    args: [],
  },
  {
    sub: 'package-name',
    flags: [
      '--txn-package-name',
      'cep18',
      '--session-entry-point',
      'transfer',
      '--session-args-json',
      '[{"name":"amount","type":"U256","value":"7"}]',
    ],
    target: { Stored: { id: { ByPackageName: { name: 'cep18', version: null } }, runtime: 'VmCasperV1' } },
    entryPoint: { Custom: 'transfer' },
    args: [['amount', 'U256', '7']],
  },
  {
    sub: 'package-name',
    flags: [
      '--transaction-package-name',
      'v2pkg',
      '--transaction-runtime',
      'vm-casper-v2',
      '-T',
      '9',
      '--chunked-args',
      'cafe',
    ],
    target: {
      Stored: {
        id: { ByPackageName: { name: 'v2pkg', version: null } },
        runtime: { VmCasperV2: { transferred_value: 9, seed: null } },
      },
    },
    entryPoint: { Custom: '' },
    args: { Bytesrepr: 'cafe' },
  },
];

describe('put-transaction <subcommand>: what the Rust builder builds', () => {
  for (const row of ROWS) {
    it(`${row.sub} ${row.flags.slice(0, 2).join(' ')}`, async () => {
      const r = await runCli(['put-transaction', row.sub, ...common(), ...row.flags]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const req = server.requests.at(-1)!;
      expect(req.json.method).toBe('account_put_transaction');
      const payload = req.json.params.transaction.Version1.payload;
      expect(payload.pricing_mode).toEqual({
        PaymentLimited: { payment_amount: 5000000000, gas_price_tolerance: 1, standard_payment: true },
      });
      expect(payload.fields.target).toEqual(row.target);
      expect(payload.fields.entry_point).toEqual(row.entryPoint);
      expect(payload.fields.scheduling).toBe('Standard');
      if (Array.isArray(row.args)) expect(argsOf(payload.fields)).toEqual(row.args);
      else expect(payload.fields.args).toEqual(row.args);
      expect(r.stdout).toContain(req.json.params.transaction.Version1.hash);
    });
  }

  it('session: Session{is_install_upgrade, module_bytes} + Call, args from -a', async () => {
    const r = await runCli([
      'put-transaction',
      'session',
      ...common(),
      '-w',
      WASM,
      '--install-upgrade',
      '-a',
      "name:string='x'",
    ]);
    expect(r.code).toBe(0);
    const f = server.requests.at(-1)!.json.params.transaction.Version1.payload.fields;
    const { readFileSync } = await import('node:fs');
    expect(f.target).toEqual({
      Session: { module_bytes: readFileSync(WASM).toString('hex'), runtime: 'VmCasperV1', is_install_upgrade: true },
    });
    expect(f.entry_point).toBe('Call');
    expect(argsOf(f)).toEqual([['name', 'String', 'x']]);
  });

  it('--pricing-mode fixed and reserved', async () => {
    let r = await runCli([
      'put-transaction',
      'activate-bid',
      '-n',
      server.url,
      '-k',
      KEY,
      '--chain-name',
      'casper-net-1',
      '-g',
      '3',
      '--pricing-mode',
      'fixed',
      '-c',
      '2',
      '--validator',
      A,
    ]);
    expect(r.code).toBe(0);
    expect(server.requests.at(-1)!.json.params.transaction.Version1.payload.pricing_mode).toEqual({
      Fixed: { additional_computation_factor: 2, gas_price_tolerance: 3 },
    });
    r = await runCli([
      'put-transaction',
      'activate-bid',
      '-n',
      server.url,
      '-k',
      KEY,
      '--chain-name',
      'casper-net-1',
      '-g',
      '3',
      '--pricing-mode',
      'reserved',
      '--receipt',
      H,
      '--validator',
      A,
    ]);
    expect(r.code).toBe(0);
    expect(server.requests.at(-1)!.json.params.transaction.Version1.payload.pricing_mode).toEqual({
      Prepaid: { receipt: H },
    });
  });
});

describe('put-transaction: refusals, as casper-client refuses them', () => {
  const cases: [string, string[], number, RegExp][] = [
    // parse.rs pricing_mode (classic): payment amount first, then the standard payment flag.
    [
      'classic without -p',
      ['put-transaction', 'activate-bid', '-k', KEY, '--chain-name', 'c', '-g', '1', '--validator', A],
      1,
      /^invalid argument 'payment_amount': Payment amount is required\n$/,
    ],
    [
      'classic without --standard-payment',
      ['put-transaction', 'activate-bid', '-k', KEY, '--chain-name', 'c', '-g', '1', '-p', '1', '--validator', A],
      1,
      /^invalid argument 'standard_payment': Standard payment flag is required\n$/,
    ],
    [
      'gas price tolerance over u8',
      [
        'put-transaction',
        'activate-bid',
        '-k',
        KEY,
        '--chain-name',
        'c',
        '-g',
        '256',
        '--pricing-mode',
        'fixed',
        '--validator',
        A,
      ],
      1,
      /^failed to parse 'gas_price_tolerance' as an integer: number too large to fit in target type\n$/,
    ],
    // transaction.rs get_maybe_secret_key: put-transaction never sends unsigned.
    [
      'put with --initiator-address',
      [
        'put-transaction',
        'activate-bid',
        '--initiator-address',
        A,
        '--chain-name',
        'c',
        '-g',
        '1',
        '--pricing-mode',
        'fixed',
        '--validator',
        A,
      ],
      1,
      /^invalid argument 'create_transaction': No secret key provided and unsigned deploys are not allowed\n$/,
    ],
    // creation_common.rs get_transaction_runtime.
    [
      '-T with V1',
      [
        'put-transaction',
        'package-name',
        '-k',
        KEY,
        '--chain-name',
        'c',
        '-g',
        '1',
        '--pricing-mode',
        'fixed',
        '--transaction-package-name',
        'p',
        '-T',
        '1',
      ],
      1,
      /Argument `transferred-value` has no usage in V1/,
    ],
    [
      'V2 without -T',
      [
        'put-transaction',
        'package-name',
        '-k',
        KEY,
        '--chain-name',
        'c',
        '-g',
        '1',
        '--pricing-mode',
        'fixed',
        '--transaction-package-name',
        'p',
        '--transaction-runtime',
        'vm-casper-v2',
      ],
      1,
      /VmCasperV2 requires `transferred-value` argument/,
    ],
  ];
  for (const [name, argv, code, out] of cases) {
    it(name, async () => {
      const before = server.requests.length;
      const r = await runCli([...argv, '-n', server.url]);
      expect(r.code).toBe(code);
      expect(r.stdout).toMatch(out);
      expect(server.requests.length).toBe(before);
    });
  }

  it('usage errors in clap shape: both initiator flags, an unknown pricing mode, no subcommand', async () => {
    let r = await runCli([
      'put-transaction',
      'activate-bid',
      '-k',
      KEY,
      '--initiator-address',
      A,
      '--chain-name',
      'c',
      '-g',
      '1',
      '--validator',
      A,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "error: the argument '--secret-key <PATH>' cannot be used with '--initiator-address <HEX STRING>'\n\nUsage: casper-client put-transaction activate-bid [OPTIONS] --chain-name <NAME> --gas-price-tolerance <INTEGER> --validator <STRING> <--secret-key <PATH>|--initiator-address <HEX STRING>>\n\nFor more information, try '--help'.\n",
    );
    r = await runCli([
      'put-transaction',
      'activate-bid',
      '-k',
      KEY,
      '--chain-name',
      'c',
      '-g',
      '1',
      '--validator',
      A,
      '--pricing-mode',
      'cheap',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "error: invalid value 'cheap' for '--pricing-mode <classic|reserved|fixed>'\n  [possible values: classic, reserved, fixed]\n\nFor more information, try '--help'.\n",
    );
    r = await runCli(['put-txn', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "error: unrecognized subcommand 'nonsense'\n\nUsage: casper-client put-transaction <COMMAND>\n\nFor more information, try '--help'.\n",
    );
  });

  it('pre-flight: mainnet is payment-limited, so a Fixed transaction is refused before sending', async () => {
    const before = server.requests.length;
    const r = await runCli([
      'put-transaction',
      'transfer',
      '-n',
      server.url,
      '-k',
      KEY,
      '--chain-name',
      'casper',
      '-g',
      '1',
      '--pricing-mode',
      'fixed',
      '--target',
      A,
      '--transfer-amount',
      '2500000000',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^pre-flight: casper is payment-limited .*refuses a transaction with fixed pricing/);
    expect(server.requests.length).toBe(before);
  });

  it('pre-flight: the minimum payment per entry point (auction: 2.5 CSPR; ChangeBidPublicKey 5 CSPR)', async () => {
    const r = await runCli([
      'put-transaction',
      'change-bid-public-key',
      '-n',
      server.url,
      '-k',
      KEY,
      '--chain-name',
      'casper-test',
      '-g',
      '1',
      '-p',
      '2500000000',
      '--standard-payment',
      'true',
      '--public-key',
      A,
      '--new-public-key',
      B,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /below casper-test's minimum of 5,000,000,000 motes \(5 CSPR\) for the auction entry point ChangeBidPublicKey/,
    );
  });
});

describeVectors('make-transaction add-reservations rebuilds a real node transaction', () => {
  it('get_transaction_native_entry_point.json (33d56321…): same args bytes and hash from flags, unsigned', async () => {
    const doc = readVectorJson<any>(
      'casper-2.0',
      'casper-go-sdk',
      'tests',
      'data',
      'transaction',
      'get_transaction_native_entry_point.json',
    );
    const t = doc.result.transaction.Version1;
    const bytes: string = t.payload.fields.args.Named[0][1].bytes;
    // Decode the four reservations the node wrote (DelegatorKind tag, key or purse, validator, rate) into --reservations JSON.
    const b = Buffer.from(bytes, 'hex');
    let o = 4;
    const list = [];
    for (let i = 0; i < b.readUInt32LE(0); i++) {
      const tag = b[o++]!;
      let kind: { PublicKey: string } | { Purse: string };
      if (tag === 0) {
        const len = b[o] === 1 ? 33 : 34;
        kind = { PublicKey: b.subarray(o, o + len).toString('hex') };
        o += len;
      } else {
        kind = { Purse: b.subarray(o, o + 32).toString('hex') };
        o += 32;
      }
      const validator = b.subarray(o, o + 33).toString('hex');
      o += 33;
      list.push({ delegator_kind: kind, validator_public_key: validator, delegation_rate: b[o++] });
    }
    expect(o).toBe(b.length);
    const r = await runCli([
      'make-transaction',
      'add-reservations',
      '--reservations',
      JSON.stringify(list),
      '--initiator-address',
      t.payload.initiator_addr.PublicKey,
      '--chain-name',
      'integration-test',
      '--timestamp',
      t.payload.timestamp,
      '--ttl',
      t.payload.ttl,
      '-p',
      '100000000000',
      '--standard-payment',
      'true',
      '-g',
      '1',
    ]);
    expect(r.code).toBe(0);
    const made = JSON.parse(r.stdout).Version1;
    expect(made.payload.fields.args.Named[0][1].bytes).toBe(bytes);
    expect(made.hash).toBe('33d563212799c239b1deaf8bec8eb21b1949b057873990070c5c4de2f2a8a95f');
    expect(made.approvals).toEqual([]);
  });
});

describe('help, in clap shape', () => {
  it('every subcommand of both commands answers -h with its usage line: required flags, then the initiator group', async () => {
    const { TX_SUBCOMMANDS } = await import('../../src/cli/tx-flags.js');
    // creation_common.rs: .required(true) per subcommand, plus --chain-name, --gas-price-tolerance and the
    // required "initiator" group (--secret-key | --initiator-address).
    const required: Record<string, string[]> = {
      'add-bid': [
        '--chain-name <NAME>',
        '--delegation-rate <INTEGER>',
        '--public-key <FORMATTED STRING or PATH>',
        '--gas-price-tolerance <INTEGER>',
        '--transaction-amount <INTEGER>',
      ],
      transfer: [
        '--target <FORMATTED STRING>',
        '--transfer-amount <INTEGER>',
        '--chain-name <NAME>',
        '--gas-price-tolerance <INTEGER>',
      ],
      session: ['--wasm-path <PATH>', '--chain-name <NAME>', '--gas-price-tolerance <INTEGER>'],
    };
    for (const cmd of ['put-transaction', 'make-transaction']) {
      for (const sub of TX_SUBCOMMANDS) {
        const r = await runCli([cmd, sub.name, '-h']);
        expect(r.code).toBe(0);
        const usage = r.stdout.split('\n')[2]!;
        expect(usage.startsWith(`Usage: casper-client ${cmd} ${sub.name} [OPTIONS] `)).toBe(true);
        expect(usage.endsWith('<--secret-key <PATH>|--initiator-address <HEX STRING>>')).toBe(true);
        if (required[sub.name] !== undefined) {
          expect(usage).toBe(
            `Usage: casper-client ${cmd} ${sub.name} [OPTIONS] ${required[sub.name]!.join(' ')} <--secret-key <PATH>|--initiator-address <HEX STRING>>`,
          );
        }
        expect(r.stdout.includes('--node-address')).toBe(cmd === 'put-transaction' || sub.name === 'withdraw-bid-all');
      }
    }
  }, 120_000);

  it('make-transaction withdraw-bid-all reads the stake from -n, as put-transaction does', async () => {
    const r = await runCli([
      'make-transaction',
      'withdraw-bid-all',
      '-n',
      server.url,
      '-k',
      KEY,
      '--chain-name',
      'casper-net-1',
      '-g',
      '1',
      '--pricing-mode',
      'fixed',
      '--public-key',
      A,
    ]);
    expect(r.code).toBe(0);
    expect(server.requests.at(-1)!.json.method).toBe('state_get_auction_info');
    expect(argsOf(JSON.parse(r.stdout).Version1.payload.fields)).toEqual([
      ['public_key', 'PublicKey', A],
      ['amount', 'U512', '123456789000'],
    ]);
    const none = await runCli([
      'make-transaction',
      'withdraw-bid-all',
      '-n',
      server.url,
      '-k',
      KEY,
      '--chain-name',
      'casper-net-1',
      '-g',
      '1',
      '--pricing-mode',
      'fixed',
      '--public-key',
      B,
    ]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe(`failed to get auction state: no bid by ${B} in the node's auction state\n`);
  });
});
