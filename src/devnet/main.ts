// casper-devnet: a local stand-in for a Casper node (2.x by default, 1.5 on request), for trying
// deploys before spending tokens.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CAPS, fsReason, type InputCap, parseJsonExact, parseTtl, readFileCapped } from '../deploy/index.js';
import { generateSecretKey, loadSecretKeyFile, secretKeyToPem, type SecretKey } from '../signer/index.js';
import { type Chainspec, defaultChainspec, DEFAULT_CHAIN_NAME, type Generation, loadChainspec } from '../chainspec/chainspec.js';
import { Devnet } from './node.js';
import type { GenesisAccount, GenesisCode } from './state.js';
import { ChainLogError, legacyLog } from './log.js';
import { lockDataDir } from './lock.js';
import { parseToml } from '../chainspec/toml.js';

const FUNDED_BALANCE = 1_000_000_000_000_000_000n;

const HELP = `casper-devnet: a local stand-in for a Casper node (JSON-RPC on /rpc)

Usage: casper-devnet [OPTIONS]

Options:
      --host <HOST>            Address to listen on; 0.0.0.0 opens it to every interface
                               [default: 127.0.0.1]
      --port <PORT>            Port to listen on; 0 picks a free one [default: 7777]
      --protocol <VERSION>     Node generation to stand in for: 2.0 (as mainnet and testnet run
                               today, behind the sidecar) or 1.5 (casper-node 1.5.8) [default: 2.0]
      --chain-name <NAME>      Network name deploys must carry [default: ${DEFAULT_CHAIN_NAME}]
      --chainspec <FILE>       Take limits, lanes, pricing (and the name) from a casper-node
                               chainspec.toml; its generation must match --protocol
      --accounts <FILE>        Genesis accounts: TOML or JSON [[accounts]] with public_key, balance
                               (and associated_keys); top-level contracts/packages list hashes that exist
      --data-dir <DIR>         Keep the funded key and the chain here; restarts resume the chain
      --block-time <DURATION>  Time between blocks, 10ms to 24days [default: 1s]
  -h, --help                   Print help
`;

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(2);
}

