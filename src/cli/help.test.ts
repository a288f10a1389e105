// The help renderer against clap 4.3.10's rules (the clap casper-client 2.0.0 resolved on its release
// day). Expected values are clap's own test vectors where it has them, else worked by hand from the
// clap_builder source lines cited on each table (tag v4.3.10).
import { describe, expect, it } from 'vitest';
import type { CommandSpec, Flag } from './flags.js';
import {
  commandHelp,
  displayOrder,
  renderSection,
  specVals,
  subcommandList,
  terminalWidth,
  wrapText,
  type HelpRow,
} from './help.js';

describe('wrapText: clap_builder/src/output/textwrap/mod.rs:42-121 (clap test vectors)', () => {
  it.each([
    ['no_wrap', 'foo', 10, ['foo']],
    ['wrap_simple', 'foo bar baz', 5, ['foo', 'bar', 'baz']],
    [
      'to_be_or_not',
      'To be, or not to be, that is the question.',
      10,
      ['To be, or', 'not to be,', 'that is', 'the', 'question.'],
    ],
    ['multiple_words_on_first_line', 'foo bar baz', 10, ['foo bar', 'baz']],
    ['long_word', 'foo', 0, ['foo']],
    ['long_words', 'foo bar', 0, ['foo', 'bar']],
    ['max_width', 'foo bar', Number.MAX_SAFE_INTEGER, ['foo bar']],
    ['leading_whitespace', '  foo bar', 6, ['  foo', '  bar']],
    ['leading_whitespace_empty_first_line', ' foobar baz', 6, ['', ' foobar', ' baz']],
    ['trailing_whitespace', 'foo     bar     baz  ', 5, ['foo', 'bar', 'baz']],
    ['issue_99', 'aaabbbccc x yyyzzzwww', 9, ['aaabbbccc', 'x', 'yyyzzzwww']],
    ['issue_129', 'x – x', 1, ['x', '–', 'x']],
    // help_template.rs:1067-1072 wrap_help_last_word.
    ['wrap_help_last_word', 'foo bar baz', 5, ['foo', 'bar', 'baz']],
    // A line may be exactly the width (wrap_algorithms.rs:41: breaks only when width < line + word).
    ['exact fit', 'abcd efgh', 9, ['abcd efgh']],
    // Each '\n'-separated line wraps on its own (styled_str.rs:81-90).
    ['new lines reset', 'aa bb\ncc dd ee', 5, ['aa bb', 'cc dd', 'ee']],
    // Without clap's `unicode` feature every char is one column (textwrap/core.rs:80-84).
    ['ellipsis is one column', '01… 02…', 7, ['01… 02…']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width).split('\n')).toEqual(lines);
  });
});

const flag = (f: Partial<Flag>): Flag => ({ help: '', ...f });
const names = (fs: Flag[]) => fs.map((f) => (f.short !== undefined ? `-${f.short}` : `--${f.long}`));

describe('displayOrder: help_template.rs:480 and option_sort_key 1001-1022', () => {
  it.each<[string, Flag[], string[]]>([
    [
      // The example in clap's own comment (help_template.rs:1008), all at one display_order.
      'same order: by short (lower before upper), then long, as clap documents',
      [
        flag({ short: 'x', order: 0 }),
        flag({ long: 'select-folder', order: 0 }),
        flag({ short: 'B', long: 'bb', order: 0 }),
        flag({ short: 's', order: 0 }),
        flag({ long: 'select-file', order: 0 }),
        flag({ short: 'b', order: 0 }),
        flag({ short: 'a', order: 0 }),
      ],
      ['-a', '-b', '-B', '-s', '--select-file', '--select-folder', '-x'],
    ],
    [
      'display_order first',
      [flag({ long: 'alpha', order: 2 }), flag({ long: 'zulu', order: 1 })],
      ['--zulu', '--alpha'],
    ],
    ['no order anywhere: the table order', [flag({ long: 'zulu' }), flag({ long: 'alpha' })], ['--zulu', '--alpha']],
    [
      'an unordered flag follows the one before it',
      [
        flag({ long: 'c', order: 5 }),
        flag({ long: 'extra' }),
        flag({ long: 'a', order: 1 }),
        flag({ long: 'b', order: 5 }),
      ],
      ['--a', '--b', '--c', '--extra'],
    ],
    [
      'hidden flags are left out',
      [flag({ long: 'a', order: 0 }), flag({ long: 'b', order: 1, hidden: true })],
      ['--a'],
    ],
  ])('%s', (_name, flags, expected) => {
    expect(names(displayOrder(flags))).toEqual(expected);
  });
});

