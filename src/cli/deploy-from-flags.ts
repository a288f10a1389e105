// Statically imported: every deploy-making command needs the arg parsers and the signer, and
// one bundle chunk loads faster than several.
// Flags → a built deploy, in casper-client's order (session, key, payment, timestamp, ttl, session
// account), so the first problem reported is the one the Rust client would report. The checks of
// reference §1.4 live here, with messages that say what to do.
import { statSync } from 'node:fs';
import * as args from '../runtime-args/index.js';
import * as signer from '../signer/index.js';
import { signDeploy } from '../deploy/index.js';
import { buildDeploy, standardPayment, MAX_SERIALIZED_DEPLOY_SIZE, deploySize, type Deploy, type ExecutableDeployItem } from '../deploy/index.js';
import { CAPS, enableFastHash, readFileCapped, fsReason, fromHex, isLeapSecondTimestamp, parseTimestamp, parseTtl, PublicKey, type RuntimeArgs } from '../core/index.js';
import { CliError } from './errors.js';
import { warn } from './warn.js';
import type { FlagValues } from './parse.js';
import { messageOf } from '../core/errors.js';

const FAST_HASH_FROM = 64 * 1024;

async function argsFor(v: FlagValues, kind: 'session' | 'payment'): Promise<RuntimeArgs> {
  const simple = v.all(`${kind}-arg`);
  // The Rust client reads only the first --*-args-json (get_one on an Append arg) and takes '' as
  // absent (casper-client-rs v2.0.0 lib/cli/parse.rs:144-147, 239-242).
  const jsonAll = v.all(`${kind}-args-json`);
  if (jsonAll.length > 1) warn(`--${kind}-args-json is given ${jsonAll.length} times; only the first is used, as casper-client does`);
  const json = jsonAll[0] === '' ? undefined : jsonAll[0];
  const complexText = v.get(`${kind}-args-complex`);
  const complex = complexText === '' ? undefined : complexText;
  if (jsonAll[0] === '') warn(`--${kind}-args-json '' is taken as no args, as casper-client does`);
  if (complexText === '') warn(`--${kind}-args-complex '' is taken as no args, as casper-client does`);
  let out: RuntimeArgs;
  const warnings: string[] = [];
  if (json !== undefined) out = args.parseJsonArgs(json, `--${kind}-args-json`, warnings);
  else if (complex !== undefined) out = args.readComplexArgsFile(complex, `--${kind}-args-complex`);
  else if (simple.length > 0) out = args.parseSimpleArgs(simple, `--${kind}-arg`);
  else out = [];
  warnings.forEach(warn);
  const dup = args.findDuplicateArgNames(out);
  // RuntimeArgs is a list: casper-client sends every copy, and a contract's get_named_arg sees the first.
  if (dup.length > 0) warn(`the ${kind} arg name '${dup[0]}' is given more than once; every copy is sent, as casper-client does, and the contract will read the first`);
  return out;
}

function contractHash(text: string, flag: string): Uint8Array {
  const hex = text.startsWith('hash-') ? text.slice(5) : text;
  let b: Uint8Array | undefined;
  try {
    b = fromHex(hex);
  } catch {
    b = undefined;
  }
  if (b === undefined || b.length !== 32) throw new CliError(`${flag} '${text}' is not a hash: expected 64 hex characters, optionally prefixed with 'hash-'`);
  return b;
}

/**
 * casper-client 2.0.0 parses the version as a u32 and turns anything unparsable into None, the
 * latest version (lib/cli/parse.rs:472 `version(session_version).ok()`, :637-644).
 */
function version(text: string | undefined, flag: string): number | null {
  if (text === undefined || text === '') return null;
  const n = /^\+?\d+$/.test(text) ? BigInt(text) : -1n;
  if (n < 0n || n > 0xffffffffn) {
    warn(`${flag} '${text}' is not a whole number from 0 to 4294967295; the latest version is called, as casper-client does`);
    return null;
  }
  return Number(n);
}

