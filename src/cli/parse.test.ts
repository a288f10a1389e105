import { describe, expect, expectTypeOf, it } from 'vitest';
import { putDeploySpec } from './commands/put-deploy-specs.js';
import { getBalanceSpec, getBlockSpec } from './commands/read-specs.js';
import { completionSpec, keygenSpec, sendDeploySpec, transferSpec } from './commands/specs.js';
import { sendTransactionSpec, signTransactionSpec, txSubcommands } from './commands/tx-specs.js';
import { commandSpec, type CommandSpec } from './flags.js';
import { HelpRequested, parseFlags, requireFlags, type FlagValues } from './parse.js';
import { subcommandValues, type TxMakeValues } from './tx-flags.js';
import { jaro } from '../core/suggest.js';
import { UsageError } from './usage-error.js';

const spec = commandSpec({
  name: 't',
  about: 'test',
  flags: [
    { short: 'v', count: true, help: '' },
    { long: 'secret-key', short: 'k', valueName: 'PATH', help: '' },
    { long: 'session-arg', short: 'a', valueName: 'ARG', repeatable: true, help: '' },
    { long: 'force', short: 'f', help: '' },
    { long: 'algorithm', valueName: 'STRING', possibleValues: ['Ed25519', 'secp256k1'], help: '' },
    { long: 'speculative-exec', valueName: 'X', optionalValue: true, help: '' },
  ],
  groups: [],
  requires: {},
  positionals: [{ name: 'PATH', required: false, help: '' }],
});

const parse = (argv: string[]) => parseFlags(spec, argv);
const fails = (argv: string[]): unknown => {
  try {
    parse(argv);
  } catch (e) {
    return e;
  }
  return undefined;
};

// clap 4: a short option that takes a value takes the rest of its token, less one leading '='
// (clap_lex ShortFlags::next_value_os; clap parser parse_short_arg).
describe('short options with attached values', () => {
  it.each([
    [['-ksecret.pem'], 'secret-key', ['secret.pem']],
    [['-k=secret.pem'], 'secret-key', ['secret.pem']],
    [['-k==x'], 'secret-key', ['=x']],
    [['-vvk', 'p.pem'], 'secret-key', ['p.pem']],
    [['-fvkp.pem'], 'secret-key', ['p.pem']],
    [["-ax:u8='1'", '-a', "y:u8='2'"], 'session-arg', ["x:u8='1'", "y:u8='2'"]],
    [['--secret-key='], 'secret-key', ['']],
  ] as const)('%j', (argv, key, values) => {
    const v = parse([...argv]);
    expect(key === 'session-arg' ? v.get(key) : [v.get(key)]).toEqual(values);
  });

  it('counts -v inside clusters', () => expect(parse(['-vvk', 'p', '-v']).get('v')).toBe(3));
  it('takes an optional value only when one follows', () => {
    expect(parse(['--speculative-exec']).get('speculative-exec')).toBe('');
    expect(parse(['--speculative-exec', '7']).get('speculative-exec')).toBe('7');
  });
});

describe('order: the first problem or -h/--help wins, as clap walks the line', () => {
  it.each([
    [['--help', '--bogus'], 'help'],
    [['-vh'], 'help'],
    [['--bogus', '--help'], 'usage'],
    [['-k', '--help'], 'usage'], // -k's value is missing before --help is met
    [['-k', 'a', '-k', 'b', '--help'], 'usage'],
    [['--', '--help'], 'usage'], // after --, --help is a positional (and the one allowed is taken)
  ] as const)('%j → %s', (argv, what) => {
    const e = fails([...argv, ...(argv[0] === '--' ? ['extra'] : [])]);
    expect(e).toBeInstanceOf(what === 'help' ? HelpRequested : UsageError);
  });
});

describe('possible values (PossibleValuesParser: exact, case-sensitive)', () => {
  it('accepts a listed value', () => expect(parse(['--algorithm', 'secp256k1']).get('algorithm')).toBe('secp256k1'));
  it('refuses others in clap invalid-value shape, without a usage line', () => {
    const e = fails(['--algorithm', 'ed25519']) as UsageError;
    expect(e.render()).toBe(
      "error: invalid value 'ed25519' for '--algorithm <STRING>'\n  [possible values: Ed25519, secp256k1]\n\n  tip: a similar value exists: 'Ed25519'\n\nFor more information, try '--help'.\n",
    );
  });
});

