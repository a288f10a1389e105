// Flags of `put-transaction <sub>` / `make-transaction <sub>` → a built (and, with a key, signed)
// TransactionV1, in casper-client-rs's order so the first problem reported is the one it reports:
// the subcommand's own values (creation_common.rs <sub>::run), then create_transaction
// (lib/cli/transaction.rs l.18–115: secret key, timestamp, ttl, initiator, pricing mode, args).
// Error sentences follow lib/cli/error.rs ("invalid argument '<context>': …",
// "failed to parse '<context>' as an integer: …") and parse.rs pricing_mode.
import { readFile } from 'node:fs/promises';
import * as args from '../runtime-args/index.js';
import {
  enableFastHash,
  fromHex,
  fsReason,
  parseTimestamp,
  parseTtl,
  parseURef,
  PublicKey,
  type RuntimeArgs,
} from '../core/index.js';
import * as signer from '../signer/index.js';
import {
  buildTransaction,
  signTransaction,
  type InvocationTarget,
  type PricingMode,
  type TransactionArgs,
  type TransactionEntryPoint,
  type TransactionRuntime,
  type TransactionTarget,
  type TransactionV1,
} from '../transaction/index.js';
import { CliError } from './errors.js';
import { subcommandValues, type TxMakeValues as Values } from './tx-flags.js';
import * as native from './tx-native-args.js';
import { messageOf } from '../core/errors.js';

/** Rust's `str::parse::<uN>()`, with its error sentences (core::num::ParseIntError). */
export function rustUint(text: string, bits: number, context: string): bigint {
  const fail = (why: string): never => {
    throw new CliError(`failed to parse '${context}' as an integer: ${why}`);
  };
  if (text === '') fail('cannot parse integer from empty string');
  const body = text.startsWith('+') ? text.slice(1) : text;
  if (body === '' || !/^\d+$/.test(body)) fail('invalid digit found in string');
  const v = BigInt(body);
  if (v >> BigInt(bits) !== 0n) fail('number too large to fit in target type');
  return v;
}

/** U512::from_dec_str as transaction_amount::parse_transaction_amount uses it. */
function motes(text: string | undefined): bigint {
  if (text === undefined || text === '')
    throw new CliError("invalid argument 'parse_transaction_amount': Transaction amount cannot be empty");
  if (!/^\d+$/.test(text) || BigInt(text) >> 512n !== 0n)
    throw new CliError('invalid CLValue error: Failed to parse U512 for add-bid');
  return BigInt(text);
}

/** A public key as hex, or (for the flags that say so) the path of a public key file. */
function publicKey(text: string | undefined, flag: string, fileAllowed: boolean): PublicKey {
  try {
    return fileAllowed ? signer.readPublicKeyArg(text ?? '') : PublicKey.fromHex(text ?? '');
  } catch (e) {
    throw new CliError(`--${flag} '${text ?? ''}' is not a public key: ${messageOf(e)}`, { cause: e });
  }
}

function formattedHash(text: string, prefixes: string[], flag: string, what: string): Uint8Array {
  const p = prefixes.find((x) => text.startsWith(x));
  let b: Uint8Array | undefined;
  try {
    b = p === undefined ? undefined : fromHex(text.slice(p.length));
  } catch {
    b = undefined;
  }
  if (b === undefined || b.length !== 32)
    throw new CliError(
      `failed to parse ${flag} '${text}' as ${what}: expected ${prefixes.map((x) => `'${x}<64 hex>'`).join(' or ')}`,
    );
  return b;
}

/** session_version / major_version: Rust parses with `.ok()`, so a bad number is silently dropped. */
function lenientU32(text: string | undefined, flag: string): number | null {
  if (text === undefined) return null;
  try {
    return Number(rustUint(text, 32, flag));
  } catch {
    process.stderr.write(
      `warning: --${flag} '${text}' is not a whole number; casper-client ignores it, and so does this client\n`,
    );
    return null;
  }
}

/** --transaction-runtime and --transferred-value, in the subcommands that have them. */
function runtime(v: Values): TransactionRuntime {
  const tv = v.get('transferred-value');
  const transferred = tv === undefined ? undefined : rustUint(tv, 64, 'Transferred value');
  if (v.get('transaction-runtime') === 'vm-casper-v1') {
    if (transferred !== undefined) {
      throw new CliError(
        "invalid argument 'transferred_value': Argument `transferred-value` has no usage in V1 execution engine VM (if you provided no execution engine vm parameter, V1 is the default)",
      );
    }
    return { kind: 'VmCasperV1' };
  }
  if (transferred === undefined)
    throw new CliError("invalid argument 'transferred_value': VmCasperV2 requires `transferred-value` argument");
  return { kind: 'VmCasperV2', transferredValue: transferred, seed: null };
}

