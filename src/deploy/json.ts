// Deploy ↔ node JSON. Output follows the node exactly (key order, RFC 3339 ms timestamps,
// humantime TTL, lowercase hex, approvals in the order they were added, as the Rust client's Vec keeps them). Input accepts any node or SDK deploy JSON: a
// bare deploy, {"deploy": …}, an RPC request/response, or a 2.0 {"Deploy": …} wrapper.
import { CasperError, messageOf } from '../core/errors.js';
import { CLValue } from '../core/clvalue.js';
import { type CLType, clTypeFromJson } from '../core/cltype.js';
import type { Deploy, DeployHeader } from './deploy.js';
import type { Approval } from '../core/approval.js';
import { fromHex, toHex } from '../core/hex.js';
import type { ExecutableDeployItem } from './item.js';
import type { NamedArg, RuntimeArgs } from '../core/named-args.js';
import { itemToJson } from './item.js';
import type { Json } from '../core/json-text.js';
import { PublicKey } from '../core/key.js';
import { formatTimestamp, formatTtl, parseTimestamp, parseTtl } from '../core/time.js';

export class DeployJsonError extends CasperError {
  override name = 'DeployJsonError';
}

function approvalToJson(a: Approval): { signer: string; signature: string } {
  return { signer: a.signer.toHex(), signature: toHex(a.signature) };
}

function headerToJson(h: DeployHeader): Json {
  return {
    account: h.account.toHex(),
    timestamp: formatTimestamp(h.timestamp),
    ttl: formatTtl(h.ttl),
    gas_price: h.gasPrice,
    body_hash: toHex(h.bodyHash),
    dependencies: h.dependencies.map(toHex),
    chain_name: h.chainName,
  };
}