describe('specVals: help_template.rs:739-828', () => {
  it.each<[string, Flag, string[]]>([
    ['default', flag({ long: 'ttl', valueName: 'D', default: '30min' }), ['[default: 30min]']],
    [
      'a default with whitespace is quoted ({:?}, l.774-780)',
      flag({ long: 'x', valueName: 'V', default: 'a b' }),
      ['[default: "a b"]'],
    ],
    ['a switch shows no default (is_takes_value_set, l.764)', flag({ long: 'force', default: 'false' }), []],
    [
      'possible values after the default (l.814-825)',
      flag({ long: 'shell', valueName: 'S', default: 'bash', possibleValues: ['bash', 'zsh'] }),
      ['[default: bash]', '[possible values: bash, zsh]'],
    ],
    [
      'a possible value with whitespace is quoted (possible_value.rs:179-189)',
      flag({ long: 'm', valueName: 'M', possibleValues: ['a b', 'c'] }),
      ['[possible values: "a b", c]'],
    ],
  ])('%s', (_name, f, expected) => {
    expect(specVals(f)).toEqual(expected);
  });
});

const row = (name: string, help: string, extra: Partial<HelpRow> = {}): HelpRow => ({
  name,
  lead: '    ',
  help,
  specVals: [],
  measured: true,
  hasLong: true,
  ...extra,
});

describe('renderSection: two columns or next-line help (help_template.rs:455-493, 557-737)', () => {
  // Option names of n columns: `--` and n-2 x's. An option's text starts at longest + 8
  // (TAB + "-x, " + longest + TAB); next-line help when taken/width > 0.40 and a text is longer
  // than width - taken (arg_next_line_help, l.720-737), width >= taken.
  const name = (n: number) => `--${'x'.repeat(n - 2)}`;
  it.each<[string, HelpRow[], number, boolean]>([
    [
      'taken 40 of 100 is not over 40%: two columns, however long the text',
      [row(name(32), 'y'.repeat(90))],
      100,
      false,
    ],
    ['taken 41 of 100, text 59 = 100 - 41: fits, two columns', [row(name(33), 'y'.repeat(59))], 100, false],
    ['taken 41 of 100, text 60: next line', [row(name(33), 'y'.repeat(60))], 100, true],
    [
      'spec values count in the text width',
      [row(name(33), 'y'.repeat(50), { specVals: ['[default: 1234567]'] })],
      100,
      true,
    ],
    [
      'one long text sends every flag to the next line',
      [row('--a', 'short'), row(name(33), 'y'.repeat(60))],
      100,
      true,
    ],
    ['a width below taken keeps two columns (term_w >= taken)', [row(name(50), 'y'.repeat(60))], 40, false],
  ])('%s', (_name, rows, width, nextLine) => {
    const out = renderSection(rows, false, { width, long: false, nextLine: false });
    expect(out.split('\n')[0]!.trimEnd().endsWith(rows[0]!.name)).toBe(nextLine);
  });

  it('two columns: padded to the widest name, wrapped lines indented to the text column', () => {
    const help = 'The type of keys to generate, for the account of the new key pair';
    const rows = [
      row('--force', 'Overwrite'),
      row('--algorithm <STRING>', help, { lead: '-a, ', specVals: ['[default: Ed25519]'] }),
    ];
    // longest 20: text at 2 + 4 + 20 + 2 = 28 (28/80 is under 40%); wrapped at 80 - 28 = 52 columns.
    expect(renderSection(rows, false, { width: 80, long: false, nextLine: false })).toBe(
      [
        `      --force${' '.repeat(15)}Overwrite`,
        '  -a, --algorithm <STRING>  The type of keys to generate, for the account of the',
        `${' '.repeat(28)}new key pair [default: Ed25519]`,
      ].join('\n'),
    );
    // The same at 60: 28/60 is over 40% and the text passes 60 - 28, so every text goes below.
    expect(renderSection(rows, false, { width: 60, long: false, nextLine: false }).split('\n').slice(0, 2)).toEqual([
      '      --force',
      `${' '.repeat(10)}Overwrite`,
    ]);
  });

  it('a short-only flag pads 4 more, as it has no ", --long" (align_to_about l.572-578)', () => {
    const rows = [row('-v...', 'More', { lead: '', hasLong: false, measured: false }), row('--node <A>', 'Node')];
    // -v... is not measured; longest is --node <A> (10): texts at 18, so 11 spaces after -v...
    expect(renderSection(rows, false, { width: 100, long: false, nextLine: false })).toBe(
      [`  -v...${' '.repeat(11)}More`, '      --node <A>  Node'].join('\n'),
    );
  });

  it('positionals: text at longest + 4 (l.586-593, 620-626)', () => {
    expect(
      renderSection([row('[PATH]', 'Folder', { lead: '' })], true, { width: 100, long: false, nextLine: false }),
    ).toBe('  [PATH]  Folder');
  });

  it('long help: next line, a blank line between flags, spec values on their own lines after a blank line', () => {
    const rows = [
      row('--a <V>', 'Short', { longHelp: 'Long', specVals: ['[default: x]', '[possible values: x, y]'] }),
      row('--b', 'B'),
    ];
    // The blank line inside a text keeps clap's indent (styled_str.rs:56-62 indents every '\n').
    expect(renderSection(rows, false, { width: 100, long: true, nextLine: false })).toBe(
      [
        '      --a <V>',
        '          Long',
        '          ',
        '          [default: x]',
        '          [possible values: x, y]',
        '',
        '      --b',
        '          B',
      ].join('\n'),
    );
  });
});

