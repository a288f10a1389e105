// TransactionV1 on the 2.x devnet: account_put_transaction, info_get_transaction and
// speculative_exec_txn, answered as the 2.0 sidecar answers them, and their execution in blocks.
// Acceptance follows casper-node 2.0.0 MetaTransactionV1::is_config_compliant
// (node/src/types/transaction/meta_transaction/meta_transaction_v1.rs l.321–570), then expiry, the
// initiator's account and the signatures; refusals carry the sidecar's sentences
// (casper-sidecar feat-2.0 rpc_sidecar/src/node_client.rs l.387–546): -32016 "Invalid transaction"
// with "the transaction was invalid: <sentence>" (rpcs/error.rs l.48, l.109), or -32018 "Node request
// failure" for codes the sidecar does not count as invalid-transaction codes (gas price tolerance
// too low, 84) or does not know (binary_port error_code.rs 109 InvalidTransactionInvalidPaymentAmount).
// Execution is tx-pool.ts; an accepted transaction is written to the chain log before it is
// acknowledged (Chain.addTransaction), so a restart keeps it.
import type { Chainspec } from '../chainspec/chainspec.js';
import { type LaneError, missesSeed, transactionKind, transactionLane } from '../transaction/index.js';
import { deployFromJson } from '../deploy/index.js';
import { toHex, type Json } from '../core/index.js';
import { acceptDeploy2 } from './acceptor2.js';
import {
  checkTransaction,
  transactionFromJson,
  transactionSize,
  transactionToJson,
  type TransactionV1,
} from '../transaction/index.js';
import { invalidParams, namedParams, RpcFailure, type Handler } from './jsonrpc.js';
import type { MethodContext } from './context.js';
import { auctionGas, initiatorAccount, TransactionPool } from './tx-pool.js';
import { messageOf } from '../core/errors.js';

const invalid = (sentence: string) =>
  new RpcFailure(-32016, 'Invalid transaction', `the transaction was invalid: ${sentence}`);
const nodeFailure = (what: string) =>
  new RpcFailure(-32018, 'Node request failure', `request for submitting a transaction has failed: ${what}`);
const unknownCode = (code: number) =>
  nodeFailure(`received an unexpected node error: unknown node error code (${code})`);
const shortHash = (h: string) => `${h.slice(0, 4)}..${h.slice(-4)}`;

/**
 * The lane errors as the sidecar words them: binary_port error_code.rs l.165–168, 269, 311–314, 332
 * (codes 48, 49, 82, 96, 97, 103), sentences in casper-sidecar feat-2.0 rpc_sidecar/src/node_client.rs
 * l.434–439, l.519–543, all counted as invalid-transaction codes (from_error_code, l.767–858).
 */
const LANE_SENTENCES: Record<LaneError, string> = {
  NoLaneMatch: "couldn't associate a transaction lane with the transaction",
  PricingModeNotSupported: 'Pricing mode not supported',
  EntryPointCannotBeCall: "entry point cannot be 'call'",
  EntryPointCannotBeCustom: 'The native transaction sent to the network should not have a custom entry point',
  EntryPointMustBeCustom: 'The non-native transaction sent to the network must have a custom entry point',
  EntryPointMustBeCall: "entry point must be 'call'",
};

