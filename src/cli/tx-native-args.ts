// The runtime args of native (system) transactions, named, typed and ordered as casper-client-rs
// builds them: lib/cli/arg_handling.rs (C-dev) new_transfer_args l.103–124 (source?, target,
// amount, id? as Option<U64>), new_add_bid_args l.170–190 (public_key, delegation_rate, amount,
// then minimum_delegation_amount u64, maximum_delegation_amount u64, reserved_slots u32 when given),
// new_withdraw_bid_args, new_delegate_args, new_undelegate_args, new_redelegate_args (amount before
// new_validator), new_activate_bid_args (validator), new_change_bid_public_key_args,
// new_add_reservations_args / new_cancel_reservations_args (Vec<Reservation> / Vec<DelegatorKind>,
// whose CLType is List(Any): casper-node types/src/system/auction/reservation.rs l.66–70,
// delegator_kind.rs l.142–146; bytes: DelegatorKind tag 0 PublicKey / 1 Purse [u8;32]).
import {
  ByteWriter,
  CLValue,
  encode,
  fromHex,
  parseAccountHash,
  parseURef,
  PublicKey,
  type NamedArg,
  type RuntimeArgs,
} from '../core/index.js';
import { CliError } from './errors.js';
import { messageOf } from '../core/errors.js';

const u512 = (v: bigint) => new CLValue('U512', encode.u512(v));
const pk = (k: PublicKey) => new CLValue('PublicKey', k.bytes);

/** casper-client's transfer target: a public key, 'account-hash-…' or 'uref-…' (parse.rs transfer_target). */
export function transferTarget(text: string): CLValue {
  try {
    return pk(PublicKey.fromHex(text));
  } catch {
    // not a public key; try the other forms
  }
  try {
    if (text.startsWith('account-hash-')) return new CLValue({ ByteArray: 32 }, parseAccountHash(text));
    if (text.startsWith('uref-')) return new CLValue('URef', parseURef(text));
  } catch (e) {
    throw new CliError(`--target '${text}': ${messageOf(e)}`, { cause: e });
  }
  throw new CliError(
    `--target '${text}' is none of the accepted forms: a public key as hex (01… or 02…), 'account-hash-<64 hex>' or 'uref-<64 hex>-<3 octal digits>'`,
  );
}

export function transferArgs(
  amount: bigint,
  source: Uint8Array | undefined,
  target: CLValue,
  id: bigint | undefined,
): RuntimeArgs {
  const args: NamedArg[] = [];
  if (source !== undefined) args.push(['source', new CLValue('URef', source)]);
  args.push(['target', target], ['amount', u512(amount)]);
  if (id !== undefined) args.push(['id', new CLValue({ Option: 'U64' }, new ByteWriter(9).u8(1).u64(id).finish())]);
  return args;
}

export function addBidArgs(
  publicKey: PublicKey,
  delegationRate: number,
  amount: bigint,
  min?: bigint,
  max?: bigint,
  slots?: number,
): RuntimeArgs {
  const args: NamedArg[] = [
    ['public_key', pk(publicKey)],
    ['delegation_rate', new CLValue('U8', Uint8Array.of(delegationRate))],
    ['amount', u512(amount)],
  ];
  if (min !== undefined)
    args.push(['minimum_delegation_amount', new CLValue('U64', new ByteWriter(8).u64(min).finish())]);
  if (max !== undefined)
    args.push(['maximum_delegation_amount', new CLValue('U64', new ByteWriter(8).u64(max).finish())]);
  if (slots !== undefined) args.push(['reserved_slots', new CLValue('U32', new ByteWriter(4).u32(slots).finish())]);
  return args;
}