describe('subcommandList: help_template.rs:851-990', () => {
  it('names padded to longest + 2; a wrapped about continues at longest + 8 (help() without an arg)', () => {
    const [lines] = subcommandList(
      [
        [
          { name: 'ab', about: 'one two three four' },
          { name: 'abcd', about: 'x' },
        ],
      ],
      20,
    );
    // longest 4: text at 8, wrapped at 20 - 12 = 8 columns, continued at column 12.
    expect(lines).toEqual([`  ab    one two\n${' '.repeat(12)}three\n${' '.repeat(12)}four`, '  abcd  x']);
  });

  it('next line when an about passes width - (longest + 4) and longest + 4 is over 40% of it', () => {
    // longest 20: taken 24; 24/100 is under 40% (two columns), 24/50 over it with 77 > 26.
    const rows = [{ name: 'abcdefghijklmnopqrst', about: 'y'.repeat(77) }];
    expect(subcommandList([rows], 100)[0]).toEqual([`  abcdefghijklmnopqrst  ${'y'.repeat(77)}`]);
    expect(subcommandList([rows], 50)[0]).toEqual([`  abcdefghijklmnopqrst\n${' '.repeat(10)}${'y'.repeat(77)}`]);
  });
});

describe('terminalWidth: help_template.rs:104-116, 1024-1039', () => {
  it.each<[string, { isTTY?: boolean; columns?: number }, Record<string, string>, number]>([
    ['a terminal: its width', { isTTY: true, columns: 72 }, { COLUMNS: '120' }, 72],
    ['no terminal: $COLUMNS', { isTTY: false }, { COLUMNS: '120' }, 120],
    ["$COLUMNS with Rust's leading '+'", {}, { COLUMNS: '+90' }, 90],
    ['$COLUMNS not a number: 100', {}, { COLUMNS: '80x' }, 100],
    ['nothing: 100', {}, {}, 100],
  ])('%s', (_name, stdout, env, expected) => {
    expect(terminalWidth(stdout, env)).toBe(expected);
  });
});

describe('commandHelp', () => {
  const spec: CommandSpec = {
    name: 'demo',
    about: 'Short about',
    longAbout: 'Long about',
    flags: [
      flag({
        long: 'algorithm',
        short: 'a',
        valueName: 'STRING',
        default: 'Ed25519',
        possibleValues: ['Ed25519', 'secp256k1'],
        help: 'Algorithm',
      }),
    ],
    groups: [],
    requires: {},
  };

  it('-h: the about and the short help; --help names the long one (command.rs:4252-4258)', () => {
    expect(commandHelp(spec, {}, { width: 100 })).toBe(
      [
        'Short about',
        '',
        'Usage: casper-client demo [OPTIONS]',
        '',
        'Options:',
        '  -a, --algorithm <STRING>  Algorithm [default: Ed25519] [possible values: Ed25519, secp256k1]',
        "  -h, --help                Print help (see more with '--help')",
        '',
      ].join('\n'),
    );
  });

  it('--help: the long about and every text on the next line (help_template.rs:286-290, 721)', () => {
    expect(commandHelp(spec, {}, { width: 100, long: true })).toBe(
      [
        'Long about',
        '',
        'Usage: casper-client demo [OPTIONS]',
        '',
        'Options:',
        '  -a, --algorithm <STRING>',
        '          Algorithm',
        '          ',
        '          [default: Ed25519]',
        '          [possible values: Ed25519, secp256k1]',
        '',
        '  -h, --help',
        "          Print help (see a summary with '-h')",
        '',
      ].join('\n'),
    );
  });

  it('--help without any long text is the short help (command.rs:4576)', () => {
    const plain = { ...spec, longAbout: undefined };
    expect(commandHelp(plain, {}, { width: 100, long: true })).toBe(commandHelp(plain, {}, { width: 100 }));
    expect(commandHelp(plain, {}, { width: 100 })).toContain('  -h, --help                Print help\n');
  });
});