interface Built {
  target: TransactionTarget;
  entryPoint: TransactionEntryPoint;
  args: RuntimeArgs;
}

const nativeTx = (kind: Exclude<TransactionEntryPoint['kind'], 'Custom' | 'Call'>, a: RuntimeArgs): Built => ({
  target: { kind: 'Native' },
  entryPoint: { kind },
  args: a,
});
const stored = (id: InvocationTarget, v: Values, rt: TransactionRuntime): Built => ({
  target: { kind: 'Stored', id, runtime: rt },
  entryPoint: { kind: 'Custom', name: v.get('session-entry-point') ?? '' },
  args: [],
});

export interface TxContext {
  /** withdraw-bid-all: the validator's staked amount, read from the node. */
  stakedAmount?: (validator: PublicKey) => Promise<bigint>;
}

async function fromSubcommand(sub: string, v: Values, ctx: TxContext): Promise<Built> {
  switch (sub) {
    case 'add-bid': {
      const r = subcommandValues(v, sub);
      const key = publicKey(r.get('public-key'), 'public-key', true);
      const rate = Number(rustUint(r.get('delegation-rate'), 8, 'Add Bid'));
      const amount = motes(r.get('transaction-amount'));
      const opt = (text: string | undefined, bits: number, ctxName: string) =>
        text === undefined || text === '' ? undefined : rustUint(text, bits, ctxName);
      const min = opt(v.get('minimum-delegation-amount'), 64, 'Add Bid: Minimum delegation amount');
      const max = opt(v.get('maximum-delegation-amount'), 64, 'Add Bid: Maximum delegation amount');
      const slots = opt(v.get('reserved-slots'), 32, 'Add Bid: Reserved slots');
      return nativeTx(
        'AddBid',
        native.addBidArgs(key, rate, amount, min, max, slots === undefined ? undefined : Number(slots)),
      );
    }
    case 'activate-bid':
      return nativeTx('ActivateBid', native.activateBidArgs(publicKey(v.get('validator'), 'validator', false)));
    case 'withdraw-bid-all': {
      const key = publicKey(v.get('public-key'), 'public-key', true);
      if (ctx.stakedAmount === undefined) throw new CliError('withdraw-bid-all needs a node to read the stake from');
      return nativeTx('WithdrawBid', native.withdrawBidArgs(key, await ctx.stakedAmount(key)));
    }
    case 'withdraw-bid':
      return nativeTx(
        'WithdrawBid',
        native.withdrawBidArgs(publicKey(v.get('public-key'), 'public-key', true), motes(v.get('transaction-amount'))),
      );
    case 'delegate':
    case 'undelegate': {
      const d = publicKey(v.get('delegator'), 'delegator', false);
      const val = publicKey(v.get('validator'), 'validator', false);
      return nativeTx(
        sub === 'delegate' ? 'Delegate' : 'Undelegate',
        native.delegateArgs(d, val, motes(v.get('transaction-amount'))),
      );
    }
    case 'redelegate': {
      const d = publicKey(v.get('delegator'), 'delegator', false);
      const val = publicKey(v.get('validator'), 'validator', false);
      const nv = publicKey(v.get('new-validator'), 'new-validator', false);
      return nativeTx('Redelegate', native.redelegateArgs(d, val, motes(v.get('transaction-amount')), nv));
    }
    case 'change-bid-public-key':
      return nativeTx(
        'ChangeBidPublicKey',
        native.changeBidPublicKeyArgs(
          publicKey(v.get('public-key'), 'public-key', true),
          publicKey(v.get('new-public-key'), 'new-public-key', true),
        ),
      );
    case 'add-reservations':
      return nativeTx('AddReservations', native.addReservationsArgs(subcommandValues(v, sub).get('reservations')));
    case 'cancel-reservations': {
      const r = subcommandValues(v, sub);
      return nativeTx(
        'CancelReservations',
        native.cancelReservationsArgs(publicKey(r.get('validator'), 'validator', false), r.get('delegators')),
      );
    }
    case 'invocable-entity': {
      const ch = v.get('contract-hash');
      const hash =
        ch !== undefined
          ? formattedHash(ch, ['hash-'], '--contract-hash', 'a contract hash')
          : formattedHash(
              v.get('entity-address') ?? '',
              ['entity-contract-', 'entity-account-', 'entity-system-'],
              '--entity-address',
              'an entity address',
            );
      return stored({ kind: 'ByHash', hash }, v, runtime(v));
    }
    case 'invocable-entity-alias':
      // This subcommand has no --transaction-runtime or --transferred-value (creation_common.rs
      // invocable_entity_alias): its code runs on VmCasperV1.
      return stored({ kind: 'ByName', name: subcommandValues(v, sub).get('entity-alias') }, v, { kind: 'VmCasperV1' });
    case 'package': {
      const cph = v.get('contract-package-hash');
      const pa = v.get('package-address');
      let addr: Uint8Array;
      if (cph !== undefined) addr = formattedHash(cph, ['hash-'], '--contract-package-hash', 'a contract package hash');
      else if (pa !== undefined) addr = formattedHash(pa, ['package-'], '--package-address', 'a package address');
      else throw new CliError('failed to parse package address: give --package-address or --contract-package-hash');
      return stored(
        {
          kind: 'ByPackageHash',
          addr,
          version: lenientU32(v.get('session-version'), 'session-version'),
          protocolVersionMajor: lenientU32(v.get('major-version'), 'major-version'),
        },
        v,
        runtime(v),
      );
    }
    case 'package-name':
      return stored(
        {
          kind: 'ByPackageName',
          name: v.get('transaction-package-name') ?? '',
          version: lenientU32(v.get('session-version'), 'session-version'),
          protocolVersionMajor: lenientU32(v.get('major-version'), 'major-version'),
        },
        v,
        runtime(v),
      );
    case 'session': {
      const path = subcommandValues(v, sub).get('wasm-path');
      let bytes: Uint8Array;
      try {
        bytes = await readFile(path);
        // As put-deploy: the WebAssembly BLAKE2b pays off from 64 KiB.
        if (bytes.length >= 64 * 1024) await enableFastHash();
      } catch (e) {
        throw new CliError(`unable to read session file at '${path}': ${fsReason(e)}`);
      }
      const rt = runtime(v);
      const ep = v.get('session-entry-point');
      // create_transaction: only VmCasperV2 session code takes --session-entry-point (as Custom).
      const entryPoint: TransactionEntryPoint =
        rt.kind === 'VmCasperV2' && ep !== undefined ? { kind: 'Custom', name: ep } : { kind: 'Call' };
      if (rt.kind === 'VmCasperV1' && ep !== undefined)
        process.stderr.write(
          `note: VmCasperV1 session code is entered at 'call'; casper-client ignores --session-entry-point here, and so does this client\n`,
        );
      return {
        target: { kind: 'Session', isInstallUpgrade: v.get('install-upgrade'), moduleBytes: bytes, runtime: rt },
        entryPoint,
        args: [],
      };
    }
    case 'transfer': {
      let source: Uint8Array | undefined;
      const s = v.get('source');
      if (s !== undefined) {
        try {
          source = parseURef(s);
        } catch (e) {
          throw new CliError(`failed to parse '--source' as a uref: ${messageOf(e)}`, { cause: e });
        }
      }
      const amount = motes(v.get('transfer-amount'));
      const idText = v.get('transfer-id');
      const id = idText === undefined ? undefined : rustUint(idText, 64, 'transfer-id');
      return nativeTx(
        'Transfer',
        native.transferArgs(amount, source, native.transferTarget(subcommandValues(v, sub).get('target')), id),
      );
    }
  }
  throw new CliError(`unknown subcommand '${sub}'`);
}