function accept(t: TransactionV1, c: Chainspec, ctx: MethodContext): { lane: number } | RpcFailure {
  const v = c.v2!;
  const p = t.payload;
  // The lane comes first: the node computes it while building the MetaTransactionV1
  // (transaction_acceptor.rs l.118), before is_config_compliant.
  const size = transactionSize(t);
  const lane = transactionLane(t, c, size);
  if ('error' in lane) return invalid(LANE_SENTENCES[lane.error]);
  // transaction_acceptor.rs l.145–156, before the config checks; the sidecar's words (node_client.rs l.540).
  if (missesSeed(t)) return invalid('Missing seed field in transaction');
  const runtime = p.target.kind === 'Native' ? undefined : p.target.runtime.kind;
  if (runtime === 'VmCasperV1' && !v.vmCasperV1) return invalid('invalid transaction runtime');
  if (runtime === 'VmCasperV1' && p.args.kind !== 'Named') return invalid('expected named arguments');
  if (runtime === 'VmCasperV2' && !v.vmCasperV2) return invalid('invalid transaction runtime');
  if (runtime === 'VmCasperV2' && p.args.kind !== 'Bytesrepr') return invalid('expected bytes arguments');
  if (size > lane.maxBytes) return invalid('The transaction sent to the network had an excessive size');
  if (p.chainName !== c.chainName) return invalid('The transaction sent to the network had an invalid chain name');
  const pm = p.pricingMode;
  if (pm.kind === 'PaymentLimited') {
    if (pm.paymentAmount === 0n) return unknownCode(109);
    if (v.pricingHandling !== 'payment_limited')
      return invalid('The transaction sent to the network had an invalid pricing mode');
    const kind = transactionKind(t);
    const min = kind === 'mint' ? v.transferGas : kind === 'auction' ? auctionGas(p.entryPoint.kind) : v.baselineMotes;
    if (pm.paymentAmount < min) return unknownCode(109);
  } else if (pm.kind === 'Fixed') {
    if (v.pricingHandling !== 'fixed')
      return invalid('The transaction sent to the network had an invalid pricing mode');
  } else if (!v.allowPrepaid) {
    return invalid('The transaction sent to the network had an invalid pricing mode');
  }
  if (pm.kind !== 'Prepaid' && pm.gasPriceTolerance < v.minGasPrice) return nodeFailure('gas price tolerance too low');
  const now = ctx.now();
  if (p.ttl > c.maxTtlMs) return invalid('The transaction sent to the network had an excessive time to live');
  if (p.timestamp > now + c.timestampLeewayMs)
    return invalid('The transaction sent to the network had a timestamp that has not yet occurred');
  if (t.approvals.length > c.maxAssociatedKeys)
    return invalid('The transaction sent to the network had excessive approvals');
  const gasLimit = pm.kind === 'PaymentLimited' ? pm.paymentAmount : lane.maxGas;
  if (gasLimit > c.blockGasLimit)
    return invalid('The transaction sent to the network exceeds the networks block gas limit');
  if (p.timestamp + p.ttl < now) return invalid('transaction has expired');
  const account = initiatorAccount(t, (h) => ctx.chain.account(h));
  if (account === undefined) return invalid('no such addressable entity');
  const signers = t.approvals.map((a) => a.signer.toHex());
  if (signers.length > 0 && !signers.every((s) => account.associatedKeys.includes(s)))
    return invalid('invalid associated keys');
  if (account.balance < v.baselineMotes) return invalid('insufficient balance');
  if (p.target.kind === 'Session' && p.target.moduleBytes.length === 0)
    return invalid('The transaction sent to the network had empty module bytes');
  if (t.approvals.length === 0) return invalid('The transaction sent to the network had no approvals');
  const check = checkTransaction(t);
  if (!check.hashOk) return invalid('The transaction sent to the network had an invalid hash');
  if (check.approvals.some((a) => a.error !== null))
    return invalid('The transaction sent to the network had an invalid approval');
  return { lane: lane.id };
}

/** A legacy deploy sent as {"Deploy": …}: the deploy acceptor, its refusal worded for a transaction. */
function putDeploy(ctx: MethodContext, json: Json): Json {
  let d: ReturnType<typeof deployFromJson>;
  try {
    d = deployFromJson(json);
  } catch (e) {
    throw invalidParams(`Failed to parse 'params' field: ${messageOf(e)}`, e);
  }
  const failure = acceptDeploy2(d, ctx.chainspec, ctx.chain, ctx.now());
  if (failure !== null) {
    if (failure.code === -32008)
      throw new RpcFailure(
        -32016,
        'Invalid transaction',
        String(failure.data).replace('the deploy was invalid: ', 'the transaction was invalid: '),
      );
    throw failure;
  }
  ctx.chain.addDeploy(d, json);
  return { api_version: '2.0.0', transaction_hash: { Deploy: toHex(d.hash) } };
}

