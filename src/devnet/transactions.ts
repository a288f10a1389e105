// TransactionV1 on the 2.x devnet: account_put_transaction, info_get_transaction and
// speculative_exec_txn, answered as the 2.0 sidecar answers them, and their execution in blocks.
// Acceptance follows casper-node 2.0.0 MetaTransactionV1::is_config_compliant
// (node/src/types/transaction/meta_transaction/meta_transaction_v1.rs l.321–570), then expiry, the
// initiator's account and the signatures; refusals carry the sidecar's sentences
// (casper-sidecar feat-2.0 rpc_sidecar/src/node_client.rs l.387–546): -32016 "Invalid transaction"
// with "the transaction was invalid: <sentence>" (rpcs/error.rs l.48, l.109), or -32018 "Node request
// failure" for codes the sidecar does not count as invalid-transaction codes (gas price tolerance
// too low, 84) or does not know (binary_port error_code.rs 109 InvalidTransactionInvalidPaymentAmount).
// Execution is the devnet's cost model (execute.ts): a native transfer uses the mint transfer cost,
// an auction entry point its auction cost (kept as bookkeeping of bids and delegations), session
// Wasm 1,000,000,000 + 10,000 gas per module byte; 75 % of the unused limit is refunded, the rest
// goes to the proposer. Transactions live in memory (the event log keeps deploys only).
import type { Chainspec } from '../chainspec/chainspec.js';
import { transactionKind, transactionLane } from '../transaction/index.js';
import { deployFromJson } from '../deploy/index.js';
import { encode, parsedJson, toHex, type Json } from '../core/index.js';
import { acceptDeploy2 } from './acceptor2.js';
import { checkTransaction, transactionFromJson, transactionToBytes, transactionToJson, type TransactionV1 } from '../transaction/index.js';
import { PROPOSER, WASM_BASE_COST, WASM_BYTE_COST } from './execute.js';
import { invalidParams, namedParams, RpcFailure, type Handler } from './jsonrpc.js';
import type { MethodContext } from './context.js';
import type { Account, Block, MutableState } from './state.js';
import { messageOf } from '../core/errors.js';

const invalid = (sentence: string) => new RpcFailure(-32016, 'Invalid transaction', `the transaction was invalid: ${sentence}`);
const nodeFailure = (what: string) => new RpcFailure(-32018, 'Node request failure', `request for submitting a transaction has failed: ${what}`);
const unknownCode = (code: number) => nodeFailure(`received an unexpected node error: unknown node error code (${code})`);
const shortHash = (h: string) => `${h.slice(0, 4)}..${h.slice(-4)}`;

/** system_costs of the 2.0.0 production chainspec ([system_costs.auction_costs]). */
const AUCTION_GAS: Record<string, bigint> = { ChangeBidPublicKey: 5_000_000_000n };
const auctionGas = (ep: string) => AUCTION_GAS[ep] ?? 2_500_000_000n;
const WASM = (globalThis as unknown as { WebAssembly: { validate(b: Uint8Array): boolean; Module: { new (b: Uint8Array): object; exports(m: object): { name: string; kind: string }[] } } }).WebAssembly;

interface Stored {
  t: TransactionV1;
  json: Json;
  lane: number;
  block?: Block;
  result?: Json;
}

interface Bid {
  staked: bigint;
  delegationRate: number;
  inactive: boolean;
  delegators: Map<string, bigint>;
}

