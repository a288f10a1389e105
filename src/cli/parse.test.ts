import { describe, expect, it } from 'vitest';
import type { CommandSpec } from './flags.js';
import { HelpRequested, parseFlags } from './parse.js';
import { jaro } from '../core/suggest.js';
import { UsageError } from './usage-error.js';

const spec: CommandSpec = {
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
};

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
  ] as const)('%j', (argv, key, values) => expect(parse([...argv]).all(key)).toEqual(values));

  it('counts -v inside clusters', () => expect(parse(['-vvk', 'p', '-v']).count('v')).toBe(3));
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
    expect(e.render()).toBe("error: invalid value 'ed25519' for '--algorithm <STRING>'\n  [possible values: Ed25519, secp256k1]\n\n  tip: a similar value exists: 'Ed25519'\n\nFor more information, try '--help'.\n");
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
