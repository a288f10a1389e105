// How the devnet executes a deploy. Deterministic and deliberately simple, so results are
// predictable in tests:
// - the payment is the standard-payment `amount`; it is charged in full (casper 1.5 refunds nothing);
// - cost: a native transfer 100,000,000 motes; Wasm session code 1 CSPR + 10,000 motes per byte;
//   stored contracts are not kept on the devnet, so calling one by name fails;
// - payment below the cost fails with "Out of gas error"; Wasm must be a valid module exporting `call`;
// - a transfer moves `amount` to `target` (public key, account hash or a main purse URef), creating
//   the target account when it does not exist.
import { blake2b256, concatBytes, encode, parsedJson, toHex, utf8, type Deploy, type Json } from '../deploy/index.js';
import type { Account, MutableState } from './state.js';

// Node's WebAssembly global, typed here because the DOM lib is not part of this project.
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: { new (bytes: Uint8Array): object; exports(m: object): { name: string; kind: string }[] };
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

export const TRANSFER_COST = 100_000_000n;
export const WASM_BASE_COST = 1_000_000_000n;
export const WASM_BYTE_COST = 10_000n;

export interface Execution {
  result: Json;
  transfers: string[];
}

function argValue(d: Deploy['session'], name: string): { clType: unknown; parsed: Json; bytes: Uint8Array } | undefined {
  const a = d.args.find(([n]) => n === name);
  if (a === undefined) return undefined;
  try {
    return { clType: a[1].clType, parsed: parsedJson(a[1].clType, a[1].bytes), bytes: a[1].bytes };
  } catch {
    return undefined;
  }
}

function paymentAmount(d: Deploy): bigint | undefined {
  if (d.payment.kind !== 'ModuleBytes' || d.payment.moduleBytes.length !== 0) return undefined;
  const a = argValue(d.payment, 'amount');
  return a === undefined ? undefined : BigInt(a.parsed as string);
}

function balanceKey(acc: Account): string {
  return `balance-${acc.mainPurse.slice(5, 69)}`;
}

function writeBalance(acc: Account): Json {
  return { key: balanceKey(acc), transform: { WriteCLValue: { cl_type: 'U512', bytes: toHex(encode.u512(acc.balance)), parsed: acc.balance.toString() } } };
}

function failure(cost: bigint, message: string, transforms: Json[] = []): Execution {
  return { result: { Failure: { effect: { operations: [], transforms }, transfers: [], cost: cost.toString(), error_message: message } }, transfers: [] };
}

function sessionCost(d: Deploy): bigint | string {
  const s = d.session;
  switch (s.kind) {
    case 'Transfer':
      return TRANSFER_COST;
    case 'ModuleBytes': {
      if (!Wasm.validate(s.moduleBytes)) return 'Wasm preprocessing error: Deserialization error: the session code is not a valid Wasm module';
      const exports = Wasm.Module.exports(new Wasm.Module(s.moduleBytes));
      if (!exports.some((e) => e.name === 'call' && e.kind === 'function')) return 'Wasm preprocessing error: the session code does not export a `call` function';
      return WASM_BASE_COST + WASM_BYTE_COST * BigInt(s.moduleBytes.length);
    }
    case 'StoredContractByName':
    case 'StoredVersionedContractByName':
      return `ApiError::MissingKey [1]: the account has no named key '${s.name}' (casper-devnet keeps no stored contracts)`;
    default:
      return 'casper-devnet keeps no stored contracts';
  }
}

/** Resolves a transfer target to an account, creating it when the target is a key or account hash. */
function transferTarget(d: Deploy, state: MutableState): Account | string {
  const t = argValue(d.session, 'target');
  if (t === undefined) return "missing transfer 'target' runtime argument";
  if (t.clType === 'PublicKey') return state.accountForPublicKey(t.parsed as string);
  if (typeof t.clType === 'object' && t.clType !== null && 'ByteArray' in t.clType && t.bytes.length === 32) return state.accountForHash(toHex(t.bytes));
  if (t.clType === 'Key' && typeof t.parsed === 'object' && t.parsed !== null && 'Account' in t.parsed) {
    return state.accountForHash(String((t.parsed as { Account: string }).Account).slice('account-hash-'.length));
  }
  if (t.clType === 'URef') {
    const purse = String(t.parsed).slice(0, 69);
    return state.accountByPurse(purse) ?? `the purse ${String(t.parsed)} belongs to no account on this devnet`;
  }
  return 'the transfer target must be a public key, an account hash or a purse URef';
}

export function executeDeploy(d: Deploy, state: MutableState): Execution {
  const account = state.account(toHex(d.header.account.accountHash()))!;
  const payment = paymentAmount(d);
  if (payment === undefined) return failure(0n, 'custom payment code is not supported by casper-devnet: use --payment-amount');
  const charged = payment > account.balance ? account.balance : payment;
  account.balance -= charged;
  const cost = sessionCost(d);
  if (typeof cost === 'string') return failure(charged, cost, [writeBalance(account)]);
  if (payment < cost) return failure(charged, 'Out of gas error', [writeBalance(account)]);
  const transforms: Json[] = [writeBalance(account)];
  const transfers: string[] = [];
  if (d.session.kind === 'Transfer') {
    const amount = BigInt(argValue(d.session, 'amount')!.parsed as string);
    const target = transferTarget(d, state);
    if (typeof target === 'string') return failure(charged, target, transforms);
    if (amount > account.balance) return failure(charged, 'Insufficient funds', transforms);
    account.balance -= amount;
    target.balance += amount;
    const addr = `transfer-${toHex(blake2b256(concatBytes(d.hash, utf8('transfer'))))}`;
    transfers.push(addr);
    transforms.push(writeBalance(account), writeBalance(target), { key: `account-hash-${target.hash}`, transform: { WriteAccount: `account-hash-${target.hash}` } });
  }
  return { result: { Success: { effect: { operations: [], transforms }, transfers, cost: cost.toString() } }, transfers };
}
