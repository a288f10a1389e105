// Every --help page, whole, against test/golden/help/*.txt (stdout not a terminal and no $COLUMNS:
// clap's width of 100). UPDATE_GOLDEN=1 rewrites the files; review the diff before committing it.
// The goldens are our output; what makes them right is checked here against the Rust and clap
// sources, independently of src/cli/help.ts:
// - usage lines: clap_builder/src/output/usage.rs write_help_usage: `[OPTIONS]` when some flag is
//   neither required nor in a required group, then the .required(true) flags in definition order,
//   then the required groups as <a|b|…>, then positionals (<X> required, [X] optional).
//   casper-client 2.0.0 makes -i and -k of sign-deploy, -i of send-deploy and -p of account-address
//   .required(true) (src/deploy/sign.rs, creation_common.rs input::arg, src/account_address.rs);
//   flags that are only required_unless_present(-e/-j) are left out of the usage line by clap. clap
//   does not wrap the usage line (help_template.rs pushes it whole), so it is the one line that may
//   pass 100.
// - the order of the flags: the Rust display_order of each (RUST_ORDER below, file:line there).
// - the layout (clap 4.3.10, the clap 4 that casper-client 2.0.0 resolved on its release day; it
//   ships no Cargo.lock): clap_builder/src/output/help_template.rs:710-737 puts every text on the
//   next line when the command sets next_line_help (casper-client-rs v2.0.0
//   src/deploy/creation_common.rs:621, for put-deploy, make-deploy, transfer and make-transfer), on
//   --help when the command has a long text (l.721), or when taken = longest + 8 (+4 for
//   positionals) is over 40% of the width and some text is longer than width - taken; otherwise
//   two columns, texts at column longest + 8 (l.557-597, 620-626).
// - [possible values: …] after [default: …] (l.814-825), for PossibleValuesParser and ValueEnum
//   flags (keygen.rs:70-73, generate_completion.rs shell, transaction creation_common.rs
//   pricing_mode / transaction_runtime); casper-client sets hide_possible_values nowhere.
// - keygen's long_about (keygen.rs:12-20, 97): -h is the short help, --help the long one, with a
//   blank line between flags and the spec values on their own lines (l.487-489, 632-642, 826).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const DIR = join(repoRoot, 'test', 'golden', 'help');
const WIDTH = 100;

/** page name → the command line that shows it (the golden file is `<name>.txt`). */
const PAGES: Record<string, string[]> = {
  top: ['--help'],
  ...Object.fromEntries(
    [
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
      'get-block',
      'query-global-state',
      'send-transaction',
      'put-transaction',
    ].map((c) => [c, [c, '--help']]),
  ),
  'keygen.short': ['keygen', '-h'],
  'put-transaction-session': ['put-transaction', 'session', '--help'],
};

const SESSION =
  '<--session-path <PATH>|--session-package-hash <HEX STRING>|--session-package-name <NAME>|--is-session-transfer|--session-hash <HEX STRING>|--session-name <NAME>|--show-simple-arg-examples|--show-json-args-examples>';
const PAYMENT =
  '--payment-amount <AMOUNT>|--payment-path <PATH>|--payment-package-hash <HEX STRING>|--payment-package-name <NAME>|--payment-hash <HEX STRING>|--payment-name <NAME>';

const USAGE: Record<string, string> = {
  top: 'Usage: casper-client [COMMAND]',
  'put-deploy': `Usage: casper-client put-deploy [OPTIONS] ${SESSION} <${PAYMENT}|--show-simple-arg-examples|--show-json-args-examples>`,
  'make-deploy': `Usage: casper-client make-deploy [OPTIONS] ${SESSION} <${PAYMENT}|--show-simple-arg-examples|--show-json-args-examples>`,
  'sign-deploy': 'Usage: casper-client sign-deploy [OPTIONS] --secret-key <PATH> --input <PATH>',
  'send-deploy': 'Usage: casper-client send-deploy [OPTIONS] --input <PATH>',
  // transfer and make-transfer take -e/-j, as in 2.0.0, and their key, chain name, amount, target
  // and id are required_unless_present(-e/-j) (casper-client-rs v2.0.0 src/deploy/transfer.rs:18-83,
  // creation_common.rs), which clap leaves out of the usage line.
  transfer: `Usage: casper-client transfer [OPTIONS] <${PAYMENT}>`,
  'make-transfer': `Usage: casper-client make-transfer [OPTIONS] <${PAYMENT}>`,
  'get-deploy': 'Usage: casper-client get-deploy [OPTIONS] <HEX STRING>',
  'verify-deploy': 'Usage: casper-client verify-deploy [OPTIONS]',
  keygen: 'Usage: casper-client keygen [OPTIONS] [PATH]',
  'keygen.short': 'Usage: casper-client keygen [OPTIONS] [PATH]',
  'account-address': 'Usage: casper-client account-address --public-key <FORMATTED STRING or PATH>',
  'generate-completion': 'Usage: casper-client generate-completion [OPTIONS]',
  'get-block': 'Usage: casper-client get-block [OPTIONS]',
  'send-transaction': 'Usage: casper-client send-transaction [OPTIONS] --transaction-path <PATH>',
  'put-transaction': 'Usage: casper-client put-transaction <COMMAND>',
};

