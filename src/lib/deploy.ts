// Deploys from typed parameters: what put-deploy, make-deploy and transfer build from flags,
// without the flags. The bytes are casper-client's (reference put-deploy.md §1.4): payment and
// session items, header, hashes, approvals.
import {
  buildDeploy,
  deploySize,
  MAX_SERIALIZED_DEPLOY_SIZE,
  standardPayment,
  type Deploy,
  type ExecutableDeployItem,
} from '../deploy/index.js';
import { ByteWriter, CLValue, encode, type PublicKey, type RuntimeArgs } from '../core/index.js';
import { CasperError } from '../core/errors.js';
import { signDeploy } from '../deploy/index.js';
import type { SecretKey } from '../signer/index.js';

export interface MakeDeployParams {
  chainName: string;
  /** Signs the deploy; its public key is the account unless `account` is given. */
  secretKey?: SecretKey;
  /** Whose account the deploy runs as; required when there is no secretKey (an unsigned deploy). */
  account?: PublicKey;
  /** A standard payment of this many motes, or any payment item. */
  payment: bigint | ExecutableDeployItem;
  session: ExecutableDeployItem;
  /** Milliseconds since the epoch; now when absent. */
  timestamp?: number;
  /** Milliseconds; 30 minutes when absent, as casper-client. */
  ttl?: number;
  /** The header's gas_price (a tolerance of 1 to 255 on 2.x networks); 1 when absent. */
  gasPrice?: bigint;
  dependencies?: Uint8Array[];
}

export class DeployTooLarge extends CasperError {
  override name = 'DeployTooLarge';
}

export function makeDeploy(p: MakeDeployParams): Deploy {
  const account = p.account ?? p.secretKey?.publicKey;
  if (account === undefined)
    throw new CasperError('an unsigned deploy needs an account to say whose account it runs as');
  const payment = typeof p.payment === 'bigint' ? standardPayment(p.payment) : p.payment;
  let deploy = buildDeploy({
    account,
    chainName: p.chainName,
    payment,
    session: p.session,
    timestamp: p.timestamp,
    ttl: p.ttl,
    gasPrice: p.gasPrice,
    dependencies: p.dependencies,
  });
  if (p.secretKey !== undefined) deploy = signDeploy(deploy, p.secretKey);
  const size = deploySize(deploy);
  // casper-client's own cap (lib/cli/deploy.rs is_valid_size), whatever the network allows.
  if (size > MAX_SERIALIZED_DEPLOY_SIZE)
    throw new DeployTooLarge(`deploy size of ${size} bytes exceeds limit of ${MAX_SERIALIZED_DEPLOY_SIZE}`);
  return deploy;
}

/** Session (or payment) code to run: compiled Wasm and its runtime args. */
export function wasmItem(moduleBytes: Uint8Array, args: RuntimeArgs = []): ExecutableDeployItem {
  return { kind: 'ModuleBytes', moduleBytes, args };
}

/** Where a native transfer sends: an account's public key, its account hash, or a purse URef. */
export type TransferTarget = { publicKey: PublicKey } | { accountHash: Uint8Array } | { uref: Uint8Array };

/** The native transfer casper-client builds: args amount (U512), target, id (Option<U64>), in that order. */
export function transferItem(p: { amount: bigint; target: TransferTarget; id: bigint }): ExecutableDeployItem {
  if (p.amount <= 0n || p.amount >> 512n !== 0n)
    throw new CasperError(`a transfer amount must be from 1 to 2^512-1 motes, not ${p.amount}`);
  if (p.id < 0n || p.id > 0xffffffffffffffffn)
    throw new CasperError(`a transfer id must be from 0 to 2^64-1, not ${p.id}`);
  const t = p.target;
  const target =
    'publicKey' in t
      ? new CLValue('PublicKey', t.publicKey.bytes)
      : 'accountHash' in t
        ? new CLValue({ ByteArray: 32 }, t.accountHash)
        : new CLValue('URef', t.uref);
  return {
    kind: 'Transfer',
    args: [
      ['amount', new CLValue('U512', encode.u512(p.amount))],
      ['target', target],
      ['id', new CLValue({ Option: 'U64' }, new ByteWriter(9).u8(1).u64(p.id).finish())],
    ],
  };
}

export interface MakeTransferParams extends Omit<MakeDeployParams, 'session' | 'payment'> {
  amount: bigint;
  target: TransferTarget;
  id: bigint;
  /** The standard payment for the transfer, in motes. */
  paymentAmount: bigint;
}

export function makeTransfer(p: MakeTransferParams): Deploy {
  const { amount, target, id, paymentAmount, ...rest } = p;
  return makeDeploy({ ...rest, payment: paymentAmount, session: transferItem({ amount, target, id }) });
}