function parseTransactionParam(v: Json | undefined): { t: TransactionV1; json: Json } {
  if (v === undefined) throw invalidParams("Failed to parse 'params' field: missing field `transaction`");
  const o = v as Record<string, Json>;
  if (typeof o !== 'object' || o === null || !('Version1' in o))
    throw invalidParams("Failed to parse 'params' field: unknown variant, expected `Deploy` or `Version1`");
  try {
    return { t: transactionFromJson(o), json: o.Version1! };
  } catch (e) {
    throw invalidParams(`Failed to parse 'params' field: ${messageOf(e)}`, e);
  }
}

function hashParam(v: Json | undefined): { kind: 'Version1' | 'Deploy'; hash: string } {
  const o = v as Record<string, unknown> | null;
  const kind =
    o !== null && typeof o === 'object'
      ? typeof o.Version1 === 'string'
        ? 'Version1'
        : typeof o.Deploy === 'string'
          ? 'Deploy'
          : undefined
      : undefined;
  const hex = kind === undefined ? undefined : String(o![kind]);
  if (kind === undefined || hex === undefined || !/^[0-9a-fA-F]{64}$/.test(hex))
    throw invalidParams(
      'Failed to parse \'params\' field: transaction_hash must be {"Version1": <64 hex>} or {"Deploy": <64 hex>}',
    );
  return { kind, hash: hex.toLowerCase() };
}

/** The three transaction methods of a 2.x devnet, over the chain's transaction pool. */
export function transactionMethods(ctx: MethodContext): Map<string, Handler> {
  const c = ctx.chainspec;
  const pool = ctx.transactions;
  if (pool === undefined) throw new Error('a 2.x devnet opens its chain with a transaction pool');
  const m = new Map<string, Handler>();
  const API = '2.0.0';

  m.set('account_put_transaction', (params) => {
    const p = namedParams(params, ['transaction'], ['transaction']);
    const wrapped = p.transaction as Record<string, Json> | null;
    if (typeof wrapped === 'object' && wrapped !== null && 'Deploy' in wrapped) return putDeploy(ctx, wrapped.Deploy!);
    const { t, json } = parseTransactionParam(p.transaction);
    const r = accept(t, c, ctx);
    if (r instanceof RpcFailure) throw r;
    ctx.chain.addTransaction(t, json, r.lane); // logged before it is acknowledged; a known one stays as it was
    return { api_version: API, transaction_hash: { Version1: toHex(t.hash) } };
  });

  m.set('info_get_transaction', (params): Json => {
    const p = namedParams(params, ['transaction_hash', 'finalized_approvals'], ['transaction_hash']);
    const { kind, hash } = hashParam(p.transaction_hash);
    if (kind === 'Deploy') {
      const d = ctx.chain.deploys.get(hash);
      if (d === undefined)
        throw new RpcFailure(-32014, 'No such transaction', `no transaction for hash deploy-hash(${shortHash(hash)})`);
      const info =
        d.block && d.result
          ? { block_hash: d.block.hash, block_height: d.block.height, execution_result: d.result }
          : null;
      return { api_version: API, transaction: { Deploy: d.json }, execution_info: info };
    }
    const s = pool.stored.get(hash);
    if (s === undefined)
      throw new RpcFailure(
        -32014,
        'No such transaction',
        `no transaction for hash transaction-v1-hash(${shortHash(hash)})`,
      );
    const info =
      s.block && s.result
        ? { block_hash: s.block.hash, block_height: s.block.height, execution_result: s.result }
        : null;
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
    const result = (scratch.executeOne(t, ctx.chain.scratchState(), bids) as { Version2: Record<string, Json> })
      .Version2;
    const tip = ctx.chain.tip();
    return {
      api_version: API,
      execution_result: {
        block_hash: tip.hash,
        transfers: result.transfers!,
        limit: result.limit!,
        consumed: result.consumed!,
        effects: result.effects!,
        messages: [],
        error: result.error_message!,
      },
    };
  });
  return m;
}