export function deployToJson(d: Deploy): Json {
  return {
    hash: toHex(d.hash),
    header: headerToJson(d.header),
    payment: itemToJson(d.payment),
    session: itemToJson(d.session),
    approvals: d.approvals.map(approvalToJson),
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function field(o: Obj, key: string, path: string): unknown {
  if (!(key in o)) throw new DeployJsonError(`${path}: missing field "${key}"`);
  return o[key];
}

function str(o: Obj, key: string, path: string): string {
  const v = field(o, key, path);
  if (typeof v !== 'string') throw new DeployJsonError(`${path}.${key}: expected a string, got ${JSON.stringify(v)}`);
  return v;
}

function hexField(o: Obj, key: string, path: string, len?: number): Uint8Array {
  const s = str(o, key, path);
  try {
    const b = fromHex(s);
    if (len !== undefined && b.length !== len) throw new Error(`expected ${len} bytes, got ${b.length}`);
    return b;
  } catch (e) {
    throw new DeployJsonError(`${path}.${key}: ${messageOf(e)}`, { cause: e });
  }
}

// SDKs echo prefixes such as "hash-" or "contract-package-" into contract hashes; the node wants bare hex.
const HASH_PREFIXES = [
  'contract-package-wasm',
  'contract-package-',
  'contract-wasm-',
  'entity-contract-',
  'contract-',
  'package-',
  'hash-',
];

function contractHash(o: Obj, path: string): Uint8Array {
  let s = str(o, 'hash', path);
  for (const p of HASH_PREFIXES) if (s.startsWith(p)) s = s.slice(p.length);
  return hexField({ hash: s }, 'hash', path, 32);
}

function publicKey(s: string, path: string): PublicKey {
  try {
    return PublicKey.fromHex(s);
  } catch (e) {
    throw new DeployJsonError(`${path}: ${messageOf(e)}`, { cause: e });
  }
}

function argsFromJson(v: unknown, path: string): RuntimeArgs {
  // 2.0 JSON may wrap the list as {"Named": [...]}.
  if (isObj(v) && Array.isArray(v.Named)) v = v.Named;
  if (!Array.isArray(v)) throw new DeployJsonError(`${path}: expected an array of [name, CLValue] pairs`);
  return v.map((entry, i): NamedArg => {
    const p = `${path}[${i}]`;
    let name: unknown;
    let value: unknown;
    if (Array.isArray(entry) && entry.length === 2) [name, value] = entry;
    else if (isObj(entry)) [name, value] = [entry.name, entry.value];
    else throw new DeployJsonError(`${p}: expected [name, {cl_type, bytes}]`);
    if (typeof name !== 'string') throw new DeployJsonError(`${p}: arg name must be a string`);
    if (!isObj(value)) throw new DeployJsonError(`${p}: arg value must be an object {cl_type, bytes}`);
    let clType: CLType;
    try {
      clType = clTypeFromJson(field(value, 'cl_type', p));
    } catch (e) {
      throw new DeployJsonError(`${p}.cl_type: ${messageOf(e)}`, { cause: e });
    }
    return [name, new CLValue(clType, hexField(value, 'bytes', p))];
  });
}

function version(o: Obj, path: string): number | null {
  const v = o.version;
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffffff) {
    throw new DeployJsonError(`${path}.version: expected null or a 32-bit unsigned integer, got ${JSON.stringify(v)}`);
  }
  return v;
}

function itemFromJson(v: unknown, path: string): ExecutableDeployItem {
  if (!isObj(v) || Object.keys(v).length !== 1)
    throw new DeployJsonError(`${path}: expected an object with one executable item kind`);
  const kind = Object.keys(v)[0]!;
  const body = v[kind];
  const p = `${path}.${kind}`;
  if (!isObj(body)) throw new DeployJsonError(`${p}: expected an object`);
  const args = argsFromJson(field(body, 'args', p), `${p}.args`);
  switch (kind) {
    case 'ModuleBytes':
      return { kind, moduleBytes: hexField(body, 'module_bytes', p), args };
    case 'StoredContractByHash':
      return { kind, hash: contractHash(body, p), entryPoint: str(body, 'entry_point', p), args };
    case 'StoredContractByName':
      return { kind, name: str(body, 'name', p), entryPoint: str(body, 'entry_point', p), args };
    case 'StoredVersionedContractByHash':
      return {
        kind,
        hash: contractHash(body, p),
        version: version(body, p),
        entryPoint: str(body, 'entry_point', p),
        args,
      };
    case 'StoredVersionedContractByName':
      return {
        kind,
        name: str(body, 'name', p),
        version: version(body, p),
        entryPoint: str(body, 'entry_point', p),
        args,
      };
    case 'Transfer':
      return { kind, args };
    default:
      throw new DeployJsonError(`${path}: unknown executable item kind "${kind}"`);
  }
}

/** Finds the deploy object inside whatever wrapper a tool put around it. */
function unwrapDeploy(v: unknown): Obj {
  for (let depth = 0; depth < 6 && isObj(v); depth++) {
    if ('header' in v && 'hash' in v) return v;
    const next = v.deploy ?? v.Deploy ?? v.result ?? v.params ?? v.transaction;
    if (next === undefined) break;
    v = next;
  }
  throw new DeployJsonError(
    'no deploy found: expected an object with "hash", "header", "payment", "session" and "approvals"',
  );
}

export function deployFromJson(input: unknown): Deploy {
  const d = unwrapDeploy(input);
  const h = field(d, 'header', 'deploy');
  if (!isObj(h)) throw new DeployJsonError('deploy.header: expected an object');
  let timestamp: number;
  let ttl: number;
  try {
    timestamp = parseTimestamp(str(h, 'timestamp', 'deploy.header'));
    ttl = parseTtl(str(h, 'ttl', 'deploy.header'));
  } catch (e) {
    if (e instanceof DeployJsonError) throw e;
    throw new DeployJsonError(`deploy.header: ${messageOf(e)}`, { cause: e });
  }
  const gas = field(h, 'gas_price', 'deploy.header');
  if ((typeof gas !== 'number' || !Number.isInteger(gas) || gas < 0) && typeof gas !== 'bigint') {
    throw new DeployJsonError(`deploy.header.gas_price: expected an unsigned integer, got ${JSON.stringify(gas)}`);
  }
  const deps = field(h, 'dependencies', 'deploy.header');
  if (!Array.isArray(deps)) throw new DeployJsonError('deploy.header.dependencies: expected an array');
  const header: DeployHeader = {
    account: publicKey(str(h, 'account', 'deploy.header'), 'deploy.header.account'),
    timestamp,
    ttl,
    gasPrice: BigInt(gas),
    bodyHash: hexField(h, 'body_hash', 'deploy.header', 32),
    dependencies: deps.map((x, i) => hexField({ d: x }, 'd', `deploy.header.dependencies[${i}]`, 32)),
    chainName: str(h, 'chain_name', 'deploy.header'),
  };
  const approvals = field(d, 'approvals', 'deploy');
  if (!Array.isArray(approvals)) throw new DeployJsonError('deploy.approvals: expected an array');
  return {
    hash: hexField(d, 'hash', 'deploy', 32),
    header,
    payment: itemFromJson(field(d, 'payment', 'deploy'), 'deploy.payment'),
    session: itemFromJson(field(d, 'session', 'deploy'), 'deploy.session'),
    approvals: approvals.map((a, i) => {
      const p = `deploy.approvals[${i}]`;
      if (!isObj(a)) throw new DeployJsonError(`${p}: expected {signer, signature}`);
      return { signer: publicKey(str(a, 'signer', p), `${p}.signer`), signature: hexField(a, 'signature', p, 65) };
    }),
  };
}
