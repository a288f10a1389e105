// How the devnet executes a deploy. Deterministic and deliberately simple, so results are
// predictable in tests. Gas used: a native transfer 100,000,000; Wasm session code
// 1,000,000,000 + 10,000 per byte of the module.
// - 1.5 mode: the payment is the standard-payment `amount`, charged in full (1.5 refunds nothing);
//   the result is {Success|Failure: {effect, transfers, cost}}.
// - 2.x mode, as the 2.0 production chainspec prices it (payment_limited): limit = the payment
//   (a native transfer: the chainspec's mint transfer cost), cost = limit × gas price 1, refund =
//   the refund ratio (75%) of the unused part, paid back to the sender; the rest goes to the
//   block's proposer (fee_handling pay_to_proposer). Running out of gas consumes the whole limit.
//   The result is {Version2: {initiator, error_message, limit, consumed, cost, refund, transfers,
//   size_estimate, effects}}.
// Both modes:
//   stored contracts are not kept on the devnet, so calling one by name fails;
// - payment below the cost fails with "Out of gas error"; Wasm must be a valid module exporting `call`;
// - a transfer moves `amount` to `target` (public key, account hash or a main purse URef), creating
//   the target account when it does not exist.
import type { Chainspec } from '../chainspec/chainspec.js';
import { blake2b256, concatBytes, encode, parsedJson, toHex, utf8, type Json } from '../core/index.js';
import { deploySize, type Deploy } from '../deploy/index.js';
import type { Account, MutableState } from './accounts.js';

// Node's WebAssembly global, typed here because the DOM lib is not part of this project.
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: { new (bytes: Uint8Array): object; exports(m: object): { name: string; kind: string }[] };
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

const TRANSFER_COST = 100_000_000n;
export const WASM_BASE_COST = 1_000_000_000n;
export const WASM_BYTE_COST = 10_000n;

export interface Execution {
  result: Json;
  transfers: string[];
}

function argValue(
  d: Deploy['session'],
  name: string,
): { clType: unknown; parsed: Json; bytes: Uint8Array } | undefined {
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
  return {
    key: balanceKey(acc),
    transform: {
      WriteCLValue: { cl_type: 'U512', bytes: toHex(encode.u512(acc.balance)), parsed: acc.balance.toString() },
    },
  };
}

function failure(cost: bigint, message: string, transforms: Json[] = []): Execution {
  return {
    result: {
      Failure: { effect: { operations: [], transforms }, transfers: [], cost: cost.toString(), error_message: message },
    },
    transfers: [],
  };
}