async function readCode(path: string, kind: string): Promise<Uint8Array> {
  try {
    // Stat first, stream devices and pipes: never more than a deploy can hold. A Buffer is a
    // Uint8Array: no second copy of the module bytes.
    return readFileCapped(path, CAPS.deploy);
  } catch (e) {
    throw new CliError(`unable to read ${kind} file at '${path}': ${fsReason(e)}`);
  }
}

/** Flags that make no sense with the chosen selector, as casper-client refuses them. */
function forbid(v: FlagValues, selector: string, flags: string[]): void {
  // '' counts as not given, as in casper-client's check_exactly_one_not_empty! (parse.rs:315-395).
  const extra = flags.filter((f) => v.has(f) && v.get(f) !== '');
  if (extra.length > 0) throw new CliError(`--${extra[0]} cannot be used with --${selector}`);
}

export async function itemFromFlags(v: FlagValues, kind: 'session' | 'payment'): Promise<ExecutableDeployItem> {
  const p = (s: string) => `${kind}-${s}`;
  const entry = v.get(p('entry-point'));
  const ver = p('version');
  const needsEntry = (sel: string) => {
    if (entry === undefined || entry === '') throw new CliError(`--${sel} needs --${p('entry-point')} naming the entry point to call`);
    return entry;
  };
  if (kind === 'payment' && v.has('payment-amount')) {
    forbid(v, 'payment-amount', [p('entry-point'), ver]);
    // casper-client 2.0.0 returns the standard payment before it reads any payment args
    // (lib/cli/parse.rs:541-546): they are not even parsed.
    const ignored = ['payment-arg', 'payment-args-json', 'payment-args-complex'].filter((f) => v.has(f));
    if (ignored.length > 0) warn(`--${ignored[0]} is ignored beside --payment-amount, as casper-client does: the standard payment takes only the amount`);
    const text = v.get('payment-amount')!;
    if (!/^\d+$/.test(text) || BigInt(text) >> 512n !== 0n) {
      throw new CliError(`--payment-amount '${text}' is not an amount: expected a whole number of motes, e.g. 2500000000 (2.5 CSPR)`);
    }
    return standardPayment(BigInt(text));
  }
  const args = await argsFor(v, kind);
  if (v.has(p('path'))) {
    forbid(v, p('path'), [p('entry-point'), ver]);
    const bytes = await readCode(v.get(p('path'))!, kind);
    if (bytes.length >= FAST_HASH_FROM) await enableFastHash();
    return { kind: 'ModuleBytes', moduleBytes: bytes, args };
  }
  if (kind === 'session' && v.has('is-session-transfer')) {
    forbid(v, 'is-session-transfer', [p('entry-point'), ver]);
    if (args.length === 0) throw new CliError("--is-session-transfer needs the transfer's args: pass them with --session-arg (amount, target, id)");
    return { kind: 'Transfer', args };
  }
  if (v.has(p('hash'))) {
    forbid(v, p('hash'), [ver]);
    return { kind: 'StoredContractByHash', hash: contractHash(v.get(p('hash'))!, `--${p('hash')}`), entryPoint: needsEntry(p('hash')), args };
  }
  if (v.has(p('name'))) {
    forbid(v, p('name'), [ver]);
    return { kind: 'StoredContractByName', name: v.get(p('name'))!, entryPoint: needsEntry(p('name')), args };
  }
  if (v.has(p('package-hash'))) {
    return {
      kind: 'StoredVersionedContractByHash', hash: contractHash(v.get(p('package-hash'))!, `--${p('package-hash')}`),
      version: version(v.get(ver), `--${ver}`), entryPoint: needsEntry(p('package-hash')), args,
    };
  }
  if (v.has(p('package-name'))) {
    return { kind: 'StoredVersionedContractByName', name: v.get(p('package-name'))!, version: version(v.get(ver), `--${ver}`), entryPoint: needsEntry(p('package-name')), args };
  }
  throw new CliError(`one --${kind}-* option must say what the ${kind} code is`);
}

