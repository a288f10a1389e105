// The parser's usage errors, word for word as clap 4 words them (clap_builder/src/error/format.rs
// and error/mod.rs in clap-rs/clap; TAB = two spaces, output/mod.rs:21). Only the message is checked
// here; the usage line under it belongs to the help renderer.
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from './flags.js';
import { parseFlags } from './parse.js';
import { UsageError } from './usage-error.js';

const spec: CommandSpec = {
  name: 't',
  about: 'test',
  flags: [
    { long: 'secret-key', short: 'k', valueName: 'PATH', help: '' },
    { long: 'chain-name', valueName: 'NAME', required: true, help: '' },
    { long: 'force', short: 'f', help: '' },
    { long: 'session-path', valueName: 'PATH', help: '' },
    { long: 'session-name', valueName: 'NAME', help: '' },
    { long: 'session-entry-point', valueName: 'NAME', help: '' },
    { long: 'payment-amount', valueName: 'AMOUNT', help: '' },
    { long: 'payment-name', valueName: 'NAME', help: '' },
  ],
  groups: [
    { name: 'session', members: ['session-path', 'session-name'], required: true },
    { name: 'payment', members: ['payment-amount', 'payment-name'], required: false },
  ],
  requires: { 'session-name': ['session-entry-point'] },
  positionals: [{ name: 'PATH', required: false, help: '' }],
};

const ok = ['--chain-name', 'c', '--session-path', 'w'];

function message(argv: string[]): string {
  try {
    parseFlags(spec, argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`${argv.join(' ')} parsed`);
}

describe('usage errors in clap 4 words', () => {
  it.each([
    // format.rs:158 (ArgumentConflict with itself)
    [
      'a flag given twice',
      [...ok, '-k', 'a', '-k', 'b'],
      "the argument '--secret-key <PATH>' cannot be used multiple times",
    ],
    [
      'a flag given twice, long and short',
      [...ok, '--force', '-f'],
      "the argument '--force' cannot be used multiple times",
    ],
    // format.rs:219 (InvalidValue with an empty value)
    [
      'a value left out at the end',
      [...ok, '-k'],
      "a value is required for '--secret-key <PATH>' but none was supplied",
    ],
    [
      'a value left out before another flag',
      ['-k', '--force', ...ok],
      "a value is required for '--secret-key <PATH>' but none was supplied",
    ],
    // format.rs:286 (TooManyValues)
    [
      'a value given to a switch',
      [...ok, '--force=yes'],
      "unexpected value 'yes' for '--force' found; no more were expected",
    ],
    // format.rs:358 (UnknownArgument)
    ['a second positional', [...ok, 'a', 'b'], "unexpected argument 'b' found"],
    // format.rs:358 + mod.rs:737 (the '--' tip when there are positionals) …
    [
      'an unknown flag with nothing like it',
      [...ok, '--zzzz'],
      "unexpected argument '--zzzz' found\n\n  tip: to pass '--zzzz' as a value, use '-- --zzzz'",
    ],
    // … or format.rs:479 (one suggestion)
    [
      'an unknown flag like a known one',
      [...ok, '--forc'],
      "unexpected argument '--forc' found\n\n  tip: a similar argument exists: '--force'",
    ],
    // format.rs:163 + :186 (ArgumentConflict with one prior argument)
    [
      'two members of one group',
      [...ok, '--session-name', 'n'],
      "the argument '--session-path <PATH>' cannot be used with '--session-name <NAME>'",
    ],
    [
      'two members of an optional group',
      [...ok, '--payment-amount', '1', '--payment-name', 'p'],
      "the argument '--payment-amount <AMOUNT>' cannot be used with '--payment-name <NAME>'",
    ],
    // format.rs:251-254 (MissingRequiredArgument: one line per argument, TAB-indented)
    [
      'a required flag left out',
      ['--session-path', 'w'],
      'the following required arguments were not provided:\n  --chain-name <NAME>',
    ],
    [
      'a required group left out',
      ['--chain-name', 'c'],
      'the following required arguments were not provided:\n  <--session-path <PATH>|--session-name <NAME>>',
    ],
    [
      'a flag another one requires',
      ['--chain-name', 'c', '--session-name', 'n'],
      'the following required arguments were not provided:\n  --session-entry-point <NAME>',
    ],
  ])('%s', (_, argv, want) => {
    expect(message(argv)).toBe(want);
  });
});
