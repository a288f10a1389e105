// casper-devnet: a local stand-in for a Casper node (2.x by default, 1.5 on request), for trying
// deploys before spending tokens.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PACKAGE_VERSION } from '../core/version.js';
import {
  devnetHelp,
  type DevnetFlag,
  DevnetUsageError,
  type DevnetValues,
  invalidValue,
  parseDevnetArgs,
} from './args.js';
import { CAPS, fsReason, type InputCap, parseJsonExact, parseTtl, readFileCapped } from '../core/index.js';
import { ChainLogError, legacyLog } from './log.js';
import { lockDataDir } from './lock.js';
import { generateSecretKey, loadSecretKeyFile, secretKeyToPem, type SecretKey } from '../signer/index.js';
import {
  type Chainspec,
  defaultChainspec,
  DEFAULT_CHAIN_NAME,
  type Generation,
  loadChainspec,
} from '../chainspec/chainspec.js';
import { ownerKey } from './global-state.js';
import { Devnet } from './node.js';
import type { GenesisAccount, GenesisCode } from './state.js';
import { parseToml } from '../chainspec/toml.js';
import { messageOf } from '../core/errors.js';

const FUNDED_BALANCE = 1_000_000_000_000_000_000n;

const FLAGS: DevnetFlag[] = [
  { long: 'host', valueName: 'HOST', default: '127.0.0.1', help: 'Address to listen on' },
  { long: 'port', valueName: 'PORT', default: '7777', help: 'Port to listen on; 0 picks a free one' },
  {
    long: 'protocol',
    valueName: 'VERSION',
    default: '2.0',
    help: 'Node generation to stand in for: 2.0 (as mainnet and testnet run today, behind the sidecar) or 1.5 (casper-node 1.5.8)',
  },
  { long: 'chain-name', valueName: 'NAME', default: DEFAULT_CHAIN_NAME, help: 'Network name deploys must carry' },
  {
    long: 'chainspec',
    valueName: 'FILE',
    help: 'Take limits, lanes, pricing (and the name) from a casper-node chainspec.toml; its generation must match --protocol',
  },
  {
    long: 'accounts',
    valueName: 'FILE',
    help: 'Genesis accounts: TOML or JSON [[accounts]] with public_key, balance (and associated_keys); top-level contracts/packages list hashes that exist; [[dictionaries]] with owner, name and items give accounts and contracts a dictionary under that named key',
  },
  {
    long: 'data-dir',
    valueName: 'DIR',
    help: 'Keep the funded key and the chain here; restarts resume the chain. Without it they live in a temporary folder, removed when the devnet stops',
  },
  { long: 'block-time', valueName: 'DURATION', default: '1s', help: 'Time between blocks' },
  { long: 'quiet', short: 'q', help: 'Do not log a line on stderr for each executed deploy' },
  { long: 'help', short: 'h', help: 'Print help' },
  { long: 'version', short: 'V', help: 'Print version' },
];
const flag = (long: string) => FLAGS.find((f) => f.long === long)!;

const HELP = devnetHelp(
  'casper-devnet: a local stand-in for a Casper node (JSON-RPC on /rpc)',
  FLAGS,
  'Each executed deploy is logged on stderr: its hash, account and outcome (--quiet to silence).\nExit codes: 0 stopped by Ctrl-C or SIGTERM, 1 runtime error (e.g. the port is in use), 2 usage error.',
);

/** The temporary data folder, removed when the devnet stops (it holds a funded secret key). */
let tempDir: string | undefined;
const removeTemp = () => {
  if (tempDir !== undefined) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
};

/** A usage error: clap's shape, exit 2. */
function usage(e: DevnetUsageError): never {
  removeTemp();
  process.stderr.write(e.render());
  process.exit(2);
}

/** A runtime error: one line on stderr, exit 1. */
function fail(message: string): never {
  removeTemp();
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

/** A runtime failure of the chain's storage (log, lock): one line on stderr, exit 1. */
function die(message: string): never {
  removeTemp();
  process.stderr.write(`casper-devnet: ${message}\n`);
  process.exit(1);
}

/** Node's timers hold at most 2^31−1 ms; the longest block time is a round number below that. */
const MAX_BLOCK_TIME_MS = 24 * 86_400_000;
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '0', '::0']);

function readText(path: string, flag: string, cap: InputCap): string {
  try {
    return readFileCapped(path, cap).toString('utf8');
  } catch (e) {
    return fail(`${flag} '${path}' cannot be read: ${fsReason(e)}`);
  }
}

