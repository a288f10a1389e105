// ExecutableDeployItem: the payment and session code of a deploy, with bytesrepr and node JSON.
import { ByteWriter } from '../core/bytes.js';
import { type RuntimeArgs, argsBytes, writeArgs, argsToJson } from '../core/named-args.js';
import { u512Value } from '../core/clvalue.js';
import { toHex } from '../core/hex.js';
import type { Json } from '../core/json-text.js';

export type ExecutableDeployItem =
  | { kind: 'ModuleBytes'; moduleBytes: Uint8Array; args: RuntimeArgs }
  | { kind: 'StoredContractByHash'; hash: Uint8Array; entryPoint: string; args: RuntimeArgs }
  | { kind: 'StoredContractByName'; name: string; entryPoint: string; args: RuntimeArgs }
  | {
      kind: 'StoredVersionedContractByHash';
      hash: Uint8Array;
      version: number | null;
      entryPoint: string;
      args: RuntimeArgs;
    }
  | {
      kind: 'StoredVersionedContractByName';
      name: string;
      version: number | null;
      entryPoint: string;
      args: RuntimeArgs;
    }
  | { kind: 'Transfer'; args: RuntimeArgs };

const ITEM_TAGS = {
  ModuleBytes: 0,
  StoredContractByHash: 1,
  StoredContractByName: 2,
  StoredVersionedContractByHash: 3,
  StoredVersionedContractByName: 4,
  Transfer: 5,
} as const;

export function writeItem(w: ByteWriter, item: ExecutableDeployItem): void {
  w.u8(ITEM_TAGS[item.kind]);
  switch (item.kind) {
    case 'ModuleBytes':
      w.bytes(item.moduleBytes);
      break;
    case 'StoredContractByHash':
      w.raw(item.hash).string(item.entryPoint);
      break;
    case 'StoredContractByName':
      w.string(item.name).string(item.entryPoint);
      break;
    case 'StoredVersionedContractByHash':
    case 'StoredVersionedContractByName':
      if (item.kind === 'StoredVersionedContractByHash') w.raw(item.hash);
      else w.string(item.name);
      if (item.version === null) w.u8(0);
      else w.u8(1).u32(item.version);
      w.string(item.entryPoint);
      break;
    case 'Transfer':
      break;
  }
  writeArgs(w, item.args);
}

export function itemBytes(item: ExecutableDeployItem): Uint8Array {
  const w = new ByteWriter(item.kind === 'ModuleBytes' ? item.moduleBytes.length + 256 : 256);
  writeItem(w, item);
  return w.finish();
}

/** The item's bytes as consecutive parts; module bytes are one part of their own, not copied. */
export function itemParts(item: ExecutableDeployItem): Uint8Array[] {
  if (item.kind !== 'ModuleBytes') return [itemBytes(item)];
  const head = new ByteWriter(8).u8(ITEM_TAGS.ModuleBytes).u32(item.moduleBytes.length).finish();
  return [head, item.moduleBytes, argsBytes(item.args)];
}

/** Node JSON, fields in the node's order; `version` is always present for versioned items. */
export function itemToJson(item: ExecutableDeployItem): Json {
  const args = argsToJson(item.args);
  switch (item.kind) {
    case 'ModuleBytes':
      return { ModuleBytes: { module_bytes: toHex(item.moduleBytes), args } };
    case 'StoredContractByHash':
      return { StoredContractByHash: { hash: toHex(item.hash), entry_point: item.entryPoint, args } };
    case 'StoredContractByName':
      return { StoredContractByName: { name: item.name, entry_point: item.entryPoint, args } };
    case 'StoredVersionedContractByHash':
      return {
        StoredVersionedContractByHash: {
          hash: toHex(item.hash),
          version: item.version,
          entry_point: item.entryPoint,
          args,
        },
      };
    case 'StoredVersionedContractByName':
      return {
        StoredVersionedContractByName: { name: item.name, version: item.version, entry_point: item.entryPoint, args },
      };
    case 'Transfer':
      return { Transfer: { args } };
  }
}

/** The standard-payment item: empty module bytes with one `amount` U512 arg. */
export function standardPayment(amount: bigint): ExecutableDeployItem {
  return { kind: 'ModuleBytes', moduleBytes: new Uint8Array(0), args: [['amount', u512Value(amount)]] };
}
