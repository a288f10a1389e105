// The 2.x devnet's TransactionV1s: kept (through the chain log, state.ts), executed into blocks
// under the devnet's cost model (execute.ts): a native transfer uses the mint transfer cost, an
// auction entry point its auction cost (kept as bookkeeping of bids and delegations), session Wasm
// 1,000,000,000 + 10,000 gas per module byte; 75 % of the unused limit is refunded, the rest goes
// to the proposer. Replaying the log re-executes the same transactions in the same blocks, so
// balances, bids and execution results come back as they were.
import type { Chainspec } from '../chainspec/chainspec.js';
import { encode, parsedJson, toHex, type Json } from '../core/index.js';
import { transactionSize, type TransactionV1 } from '../transaction/index.js';
import { PROPOSER, WASM_BASE_COST, WASM_BYTE_COST } from './execute.js';
import type { Account, Block, BlockHook, MutableState } from './state.js';

/** system_costs of the 2.0.0 production chainspec ([system_costs.auction_costs]). */
const AUCTION_GAS: Record<string, bigint> = { ChangeBidPublicKey: 5_000_000_000n };
export const auctionGas = (ep: string) => AUCTION_GAS[ep] ?? 2_500_000_000n;
const WASM = (
  globalThis as unknown as {
    WebAssembly: {
      validate(b: Uint8Array): boolean;
      Module: { new (b: Uint8Array): object; exports(m: object): { name: string; kind: string }[] };
    };
  }
).WebAssembly;

export interface Stored {
  t: TransactionV1;
  json: Json;
  lane: number;
  block?: Block;
  result?: Json;
}

export interface Bid {
  staked: bigint;
  delegationRate: number;
  inactive: boolean;
  delegators: Map<string, bigint>;
}

export function initiatorAccount(t: TransactionV1, find: (hash: string) => Account | undefined): Account | undefined {
  const i = t.payload.initiator;
  return find(toHex(i.kind === 'PublicKey' ? i.publicKey.accountHash() : i.accountHash));
}

function arg(t: TransactionV1, name: string): { clType: unknown; parsed: Json; bytes: Uint8Array } | undefined {
  if (t.payload.args.kind !== 'Named') return undefined;
  const a = t.payload.args.args.find(([n]) => n === name);
  if (a === undefined) return undefined;
  try {
    return { clType: a[1].clType, parsed: parsedJson(a[1].clType, a[1].bytes), bytes: a[1].bytes };
  } catch {
    return undefined;
  }
}

const writeBalance = (acc: Account): Json => ({
  key: `balance-${acc.mainPurse.slice(5, 69)}`,
  kind: {
    Write: { CLValue: { cl_type: 'U512', bytes: toHex(encode.u512(acc.balance)), parsed: acc.balance.toString() } },
  },
});

export class TransactionPool implements BlockHook {
  readonly stored = new Map<string, Stored>();
  private pending: string[] = [];
  readonly bids = new Map<string, Bid>();

  constructor(private readonly c: Chainspec) {}

  has(hash: string): boolean {
    return this.stored.has(hash);
  }

  /** Keeps an accepted transaction for the next block (Chain.addTransaction logs it first). */
  add(t: TransactionV1, json: Json, lane: number): void {
    const hash = toHex(t.hash);
    if (this.stored.has(hash)) return;
    this.stored.set(hash, { t, json, lane });
    this.pending.push(hash);
  }

  execute(state: MutableState): { hash: string; lane: number }[] {
    const out = this.pending.map((h) => {
      const s = this.stored.get(h)!;
      s.result = this.executeOne(s.t, state, this.bids);
      return { hash: h, lane: s.lane };
    });
    this.pending = [];
    return out;
  }

  committed(block: Block): void {
    for (const t of block.transactions ?? []) this.stored.get(t.hash)!.block = block;
  }

