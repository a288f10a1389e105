// `casper-client --help` lists casper-client 2.0.0's whole command set in its order, then this
// project's extras marked as such; every command (hidden and aliased ones too) answers -h; the
// completion scripts, built from the flag tables, know the read commands.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// casper-client-rs v2.0.0 src/main.rs:70-98 (enum DisplayOrder), less the two commands it hides
// from its help: get-balance (src/main.rs:110 .hide(true)) and get-era-info (src/get_era_info.rs:30).
const RUST_LISTED = [
  'put-deploy',
  'make-deploy',
  'sign-deploy',
  'send-deploy',
  'transfer',
  'make-transfer',
  'get-deploy',
  'get-block',
  'get-block-transfers',
  'list-deploys',
  'get-state-root-hash',
  'get-era-summary',
  'query-global-state',
  'query-balance',
  'get-dictionary-item',
  'get-account',
  'get-auction-info',
  'get-validator-changes',
  'get-peers',
  'get-node-status',
  'get-chainspec',
  'list-rpcs',
  'keygen',
  'account-address',
  'generate-completion',
];
const RUST_HIDDEN = ['get-balance', 'get-era-info'];
// Aliases: src/get_account.rs (get-account-info), src/query_global_state.rs:11 (query-state),
// src/get_era_info.rs:11 (get-era-info-by-switch-block).
const RUST_ALIASES = ['get-account-info', 'query-state', 'get-era-info-by-switch-block'];
// 5.x: casper-client 5.0.1 src/main.rs module list and src/transaction.rs (docs.rs); get-package is not
// among them (ours).
const EXTRAS = [
  'verify-deploy',
  'query-balance-details',
  'get-entity',
  'get-package',
  'get-reward',
  'put-transaction',
  'make-transaction',
  'sign-transaction',
  'send-transaction',
  'get-transaction',
  'list-transactions',
];

const dir = mkdtempSync(join(tmpdir(), 'help-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('casper-client --help', () => {
  it('lists the Rust command set in the Rust order, then the extras, each marked', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    const [main, extras] = r.stdout.split(
      'Extra commands (not in casper-client 2.0.0; [5.x]: as in casper-client 5.x):\n',
    );
    const names = (text: string) => [...text.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((m) => m[1]);
    expect(names(main!.split('Commands:\n')[1]!)).toEqual([...RUST_LISTED, 'help']);
    // clap wraps a long about onto lines of its own (help_template.rs:620-626): join them back.
    const extraLines = extras!
      .split('\n\n')[0]!
      .replace(/\n {3,}/g, ' ')
      .split('\n');
    expect(extraLines.map((l) => /^ {2}([a-z-]+)/.exec(l)![1])).toEqual(EXTRAS);
    expect(extraLines.map((l) => /\[([^\]]+)\]$/.exec(l)![1])).toEqual([
      'ours',
      '5.x',
      '5.x',
      'ours',
      '5.x',
      '5.x',
      '5.x',
      '5.x',
      '5.x',
      '5.x',
      '5.x',
    ]);
    expect(r.stdout.split('\n').every((l) => l.length <= 100)).toBe(true);
    for (const hidden of RUST_HIDDEN) expect(r.stdout).not.toMatch(new RegExp(`^  ${hidden} `, 'm'));
  });

  it.each([...RUST_LISTED, ...RUST_HIDDEN, ...RUST_ALIASES, ...EXTRAS])('%s -h answers', async (name) => {
    const r = await runCli([name, '-h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\nUsage: casper-client [a-z-]+ /); // put-/make-transaction: `<COMMAND>`
  });

  it('help <alias> shows the command it names', async () => {
    const r = await runCli(['help', 'query-state']);
    expect(r.stdout).toContain('Usage: casper-client query-global-state ');
  });
});

describe('generate-completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s knows every listed command and the read flags', async (shell) => {
    // As casper-client 2.0.0: the folder must exist, and the script is DIR/casper-client for every shell.
    const out = join(dir, shell);
    mkdirSync(out, { recursive: true });
    const r = await runCli(['generate-completion', '--shell', shell, '-o', out]);
    expect(r.code).toBe(0);
    const file = join(out, 'casper-client');
    const text = readFileSync(file, 'utf8');
    for (const c of [...RUST_LISTED, ...EXTRAS]) expect(text).toContain(c);
    for (const flag of ['dictionary-item-key', 'query-path', 'purse-identifier', 'entity-identifier', 'era-identifier'])
      expect(text).toContain(flag);
  });
});