function accept(t: TransactionV1, c: Chainspec, ctx: MethodContext): { lane: number } | RpcFailure {
  const v = c.v2!;
  const p = t.payload;
  const runtime = p.target.kind === 'Native' ? undefined : p.target.runtime.kind;
  if (runtime === 'VmCasperV1' && !v.vmCasperV1) return invalid('invalid transaction runtime');
  if (runtime === 'VmCasperV1' && p.args.kind !== 'Named') return invalid('expected named arguments');
  if (runtime === 'VmCasperV2' && !v.vmCasperV2) return invalid('invalid transaction runtime');
  if (runtime === 'VmCasperV2' && p.args.kind !== 'Bytesrepr') return invalid('expected bytes arguments');
  const size = transactionToBytes(t).length;
  const lane = transactionLane(t, c, size);
  if (typeof lane === 'string') return invalid("couldn't associate a transaction lane with the transaction");
  if (size > lane.maxBytes) return invalid('The transaction sent to the network had an excessive size');
  if (p.chainName !== c.chainName) return invalid('The transaction sent to the network had an invalid chain name');
  const pm = p.pricingMode;
  if (pm.kind === 'PaymentLimited') {
    if (pm.paymentAmount === 0n) return unknownCode(109);
    if (v.pricingHandling !== 'payment_limited') return invalid('The transaction sent to the network had an invalid pricing mode');
    const kind = transactionKind(t);
    const min = kind === 'mint' ? v.transferGas : kind === 'auction' ? auctionGas(p.entryPoint.kind) : v.baselineMotes;
    if (pm.paymentAmount < min) return unknownCode(109);
  } else if (pm.kind === 'Fixed') {
    if (v.pricingHandling !== 'fixed') return invalid('The transaction sent to the network had an invalid pricing mode');
  } else if (!v.allowPrepaid) {
    return invalid('The transaction sent to the network had an invalid pricing mode');
  }
  if (pm.kind !== 'Prepaid' && pm.gasPriceTolerance < v.minGasPrice) return nodeFailure('gas price tolerance too low');
  const now = ctx.now();
  if (p.ttl > c.maxTtlMs) return invalid('The transaction sent to the network had an excessive time to live');
  if (p.timestamp > now + c.timestampLeewayMs) return invalid('The transaction sent to the network had a timestamp that has not yet occurred');
  if (t.approvals.length > c.maxAssociatedKeys) return invalid('The transaction sent to the network had excessive approvals');
  const gasLimit = pm.kind === 'PaymentLimited' ? pm.paymentAmount : lane.maxGas;
  if (gasLimit > c.blockGasLimit) return invalid('The transaction sent to the network exceeds the networks block gas limit');
  if (p.timestamp + p.ttl < now) return invalid('transaction has expired');
  const account = initiatorAccount(t, (h) => ctx.chain.account(h));
  if (account === undefined) return invalid('no such addressable entity');
  const signers = t.approvals.map((a) => a.signer.toHex());
  if (signers.length > 0 && !signers.every((s) => account.associatedKeys.includes(s))) return invalid('invalid associated keys');
  if (account.balance < v.baselineMotes) return invalid('insufficient balance');
  if (p.target.kind === 'Session' && p.target.moduleBytes.length === 0) return invalid('The transaction sent to the network had empty module bytes');
  if (t.approvals.length === 0) return invalid('The transaction sent to the network had no approvals');
  const check = checkTransaction(t);
  if (!check.hashOk) return invalid('The transaction sent to the network had an invalid hash');
  if (check.approvals.some((a) => a.error !== null)) return invalid('The transaction sent to the network had an invalid approval');
  return { lane: lane.id };
}

function initiatorAccount(t: TransactionV1, find: (hash: string) => Account | undefined): Account | undefined {
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
  kind: { Write: { CLValue: { cl_type: 'U512', bytes: toHex(encode.u512(acc.balance)), parsed: acc.balance.toString() } } },
});

class TransactionPool {
  readonly stored = new Map<string, Stored>();
  private pending: string[] = [];
  readonly bids = new Map<string, Bid>();

  constructor(private readonly c: Chainspec) {}

  add(t: TransactionV1, json: Json, lane: number): void {
    const hash = toHex(t.hash);
    if (this.stored.has(hash)) return;
    this.stored.set(hash, { t, json, lane });
    this.pending.push(hash);
  }

  executePending(state: MutableState): { hash: string; lane: number }[] {
    const out = this.pending.map((h) => {
      const s = this.stored.get(h)!;
      s.result = this.execute(s.t, state, this.bids);
      return { hash: h, lane: s.lane };
    });
    this.pending = [];
    return out;
  }

  committed(block: Block): void {
    for (const t of block.transactions ?? []) this.stored.get(t.hash)!.block = block;
  }

  /** Gas the transaction uses and what it does; an error string when it fails. */
  private run(t: TransactionV1, state: MutableState, account: Account, limit: bigint, available: bigint, bids: Map<string, Bid>): { gas: bigint; error: string | null; apply?: () => Json[] } {
    const p = t.payload;
    const ep = p.entryPoint.kind;
    if (p.target.kind === 'Native') {
      const gas = ep === 'Transfer' || ep === 'Burn' ? this.c.v2!.transferGas : auctionGas(ep);
      if (limit < gas) return { gas: limit, error: 'Out of gas error' };
      return { gas, ...this.native(t, state, account, available, bids) };
    }
    if (p.target.kind === 'Stored') return { gas: limit, error: 'casper-devnet keeps no stored contracts' };
    const bytes = p.target.moduleBytes;
    if (!WASM.validate(bytes)) return { gas: limit, error: 'Wasm preprocessing error: Deserialization error: the session code is not a valid Wasm module' };
    if (!WASM.Module.exports(new WASM.Module(bytes)).some((e) => e.name === 'call' && e.kind === 'function')) return { gas: limit, error: 'Wasm preprocessing error: the session code does not export a `call` function' };
    const gas = WASM_BASE_COST + WASM_BYTE_COST * BigInt(bytes.length);
    if (limit < gas) return { gas: limit, error: 'Out of gas error' };
    return { gas, error: null };
  }

