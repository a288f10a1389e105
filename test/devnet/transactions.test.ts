// TransactionV1 on the 2.x devnet (in process, clock in hand): acceptance with the sidecar's codes
// and sentences (casper-sidecar feat-2.0 rpc_sidecar/src/node_client.rs l.387–546, rpcs/error.rs
// l.16–19 and l.48–113), native transfers that move balances, auction bookkeeping, Wasm under the
// devnet's cost model, blocks that list transactions by lane, speculative execution.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLValue, encode, fromHex, toHex, type RuntimeArgs } from '../../src/core/index.js';
import { PROPOSER } from '../../src/devnet/execute.js';
import { generateSecretKey, type SecretKey } from '../../src/signer/index.js';
import {
  buildTransaction,
  signTransaction,
  transactionToJsonWrapped,
  type PricingMode,
  type TransactionEntryPoint,
  type TransactionTarget,
  type TransactionV1,
} from '../../src/transaction/index.js';
import { startTestNet, type TestNet } from './helpers.js';
import { repoRoot } from '../helpers/vectors.js';

const CALL_WASM = new Uint8Array(readFileSync(join(repoRoot, 'fixtures', 'wasm', 'call.wasm')));
const START = Date.now();
let net: TestNet;
let key: SecretKey;
const INITIAL = 10n ** 15n;

beforeAll(async () => {
  key = await generateSecretKey('ed25519');
  net = await startTestNet([{ publicKey: key.publicKey.toHex(), balance: INITIAL }], { generation: '2', now: START });
});
afterAll(() => net.devnet.stop());

const paymentLimited = (amount: bigint): PricingMode => ({
  kind: 'PaymentLimited',
  paymentAmount: amount,
  gasPriceTolerance: 1,
  standardPayment: true,
});
function tx(
  o: {
    target?: TransactionTarget;
    entryPoint?: TransactionEntryPoint;
    args?: RuntimeArgs;
    pricing?: PricingMode;
    chainName?: string;
    ttl?: number;
    signed?: boolean;
  } = {},
): TransactionV1 {
  const t = buildTransaction({
    initiator: key.publicKey,
    chainName: o.chainName ?? 'casper-devnet',
    timestamp: START,
    ttl: o.ttl,
    pricingMode: o.pricing ?? paymentLimited(100_000_000n),
    target: o.target ?? { kind: 'Native' },
    entryPoint: o.entryPoint ?? { kind: 'Transfer' },
    args: o.args ?? transferArgs(5_000_000_000n),
  });
  return o.signed === false ? t : signTransaction(t, key);
}
const u512 = (v: bigint) => new CLValue('U512', encode.u512(v));
const pk = (hex: string) => new CLValue('PublicKey', fromHex(hex));
const transferArgs = (amount: bigint): RuntimeArgs => [
  ['target', pk(PROPOSER)],
  ['amount', u512(amount)],
];
const put = (t: TransactionV1) => net.call('account_put_transaction', { transaction: transactionToJsonWrapped(t) });
const balance = async (hex: string) =>
  BigInt(
    (await net.call('query_balance', { purse_identifier: { main_purse_under_public_key: hex } })).result?.balance ?? 0,
  );
const block = () => net.devnet.chain.produceBlock(net.clock.now);