function readAccounts(path: string): { accounts: GenesisAccount[]; code: GenesisCode } {
  let doc: unknown;
  const text = readText(path, '--accounts', CAPS.accounts);
  try {
    doc = path.endsWith('.json') ? parseJsonExact(text) : parseToml(text);
  } catch (e) {
    fail(`--accounts '${path}': ${messageOf(e)}`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { accounts?: unknown[] }).accounts;
  const d = (Array.isArray(doc) ? {} : doc) as { contracts?: unknown; packages?: unknown; dictionaries?: unknown };
  const hexList = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  if (!Array.isArray(list)) fail(`--accounts '${path}': expected [[accounts]] entries with public_key and balance`);
  const accounts = list.map((raw, i) => {
    const a = raw as { public_key?: string; balance?: string | number | bigint; associated_keys?: string[] };
    if (typeof a.public_key !== 'string' || a.balance === undefined)
      fail(`--accounts '${path}': account #${i + 1} needs public_key and balance`);
    return { publicKey: a.public_key, balance: BigInt(a.balance), associatedKeys: a.associated_keys };
  });
  const dictionaries = (Array.isArray(d.dictionaries) ? d.dictionaries : []).map((raw, i) => {
    const x = raw as { owner?: unknown; name?: unknown; items?: unknown };
    if (typeof x.owner !== 'string' || typeof x.name !== 'string' || typeof x.items !== 'object' || x.items === null) {
      fail(
        `--accounts '${path}': dictionary #${i + 1} needs owner (a public key, account-hash-… or hash-…), name and items = { key = "value", … }`,
      );
    }
    try {
      ownerKey(x.owner);
    } catch (e) {
      fail(`--accounts '${path}': dictionary #${i + 1} owner '${x.owner}': ${messageOf(e)}`);
    }
    return {
      owner: x.owner,
      name: x.name,
      items: Object.fromEntries(Object.entries(x.items as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
    };
  });
  return { accounts, code: { contracts: hexList(d.contracts), packages: hexList(d.packages), dictionaries } };
}

/** The funded key: created once (0600, written whole), then reused. */
async function fundedKey(dir: string): Promise<{ key: SecretKey; path: string }> {
  const path = join(dir, 'secret_key.pem');
  if (existsSync(path)) return { key: await loadSecretKeyFile(path), path };
  const key = await generateSecretKey('ed25519');
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, secretKeyToPem(key), { mode: 0o600, flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    die(`cannot write the funded key '${path}': ${fsReason(e)}`);
  }
  writeFileSync(join(dir, 'public_key_hex'), `${key.publicKey.toHex()}\n`);
  return { key, path };
}

async function main(): Promise<void> {
  let args: DevnetValues;
  try {
    args = parseDevnetArgs(FLAGS, process.argv.slice(2));
  } catch (e) {
    if (e instanceof DevnetUsageError) usage(e);
    throw e;
  }
  if (args.has('help')) {
    process.stdout.write(HELP);
    return;
  }
  if (args.has('version')) {
    process.stdout.write(`casper-devnet ${PACKAGE_VERSION}\n`);
    return;
  }
  const text = (long: string) => {
    const v = args.get(long);
    return typeof v === 'string' ? v : flag(long).default;
  };
  const values = {
    host: text('host')!,
    'chain-name': args.has('chain-name') ? text('chain-name') : undefined,
    chainspec: text('chainspec'),
    accounts: text('accounts'),
    'data-dir': text('data-dir'),
    protocol: args.has('protocol') ? text('protocol') : undefined,
  };
  const port = Number(text('port'));
  if (!/^\d+$/.test(text('port')!) || port > 65535)
    usage(invalidValue(flag('port'), text('port')!, 'not a port number (0 to 65535)'));
  let blockTimeMs = 0;
  try {
    blockTimeMs = parseTtl(text('block-time')!);
  } catch (e) {
    usage(invalidValue(flag('block-time'), text('block-time')!, messageOf(e)));
  }
  if (blockTimeMs < 10) usage(invalidValue(flag('block-time'), text('block-time')!, 'must be at least 10ms'));
  if (blockTimeMs > MAX_BLOCK_TIME_MS)
    usage(invalidValue(flag('block-time'), text('block-time')!, 'longer than the longest block time, 24days'));
  // Never exposed by accident: an empty host is refused (Node would listen on every interface).
  if (values.host.trim() === '')
    usage(
      invalidValue(
        flag('host'),
        values.host,
        'empty: give the address to listen on (127.0.0.1 by default, 0.0.0.0 for every interface)',
      ),
    );
  if (WILDCARD_HOSTS.has(values.host)) {
    process.stderr.write(
      `warning: --host ${values.host} listens on every network interface: anyone who can reach this machine can send deploys to this devnet\n`,
    );
  }
  const protocols = new Map<string, Generation>([
    ['2', '2'],
    ['2.0', '2'],
    ['2.x', '2'],
    ['1.5', '1.5'],
    ['1.5.8', '1.5'],
  ]);
  const generation = values.protocol === undefined ? undefined : protocols.get(values.protocol);
  if (values.protocol !== undefined && generation === undefined)
    usage(
      invalidValue(
        flag('protocol'),
        values.protocol,
        'not a node generation this devnet knows\n  [possible values: 2.0, 1.5]',
      ),
    );
  let chainspec: Chainspec;
  const chainspecText = values.chainspec ? readText(values.chainspec, '--chainspec', CAPS.chainspec) : undefined;
  try {
    chainspec =
      chainspecText !== undefined
        ? loadChainspec(chainspecText, values['chain-name'], `--chainspec ${values.chainspec}`)
        : defaultChainspec(values['chain-name'], generation ?? '2');
  } catch (e) {
    fail(`--chainspec '${values.chainspec}': ${messageOf(e)}`);
  }
  if (generation !== undefined && chainspec.generation !== generation) {
    fail(
      `--chainspec '${values.chainspec}' is a ${chainspec.generation === '2' ? '2.x' : '1.5'} chainspec, but --protocol is ${values.protocol}`,
    );
  }
  // Before anything is made: a signal from now on removes what was made and stops cleanly.
  let devnet: Devnet | undefined;
  const stop = () => {
    void (devnet?.stop() ?? Promise.resolve()).then(
      () => {
        const st = devnet?.chain.logStats();
        if (st !== undefined)
          process.stderr.write(
            `casper-devnet: stopped; chain log: ${st.records} records, ${st.bytes} bytes, ${st.syncs} fsyncs (one per block) taking ${st.syncMs.toFixed(1)} ms in all\n`,
          );
        removeTemp();
        process.exit(0);
      },
      () => {
        removeTemp();
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!values['data-dir']) tempDir = mkdtempSync(join(tmpdir(), 'casper-devnet-'));
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : tempDir!;
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    die(`cannot create --data-dir '${dataDir}': ${fsReason(e)}`);
  }
  // The lock comes before anything in the directory is read or written.
  try {
    lockDataDir(dataDir, (line) => process.stderr.write(`${line}\n`));
  } catch (e) {
    die(messageOf(e));
  }
  const legacy = values['data-dir'] ? legacyLog(dataDir) : undefined;
  if (legacy !== undefined)
    die(
      `'${legacy}' holds a chain in the old log format (no checksums), which this devnet does not read; move it away to start a new chain`,
    );
  const { key, path } = await fundedKey(dataDir);
  const extra = values.accounts
    ? readAccounts(values.accounts)
    : { accounts: [], code: { contracts: [], packages: [] } };
  const genesis: GenesisAccount[] = [{ publicKey: key.publicKey.toHex(), balance: FUNDED_BALANCE }, ...extra.accounts];
  const logPath = values['data-dir'] ? join(dataDir, 'chain.log') : undefined;
  try {
    devnet = new Devnet({
      host: values.host,
      port,
      chainspec,
      chainspecText,
      genesis,
      blockTimeMs,
      code: extra.code,
      logPath,
      // A write that fails (ENOSPC, EIO) stops everything at once: the log was put back whole, and
      // the RPC that caused the write is never answered, so nothing unkept is acknowledged.
      onLogFailure: (e) => die(`${e.message}; block production stopped`),
      onBlock: args.has('quiet')
        ? undefined
        : (block) => {
            for (const h of block.deployHashes) {
              const stored = devnet!.chain.deploys.get(h);
              if (stored !== undefined)
                process.stderr.write(
                  `${executionLine(h, stored.deploy.header.account.toHex(), block.height, stored.result)}\n`,
                );
            }
          },
    });
  } catch (e) {
    if (e instanceof ChainLogError || (e as Error).name === 'ChainLogWriteError') die(messageOf(e));
    throw e;
  }
  if (devnet.chain.droppedBytes > 0) {
    process.stderr.write(
      `casper-devnet: cut a torn last record off '${logPath}': ${devnet.chain.droppedBytes} bytes dropped\n`,
    );
  }
  let url = '';
  try {
    url = await devnet.start();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE')
      fail(
        `cannot listen on ${values.host}:${port}: the address is already in use (another devnet or node?); pick another --port, or --port 0 for a free one`,
      );
    fail(`cannot listen on ${values.host}:${port}: ${err.message}`);
  }
  process.stdout.write(
    `casper-devnet listening on ${url} (JSON-RPC at ${url}/rpc)\n` +
      `chain name: ${devnet.chain.chainName}\n` +
      `protocol: ${chainspec.generation === '2' ? 'Casper 2.0 (sidecar JSON-RPC, api_version 2.0.0)' : 'Casper 1.5.8'}\n` +
      `funded key: ${path} (public key ${key.publicKey.toHex()})\n`,
  );
}

/** One log line: `deploy <hash> from <account>: block <height>, success` (or `failed: why`). */
export function executionLine(hash: string, account: string, height: number, result: unknown): string {
  const r = (result ?? {}) as Record<string, Record<string, unknown>>;
  const v1 = r.Version1 ?? r;
  const error =
    r.Version2 !== undefined
      ? r.Version2.error_message
      : 'Failure' in v1
        ? (v1.Failure as Record<string, unknown>).error_message
        : null;
  return `deploy ${hash} from ${account}: block ${height}, ${error == null ? 'success' : `failed: ${String(error)}`}`;
}

// A stack trace helps nobody here: one line, exit 1, and no funded key left behind.
process.on('exit', removeTemp);
main().catch((e: unknown) => fail(messageOf(e)));