const E_J = ['show-simple-arg-examples', 'show-json-args-examples'];
const SESSION_FLAGS = [
  'session-path',
  'session-arg',
  'session-args-json',
  'session-args-complex',
  'session-hash',
  'session-name',
  'session-package-hash',
  'session-package-name',
  'session-entry-point',
  'session-version',
  'is-session-transfer',
];
const PAYMENT_FLAGS = [
  'payment-amount',
  'payment-path',
  'payment-arg',
  'payment-args-json',
  'payment-args-complex',
  'payment-hash',
  'payment-name',
  'payment-package-hash',
  'payment-package-name',
  'payment-entry-point',
  'payment-version',
];
const CREATION = ['timestamp', 'ttl', 'chain-name'];

/**
 * The Rust client's flags of each page in its display order (flags this client adds are not listed
 * and may sit anywhere). Deploy commands: the DisplayOrder each arg passes, by position in
 * casper-client-rs v2.0.0 src/deploy/creation_common.rs:13-53 (ShowSimpleArgExamples,
 * ShowJsonArgExamples, Verbose, NodeAddress, RpcId, SpeculativeExec, SecretKey, Input, Output,
 * Force, TransferAmount, TransferTargetAccount, TransferId, Timestamp, Ttl, ChainName, SessionCode …
 * SessionTransfer, SessionAccount, StandardPayment, PaymentCode …), so -k comes before -o and the
 * transfer's -a/-t/-i before --timestamp, and --payment-amount (StandardPayment) before
 * --payment-path (PaymentCode).
 */