describe('account_put_transaction: the acceptor', () => {
  it.each([
    [
      'Fixed pricing on a payment-limited network',
      () => tx({ pricing: { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 1 } }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: The transaction sent to the network had an invalid pricing mode',
    ],
    [
      'another chain',
      () => tx({ chainName: 'casper-test' }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: The transaction sent to the network had an invalid chain name',
    ],
    [
      'a 3-hour ttl',
      () => tx({ ttl: 3 * 3600_000 }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: The transaction sent to the network had an excessive time to live',
    ],
    [
      'no approvals',
      () => tx({ signed: false }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: The transaction sent to the network had no approvals',
    ],
    // binary_port error_code.rs 109 InvalidTransactionInvalidPaymentAmount is newer than the sidecar's list.
    [
      'a transfer paying under the mint cost',
      () => tx({ pricing: paymentLimited(1_000n) }),
      -32018,
      'Node request failure',
      'request for submitting a transaction has failed: received an unexpected node error: unknown node error code (109)',
    ],
    [
      'an auction call paying under its cost',
      () =>
        tx({
          entryPoint: { kind: 'ActivateBid' },
          args: [['validator', pk(PROPOSER)]],
          pricing: paymentLimited(100_000_000n),
        }),
      -32018,
      'Node request failure',
      'request for submitting a transaction has failed: received an unexpected node error: unknown node error code (109)',
    ],
    // The lane is computed before anything else is checked (casper-node 2.0.0 transaction_acceptor.rs
    // l.118, calculate_transaction_lane in types/src/transaction/transaction_v1.rs l.628–754); sentences:
    // casper-sidecar feat-2.0 rpc_sidecar/src/node_client.rs l.434–439, l.519–543.
    // transaction_acceptor.rs l.145–156: a VmCasperV2 install or upgrade needs a seed (sidecar
    // node_client.rs l.540 words ErrorCode 102 "Missing seed field in transaction").
    [
      'a VmCasperV2 install without a seed',
      () =>
        tx({
          target: {
            kind: 'Session',
            isInstallUpgrade: true,
            moduleBytes: CALL_WASM,
            runtime: { kind: 'VmCasperV2', transferredValue: 0n, seed: null },
          },
          entryPoint: { kind: 'Call' },
          args: [],
          pricing: paymentLimited(2_500_000_000n),
        }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: Missing seed field in transaction',
    ],
    [
      'a native transaction with the entry point Call',
      () => tx({ entryPoint: { kind: 'Call' } }),
      -32016,
      'Invalid transaction',
      "the transaction was invalid: entry point cannot be 'call'",
    ],
    [
      'a native transaction with a custom entry point',
      () => tx({ entryPoint: { kind: 'Custom', name: 'go' } }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: The native transaction sent to the network should not have a custom entry point',
    ],
    [
      'a stored call with the entry point Call',
      () =>
        tx({
          target: { kind: 'Stored', id: { kind: 'ByHash', hash: new Uint8Array(32) }, runtime: { kind: 'VmCasperV1' } },
          entryPoint: { kind: 'Call' },
          pricing: paymentLimited(2_500_000_000n),
        }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: The non-native transaction sent to the network must have a custom entry point',
    ],
    [
      'session code with the entry point Transfer',
      () =>
        tx({
          target: { kind: 'Session', isInstallUpgrade: false, moduleBytes: CALL_WASM, runtime: { kind: 'VmCasperV1' } },
          entryPoint: { kind: 'Transfer' },
          pricing: paymentLimited(2_500_000_000n),
        }),
      -32016,
      'Invalid transaction',
      "the transaction was invalid: entry point must be 'call'",
    ],
    [
      'prepaid session code (no Wasm lane takes it)',
      () =>
        tx({
          target: { kind: 'Session', isInstallUpgrade: false, moduleBytes: CALL_WASM, runtime: { kind: 'VmCasperV1' } },
          entryPoint: { kind: 'Call' },
          pricing: { kind: 'Prepaid', receipt: new Uint8Array(32) },
        }),
      -32016,
      'Invalid transaction',
      'the transaction was invalid: Pricing mode not supported',
    ],
  ] as const)('%s', async (_, make, code, message, data) => {
    const r = await put(make());
    expect(r.error).toEqual({ code, message, data });
  });

  it('a changed approval is "an invalid approval"', async () => {
    const t = tx();
    const sig = new Uint8Array(t.approvals[0]!.signature);
    sig[5] = sig[5]! ^ 1;
    const r = await put({ ...t, approvals: [{ ...t.approvals[0]!, signature: sig }] });
    expect(r.error).toEqual({
      code: -32016,
      message: 'Invalid transaction',
      data: 'the transaction was invalid: The transaction sent to the network had an invalid approval',
    });
  });

  it('an unknown hash: -32014 No such transaction', async () => {
    const h = 'ab'.repeat(32);
    const r = await net.call('info_get_transaction', { transaction_hash: { Version1: h }, finalized_approvals: false });
    expect(r.error).toEqual({
      code: -32014,
      message: 'No such transaction',
      data: 'no transaction for hash transaction-v1-hash(abab..abab)',
    });
  });
});

describe('execution in blocks', () => {
  it('a native transfer moves the amount and pays the mint cost; the block lists it under lane 0', async () => {
    const before = await balance(key.publicKey.toHex());
    const proposerBefore = await balance(PROPOSER);
    const t = tx();
    const r = await put(t);
    expect(r.result).toEqual({ api_version: '2.0.0', transaction_hash: { Version1: toHex(t.hash) } });
    const pending = await net.call('info_get_transaction', {
      transaction_hash: { Version1: toHex(t.hash) },
      finalized_approvals: false,
    });
    expect(pending.result.execution_info).toBeNull();
    const b = block();
    const got = await net.call('info_get_transaction', {
      transaction_hash: { Version1: toHex(t.hash) },
      finalized_approvals: false,
    });
    const result = got.result.execution_info.execution_result.Version2;
    expect(result.error_message).toBeNull();
    // limit = consumed = the mint transfer cost (100,000,000), so nothing is refunded.
    expect([result.limit, result.consumed, result.refund]).toEqual(['100000000', '100000000', '0']);
    expect(await balance(key.publicKey.toHex())).toBe(before - 5_000_000_000n - 100_000_000n);
    expect(await balance(PROPOSER)).toBe(proposerBefore + 5_000_000_000n + 100_000_000n);
    expect(got.result.execution_info.block_hash).toBe(b.hash);
    const blockJson = await net.call('chain_get_block', { block_identifier: { Hash: b.hash } });
    expect(blockJson.result.block_with_signatures.block.Version2.body.transactions).toEqual({
      0: [{ Version1: toHex(t.hash) }],
    });
  });

  it('session Wasm costs 1,000,000,000 + 10,000 per byte and refunds 75 % of the rest; lane 5', async () => {
    const t = tx({
      target: { kind: 'Session', isInstallUpgrade: false, moduleBytes: CALL_WASM, runtime: { kind: 'VmCasperV1' } },
      entryPoint: { kind: 'Call' },
      args: [],
      pricing: paymentLimited(3_000_000_000n),
    });
    expect((await put(t)).error).toBeUndefined();
    const b = block();
    const r = (await net.call('info_get_transaction', { transaction_hash: { Version1: toHex(t.hash) } })).result
      .execution_info.execution_result.Version2;
    const gas = 1_000_000_000n + 10_000n * BigInt(CALL_WASM.length);
    expect(r.error_message).toBeNull();
    expect(r.consumed).toBe(gas.toString());
    expect(r.refund).toBe((((3_000_000_000n - gas) * 75n) / 100n).toString());
    expect(
      (await net.call('chain_get_block', { block_identifier: { Hash: b.hash } })).result.block_with_signatures.block
        .Version2.body.transactions,
    ).toEqual({ 5: [{ Version1: toHex(t.hash) }] });
  });

  it('invalid Wasm is accepted and fails in execution, consuming the whole limit', async () => {
    const t = tx({
      target: {
        kind: 'Session',
        isInstallUpgrade: false,
        moduleBytes: Uint8Array.of(1, 2, 3),
        runtime: { kind: 'VmCasperV1' },
      },
      entryPoint: { kind: 'Call' },
      args: [],
      pricing: paymentLimited(2_500_000_000n),
    });
    expect((await put(t)).error).toBeUndefined();
    block();
    const r = (await net.call('info_get_transaction', { transaction_hash: { Version1: toHex(t.hash) } })).result
      .execution_info.execution_result.Version2;
    expect(r.error_message).toMatch(/not a valid Wasm module/);
    expect(r.consumed).toBe('2500000000');
  });

  it('the auction entry points keep their books: add-bid, delegate, withdraw; lane 1', async () => {
    const me = key.publicKey.toHex();
    const before = await balance(me);
    const addBid = tx({
      entryPoint: { kind: 'AddBid' },
      args: [
        ['public_key', pk(me)],
        ['delegation_rate', new CLValue('U8', Uint8Array.of(10))],
        ['amount', u512(500_000_000_000n)],
      ],
      pricing: paymentLimited(2_500_000_000n),
    });
    expect((await put(addBid)).error).toBeUndefined();
    const b = block();
    expect(
      (await net.call('chain_get_block', { block_identifier: { Hash: b.hash } })).result.block_with_signatures.block
        .Version2.body.transactions,
    ).toEqual({ 1: [{ Version1: toHex(addBid.hash) }] });
    expect(await balance(me)).toBe(before - 500_000_000_000n - 2_500_000_000n);
    const tooMuch = tx({
      entryPoint: { kind: 'WithdrawBid' },
      args: [
        ['public_key', pk(me)],
        ['amount', u512(600_000_000_000n)],
      ],
      pricing: paymentLimited(2_500_000_000n),
    });
    const withdraw = tx({
      entryPoint: { kind: 'WithdrawBid' },
      args: [
        ['public_key', pk(me)],
        ['amount', u512(200_000_000_000n)],
      ],
      pricing: paymentLimited(2_500_000_000n),
    });
    expect((await put(tooMuch)).error).toBeUndefined();
    expect((await put(withdraw)).error).toBeUndefined();
    block();
    const r1 = (await net.call('info_get_transaction', { transaction_hash: { Version1: toHex(tooMuch.hash) } })).result
      .execution_info.execution_result.Version2;
    const r2 = (await net.call('info_get_transaction', { transaction_hash: { Version1: toHex(withdraw.hash) } })).result
      .execution_info.execution_result.Version2;
    expect(r1.error_message).toBe('ApiError::AuctionError(UnbondTooLarge)');
    expect(r2.error_message).toBeNull();
    expect(await balance(me)).toBe(before - 500_000_000_000n - 3n * 2_500_000_000n + 200_000_000_000n);
  });

  it('speculative_exec_txn runs on a copy: the result, nothing committed', async () => {
    const before = await balance(key.publicKey.toHex());
    const t = tx({ args: transferArgs(7_000_000_000n) });
    const r = await net.call('speculative_exec_txn', { transaction: transactionToJsonWrapped(t) });
    expect(r.result.execution_result.error).toBeNull();
    expect(r.result.execution_result.consumed).toBe('100000000');
    expect(await balance(key.publicKey.toHex())).toBe(before);
    const missing = await net.call('info_get_transaction', { transaction_hash: { Version1: toHex(t.hash) } });
    expect(missing.error.code).toBe(-32014);
  });
});
