// Every --help page, whole, against test/golden/help/*.txt (stdout not a terminal: clap's width
// of 100). UPDATE_GOLDEN=1 rewrites the files; review the diff before committing it.
// The usage lines are also checked against what clap 4 builds from the flag definitions
// (clap_builder/src/output/usage.rs, write_help_usage): `[OPTIONS]` when some flag is neither
// required nor in a required group, then the .required(true) flags in definition order, then the
// required groups as <a|b|…>, then positionals (<X> required, [X] optional). casper-client 2.0.0
// makes -i and -k of sign-deploy, -i of send-deploy and -p of account-address .required(true)
// (src/deploy/sign.rs, creation_common.rs input::arg, src/account_address.rs); flags that are
// only required_unless_present(-e/-j) are left out of the usage line by clap. clap does not wrap
// the usage line (help_template.rs pushes it whole), so it is the one line that may pass 100.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const DIR = join(repoRoot, 'test', 'golden', 'help');
const COMMANDS = ['put-deploy', 'make-deploy', 'sign-deploy', 'send-deploy', 'transfer', 'make-transfer', 'get-deploy', 'verify-deploy', 'keygen', 'account-address', 'generate-completion'];

const SESSION = '<--session-path <PATH>|--session-package-hash <HEX STRING>|--session-package-name <NAME>|--is-session-transfer|--session-hash <HEX STRING>|--session-name <NAME>|--show-simple-arg-examples|--show-json-args-examples>';
const PAYMENT = '--payment-amount <AMOUNT>|--payment-path <PATH>|--payment-package-hash <HEX STRING>|--payment-package-name <NAME>|--payment-hash <HEX STRING>|--payment-name <NAME>';

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
  'account-address': 'Usage: casper-client account-address --public-key <FORMATTED STRING or PATH>',
  'generate-completion': 'Usage: casper-client generate-completion [OPTIONS]',
};

async function page(name: string): Promise<string> {
  const r = await runCli(name === 'top' ? ['--help'] : [name, '--help']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe.concurrent('help pages', () => {
  it.each(['top', ...COMMANDS])('%s', async (name) => {
    const text = await page(name);
    const file = join(DIR, `${name}.txt`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('Usage: '))).toEqual([USAGE[name]]);
    for (const l of lines) if (!l.startsWith('Usage: ')) expect(l.length, l).toBeLessThanOrEqual(100);
    if (name !== 'top') expect(lines.slice(-3)).toEqual(['  -h, --help', '          Print help', '']);
  });

  it('says which flags are required, and when -e/-j lifts it', async () => {
    const sign = await page('sign-deploy');
    expect(sign).toMatch(/ {2}-k, --secret-key <PATH>\n(?: {10}.*\n)*? {10}.*\[required\]\n/);
    expect(sign).toMatch(/ {2}-i, --input <PATH>\n(?: {10}.*\n)*? {10}.*\[required\]\n/);
    expect(sign).not.toContain("nothing for stdin");
    const put = await page('put-deploy');
    expect(put).toMatch(/ {6}--chain-name <NAME>\n(?: {10}.*\n)*? {10}.*\[required unless -e or -j is\s+given\]/);
    expect(put).toMatch(/ {2}-k, --secret-key <PATH>\n(?: {10}.*\n)*? {10}.*\[required unless -e or -j is\s+given\]/);
  });

  it('the top page lists the environment variables the client reads', async () => {
    const top = await page('top');
    for (const v of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'NO_COLOR', 'CI', 'CASPER_CLIENT_DEBUG']) expect(top).toMatch(new RegExp(`^ {2}.*\\b${v}\\b`, 'm'));
  });
});