function sessionCost(d: Deploy): bigint | string {
  const s = d.session;
  switch (s.kind) {
    case 'Transfer':
      return TRANSFER_COST;
    case 'ModuleBytes': {
      if (!Wasm.validate(s.moduleBytes))
        return 'Wasm preprocessing error: Deserialization error: the session code is not a valid Wasm module';
      const exports = Wasm.Module.exports(new Wasm.Module(s.moduleBytes));
      if (!exports.some((e) => e.name === 'call' && e.kind === 'function'))
        return 'Wasm preprocessing error: the session code does not export a `call` function';
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
  if (typeof t.clType === 'object' && t.clType !== null && 'ByteArray' in t.clType && t.bytes.length === 32)
    return state.accountForHash(toHex(t.bytes));
  if (t.clType === 'Key' && typeof t.parsed === 'object' && t.parsed !== null && 'Account' in t.parsed) {
    return state.accountForHash(String((t.parsed as { Account: string }).Account).slice('account-hash-'.length));
  }
  if (t.clType === 'URef') {
    const purse = String(t.parsed).slice(0, 69);
    return state.accountByPurse(purse) ?? `the purse ${String(t.parsed)} belongs to no account on this devnet`;
  }
  return 'the transfer target must be a public key, an account hash or a purse URef';
}

/** The validator key that proposes every devnet block (casper-types' documentation key). */
export const PROPOSER = '01d9bf2148748a85c89da5aad8ee0b0fc2d105fd39d41a4c796536354f0ae2900c';

export function executeDeploy(d: Deploy, state: MutableState, c?: Chainspec): Execution {
  return c?.v2 === undefined ? execute15(d, state) : execute2(d, state, c);
}

function execute15(d: Deploy, state: MutableState): Execution {
  const account = state.account(toHex(d.header.account.accountHash()))!;
  const payment = paymentAmount(d);
  if (payment === undefined)
    return failure(0n, 'custom payment code is not supported by casper-devnet: use --payment-amount');
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
    transforms.push(writeBalance(account), writeBalance(target), {
      key: `account-hash-${target.hash}`,
      transform: { WriteAccount: `account-hash-${target.hash}` },
    });
  }
  return {
    result: { Success: { effect: { operations: [], transforms }, transfers, cost: cost.toString() } },
    transfers,
  };
}

type Outcome = { gas: bigint; error: string | null; transfer?: { target: Account; amount: bigint } };

/** What the session does and how much gas it uses, before anyone is paid. */
function runSession(d: Deploy, state: MutableState, limit: bigint, available: bigint): Outcome {
  const cost = sessionCost(d);
  if (typeof cost === 'string') return { gas: limit, error: cost };
  if (limit < cost) return { gas: limit, error: 'Out of gas error' };
  if (d.session.kind !== 'Transfer') return { gas: cost, error: null };
  const amount = BigInt(argValue(d.session, 'amount')!.parsed as string);
  const target = transferTarget(d, state);
  if (typeof target === 'string') return { gas: cost, error: target };
  if (amount > available) return { gas: cost, error: 'Insufficient funds' };
  return { gas: cost, error: null, transfer: { target, amount } };
}

/** A 2.x effect: the purse's new balance, written as a CLValue. */
function writeBalance2(acc: Account): Json {
  return {
    key: balanceKey(acc),
    kind: {
      Write: { CLValue: { cl_type: 'U512', bytes: toHex(encode.u512(acc.balance)), parsed: acc.balance.toString() } },
    },
  };
}

function execute2(d: Deploy, state: MutableState, c: Chainspec): Execution {
  const v = c.v2!;
  const account = state.account(toHex(d.header.account.accountHash()))!;
  const initiator = { PublicKey: d.header.account.toHex() };
  const transfer = d.session.kind === 'Transfer';
  const limit = transfer ? v.transferGas : paymentAmount(d);
  const size = deploySize(d);
  if (limit === undefined) {
    return {
      result: {
        Version2: {
          initiator,
          error_message: 'custom payment code is not supported by casper-devnet: use --payment-amount',
          limit: '0',
          consumed: '0',
          refund: '0',
          cost: '0',
          transfers: [],
          size_estimate: size,
          effects: [],
        },
      },
      transfers: [],
    };
  }
  const price = 1n;
  const cost = limit * price > account.balance ? account.balance : limit * price;
  const outcome = runSession(d, state, limit, account.balance - cost);
  const consumed = outcome.gas > limit ? limit : outcome.gas;
  const refund = ((limit - consumed) * price * v.refundRatio[0]) / v.refundRatio[1];
  const fee = cost - refund > 0n ? cost - refund : 0n;
  const proposer = state.accountForPublicKey(PROPOSER);
  account.balance -= fee;
  proposer.balance += fee;
  const transfers: Json[] = [];
  const ids: string[] = [];
  if (outcome.error === null && outcome.transfer !== undefined) {
    const { target, amount } = outcome.transfer;
    account.balance -= amount;
    target.balance += amount;
    const id = argValue(d.session, 'id');
    const idValue = id === undefined || id.parsed === null ? null : Number(id.parsed);
    transfers.push({
      Version2: {
        transaction_hash: { Deploy: toHex(d.hash) },
        from: initiator,
        to: `account-hash-${target.hash}`,
        source: account.mainPurse,
        target: target.mainPurse,
        amount: amount.toString(),
        gas: consumed.toString(),
        id: idValue,
      },
    });
    ids.push(`transfer-${toHex(blake2b256(concatBytes(d.hash, utf8('transfer'))))}`);
  }
  const touched = [account, proposer, ...(outcome.error === null && outcome.transfer ? [outcome.transfer.target] : [])];
  const effects = [...new Set(touched)].map(writeBalance2);
  return {
    result: {
      Version2: {
        initiator,
        error_message: outcome.error,
        limit: limit.toString(),
        consumed: consumed.toString(),
        refund: refund.toString(),
        cost: cost.toString(),
        transfers,
        size_estimate: size,
        effects,
      },
    },
    transfers: ids,
  };
}