const RUST_ORDER: Record<string, string[]> = {
  // put.rs:16-26 + creation_common.rs:615-715.
  'put-deploy': [
    ...E_J,
    'v',
    'node-address',
    'id',
    'speculative-exec',
    'secret-key',
    ...CREATION,
    ...SESSION_FLAGS,
    'session-account',
    ...PAYMENT_FLAGS,
    'help',
  ],
  // make.rs:19-31.
  'make-deploy': [
    ...E_J,
    'secret-key',
    'output',
    'force',
    ...CREATION,
    ...SESSION_FLAGS,
    'session-account',
    ...PAYMENT_FLAGS,
    'help',
  ],
  // sign.rs:18-32.
  'sign-deploy': ['secret-key', 'input', 'output', 'force', 'help'],
  // send.rs:18-29.
  'send-deploy': ['v', 'node-address', 'id', 'speculative-exec', 'input', 'help'],
  // transfer.rs:104-116.
  transfer: [
    ...E_J,
    'v',
    'node-address',
    'id',
    'speculative-exec',
    'secret-key',
    'amount',
    'target-account',
    'transfer-id',
    ...CREATION,
    'session-account',
    ...PAYMENT_FLAGS,
    'help',
  ],
  // make_transfer.rs:19-33.
  'make-transfer': [
    ...E_J,
    'secret-key',
    'output',
    'force',
    'amount',
    'target-account',
    'transfer-id',
    ...CREATION,
    'session-account',
    ...PAYMENT_FLAGS,
    'help',
  ],
  // deploy/get.rs:13-18 enum DisplayOrder { Verbose, NodeAddress, RpcId, DeployHash }.
  'get-deploy': ['v', 'node-address', 'id', 'help'],
  // keygen.rs:23-27 enum DisplayOrder { OutputDir, Force, Algorithm }.
  keygen: ['force', 'algorithm', 'help'],
  'keygen.short': ['force', 'algorithm', 'help'],
  // account_address.rs:14-16.
  'account-address': ['public-key', 'help'],
  // generate_completion.rs:12-16 enum DisplayOrder { OutputDir, Force, Shell }.
  'generate-completion': ['output-dir', 'force', 'shell', 'help'],
  // block/get.rs:13-18.
  'get-block': ['v', 'node-address', 'id', 'block-identifier', 'help'],
  // query_global_state.rs:18-26 { Verbose, NodeAddress, RpcId, BlockIdentifier, StateRootHash, Key, Path }.
  'query-global-state': ['v', 'node-address', 'id', 'block-identifier', 'state-root-hash', 'key', 'query-path', 'help'],
  // The read commands: each file's enum DisplayOrder (v2.0.0, src/…).
  'get-account': ['v', 'node-address', 'id', 'block-identifier', 'public-key', 'help'], // get_account.rs: { …, BlockIdentifier, PublicKey }
  'get-dictionary-item': [
    'v',
    'node-address',
    'id',
    'state-root-hash',
    'account-hash',
    'contract-hash',
    'dictionary-name',
    'dictionary-item-key',
    'seed-uref',
    'dictionary-address',
    'help',
  ], // get_dictionary_item.rs
  'query-balance': ['v', 'node-address', 'id', 'block-identifier', 'state-root-hash', 'purse-identifier', 'help'], // query_balance.rs
  'get-balance': ['v', 'node-address', 'id', 'state-root-hash', 'purse-uref', 'help'], // get_balance.rs
  'get-state-root-hash': ['v', 'node-address', 'id', 'block-identifier', 'help'], // get_state_root_hash.rs { …, BlockHash }
  'list-deploys': ['v', 'node-address', 'id', 'block-identifier', 'help'], // deploy/list.rs
  'get-auction-info': ['v', 'node-address', 'id', 'block-identifier', 'help'], // get_auction_info.rs
  'get-peers': ['v', 'node-address', 'id', 'help'], // get_peers.rs { Verbose, NodeAddress, RpcId }
  // 5.x files (casper-2.md §0 C-dev): get_entity.rs, get_reward.rs, query_balance_details.rs, transaction/get.rs.
  'get-entity': ['v', 'node-address', 'id', 'block-identifier', 'entity-identifier', 'help'],
  'get-reward': ['v', 'node-address', 'id', 'era-identifier', 'validator', 'delegator', 'help'],
  'query-balance-details': [
    'v',
    'node-address',
    'id',
    'block-identifier',
    'state-root-hash',
    'purse-identifier',
    'help',
  ],
  'get-transaction': ['v', 'node-address', 'id', 'get-finalized-approvals', 'help'],
  // transaction/sign.rs: SecretKey, TransactionPath, Output, Force of creation_common's enum.
  'sign-transaction': ['secret-key', 'transaction-path', 'output', 'force', 'help'],
  // package::add_args: contract-package-hash passes PackageAddr (29), package-address
  // ContractPackageHash (30), so the 1.x hash comes first.
  'put-transaction package': [
    ...E_J,
    'node-address',
    'secret-key',
    'output',
    'timestamp',
    'ttl',
    'transferred-value',
    'chain-name',
    'session-arg',
    'session-args-json',
    'chunked-args',
    'session-entry-point',
    'session-version',
    'contract-package-hash',
    'package-address',
    'payment-amount',
    'initiator-address',
    'pricing-mode',
    'standard-payment',
    'receipt',
    'gas-price-tolerance',
    'additional-computation-factor',
    'major-version',
    'transaction-runtime',
    'id',
    'v',
    'help',
  ],
  // add_bid::add_args: maximum-delegation-amount (15) before delegation-rate and
  // minimum-delegation-amount, which share MinimumDelegationRate (16) and sort by name.
  'make-transaction add-bid': [
    'secret-key',
    'output',
    'force',
    'timestamp',
    'ttl',
    'chain-name',
    'maximum-delegation-amount',
    'delegation-rate',
    'minimum-delegation-amount',
    'reserved-slots',
    'public-key',
    'payment-amount',
    'initiator-address',
    'pricing-mode',
    'standard-payment',
    'receipt',
    'gas-price-tolerance',
    'additional-computation-factor',
    'transaction-amount',
    'help',
  ],
  // 5.x (casper-2.md §0 C-dev): src/transaction/send.rs passes creation_common's NodeAddress (2),
  // SpeculativeExec (4), TransactionPath (5), RpcId (48) and Verbose (49).
  'send-transaction': ['node-address', 'speculative-exec', 'transaction-path', 'id', 'v', 'help'],
  // creation_common.rs (C-dev) session::add_args + apply_common_creation_options + add_rpc_args, by
  // the enum at l.19-70; initiator-address passes PricingMode too and sorts before it by name.
  'put-transaction-session': [
    ...E_J,
    'node-address',
    'secret-key',
    'wasm-path',
    'output',
    'timestamp',
    'ttl',
    'transferred-value',
    'chain-name',
    'session-arg',
    'session-args-json',
    'chunked-args',
    'session-entry-point',
    'payment-amount',
    'initiator-address',
    'pricing-mode',
    'standard-payment',
    'receipt',
    'gas-price-tolerance',
    'additional-computation-factor',
    'install-upgrade',
    'transaction-runtime',
    'id',
    'v',
    'help',
  ],
};