/** A runtime failure (not a usage error): one line on stderr, exit 1. */
function die(message: string): never {
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
    fail(`--accounts '${path}': ${(e as Error).message}`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { accounts?: unknown[] }).accounts;
  const d = (Array.isArray(doc) ? {} : doc) as { contracts?: unknown; packages?: unknown };
  const hexList = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  if (!Array.isArray(list)) fail(`--accounts '${path}': expected [[accounts]] entries with public_key and balance`);
  const accounts = list.map((raw, i) => {
    const a = raw as { public_key?: string; balance?: string | number | bigint; associated_keys?: string[] };
    if (typeof a.public_key !== 'string' || a.balance === undefined) fail(`--accounts '${path}': account #${i + 1} needs public_key and balance`);
    return { publicKey: a.public_key, balance: BigInt(a.balance), associatedKeys: a.associated_keys };
  });
  return { accounts, code: { contracts: hexList(d.contracts), packages: hexList(d.packages) } };
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
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '7777' },
        'chain-name': { type: 'string' },
        chainspec: { type: 'string' },
        accounts: { type: 'string' },
        'data-dir': { type: 'string' },
        'block-time': { type: 'string', default: '1s' },
        protocol: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n\n${HELP}`);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port '${values.port}' is not a port number (0 to 65535)`);
  let blockTimeMs: number;
  try {
    blockTimeMs = parseTtl(values['block-time']!);
  } catch (e) {
    fail(`--block-time: ${(e as Error).message}`);
  }
  if (blockTimeMs < 10) fail('--block-time must be at least 10ms');
  if (blockTimeMs > MAX_BLOCK_TIME_MS) fail(`--block-time '${values['block-time']}' is longer than the longest block time, 24days`);
  // Never exposed by accident: an empty host is refused (Node would listen on every interface).
  if (values.host!.trim() === '') fail("--host '' is empty: give the address to listen on (127.0.0.1 by default, 0.0.0.0 for every interface)");
  if (WILDCARD_HOSTS.has(values.host!)) {
    process.stderr.write(`warning: --host ${values.host} listens on every network interface: anyone who can reach this machine can send deploys to this devnet\n`);
  }
  const protocols = new Map<string, Generation>([['2', '2'], ['2.0', '2'], ['2.x', '2'], ['1.5', '1.5'], ['1.5.8', '1.5']]);
  const generation = values.protocol === undefined ? undefined : protocols.get(values.protocol);
  if (values.protocol !== undefined && generation === undefined) fail(`--protocol '${values.protocol}' is not a node generation this devnet knows [possible values: 2.0, 1.5]`);
  let chainspec: Chainspec;
  const chainspecText = values.chainspec ? readText(values.chainspec, '--chainspec', CAPS.chainspec) : undefined;
  try {
    chainspec = chainspecText !== undefined ? loadChainspec(chainspecText, values['chain-name'], `--chainspec ${values.chainspec}`) : defaultChainspec(values['chain-name'], generation ?? '2');
  } catch (e) {
    fail(`--chainspec '${values.chainspec}': ${(e as Error).message}`);
  }
  if (generation !== undefined && chainspec.generation !== generation) {
    fail(`--chainspec '${values.chainspec}' is a ${chainspec.generation === '2' ? '2.x' : '1.5'} chainspec, but --protocol is ${values.protocol}`);
  }
  const dataDir = values['data-dir'] ? resolve(values['data-dir']) : mkdtempSync(join(tmpdir(), 'casper-devnet-'));
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    die(`cannot create --data-dir '${dataDir}': ${fsReason(e)}`);
  }
  // The lock comes before anything in the directory is read or written.
  try {
    lockDataDir(dataDir, (line) => process.stderr.write(`${line}\n`));
  } catch (e) {
    die((e as Error).message);
  }
  const legacy = values['data-dir'] ? legacyLog(dataDir) : undefined;
  if (legacy !== undefined) die(`'${legacy}' holds a chain in the old log format (no checksums), which this devnet does not read; move it away to start a new chain`);
  const { key, path } = await fundedKey(dataDir);
  const extra = values.accounts ? readAccounts(values.accounts) : { accounts: [], code: { contracts: [], packages: [] } };
  const genesis: GenesisAccount[] = [{ publicKey: key.publicKey.toHex(), balance: FUNDED_BALANCE }, ...extra.accounts];
  const logPath = values['data-dir'] ? join(dataDir, 'chain.log') : undefined;
  let devnet: Devnet;
  try {
    devnet = new Devnet({
      host: values.host!, port, chainspec, chainspecText, genesis, blockTimeMs, code: extra.code, logPath,
      // A write that fails (ENOSPC, EIO) stops everything at once: the log was put back whole, and
      // the RPC that caused the write is never answered, so nothing unkept is acknowledged.
      onLogFailure: (e) => die(`${e.message}; block production stopped`),
    });
  } catch (e) {
    if (e instanceof ChainLogError || (e as Error).name === 'ChainLogWriteError') die((e as Error).message);
    throw e;
  }
  if (devnet.chain.droppedBytes > 0) {
    process.stderr.write(`casper-devnet: cut a torn last record off '${logPath}': ${devnet.chain.droppedBytes} bytes dropped\n`);
  }
  let url: string;
  try {
    url = await devnet.start();
  } catch (e) {
    fail(`cannot listen on ${values.host}:${port}: ${(e as Error).message}`);
  }
  // Handlers before the banner: whoever reads the banner may signal at once.
  const stop = () => {
    devnet.stop().then(() => {
      const st = devnet.chain.logStats();
      if (st !== undefined) process.stderr.write(`casper-devnet: stopped; chain log: ${st.records} records, ${st.bytes} bytes, ${st.syncs} fsyncs (one per block) taking ${st.syncMs.toFixed(1)} ms in all\n`);
      process.exit(0);
    }, () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(
    `casper-devnet listening on ${url} (JSON-RPC at ${url}/rpc)\n` +
      `chain name: ${devnet.chain.chainName}\n` +
      `protocol: ${chainspec.generation === '2' ? 'Casper 2.0 (sidecar JSON-RPC, api_version 2.0.0)' : 'Casper 1.5.8'}\n` +
      `funded key: ${path} (public key ${key.publicKey.toHex()})\n`,
  );
}

main().catch((e: unknown) => die((e as Error).message));