function pricingMode(v: Values): PricingMode {
  const mode = v.get('pricing-mode');
  const gas = v.get('gas-price-tolerance');
  if (mode === 'reserved') {
    const r = v.get('receipt') ?? '';
    let receipt: Uint8Array | undefined;
    try {
      receipt = fromHex(r);
    } catch {
      receipt = undefined;
    }
    if (receipt === undefined || receipt.length !== 32)
      throw new CliError(
        `failed to parse 'pricing_digest' as a hash digest: --receipt '${r}' is not 64 hex characters`,
      );
    return { kind: 'Prepaid', receipt };
  }
  if (gas === '') throw new CliError("invalid argument 'gas_price_tolerance': Gas price tolerance is required");
  if (mode === 'fixed') {
    const gasPriceTolerance = Number(rustUint(gas, 8, 'gas_price_tolerance'));
    const acf = v.get('additional-computation-factor');
    return {
      kind: 'Fixed',
      gasPriceTolerance,
      additionalComputationFactor: acf === '' ? 0 : Number(rustUint(acf, 8, 'additional_computation_factor')),
    };
  }
  const payment = v.get('payment-amount') ?? '';
  const standard = v.get('standard-payment') ?? '';
  if (payment === '') throw new CliError("invalid argument 'payment_amount': Payment amount is required");
  if (standard === '') throw new CliError("invalid argument 'standard_payment': Standard payment flag is required");
  const gasPriceTolerance = Number(rustUint(gas, 8, 'gas_price_tolerance'));
  const paymentAmount = rustUint(payment, 64, 'payment_amount');
  if (standard !== 'true' && standard !== 'false')
    throw new CliError("failed to parse 'standard_payment' as a bool: provided string was not `true` or `false`");
  return { kind: 'PaymentLimited', paymentAmount, gasPriceTolerance, standardPayment: standard === 'true' };
}