/** apply_common_creation_options sets next_line_help(true) (creation_common.rs:621). */
const NEXT_LINE_HELP = ['put-deploy', 'make-deploy', 'transfer', 'make-transfer'];
/** Pages shown with the long help: commands with a long_about or long_help (only keygen in 2.0.0). */
const LONG = ['keygen'];

interface Entry {
  key: string;
  name: string;
  measured: boolean;
  nextLine: boolean;
  /** The column the text starts at on the flag's own line (two columns). */
  column: number;
  text: string;
}

/** Parses an Options or Arguments section of a page as clap lays it out. */
function entries(section: string): Entry[] {
  const out: Entry[] = [];
  for (const line of section.split('\n')) {
    const m = /^ {2}(?:-(\w), | {4})?(--[\w-]+(?: \[?<[^>]*>\]?)?|-\w\.\.\.|[<[][^>\]]+[>\]])( {2,}|$)(.*)$/.exec(line);
    if (m !== null) {
      const [, short, name, gap, text] = m;
      const long = /^--([\w-]+)/.exec(name!)?.[1];
      out.push({
        key: long ?? short ?? name!.replace(/^-(\w)\.\.\.$/, '$1'),
        name: name!,
        measured: !/^-\w\.\.\.$/.test(name!),
        nextLine: text === '',
        column: line.length - text!.length,
        text: text!,
      });
      void gap;
    } else if (line.trim() !== '') out.at(-1)!.text += ` ${line.trim()}`;
  }
  for (const e of out) e.text = e.text.trim();
  return out;
}

function section(page: string, heading: string): string | undefined {
  const at = page.indexOf(`\n${heading}:\n`);
  if (at === -1) return undefined;
  const rest = page.slice(at + heading.length + 3);
  // Sections end at a blank line followed by a heading (or the page's end).
  return rest.split(/\n\n(?=[A-Z][\w ]*:\n)/)[0];
}

