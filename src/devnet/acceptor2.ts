// The deploy acceptor of a Casper 2.0 node, answered the way the 2.0 sidecar answers it. The node
// checks in this order (casper-node 2.0.0 node/src/components/transaction_acceptor.rs):
// Deploy::is_config_compliant (types/src/transaction/deploy.rs l.409-561), expiry, the account
// (exists, keys authorize, balance ≥ baseline), the payment item, the session item, then the
// cryptography (hashes, approvals). It reports a binary-port ErrorCode
// (binary_port/src/error_code.rs); the sidecar turns it into a sentence
// (casper-sidecar feat-2.0 rpc_sidecar/src/node_client.rs l.321-547) and a JSON-RPC error
// (rpcs/error.rs): -32008 "Invalid Deploy" with "the deploy was invalid: <sentence>", or, for codes
// it does not list as invalid-deploy codes, -32018 "Node request failure".
import type { Chainspec } from '../chainspec/chainspec.js';
import { deployLane, u512Amount } from '../deploy/lane.js';
import { argsBytes, toHex } from '../core/index.js';
import { deploySize, type Deploy, type ExecutableDeployItem } from '../deploy/index.js';
import { verifyDeploy } from '../deploy/index.js';
import { RpcFailure } from './jsonrpc.js';
import type { ChainView } from './state.js';

const invalid = (sentence: string) => new RpcFailure(-32008, 'Invalid Deploy', `the deploy was invalid: ${sentence}`);
const nodeFailure = (what: string) =>
  new RpcFailure(-32018, 'Node request failure', `request for submitting a deploy has failed: ${what}`);
/** Codes newer than the sidecar's binary-port crate (106 and up) reach the user as unknown codes. */
const unknownCode = (code: number) =>
  nodeFailure(`received an unexpected node error: unknown node error code (${code})`);

/** The amount arg as into_t::<U512> reads it: missing, of another type, or a value. */
function amountArg(item: ExecutableDeployItem): 'missing' | 'unparsable' | bigint {
  if (!item.args.some(([n]) => n === 'amount')) return 'missing';
  return u512Amount(item) ?? 'unparsable';
}

function configCheck(d: Deploy, c: Chainspec, now: number): RpcFailure | null {
  const v = c.v2!;
  if (!v.vmCasperV1) return invalid('Invalid runtime for Transaction::Deploy');
  // A header gas_price that is no u8 cannot be priced: for Wasm deploys already while choosing the
  // lane, for transfers just after the chain name.
  const noGasLimit = invalid('The network was unable to calculate the gas limit associated with the deploy');
  if (d.session.kind !== 'Transfer') {
    if (d.header.gasPrice > 255n) return noGasLimit;
    const a = amountArg(d.payment);
    if (a === 'missing') return invalid('The deploy had a missing payment amount');
    if (a === 'unparsable')
      return invalid('The deploy sent to the network had a payment amount that was unable to be parsed');
  }
  const size = deploySize(d);
  const lane = deployLane(d, c, size);
  if (typeof lane === 'string') return invalid("couldn't associate a transaction lane with the transaction");
  if (size > lane.maxBytes) return invalid('The deploy had an excessive size');
  if (d.header.chainName !== c.chainName) return invalid('The deploy had an invalid chain name');
  if (d.header.gasPrice > 255n) return noGasLimit;
  if (d.header.gasPrice < BigInt(v.minGasPrice)) return nodeFailure('gas price tolerance too low');
  if (d.header.dependencies.length > 0) return invalid('The dependencies for this transaction are no longer supported');
  if (d.header.ttl > c.maxTtlMs) return invalid('The deploy had an excessive time to live');
  if (d.header.timestamp > now + c.timestampLeewayMs) return invalid('The deploys timestamp is in the future');
  if (d.approvals.length > c.maxAssociatedKeys)
    return invalid('The deploy sent to the network had excessive approvals');
  const gasLimit = d.session.kind === 'Transfer' ? v.transferGas : (amountArg(d.payment) as bigint);
  if (gasLimit === 0n) return unknownCode(107);
  if (gasLimit > c.blockGasLimit) return invalid('The deploy sent to the network exceeded the block gas limit');
  if (gasLimit > lane.maxGas) return unknownCode(106);
  if (argsBytes(d.payment.args).length > c.paymentArgsMaxLength)
    return invalid('The deploy had an excessive payment args length');
  if (argsBytes(d.session.args).length > c.sessionArgsMaxLength)
    return invalid('The deploy had an excessive session args length');
  if (d.session.kind === 'Transfer') {
    const a = amountArg(d.session);
    if (a === 'missing') return invalid('The deploy sent to the network was missing a transfer amount');
    if (a === 'unparsable')
      return invalid('The deploy sent to the network had a transfer amount that was unable to be parsed');
    if (a < c.nativeTransferMinimumMotes)
      return invalid('The deploy sent to the network had an insufficient transfer amount');
  } else if (gasLimit < v.baselineMotes) {
    return unknownCode(107);
  }
  return null;
}

function stateCheck(d: Deploy, c: Chainspec, view: ChainView): RpcFailure | null {
  const account = view.account(toHex(d.header.account.accountHash()));
  if (account === undefined) return invalid('no such addressable entity');
  const signers = d.approvals.map((a) => a.signer.toHex());
  if (signers.length > 0 && !signers.every((s) => account.associatedKeys.includes(s)))
    return invalid('invalid associated keys');
  if (account.balance < c.v2!.baselineMotes) return invalid('insufficient balance');
  const p = d.payment;
  if (p.kind === 'Transfer') return invalid('invalid payment variant for deploy');
  if (p.kind === 'ModuleBytes' && p.moduleBytes.length === 0) {
    const a = amountArg(p);
    if (a === 'missing') return invalid('The deploy had a missing payment amount');
    if (a === 'unparsable')
      return invalid('The deploy sent to the network had a payment amount that was unable to be parsed');
  }
  if ((p.kind === 'StoredVersionedContractByHash' || p.kind === 'StoredVersionedContractByName') && p.version !== null)
    return unknownCode(117);
  const s = d.session;
  if (s.kind === 'Transfer' && !s.args.some(([n]) => n === 'target'))
    return invalid('missing transfer target for deploy');
  if (s.kind === 'ModuleBytes' && s.moduleBytes.length === 0) return invalid('missing module bytes for deploy');
  if (s.kind === 'StoredContractByHash' && !view.hasContract(toHex(s.hash))) return invalid('no such contract at hash');
  if (s.kind === 'StoredVersionedContractByHash' && !view.hasPackage(toHex(s.hash)))
    return invalid('no such package at hash');
  return null;
}

function cryptoCheck(d: Deploy): RpcFailure | null {
  if (d.approvals.length === 0) return invalid('The deploy had no approvals');
  const check = verifyDeploy(d);
  if (!check.bodyHashOk) return invalid('The deploy had an invalid body hash');
  if (!check.hashOk) return invalid('The deploy had an invalid deploy hash');
  if (check.approvals.some((a) => a.error !== null)) return invalid('The deploy had an invalid approval');
  return null;
}

/** null when accepted; otherwise the sidecar's JSON-RPC error for this deploy. */
export function acceptDeploy2(d: Deploy, c: Chainspec, view: ChainView, now: number): RpcFailure | null {
  const config = configCheck(d, c, now);
  if (config !== null) return config;
  if (d.header.timestamp + d.header.ttl < now) return invalid('transaction has expired');
  return stateCheck(d, c, view) ?? cryptoCheck(d);
}
