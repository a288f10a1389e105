// Statically imported: every deploy-making command needs the arg parsers and the signer, and
// one bundle chunk loads faster than several.
// Flags → a built deploy, in casper-client's order (session, key, payment, timestamp, ttl, session
// account), so the first problem reported is the one the Rust client would report. The checks of
// reference §1.4 live here, with messages that say what to do.
import { statSync } from 'node:fs';
import * as args from '../runtime-args/index.js';
import * as signer from '../signer/index.js';
import { signDeploy } from '../deploy/index.js';
import {
  buildDeploy,
  standardPayment,
  MAX_SERIALIZED_DEPLOY_SIZE,
  deploySize,
  type Deploy,
  type ExecutableDeployItem,
} from '../deploy/index.js';
import {
  CAPS,
  enableFastHash,
  readFileCapped,
  fsReason,
  fromHex,
  isLeapSecondTimestamp,
  parseTimestamp,
  parseTtl,
  PublicKey,
  type RuntimeArgs,
} from '../core/index.js';
import { CliError } from './errors.js';
import { warn } from './warn.js';
import type { creation, payment, secretKey, session, sessionAccount } from './flag-sets.js';
import type { FlagValues } from './parse.js';
import { messageOf } from '../core/errors.js';

const FAST_HASH_FROM = 64 * 1024;

/** The flags that say what the session or the payment code is, read once per kind. */
interface CodeFlags {
  kind: 'session' | 'payment';
  path: string | undefined;
  simpleArgs: string[];
  jsonArgs: string[];
  complexArgs: string | undefined;
  hash: string | undefined;
  name: string | undefined;
  packageHash: string | undefined;
  packageName: string | undefined;
  entryPoint: string | undefined;
  version: string | undefined;
  /** --is-session-transfer (session only). */
  isTransfer: boolean;
  /** --payment-amount (payment only): the standard payment. */
  amount: string | undefined;
}

const sessionFlags = (v: FlagValues<{ flags: typeof session }>): CodeFlags => ({
  kind: 'session',
  path: v.get('session-path'),
  simpleArgs: v.get('session-arg'),
  jsonArgs: v.get('session-args-json'),
  complexArgs: v.get('session-args-complex'),
  hash: v.get('session-hash'),
  name: v.get('session-name'),
  packageHash: v.get('session-package-hash'),
  packageName: v.get('session-package-name'),
  entryPoint: v.get('session-entry-point'),
  version: v.get('session-version'),
  isTransfer: v.get('is-session-transfer'),
  amount: undefined,
});

const paymentFlags = (v: FlagValues<{ flags: typeof payment }>): CodeFlags => ({
  kind: 'payment',
  path: v.get('payment-path'),
  simpleArgs: v.get('payment-arg'),
  jsonArgs: v.get('payment-args-json'),
  complexArgs: v.get('payment-args-complex'),
  hash: v.get('payment-hash'),
  name: v.get('payment-name'),
  packageHash: v.get('payment-package-hash'),
  packageName: v.get('payment-package-name'),
  entryPoint: v.get('payment-entry-point'),
  version: v.get('payment-version'),
  isTransfer: false,
  amount: v.get('payment-amount'),
});

