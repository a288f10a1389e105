// The native transfer session casper-client builds: args amount (U512), target (PublicKey,
// ByteArray(32) account hash, or URef purse) and id (Option<U64>), in that order.
import { ByteWriter, CLValue, encode, parseAccountHash, parseURef, PublicKey } from '../core/index.js';
import type { ExecutableDeployItem } from '../deploy/index.js';
import { warn } from './warn.js';
import { CliError } from './errors.js';
import type { ParsedFlags } from './parse.js';
import { messageOf } from '../core/errors.js';

/**
 * U512::from_dec_str, as casper-client 2.0.0 reads --amount (lib/cli/deploy.rs:48-51): digits only,
 * and '' is 0 (uint 0.9.5 from_dec_str). A zero transfer is the network's to refuse (pre-flight).
 */
function amountArg(text: string): CLValue {
  if (/^-/.test(text))
    throw new CliError(`--amount '${text}' is negative: a transfer moves a positive number of motes`);
  if (!/^\d*$/.test(text) || (text !== '' && BigInt(text) >> 512n !== 0n))
    throw new CliError(
      `--amount '${text}' is not an amount: expected a whole number of motes, e.g. 2500000000 (2.5 CSPR)`,
    );
  const amount = text === '' ? 0n : BigInt(text);
  if (amount === 0n)
    warn(
      `--amount ${text === '' ? "'' is read as 0, as casper-client does; a transfer of 0 motes" : '0: a transfer of 0 motes'} moves nothing, and networks refuse transfers below their minimum (2.5 CSPR on casper and casper-test)`,
    );
  return new CLValue('U512', encode.u512(amount));
}

function targetArg(text: string): CLValue {
  try {
    const key = PublicKey.fromHex(text);
    if (PublicKey.isUncompressedHex(text))
      warn(
        '--target-account is an uncompressed secp256k1 key; the transfer names it compressed (02/03…), as casper-client does',
      );
    return new CLValue('PublicKey', key.bytes);
  } catch {
    // not a public key; try the other forms
  }
  if (text.startsWith('account-hash-')) {
    try {
      return new CLValue({ ByteArray: 32 }, parseAccountHash(text));
    } catch (e) {
      throw new CliError(`--target-account '${text}': ${messageOf(e)}`, { cause: e });
    }
  }
  if (text.startsWith('uref-')) {
    try {
      return new CLValue('URef', parseURef(text));
    } catch (e) {
      throw new CliError(`--target-account '${text}': ${messageOf(e)}`, { cause: e });
    }
  }
  throw new CliError(
    `--target-account '${text}' is none of the accepted forms: a public key as hex (01… or 02…), 'account-hash-<64 hex>' or 'uref-<64 hex>-<3 octal digits>'`,
  );
}

/** u64::from_str (lib/cli/parse.rs:646-651): a leading '+' is accepted. */
function idArg(text: string): CLValue {
  if (!/^\+?\d+$/.test(text) || BigInt(text) > 0xffffffffffffffffn)
    throw new CliError(
      `--transfer-id '${text}' is not a transfer id: expected a whole number from 0 to 18446744073709551615`,
    );
  return new CLValue({ Option: 'U64' }, new ByteWriter(9).u8(1).u64(BigInt(text)).finish());
}

/** transfer's and make-transfer's -a, -t and -i, once requireFlags has checked they are given. */
type TransferFlags = { readonly amount: string; readonly 'target-account': string; readonly 'transfer-id': string };

export function transferItem(v: ParsedFlags<TransferFlags>): ExecutableDeployItem {
  const amount = amountArg(v.get('amount'));
  const target = targetArg(v.get('target-account'));
  const id = idArg(v.get('transfer-id'));
  return {
    kind: 'Transfer',
    args: [
      ['amount', amount],
      ['target', target],
      ['id', id],
    ],
  };
}