// strsim's jaro, checked on the textbook examples (Jaro 1989 / Winkler 1990 tables).
describe('jaro', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.944],
    ['DWAYNE', 'DUANE', 0.822],
    ['DIXON', 'DICKSONX', 0.767],
    ['', '', 1],
    ['a', '', 0],
  ] as const)('%s %s', (a, b, want) => expect(jaro(a, b)).toBeCloseTo(want, 3));
});

// A flag's default lives in its table, and the parser gives it when the flag is absent, as clap's
// default_value does: casper-client-rs v2.0.0 src/common.rs:55 (-n http://localhost:7777),
// src/deploy/creation_common.rs:321 (--ttl 30min), src/keygen.rs:69 (--algorithm Ed25519),
// src/generate_completion.rs:35,62 (--output-dir /usr/share/bash-completion/completions, --shell bash).
// --timeout, --retries and --wait-timeout are this client's own (README).
describe('defaults come from the table', () => {
  const cases: [CommandSpec, string[], string, string][] = [
    [getBlockSpec, [], 'node-address', 'http://localhost:7777'],
    [getBlockSpec, ['-n', 'http://n:1'], 'node-address', 'http://n:1'],
    [getBlockSpec, ['-n', ''], 'node-address', ''],
    [getBlockSpec, [], 'timeout', '60s'],
    [getBlockSpec, [], 'retries', '0'],
    [putDeploySpec, ['-e'], 'ttl', '30min'],
    [putDeploySpec, ['-e', '--ttl', '1h'], 'ttl', '1h'],
    [putDeploySpec, ['-e'], 'gas-price', '1'],
    [sendDeploySpec, ['-i', 'd.json'], 'wait-timeout', '5min'],
    [keygenSpec, [], 'algorithm', 'Ed25519'],
    [keygenSpec, ['-a', 'secp256k1'], 'algorithm', 'secp256k1'],
    [completionSpec, [], 'shell', 'bash'],
    [completionSpec, [], 'output-dir', '/usr/share/bash-completion/completions'],
  ];
  it.each(cases)('%#: %j → %s', (s, argv, key, want) => {
    const v = parseFlags(s, argv) as FlagValues<{
      flags: readonly { long: string; valueName: string; default: string; help: string }[];
    }>;
    expect(v.get(key)).toBe(want);
    expect(v.given(key)).toBe(
      argv.some(
        (a) => a === `--${key}` || (key === 'node-address' && a === '-n') || (key === 'algorithm' && a === '-a'),
      ),
    );
  });

  it('every default a table declares is what an absent flag reads as', () => {
    const specs: CommandSpec[] = [getBlockSpec, keygenSpec, completionSpec, sendTransactionSpec];
    for (const s of specs) {
      const required = s.name === 'send-transaction' ? ['-i', 't.json'] : [];
      const v = parseFlags(s, required) as FlagValues<{
        flags: readonly { long: string; valueName: string; help: string }[];
      }>;
      for (const f of s.flags)
        if (f.default !== undefined && f.long !== undefined)
          expect(v.get(f.long), `${s.name} --${f.long}`).toBe(f.default);
    }
  });

  it('a default is not a flag given: usage errors name only what was typed', () => {
    expect(parse([]).present).toEqual([]);
    const e = fails(['--bogus']) as UsageError;
    expect(e.render()).not.toContain('--node-address');
  });
});

