// casper-node 1.5.8's deploy acceptor, check for check in its order (node-rpc.md §3.1): the first
// failure wins and is reported with the node's own text.
import { argsBytes, formatTimestamp, formatTtl, parsedJson, toHex } from '../core/index.js';
import { deploySize, type Deploy, type ExecutableDeployItem } from '../deploy/index.js';
import { verifyDeploy } from '../deploy/index.js';
import type { Chainspec } from '../chainspec/chainspec.js';
import type { Account, ChainView } from './state.js';

const MAX_PAYMENT = 2_500_000_000n;

function amountOf(item: ExecutableDeployItem): bigint | 'missing' | 'unparsable' {
  const arg = item.args.find(([n]) => n === 'amount');
  if (arg === undefined) return 'missing';
  const v = arg[1];
  if (
    v.clType !== 'U512' &&
    v.clType !== 'U256' &&
    v.clType !== 'U128' &&
    v.clType !== 'U64' &&
    v.clType !== 'U32' &&
    v.clType !== 'U8' &&
    v.clType !== 'I32' &&
    v.clType !== 'I64'
  )
    return 'unparsable';
  try {
    const p = parsedJson(v.clType, v.bytes);
    const n = BigInt(p as string | number | bigint);
    return n < 0n ? 'unparsable' : n;
  } catch {
    return 'unparsable';
  }
}

/** Config compliance (chainspec limits); returns the text after "invalid deploy: ", or null. */
function configCheck(d: Deploy, c: Chainspec, now: number): string | null {
  const size = deploySize(d);
  if (size > c.maxDeploySize)
    return `deploy size too large: deploy size of ${size} bytes exceeds limit of ${c.maxDeploySize}`;
  if (d.header.chainName !== c.chainName)
    return `invalid chain name: expected ${c.chainName}, got ${d.header.chainName}`;
  if (d.header.dependencies.length > c.maxDependencies)
    return `${d.header.dependencies.length} dependencies exceeds limit of ${c.maxDependencies}`;
  if (d.header.ttl > c.maxTtlMs)
    return `time-to-live of ${formatTtl(d.header.ttl)} exceeds limit of ${formatTtl(c.maxTtlMs)}`;
  if (d.header.timestamp > now + c.timestampLeewayMs) {
    return `timestamp of ${formatTimestamp(d.header.timestamp)} is later than node's validation timestamp of ${formatTimestamp(now)} plus leeway of ${formatTtl(c.timestampLeewayMs)}`;
  }
  if (d.approvals.length > c.maxAssociatedKeys)
    return `number of associated keys ${d.approvals.length} exceeds the maximum ${c.maxAssociatedKeys}`;
  if (d.session.kind !== 'Transfer') {
    const a = amountOf(d.payment);
    if (a === 'missing') return "missing payment 'amount' runtime argument ";
    if (a === 'unparsable') return "failed to parse payment 'amount' as U512";
    if (a > c.blockGasLimit) return `payment amount of ${a} exceeds the block gas limit of ${c.blockGasLimit}`;
  }
  const paymentArgs = argsBytes(d.payment.args).length;
  if (paymentArgs > c.paymentArgsMaxLength)
    return `serialized payment code runtime args of ${paymentArgs} exceeds limit of ${c.paymentArgsMaxLength}`;
  const sessionArgs = argsBytes(d.session.args).length;
  if (sessionArgs > c.sessionArgsMaxLength)
    return `serialized session code runtime args of ${sessionArgs} exceeds limit of ${c.sessionArgsMaxLength}`;
  if (d.session.kind === 'Transfer') {
    const a = amountOf(d.session);
    if (a === 'missing') return "missing transfer 'amount' runtime argument";
    if (a === 'unparsable') return "failed to parse transfer 'amount' as U512";
    if (a < c.nativeTransferMinimumMotes)
      return `insufficient transfer amount; minimum: ${c.nativeTransferMinimumMotes} attempted: ${a}`;
  }
  return null;
}

/** Global-state checks: the account, its keys and balance, and the code the deploy names. */
function stateCheck(d: Deploy, view: ChainView): string | null {
  const accountHash = toHex(d.header.account.accountHash());
  const account: Account | undefined = view.account(accountHash);
  if (account === undefined) return `account with hash ${accountHash} does not exist`;
  const signers = d.approvals.map((a) => a.signer.toHex());
  if (signers.length > 0 && !signers.every((s) => account.associatedKeys.includes(s)))
    return 'account authorization invalid';
  if (account.balance < MAX_PAYMENT) return `insufficient balance in account with hash ${accountHash}`;
  const p = d.payment;
  if (p.kind === 'Transfer') return 'transfer is not valid for payment code';
  if (p.kind === 'ModuleBytes' && p.moduleBytes.length === 0) {
    const a = amountOf(p);
    if (a === 'missing') return "missing payment 'amount' runtime argument";
    if (a === 'unparsable') return "failed to parse payment 'amount' runtime argument as U512";
  }
  for (const item of [p, d.session]) {
    if (item.kind === 'StoredContractByHash' && !view.hasContract(toHex(item.hash)))
      return `contract at ${toHex(item.hash)} does not exist`;
    if (item.kind === 'StoredVersionedContractByHash' && !view.hasPackage(toHex(item.hash)))
      return `contract package at ${toHex(item.hash)} does not exist`;
  }
  if (d.session.kind === 'Transfer' && !d.session.args.some(([n]) => n === 'target'))
    return "missing transfer 'target' runtime argument";
  if (d.session.kind === 'ModuleBytes' && d.session.moduleBytes.length === 0)
    return 'module bytes for session code cannot be empty';
  return null;
}

function cryptoCheck(d: Deploy): string | null {
  if (d.approvals.length === 0) return 'the deploy has no approvals';
  const check = verifyDeploy(d);
  if (!check.bodyHashOk) return 'the provided body hash does not match the actual hash of the body';
  if (!check.hashOk) return 'the provided hash does not match the actual hash of the deploy';
  const bad = check.approvals.findIndex((a) => a.error !== null);
  if (bad >= 0) return `the approval at index ${bad} is invalid: ${check.approvals[bad]!.error}`;
  return null;
}

/** null when accepted; otherwise the `data` of the node's −32008 "Invalid Deploy" error. */
export function acceptDeploy(d: Deploy, c: Chainspec, view: ChainView, now: number): string | null {
  const config = configCheck(d, c, now);
  if (config !== null) return `invalid deploy: ${config}`;
  const expiry = d.header.timestamp + d.header.ttl;
  if (expiry < now)
    return `deploy received by the node expired at ${formatTimestamp(expiry)} with node's time at ${formatTimestamp(now)}`;
  const state = stateCheck(d, view);
  if (state !== null) {
    const tip = view.tip();
    return `${state} at state root hash ${tip.stateRootHash} of block ${tip.hash} at height ${tip.height}`;
  }
  const crypto = cryptoCheck(d);
  return crypto === null ? null : `invalid deploy: ${crypto}`;
}