  /** Gas the transaction uses and what it does; an error string when it fails. */
  private outcome(
    t: TransactionV1,
    state: MutableState,
    account: Account,
    limit: bigint,
    available: bigint,
    bids: Map<string, Bid>,
  ): { gas: bigint; error: string | null; apply?: () => Json[] } {
    const p = t.payload;
    const ep = p.entryPoint.kind;
    if (p.target.kind === 'Native') {
      const gas = ep === 'Transfer' || ep === 'Burn' ? this.c.v2!.transferGas : auctionGas(ep);
      if (limit < gas) return { gas: limit, error: 'Out of gas error' };
      return { gas, ...this.native(t, state, account, available, bids) };
    }
    if (p.target.kind === 'Stored') return { gas: limit, error: 'casper-devnet keeps no stored contracts' };
    const bytes = p.target.moduleBytes;
    if (!WASM.validate(bytes))
      return {
        gas: limit,
        error: 'Wasm preprocessing error: Deserialization error: the session code is not a valid Wasm module',
      };
    if (!WASM.Module.exports(new WASM.Module(bytes)).some((e) => e.name === 'call' && e.kind === 'function'))
      return { gas: limit, error: 'Wasm preprocessing error: the session code does not export a `call` function' };
    const gas = WASM_BASE_COST + WASM_BYTE_COST * BigInt(bytes.length);
    if (limit < gas) return { gas: limit, error: 'Out of gas error' };
    return { gas, error: null };
  }

  private native(
    t: TransactionV1,
    state: MutableState,
    account: Account,
    available: bigint,
    bids: Map<string, Bid>,
  ): { error: string | null; apply?: () => Json[] } {
    const ep = t.payload.entryPoint.kind;
    const amountArg = arg(t, 'amount');
    const amount =
      amountArg !== undefined && amountArg.clType === 'U512' ? BigInt(amountArg.parsed as string) : undefined;
    const key = (name: string) => {
      const a = arg(t, name);
      return a !== undefined && a.clType === 'PublicKey' ? String(a.parsed).toLowerCase() : undefined;
    };
    const need = (...names: string[]) =>
      names.find((n) => (n === 'amount' ? amount === undefined : key(n) === undefined));
    switch (ep) {
      case 'Transfer': {
        if (amount === undefined) return { error: "missing transfer 'amount' runtime argument" };
        const target = arg(t, 'target');
        let to: Account | string;
        if (target === undefined) to = "missing transfer 'target' runtime argument";
        else if (target.clType === 'PublicKey') to = state.accountForPublicKey(target.parsed as string);
        else if (typeof target.clType === 'object' && target.clType !== null && 'ByteArray' in target.clType)
          to = state.accountForHash(toHex(target.bytes));
        else if (target.clType === 'URef')
          to =
            state.accountByPurse(String(target.parsed).slice(0, 69)) ??
            `the purse ${String(target.parsed)} belongs to no account on this devnet`;
        else to = 'the transfer target must be a public key, an account hash or a purse URef';
        if (typeof to === 'string') return { error: to };
        const source = arg(t, 'source');
        if (source !== undefined && String(source.parsed).slice(0, 69) !== account.mainPurse.slice(0, 69))
          return { error: "the source purse is not the initiator's main purse" };
        if (amount > available) return { error: 'Insufficient funds' };
        const target2 = to;
        return {
          error: null,
          apply: () => {
            account.balance -= amount;
            target2.balance += amount;
            return [
              {
                Version2: {
                  transaction_hash: { Version1: toHex(t.hash) },
                  from: { AccountHash: `account-hash-${account.hash}` },
                  to: `account-hash-${target2.hash}`,
                  source: account.mainPurse,
                  target: target2.mainPurse,
                  amount: amount.toString(),
                  gas: this.c.v2!.transferGas.toString(),
                  id: arg(t, 'id')?.parsed ?? null,
                },
              },
            ];
          },
        };
      }
      case 'AddBid': {
        const missing = need('public_key', 'amount');
        if (missing !== undefined) return { error: `missing auction argument '${missing}'` };
        if (amount! > available) return { error: 'Insufficient funds' };
        const rate = arg(t, 'delegation_rate');
        return {
          error: null,
          apply: () => {
            const pk = key('public_key')!;
            const b = bids.get(pk) ?? { staked: 0n, delegationRate: 0, inactive: false, delegators: new Map() };
            b.staked += amount!;
            b.delegationRate = rate === undefined ? b.delegationRate : Number(rate.parsed);
            b.inactive = false;
            bids.set(pk, b);
            account.balance -= amount!;
            return [];
          },
        };
      }
      case 'WithdrawBid': {
        const missing = need('public_key', 'amount');
        if (missing !== undefined) return { error: `missing auction argument '${missing}'` };
        const b = bids.get(key('public_key')!);
        if (b === undefined) return { error: 'ApiError::AuctionError(ValidatorNotFound)' };
        if (amount! > b.staked) return { error: 'ApiError::AuctionError(UnbondTooLarge)' };
        return {
          error: null,
          apply: () => {
            b.staked -= amount!;
            account.balance += amount!;
            return [];
          },
        };
      }
      case 'Delegate':
      case 'Undelegate':
      case 'Redelegate': {
        const missing = need('delegator', 'validator', 'amount', ...(ep === 'Redelegate' ? ['new_validator'] : []));
        if (missing !== undefined) return { error: `missing auction argument '${missing}'` };
        const from = bids.get(key('validator')!);
        if (from === undefined) return { error: 'ApiError::AuctionError(ValidatorNotFound)' };
        const d = key('delegator')!;
        const have = from.delegators.get(d) ?? 0n;
        if (ep === 'Delegate') {
          if (amount! > available) return { error: 'Insufficient funds' };
          return {
            error: null,
            apply: () => {
              from.delegators.set(d, have + amount!);
              account.balance -= amount!;
              return [];
            },
          };
        }
        if (amount! > have) return { error: 'ApiError::AuctionError(UnbondTooLarge)' };
        const to = ep === 'Redelegate' ? bids.get(key('new_validator')!) : undefined;
        if (ep === 'Redelegate' && to === undefined) return { error: 'ApiError::AuctionError(ValidatorNotFound)' };
        return {
          error: null,
          apply: () => {
            from.delegators.set(d, have - amount!);
            if (to !== undefined) to.delegators.set(d, (to.delegators.get(d) ?? 0n) + amount!);
            else account.balance += amount!;
            return [];
          },
        };
      }
      case 'ActivateBid': {
        const b = bids.get(key('validator') ?? '');
        if (b === undefined) return { error: 'ApiError::AuctionError(ValidatorNotFound)' };
        return {
          error: null,
          apply: () => {
            b.inactive = false;
            return [];
          },
        };
      }
      case 'ChangeBidPublicKey': {
        const missing = need('public_key', 'new_public_key');
        if (missing !== undefined) return { error: `missing auction argument '${missing}'` };
        const b = bids.get(key('public_key')!);
        if (b === undefined) return { error: 'ApiError::AuctionError(ValidatorNotFound)' };
        return {
          error: null,
          apply: () => {
            bids.delete(key('public_key')!);
            bids.set(key('new_public_key')!, b);
            return [];
          },
        };
      }
      case 'AddReservations':
      case 'CancelReservations':
        // Kept as accepted bookkeeping only: the devnet runs no delegator slot limits.
        return { error: null, apply: () => [] };
      default:
        return { error: `the entry point ${ep} is not run by casper-devnet` };
    }
  }