async function page(name: string): Promise<string> {
  const r = await runCli(PAGES[name]!);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe.concurrent('help pages', () => {
  it.each(Object.keys(PAGES))('%s', async (name) => {
    const text = await page(name);
    const file = join(DIR, `${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
    const lines = text.split('\n');
    if (USAGE[name] !== undefined) expect(lines.filter((l) => l.startsWith('Usage: '))).toEqual([USAGE[name]]);
    for (const l of lines) if (!l.startsWith('Usage: ')) expect(l.length, l).toBeLessThanOrEqual(WIDTH);
  });

  it.each(Object.keys(RUST_ORDER))('%s lists the Rust flags in the Rust display order', async (name) => {
    const text = PAGES[name] !== undefined ? await page(name) : (await runCli([...name.split(' '), '--help'])).stdout;
    const options = entries(section(text, 'Options')!).map((e) => e.key);
    const expected = RUST_ORDER[name]!;
    expect(options.filter((k) => expected.includes(k))).toEqual(expected);
  });

  it.each(Object.keys(PAGES).filter((p) => p !== 'top' && p !== 'put-transaction'))(
    "%s: two columns or next-line help, by clap's rule",
    async (name) => {
      const text = await page(name);
      const command = PAGES[name]![0]!;
      const long = LONG.includes(command) && PAGES[name]!.at(-1) === '--help';
      for (const [heading, positional] of [
        ['Options', false],
        ['Arguments', true],
      ] as const) {
        const body = section(text, heading);
        if (body === undefined) continue;
        const es = entries(body);
        const longest = Math.max(2, ...es.filter((e) => e.measured).map((e) => e.name.length));
        const taken = longest + 4 + (positional ? 0 : 4);
        // h_w: the text and its spec values, less the one space clap puts between them.
        const width = (e: Entry) => e.text.length - (/ \[(default|possible values):/.test(e.text) ? 1 : 0);
        const overflow = taken / WIDTH > 0.4 && es.some((e) => width(e) > WIDTH - taken);
        const nextLine = NEXT_LINE_HELP.includes(command) || long || overflow;
        expect(
          es.map((e) => e.nextLine),
          heading,
        ).toEqual(es.map(() => nextLine));
        if (!nextLine) for (const e of es) expect(e.column, e.name).toBe(taken);
        // The long help leaves a blank line between flags (help_template.rs:487-489).
        expect(body.includes('\n\n'), heading).toBe(long && es.length > 1);
      }
    },
  );

  it('says which flags are required, and when -e/-j lifts it', async () => {
    const text = (p: string, key: string) => entries(section(p, 'Options')!).find((e) => e.key === key)!.text;
    const sign = await page('sign-deploy');
    expect(text(sign, 'secret-key')).toMatch(/\[required\]$/);
    expect(text(sign, 'input')).toMatch(/\[required\]$/);
    expect(sign).not.toContain('nothing for stdin');
    const put = await page('put-deploy');
    expect(text(put, 'chain-name')).toMatch(/\[required unless -e or -j is given\]$/);
    expect(text(put, 'secret-key')).toMatch(/\[required unless -e or -j is given\]$/);
  });

  it.each([
    // keygen.rs:70-73 PossibleValuesParser [ED25519, SECP256K1], default ED25519.
    ['keygen.short', 'algorithm', '[default: Ed25519] [possible values: Ed25519, secp256k1]'],
    // generate_completion.rs: value_parser!(Shell), clap_complete shells/shell.rs:61-69.
    ['generate-completion', 'shell', '[default: bash] [possible values: bash, elvish, fish, powershell, zsh]'],
    // C-dev creation_common.rs pricing_mode (ValueEnum classic, reserved, fixed; default classic).
    ['put-transaction-session', 'pricing-mode', '[default: classic] [possible values: classic, reserved, fixed]'],
    [
      'put-transaction-session',
      'transaction-runtime',
      '[default: vm-casper-v1] [possible values: vm-casper-v1, vm-casper-v2]',
    ],
  ])('%s --%s ends with %s', async (name, key, tail) => {
    const e = entries(section(await page(name), 'Options')!).find((x) => x.key === key)!;
    expect(e.text.endsWith(tail)).toBe(true);
  });

  it('keygen: -h shows the about, --help and `help keygen` the long about (keygen.rs:97; parser.rs:1230-1238)', async () => {
    const short = await page('keygen.short');
    const long = await page('keygen');
    expect(short.split('\n')[0]).toBe('Make a key pair: secret_key.pem, public_key.pem and public_key_hex');
    expect(long.startsWith('Make a key pair: secret_key.pem, public_key.pem and public_key_hex. ')).toBe(true);
    // command.rs:4252-4258: the help flag's texts when a long help exists.
    expect(short).toMatch(/^ {2}-h, --help {2,}Print help \(see more with '--help'\)$/m);
    expect(long).toContain("  -h, --help\n          Print help (see a summary with '-h')\n");
    // Spec values after a blank line, one a line; clap indents the blank line too (styled_str.rs:56-62).
    expect(long).toContain(
      '\n          \n          [default: Ed25519]\n          [possible values: Ed25519, secp256k1]\n',
    );
    const viaHelp = await runCli(['help', 'keygen']);
    expect(viaHelp.stdout).toBe(long);
  });

  it('a command without long texts shows the same page for -h and --help (command.rs:4576)', async () => {
    for (const c of ['generate-completion', 'put-deploy']) {
      const [h, help] = await Promise.all([runCli([c, '-h']), runCli([c, '--help'])]);
      expect(h.stdout).toBe(help.stdout);
      expect(h.stdout).toMatch(/^ {2}-h, --help(\n {10}| {2,})Print help$/m);
    }
  });

  it('the top page lists the environment variables the client reads', async () => {
    const top = await page('top');
    for (const v of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'NO_COLOR', 'CI', 'CASPER_CLIENT_DEBUG'])
      expect(top).toMatch(new RegExp(`^ {2}.*\\b${v}\\b`, 'm'));
  });
});