async function argsFor(c: CodeFlags): Promise<RuntimeArgs> {
  const kind = c.kind;
  const simple = c.simpleArgs;
  // The Rust client reads only the first --*-args-json (get_one on an Append arg) and takes '' as
  // absent (casper-client-rs v2.0.0 lib/cli/parse.rs:144-147, 239-242).
  const jsonAll = c.jsonArgs;
  if (jsonAll.length > 1)
    warn(`--${kind}-args-json is given ${jsonAll.length} times; only the first is used, as casper-client does`);
  const json = jsonAll[0] === '' ? undefined : jsonAll[0];
  const complexText = c.complexArgs;
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
  if (dup.length > 0)
    warn(
      `the ${kind} arg name '${dup[0]}' is given more than once; every copy is sent, as casper-client does, and the contract will read the first`,
    );
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
  if (b === undefined || b.length !== 32)
    throw new CliError(`${flag} '${text}' is not a hash: expected 64 hex characters, optionally prefixed with 'hash-'`);
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
    warn(
      `${flag} '${text}' is not a whole number from 0 to 4294967295; the latest version is called, as casper-client does`,
    );
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
function forbid(c: CodeFlags, selector: string, which: ('entry-point' | 'version')[]): void {
  // '' counts as not given, as in casper-client's check_exactly_one_not_empty! (parse.rs:315-395).
  const extra = which.filter(
    (w) =>
      (w === 'entry-point' ? c.entryPoint : c.version) !== undefined &&
      (w === 'entry-point' ? c.entryPoint : c.version) !== '',
  );
  if (extra.length > 0) throw new CliError(`--${c.kind}-${extra[0]} cannot be used with --${selector}`);
}

async function itemFrom(c: CodeFlags): Promise<ExecutableDeployItem> {
  const kind = c.kind;
  const entry = c.entryPoint;
  const ver = `--${kind}-version`;
  const needsEntry = (sel: string) => {
    if (entry === undefined || entry === '')
      throw new CliError(`--${kind}-${sel} needs --${kind}-entry-point naming the entry point to call`);
    return entry;
  };
  if (c.amount !== undefined) {
    forbid(c, 'payment-amount', ['entry-point', 'version']);
    // casper-client 2.0.0 returns the standard payment before it reads any payment args
    // (lib/cli/parse.rs:541-546): they are not even parsed.
    const ignored =
      c.simpleArgs.length > 0
        ? 'payment-arg'
        : c.jsonArgs.length > 0
          ? 'payment-args-json'
          : c.complexArgs !== undefined
            ? 'payment-args-complex'
            : undefined;
    if (ignored !== undefined)
      warn(
        `--${ignored} is ignored beside --payment-amount, as casper-client does: the standard payment takes only the amount`,
      );
    const text = c.amount;
    if (!/^\d+$/.test(text) || BigInt(text) >> 512n !== 0n) {
      throw new CliError(
        `--payment-amount '${text}' is not an amount: expected a whole number of motes, e.g. 2500000000 (2.5 CSPR)`,
      );
    }
    return standardPayment(BigInt(text));
  }
  const args = await argsFor(c);
  if (c.path !== undefined) {
    forbid(c, `${kind}-path`, ['entry-point', 'version']);
    const bytes = await readCode(c.path, kind);
    if (bytes.length >= FAST_HASH_FROM) await enableFastHash();
    return { kind: 'ModuleBytes', moduleBytes: bytes, args };
  }
  if (c.isTransfer) {
    forbid(c, 'is-session-transfer', ['entry-point', 'version']);
    if (args.length === 0)
      throw new CliError(
        "--is-session-transfer needs the transfer's args: pass them with --session-arg (amount, target, id)",
      );
    return { kind: 'Transfer', args };
  }
  if (c.hash !== undefined) {
    forbid(c, `${kind}-hash`, ['version']);
    return {
      kind: 'StoredContractByHash',
      hash: contractHash(c.hash, `--${kind}-hash`),
      entryPoint: needsEntry('hash'),
      args,
    };
  }
  if (c.name !== undefined) {
    forbid(c, `${kind}-name`, ['version']);
    return { kind: 'StoredContractByName', name: c.name, entryPoint: needsEntry('name'), args };
  }
  if (c.packageHash !== undefined) {
    return {
      kind: 'StoredVersionedContractByHash',
      hash: contractHash(c.packageHash, `--${kind}-package-hash`),
      version: version(c.version, ver),
      entryPoint: needsEntry('package-hash'),
      args,
    };
  }
  if (c.packageName !== undefined) {
    return {
      kind: 'StoredVersionedContractByName',
      name: c.packageName,
      version: version(c.version, ver),
      entryPoint: needsEntry('package-name'),
      args,
    };
  }
  throw new CliError(`one --${kind}-* option must say what the ${kind} code is`);
}

/** put-deploy's and make-deploy's session: the --session-* flags. */
export const sessionItem = (v: FlagValues<{ flags: typeof session }>): Promise<ExecutableDeployItem> =>
  itemFrom(sessionFlags(v));

/** A secret key others can read is worth a word, to people (scripts' stderr stays clean). */
function warnIfShared(path: string): void {
  if (!process.stderr.isTTY || process.env.CI) return;
  try {
    if ((statSync(path).mode & 0o077) !== 0)
      process.stderr.write(`warning: secret key file '${path}' can be read by other users; run chmod 600 on it\n`);
  } catch {
    // unreadable metadata is not worth failing the deploy over
  }
}

export interface DeployFromFlags {
  deploy: Deploy;
  key: signer.SecretKey | undefined;
}

/** The flags every deploy-making command has; the session comes from the caller (its own flags). */
type DeployFlags = {
  flags: readonly ((typeof creation)[number] | typeof secretKey | typeof sessionAccount | (typeof payment)[number])[];
};

export async function deployFromFlags(
  v: FlagValues<DeployFlags>,
  opts: { requireKey: boolean; session: () => ExecutableDeployItem | Promise<ExecutableDeployItem> },
): Promise<DeployFromFlags> {
  const session = await opts.session();
  let key: signer.SecretKey | undefined;
  const keyPath = v.get('secret-key');
  if (keyPath !== undefined) {
    try {
      key = await signer.loadSecretKeyFile(keyPath);
      warnIfShared(keyPath);
    } catch (e) {
      throw new CliError(messageOf(e), { cause: e });
    }
  } else if (opts.requireKey) {
    throw new CliError('--secret-key is required to sign the deploy');
  }
  const payment = await itemFrom(paymentFlags(v));
  let timestamp: number | undefined;
  let ttl: number;
  const ts = v.get('timestamp');
  try {
    timestamp = ts === undefined || ts === '' ? undefined : parseTimestamp(ts);
    if (ts !== undefined && isLeapSecondTimestamp(ts))
      warn(`--timestamp '${ts}': second 60 is read as 59, as casper-client (humantime) does`);
  } catch (e) {
    throw new CliError(`failed to parse --timestamp: ${messageOf(e)}`, { cause: e });
  }
  try {
    ttl = parseTtl(v.get('ttl'));
  } catch (e) {
    throw new CliError(`failed to parse --ttl: ${messageOf(e)}`, { cause: e });
  }
  let account: PublicKey;
  // '' is no account at all for casper-client (lib/cli/parse.rs:75-78): the key's own is used.
  const accountText = v.get('session-account');
  if (accountText === '')
    warn(
      "--session-account '' is taken as not given, as casper-client does: the deploy runs as the signing key's account",
    );
  if (accountText !== undefined && accountText !== '') {
    try {
      account = signer.readPublicKeyArg(accountText);
      if (PublicKey.isUncompressedHex(accountText))
        warn(
          '--session-account is an uncompressed secp256k1 key; the deploy names it compressed (02/03…), as casper-client does',
        );
    } catch (e) {
      throw new CliError(`--session-account: ${messageOf(e)}`, { cause: e });
    }
  } else if (key !== undefined) {
    account = key.publicKey;
  } else {
    throw new CliError('an unsigned deploy needs --session-account to say whose account it runs as');
  }
  const gasText = v.get('gas-price');
  if (!/^\d+$/.test(gasText) || BigInt(gasText) > 0xffffffffffffffffn)
    throw new CliError(`--gas-price '${gasText}' is not a whole number from 0 to 2^64-1`);
  const dependencies = v.get('dependency').map((d) => {
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
  let deploy = buildDeploy({
    account,
    chainName,
    payment,
    session,
    timestamp,
    ttl,
    gasPrice: BigInt(gasText),
    dependencies,
  });
  if (key !== undefined) deploy = signDeploy(deploy, key);
  const size = deploySize(deploy);
  if (size > MAX_SERIALIZED_DEPLOY_SIZE)
    throw new CliError(`deploy size of ${size} bytes exceeds limit of ${MAX_SERIALIZED_DEPLOY_SIZE}`);
  return { deploy, key };
}