  /** Runs one transaction against the state and bids given: its execution result (Version2). */
  executeOne(t: TransactionV1, state: MutableState, bids: Map<string, Bid>): Json {
    const v = this.c.v2!;
    const account = initiatorAccount(t, (h) => state.account(h))!;
    const p = t.payload;
    const initiator: Json =
      p.initiator.kind === 'PublicKey'
        ? { PublicKey: p.initiator.publicKey.toHex() }
        : { AccountHash: `account-hash-${toHex(p.initiator.accountHash)}` };
    const pm = p.pricingMode;
    const lane = this.stored.get(toHex(t.hash))?.lane;
    const laneGas = [v.mintLane, v.auctionLane, v.installLane, ...v.wasmLanes].find((l) => l.id === lane)?.maxGas ?? 0n;
    const limit = pm.kind === 'PaymentLimited' ? pm.paymentAmount : laneGas;
    const price = 1n;
    const cost = limit * price > account.balance ? account.balance : limit * price;
    const outcome = this.outcome(t, state, account, limit, account.balance - cost, bids);
    const consumed = outcome.gas > limit ? limit : outcome.gas;
    const refund =
      pm.kind === 'PaymentLimited' ? ((limit - consumed) * price * v.refundRatio[0]) / v.refundRatio[1] : 0n;
    const fee = cost - refund > 0n ? cost - refund : 0n;
    const proposer = state.accountForPublicKey(PROPOSER);
    account.balance -= fee;
    proposer.balance += fee;
    const transfers = outcome.error === null && outcome.apply !== undefined ? outcome.apply() : [];
    const touched = new Set<Account>([account, proposer]);
    for (const tr of transfers) {
      const target = state.accountByPurse(
        String((tr as { Version2: { target: string } }).Version2.target).slice(0, 69),
      );
      if (target !== undefined) touched.add(target);
    }
    return {
      Version2: {
        initiator,
        error_message: outcome.error,
        limit: limit.toString(),
        consumed: consumed.toString(),
        refund: refund.toString(),
        cost: cost.toString(),
        transfers,
        size_estimate: transactionSize(t),
        effects: [...touched].map(writeBalance),
      },
    };
  }
}
