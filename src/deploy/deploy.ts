// The Casper 1.x Deploy: header, body (payment + session), hashes, approvals and full bytes.
import { ByteWriter } from '../core/bytes.js';
import { blake2b256, blake2b256Parts } from '../core/hash.js';
import { argsBytes } from '../core/named-args.js';
import { itemBytes, itemParts, writeItem, type ExecutableDeployItem } from './item.js';
import type { PublicKey } from '../core/key.js';
import { type Approval, sortedApprovals } from '../core/approval.js';

export interface DeployHeader {
  account: PublicKey;
  /** Milliseconds since the Unix epoch. */
  timestamp: number;
  /** Milliseconds. */
  ttl: number;
  gasPrice: bigint;
  bodyHash: Uint8Array;
  dependencies: Uint8Array[];
  chainName: string;
}

export interface Deploy {
  hash: Uint8Array;
  header: DeployHeader;
  payment: ExecutableDeployItem;
  session: ExecutableDeployItem;
  approvals: Approval[];
}

export const DEFAULT_TTL_MS = 30 * 60 * 1000;
const DEFAULT_GAS_PRICE = 1n;
/** casper-client's own limit (MAX_SERIALIZED_SIZE_OF_DEPLOY), equal to the 1.5.x chainspec's max_deploy_size. */
export const MAX_SERIALIZED_DEPLOY_SIZE = 1_048_576;

export interface BuildDeployOptions {
  account: PublicKey;
  chainName: string;
  payment: ExecutableDeployItem;
  session: ExecutableDeployItem;
  /** Defaults to now. */
  timestamp?: number;
  ttl?: number;
  gasPrice?: bigint;
  dependencies?: Uint8Array[];
}

const moduleLen = (i: ExecutableDeployItem) => (i.kind === 'ModuleBytes' ? i.moduleBytes.length : 0);

export function bodyHash(payment: ExecutableDeployItem, session: ExecutableDeployItem): Uint8Array {
  // Hashed in parts: session code can be a megabyte, and is hashed where it lies, never copied.
  return blake2b256Parts([...itemParts(payment), ...itemParts(session)]);
}

export function headerBytes(h: DeployHeader): Uint8Array {
  const w = new ByteWriter(128 + h.dependencies.length * 32 + h.chainName.length * 3)
    .raw(h.account.bytes)
    .u64(h.timestamp)
    .u64(h.ttl)
    .u64(h.gasPrice)
    .raw(h.bodyHash)
    .u32(h.dependencies.length);
  for (const d of h.dependencies) w.raw(d);
  return w.string(h.chainName).finish();
}

export function deployHash(h: DeployHeader): Uint8Array {
  return blake2b256(headerBytes(h));
}

/** Builds an unsigned deploy with its body hash and deploy hash computed. */
export function buildDeploy(o: BuildDeployOptions): Deploy {
  // Dependencies are a set in casper-types: keep the first of any repeat.
  const seen = new Set<string>();
  const dependencies = (o.dependencies ?? []).filter((d) => {
    const k = Buffer.from(d).toString('hex');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const header: DeployHeader = {
    account: o.account,
    timestamp: o.timestamp ?? Date.now(),
    ttl: o.ttl ?? DEFAULT_TTL_MS,
    gasPrice: o.gasPrice ?? DEFAULT_GAS_PRICE,
    bodyHash: bodyHash(o.payment, o.session),
    dependencies,
    chainName: o.chainName,
  };
  return { hash: deployHash(header), header, payment: o.payment, session: o.session, approvals: [] };
}

/** Full bytesrepr of the deploy; its length is what the node's max_deploy_size limits. */
export function deployToBytes(d: Deploy): Uint8Array {
  const w = new ByteWriter(512 + moduleLen(d.payment) + moduleLen(d.session) + d.approvals.length * 100);
  w.raw(headerBytes(d.header)).raw(d.hash);
  writeItem(w, d.payment);
  writeItem(w, d.session);
  const approvals = sortedApprovals(d.approvals);
  w.u32(approvals.length);
  for (const a of approvals) w.raw(a.signer.bytes).raw(a.signature);
  return w.finish();
}

/** The serialized length, counted without serializing megabytes of module bytes again. */
export function deploySize(d: Deploy): number {
  const itemSize = (i: ExecutableDeployItem) =>
    i.kind === 'ModuleBytes' ? 1 + 4 + i.moduleBytes.length + argsBytes(i.args).length : itemBytes(i).length;
  const approvals = d.approvals.reduce((n, a) => n + a.signer.bytes.length + a.signature.length, 4);
  return headerBytes(d.header).length + d.hash.length + itemSize(d.payment) + itemSize(d.session) + approvals;
}