describe('typed reads', () => {
  it.each([
    [[], { v: 0, force: false, 'session-arg': [], 'secret-key': undefined, 'speculative-exec': undefined }],
    [
      ['-vv', '-f', '-a', "x:u8='1'", '-k', 'k.pem'],
      { v: 2, force: true, 'session-arg': ["x:u8='1'"], 'secret-key': 'k.pem', 'speculative-exec': undefined },
    ],
  ] as const)('%j', (argv, want) => {
    const v = parse([...argv]);
    expect({
      v: v.get('v'),
      force: v.get('force'),
      'session-arg': v.get('session-arg'),
      'secret-key': v.get('secret-key'),
      'speculative-exec': v.get('speculative-exec'),
    }).toEqual(want);
  });

  it('gives each kind of flag its type, checked by tsc', () => {
    const v = parse([]);
    expectTypeOf(v.get('v')).toEqualTypeOf<number>();
    expectTypeOf(v.get('force')).toEqualTypeOf<boolean>();
    expectTypeOf(v.get('session-arg')).toEqualTypeOf<string[]>();
    expectTypeOf(v.get('secret-key')).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: a key the table does not have is a compile error
    v.get('secret-keys');
    // @ts-expect-error: so is asking whether it was given
    v.given('no-such-flag');
  });

  it('reads a flag with a default, or a required one, as a string', () => {
    if (false as boolean) {
      // Types only: these parses would fail for want of required flags.
      const block = parseFlags(getBlockSpec, []);
      expectTypeOf(block.get('node-address')).toEqualTypeOf<string>();
      expectTypeOf(block.get('block-identifier')).toEqualTypeOf<string | undefined>();
      expectTypeOf(parseFlags(getBalanceSpec, []).get('purse-uref')).toEqualTypeOf<string>();
      expectTypeOf(parseFlags(getBalanceSpec, []).get('state-root-hash')).toEqualTypeOf<string>();
      // sign-transaction names its required flags in the spec's own list.
      expectTypeOf(parseFlags(signTransactionSpec, []).get('secret-key')).toEqualTypeOf<string>();
      expectTypeOf(parseFlags(putDeploySpec, []).get('ttl')).toEqualTypeOf<string>();
      expectTypeOf(parseFlags(putDeploySpec, []).get('session-args-json')).toEqualTypeOf<string[]>();
      // @ts-expect-error: put-deploy has no --transaction-path
      parseFlags(putDeploySpec, []).get('transaction-path');
    }
  });

  it('requireFlags: -a, -t, -i then read as strings (transfer, required unless -e/-j)', () => {
    const v = parseFlags(transferSpec, ['-a', '1', '-t', 't', '-i', '2', '-k', 'k', '--chain-name', 'c', '-p', '1']);
    expectTypeOf(v.get('amount')).toEqualTypeOf<string | undefined>();
    requireFlags(transferSpec, v, ['amount', 'target-account', 'transfer-id']);
    expectTypeOf(v.get('amount')).toEqualTypeOf<string>();
    expect([v.get('amount'), v.get('target-account'), v.get('transfer-id')]).toEqual(['1', 't', '2']);
  });

  it('a transaction subcommand gets the defaults of its own table only', () => {
    const { spec: subSpec } = txSubcommands('make-transaction');
    const alias = subSpec('invocable-entity-alias');
    const session = subSpec('session');
    if (alias === undefined || session === undefined) throw new Error('no such subcommand');
    const base = ['--chain-name', 'c', '-g', '1', '-k', 'k.pem'];
    const read = (s: CommandSpec, argv: string[]) =>
      (
        parseFlags(s, argv) as FlagValues<{
          flags: readonly { long: 'transaction-runtime'; valueName: string; help: string }[];
        }>
      ).get('transaction-runtime');
    expect(read(session, [...base, '-w', 'x.wasm'])).toBe('vm-casper-v1');
    expect(read(alias, [...base, '--entity-alias', 'a'])).toBeUndefined();
  });

  it("a transaction subcommand's required flags read as strings in that subcommand only", () => {
    const alias = txSubcommands('make-transaction').spec('invocable-entity-alias');
    if (alias === undefined) throw new Error('no such subcommand');
    const v = parseFlags(alias, ['--chain-name', 'c', '-g', '1', '-k', 'k.pem', '--entity-alias', 'a']) as TxMakeValues;
    expectTypeOf(v.get('entity-alias')).toEqualTypeOf<string | undefined>();
    expectTypeOf(subcommandValues(v, 'invocable-entity-alias').get('entity-alias')).toEqualTypeOf<string>();
    expectTypeOf(subcommandValues(v, 'package-name').get('entity-alias')).toEqualTypeOf<string | undefined>();
    expectTypeOf(v.get('chain-name')).toEqualTypeOf<string>();
    expect(subcommandValues(v, 'invocable-entity-alias').get('entity-alias')).toBe('a');
  });
});