/** --chunked-args: Rust decodes with `.ok()`, so bad hex is silently dropped (Named args are used). */
function chunkedArgs(v: Values): Uint8Array | undefined {
  const text = v.get('chunked-args');
  if (text === undefined) return undefined;
  try {
    if (text.length % 2 === 0) return fromHex(text);
  } catch {
    // reported below
  }
  process.stderr.write(
    `warning: --chunked-args is not hex; casper-client drops it silently, and so does this client\n`,
  );
  return undefined;
}

async function sessionArgs(v: Values): Promise<TransactionArgs> {
  const chunked = chunkedArgs(v);
  if (chunked !== undefined) return { kind: 'Bytesrepr', bytes: chunked };
  // Repeatable, read with get_one: the first one given.
  const json = v.get('session-args-json')[0];
  if (json !== undefined) return { kind: 'Named', args: args.parseJsonArgs(json, '--session-args-json') };
  return { kind: 'Named', args: args.parseSimpleArgs(v.get('session-arg'), '--session-arg') };
}

export interface TxFromFlags {
  transaction: TransactionV1;
  key: signer.SecretKey | undefined;
}

export async function transactionFromFlags(
  sub: string,
  v: Values,
  opts: { allowUnsigned: boolean } & TxContext,
): Promise<TxFromFlags> {
  const built = await fromSubcommand(sub, v, opts);
  let key: signer.SecretKey | undefined;
  const keyPath = v.get('secret-key');
  if (keyPath !== undefined) {
    try {
      key = await signer.loadSecretKeyFile(keyPath);
    } catch (e) {
      throw new CliError(messageOf(e), { cause: e });
    }
  } else if (!opts.allowUnsigned) {
    throw new CliError(
      "invalid argument 'create_transaction': No secret key provided and unsigned deploys are not allowed",
    );
  }
  let timestamp: number | undefined;
  const ts = v.get('timestamp');
  try {
    timestamp = ts === undefined || ts === '' ? undefined : parseTimestamp(ts);
  } catch (e) {
    throw new CliError(`failed to parse --timestamp: ${messageOf(e)}`, { cause: e });
  }
  let ttl: number;
  try {
    ttl = parseTtl(v.get('ttl'));
  } catch (e) {
    throw new CliError(`failed to parse --ttl: ${messageOf(e)}`, { cause: e });
  }
  const initiatorText = v.get('initiator-address');
  let initiator: PublicKey;
  if (initiatorText !== undefined) initiator = publicKey(initiatorText, 'initiator-address', true);
  else if (key !== undefined) initiator = key.publicKey;
  // The table's required group 'initiator' (--secret-key | --initiator-address) has already refused this.
  else throw new CliError('--initiator-address is needed to make a transaction without --secret-key');
  const pricing = pricingMode(v);
  const argsIn =
    sub === 'session' || sub.startsWith('invocable') || sub.startsWith('package')
      ? await sessionArgs(v)
      : { kind: 'Named' as const, args: [] };
  // create_transaction: Named args replace the builder's only when non-empty; Bytesrepr always.
  const txArgs: TransactionArgs =
    argsIn.kind === 'Bytesrepr' || argsIn.args.length > 0 ? argsIn : { kind: 'Named', args: built.args };
  const chainName = v.get('chain-name');
  let t = buildTransaction({
    initiator,
    chainName,
    pricingMode: pricing,
    target: built.target,
    entryPoint: built.entryPoint,
    args: txArgs,
    timestamp,
    ttl,
  });
  if (key !== undefined) t = signTransaction(t, key);
  return { transaction: t, key };
}