  private native(t: TransactionV1, state: MutableState, account: Account, available: bigint, bids: Map<string, Bid>): { error: string | null; apply?: () => Json[] } {
    const ep = t.payload.entryPoint.kind;
    const amountArg = arg(t, 'amount');
    const amount = amountArg !== undefined && amountArg.clType === 'U512' ? BigInt(amountArg.parsed as string) : undefined;
    const key = (name: string) => {
      const a = arg(t, name);
      return a !== undefined && a.clType === 'PublicKey' ? String(a.parsed).toLowerCase() : undefined;
    };
    const need = (...names: string[]) => names.find((n) => (n === 'amount' ? amount === undefined : key(n) === undefined));
    switch (ep) {
      case 'Transfer': {
        if (amount === undefined) return { error: "missing transfer 'amount' runtime argument" };
        const target = arg(t, 'target');
        let to: Account | string;
        if (target === undefined) to = "missing transfer 'target' runtime argument";
        else if (target.clType === 'PublicKey') to = state.accountForPublicKey(target.parsed as string);
        else if (typeof target.clType === 'object' && target.clType !== null && 'ByteArray' in target.clType) to = state.accountForHash(toHex(target.bytes));
        else if (target.clType === 'URef') to = state.accountByPurse(String(target.parsed).slice(0, 69)) ?? `the purse ${String(target.parsed)} belongs to no account on this devnet`;
        else to = 'the transfer target must be a public key, an account hash or a purse URef';
        if (typeof to === 'string') return { error: to };
        const source = arg(t, 'source');
        if (source !== undefined && String(source.parsed).slice(0, 69) !== account.mainPurse.slice(0, 69)) return { error: 'the source purse is not the initiator\'s main purse' };
        if (amount > available) return { error: 'Insufficient funds' };
        const target2 = to;
        return {
          error: null,
          apply: () => {
            account.balance -= amount;
            target2.balance += amount;
            return [{ Version2: { transaction_hash: { Version1: toHex(t.hash) }, from: { AccountHash: `account-hash-${account.hash}` }, to: `account-hash-${target2.hash}`, source: account.mainPurse, target: target2.mainPurse, amount: amount.toString(), gas: this.c.v2!.transferGas.toString(), id: arg(t, 'id')?.parsed ?? null } }];
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

  execute(t: TransactionV1, state: MutableState, bids: Map<string, Bid>): Json {
    const v = this.c.v2!;
    const account = initiatorAccount(t, (h) => state.account(h))!;
    const p = t.payload;
    const initiator: Json = p.initiator.kind === 'PublicKey' ? { PublicKey: p.initiator.publicKey.toHex() } : { AccountHash: `account-hash-${toHex(p.initiator.accountHash)}` };
    const pm = p.pricingMode;
    const lane = this.stored.get(toHex(t.hash))?.lane;
    const laneGas = [v.mintLane, v.auctionLane, v.installLane, ...v.wasmLanes].find((l) => l.id === lane)?.maxGas ?? 0n;
    const limit = pm.kind === 'PaymentLimited' ? pm.paymentAmount : laneGas;
    const price = 1n;
    const cost = limit * price > account.balance ? account.balance : limit * price;
    const outcome = this.run(t, state, account, limit, account.balance - cost, bids);
    const consumed = outcome.gas > limit ? limit : outcome.gas;
    const refund = pm.kind === 'PaymentLimited' ? ((limit - consumed) * price * v.refundRatio[0]) / v.refundRatio[1] : 0n;
    const fee = cost - refund > 0n ? cost - refund : 0n;
    const proposer = state.accountForPublicKey(PROPOSER);
    account.balance -= fee;
    proposer.balance += fee;
    const transfers = outcome.error === null && outcome.apply !== undefined ? outcome.apply() : [];
    const touched = new Set<Account>([account, proposer]);
    for (const tr of transfers) {
      const target = state.accountByPurse(String((tr as { Version2: { target: string } }).Version2.target).slice(0, 69));
      if (target !== undefined) touched.add(target);
    }
    return {
      Version2: {
        initiator, error_message: outcome.error, limit: limit.toString(), consumed: consumed.toString(), refund: refund.toString(), cost: cost.toString(),
        transfers, size_estimate: transactionToBytes(t).length, effects: [...touched].map(writeBalance),
      },
    };
  }
}

/** A legacy deploy sent as {"Deploy": …}: the deploy acceptor, its refusal worded for a transaction. */
function putDeploy(ctx: MethodContext, json: Json): Json {
  let d;
  try {
    d = deployFromJson(json);
  } catch (e) {
    throw invalidParams(`Failed to parse 'params' field: ${messageOf(e)}`, e);
  }
  const failure = acceptDeploy2(d, ctx.chainspec, ctx.chain, ctx.now());
  if (failure !== null) {
    if (failure.code === -32008) throw new RpcFailure(-32016, 'Invalid transaction', String(failure.data).replace('the deploy was invalid: ', 'the transaction was invalid: '));
    throw failure;
  }
  ctx.chain.addDeploy(d, json);
  return { api_version: '2.0.0', transaction_hash: { Deploy: toHex(d.hash) } };
}

function parseTransactionParam(v: Json | undefined): { t: TransactionV1; json: Json } {
  if (v === undefined) throw invalidParams("Failed to parse 'params' field: missing field `transaction`");
  const o = v as Record<string, Json>;
  if (typeof o !== 'object' || o === null || !('Version1' in o)) throw invalidParams("Failed to parse 'params' field: unknown variant, expected `Deploy` or `Version1`");
  try {
    return { t: transactionFromJson(o), json: o.Version1! };
  } catch (e) {
    throw invalidParams(`Failed to parse 'params' field: ${messageOf(e)}`, e);
  }
}

function hashParam(v: Json | undefined): { kind: 'Version1' | 'Deploy'; hash: string } {
  const o = v as Record<string, unknown> | null;
  const kind = o !== null && typeof o === 'object' ? (typeof o.Version1 === 'string' ? 'Version1' : typeof o.Deploy === 'string' ? 'Deploy' : undefined) : undefined;
  const hex = kind === undefined ? undefined : String(o![kind]);
  if (kind === undefined || hex === undefined || !/^[0-9a-fA-F]{64}$/.test(hex)) throw invalidParams("Failed to parse 'params' field: transaction_hash must be {\"Version1\": <64 hex>} or {\"Deploy\": <64 hex>}");
  return { kind, hash: hex.toLowerCase() };
}

/** The three transaction methods of a 2.x devnet; also hooks block production on the chain. */
export function transactionMethods(ctx: MethodContext): Map<string, Handler> {
  const c = ctx.chainspec;
  const pool = new TransactionPool(c);
  ctx.chain.blockHook = { execute: (state) => pool.executePending(state), committed: (block) => pool.committed(block) };
  const m = new Map<string, Handler>();
  const API = '2.0.0';

  m.set('account_put_transaction', (params) => {
    const p = namedParams(params, ['transaction'], ['transaction']);
    const wrapped = p.transaction as Record<string, Json> | null;
    if (typeof wrapped === 'object' && wrapped !== null && 'Deploy' in wrapped) return putDeploy(ctx, wrapped.Deploy!);
    const { t, json } = parseTransactionParam(p.transaction);
    const r = accept(t, c, ctx);
    if (r instanceof RpcFailure) throw r;
    pool.add(t, json, r.lane);
    return { api_version: API, transaction_hash: { Version1: toHex(t.hash) } };
  });

  m.set('info_get_transaction', (params): Json => {
    const p = namedParams(params, ['transaction_hash', 'finalized_approvals'], ['transaction_hash']);
    const { kind, hash } = hashParam(p.transaction_hash);
    if (kind === 'Deploy') {
      const d = ctx.chain.deploys.get(hash);
      if (d === undefined) throw new RpcFailure(-32014, 'No such transaction', `no transaction for hash deploy-hash(${shortHash(hash)})`);
      const info = d.block && d.result ? { block_hash: d.block.hash, block_height: d.block.height, execution_result: d.result } : null;
      return { api_version: API, transaction: { Deploy: d.json }, execution_info: info };
    }
    const s = pool.stored.get(hash);
    if (s === undefined) throw new RpcFailure(-32014, 'No such transaction', `no transaction for hash transaction-v1-hash(${shortHash(hash)})`);
    const info = s.block && s.result ? { block_hash: s.block.hash, block_height: s.block.height, execution_result: s.result } : null;
    return { api_version: API, transaction: { Version1: s.json }, execution_info: info };
  });

  m.set('speculative_exec_txn', (params): Json => {
    const p = namedParams(params, ['transaction'], ['transaction']);
    const { t } = parseTransactionParam(p.transaction);
    const r = accept(t, c, ctx);
    if (r instanceof RpcFailure) throw r;
    const scratch = new TransactionPool(c);
    scratch.add(t, transactionToJson(t), r.lane);
    const bids = new Map([...pool.bids].map(([k, b]) => [k, { ...b, delegators: new Map(b.delegators) }]));
    const result = (scratch.execute(t, ctx.chain.scratchState(), bids) as { Version2: Record<string, Json> }).Version2;
    const tip = ctx.chain.tip();
    return {
      api_version: API,
      execution_result: { block_hash: tip.hash, transfers: result.transfers!, limit: result.limit!, consumed: result.consumed!, effects: result.effects!, messages: [], error: result.error_message! },
    };
  });
  return m;
}