export const withdrawBidArgs = (publicKey: PublicKey, amount: bigint): RuntimeArgs => [
  ['public_key', pk(publicKey)],
  ['amount', u512(amount)],
];
export const delegateArgs = (delegator: PublicKey, validator: PublicKey, amount: bigint): RuntimeArgs => [
  ['delegator', pk(delegator)],
  ['validator', pk(validator)],
  ['amount', u512(amount)],
];
export const redelegateArgs = (
  delegator: PublicKey,
  validator: PublicKey,
  amount: bigint,
  newValidator: PublicKey,
): RuntimeArgs => [...delegateArgs(delegator, validator, amount), ['new_validator', pk(newValidator)]];
export const activateBidArgs = (validator: PublicKey): RuntimeArgs => [['validator', pk(validator)]];
export const changeBidPublicKeyArgs = (publicKey: PublicKey, newPublicKey: PublicKey): RuntimeArgs => [
  ['public_key', pk(publicKey)],
  ['new_public_key', pk(newPublicKey)],
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** DelegatorKind in the node's human-readable JSON: {"PublicKey": hex} or {"Purse": hex32}. */
function delegatorKindBytes(v: unknown, w: ByteWriter): void {
  if (!isObj(v) || Object.keys(v).length !== 1)
    throw new Error('a delegator kind is {"PublicKey": "<hex>"} or {"Purse": "<64 hex>"}');
  if (typeof v.PublicKey === 'string') {
    w.u8(0).raw(PublicKey.fromHex(v.PublicKey).bytes);
    return;
  }
  if (typeof v.Purse === 'string') {
    const b = fromHex(v.Purse);
    if (b.length !== 32) throw new Error('a Purse delegator is 64 hex characters');
    w.u8(1).raw(b);
    return;
  }
  throw new Error('a delegator kind is {"PublicKey": "<hex>"} or {"Purse": "<64 hex>"}');
}

function jsonList(text: string, what: string, item: (v: unknown, w: ByteWriter) => void, failure: string): CLValue {
  if (text === '')
    throw new CliError(
      `invalid argument '${what}': ${what === 'parse_reservations' ? 'Reservations' : 'Delegators'} cannot be empty`,
    );
  let list: unknown;
  try {
    list = JSON.parse(text);
    if (!Array.isArray(list)) throw new Error('expected a JSON array');
    const w = new ByteWriter().u32(list.length);
    for (const v of list) item(v, w);
    return new CLValue({ List: 'Any' }, w.finish());
  } catch (e) {
    // transaction_builder_params parse_reservations/parse_delegators: one fixed sentence; ours says why.
    throw new CliError(`invalid CLValue error: ${failure} (${messageOf(e)})`, { cause: e });
  }
}

export function addReservationsArgs(text: string): RuntimeArgs {
  const value = jsonList(
    text,
    'parse_reservations',
    (v, w) => {
      if (!isObj(v)) throw new Error('a reservation is {"delegator_kind", "validator_public_key", "delegation_rate"}');
      const keys = Object.keys(v);
      const unknown = keys.find((k) => !['delegator_kind', 'validator_public_key', 'delegation_rate'].includes(k));
      if (unknown !== undefined) throw new Error(`unknown field "${unknown}"`);
      delegatorKindBytes(v.delegator_kind, w);
      if (typeof v.validator_public_key !== 'string')
        throw new Error('validator_public_key must be a public key as hex');
      w.raw(PublicKey.fromHex(v.validator_public_key).bytes);
      const rate = v.delegation_rate;
      if (typeof rate !== 'number' || !Number.isInteger(rate) || rate < 0 || rate > 255)
        throw new Error('delegation_rate must be a whole number from 0 to 255');
      w.u8(rate);
    },
    'Failed to parse reservations for add-reservations',
  );
  return [['reservations', value]];
}

export function cancelReservationsArgs(validator: PublicKey, delegatorsText: string): RuntimeArgs {
  const value = jsonList(
    delegatorsText,
    'parse_delegators',
    delegatorKindBytes,
    'Failed to parse delegators for cancel-reservations',
  );
  return [
    ['validator', pk(validator)],
    ['delegators', value],
  ];
}