/** A secret key others can read is worth a word, to people (scripts' stderr stays clean). */
function warnIfShared(path: string): void {
  if (!process.stderr.isTTY || process.env.CI) return;
  try {
    if ((statSync(path).mode & 0o077) !== 0) process.stderr.write(`warning: secret key file '${path}' can be read by other users; run chmod 600 on it\n`);
  } catch {
    // unreadable metadata is not worth failing the deploy over
  }
}

export interface DeployFromFlags {
  deploy: Deploy;
  key: signer.SecretKey | undefined;
}

export async function deployFromFlags(v: FlagValues, opts: { requireKey: boolean; session?: () => ExecutableDeployItem }): Promise<DeployFromFlags> {
  const session = opts.session !== undefined ? opts.session() : await itemFromFlags(v, 'session');
  let key: signer.SecretKey | undefined;
  if (v.has('secret-key')) {
    try {
      key = await signer.loadSecretKeyFile(v.get('secret-key')!);
      warnIfShared(v.get('secret-key')!);
    } catch (e) {
      throw new CliError(messageOf(e), { cause: e });
    }
  } else if (opts.requireKey) {
    throw new CliError('--secret-key is required to sign the deploy');
  }
  const payment = await itemFromFlags(v, 'payment');
  let timestamp: number | undefined;
  let ttl: number;
  const ts = v.get('timestamp');
  try {
    timestamp = ts === undefined || ts === '' ? undefined : parseTimestamp(ts);
    if (ts !== undefined && isLeapSecondTimestamp(ts)) warn(`--timestamp '${ts}': second 60 is read as 59, as casper-client (humantime) does`);
  } catch (e) {
    throw new CliError(`failed to parse --timestamp: ${messageOf(e)}`, { cause: e });
  }
  try {
    ttl = parseTtl(v.get('ttl') ?? '30min');
  } catch (e) {
    throw new CliError(`failed to parse --ttl: ${messageOf(e)}`, { cause: e });
  }
  let account: PublicKey;
  // '' is no account at all for casper-client (lib/cli/parse.rs:75-78): the key's own is used.
  if (v.get('session-account') === '') warn("--session-account '' is taken as not given, as casper-client does: the deploy runs as the signing key's account");
  if (v.get('session-account') !== undefined && v.get('session-account') !== '') {
    try {
      account = signer.readPublicKeyArg(v.get('session-account')!);
      if (PublicKey.isUncompressedHex(v.get('session-account')!)) warn('--session-account is an uncompressed secp256k1 key; the deploy names it compressed (02/03…), as casper-client does');
    } catch (e) {
      throw new CliError(`--session-account: ${messageOf(e)}`, { cause: e });
    }
  } else if (key !== undefined) {
    account = key.publicKey;
  } else {
    throw new CliError('an unsigned deploy needs --session-account to say whose account it runs as');
  }
  const gasText = v.get('gas-price') ?? '1';
  if (!/^\d+$/.test(gasText) || BigInt(gasText) > 0xffffffffffffffffn) throw new CliError(`--gas-price '${gasText}' is not a whole number from 0 to 2^64-1`);
  const dependencies = v.all('dependency').map((d) => {
    try {
      const b = fromHex(d);
      if (b.length === 32) return b;
    } catch {
      // reported below
    }
    throw new CliError(`--dependency '${d}' is not a deploy hash: expected 64 hex characters`);
  });
  const chainName = v.get('chain-name');
  if (chainName === undefined) throw new CliError('--chain-name is required');
  let deploy = buildDeploy({ account, chainName, payment, session, timestamp, ttl, gasPrice: BigInt(gasText), dependencies });
  if (key !== undefined) deploy = signDeploy(deploy, key);
  const size = deploySize(deploy);
  if (size > MAX_SERIALIZED_DEPLOY_SIZE) throw new CliError(`deploy size of ${size} bytes exceeds limit of ${MAX_SERIALIZED_DEPLOY_SIZE}`);
  return { deploy, key };
}
