// get-account, alias get-account-info. Two shapes, chosen by the flag the user gave:
// - --public-key (casper-client 2.0.0 lib/rpcs/v1_4_5/get_account.rs): {public_key, block_identifier};
//   1.5 nodes take it, and 2.x sidecars keep `public_key` as an alias of account_identifier;
// - --account-identifier (5.x lib/rpcs/v1_6_0/get_account.rs): {account_identifier, block_identifier},
//   a public key or an account hash; nodes from 1.5.? on take it.
// block_identifier is null when -b is not given (an Option without skip_serializing_if).
import type { FlagValues } from '../parse.js';
import type { getAccountSpec } from './read-specs.js';
import { keyOrFile } from '../key-arg.js';
import { accountIdentifier, blockIdentifier, publicKeyParam } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';
import { CliError } from '../errors.js';
import { messageOf } from '../../core/errors.js';

export async function run(v: FlagValues<typeof getAccountSpec>): Promise<number> {
  const s = rpcSettings(v);
  const block = blockIdentifier(v.get('block-identifier') ?? '') ?? null;
  const publicKey = v.get('public-key');
  const account = v.get('account-identifier');
  if (publicKey !== undefined) {
    const text = await keyOrFile(publicKey);
    let key: string;
    try {
      key = publicKeyParam(text, 'public key in get_account');
    } catch (e) {
      // lib/cli.rs get_account: crate::Error::CryptoError { context: "public key in get_account" }.
      throw new CliError(
        `cryptographic error: public key in get_account: ${messageOf(e).replace(/^failed to parse public key in get_account as a public key: /, '')}`,
        { cause: e },
      );
    }
    await sendAndPrint(s, 'state_get_account_info', { public_key: key, block_identifier: block });
  } else if (account !== undefined) {
    const id = accountIdentifier(await keyOrFile(account));
    await sendAndPrint(s, 'state_get_account_info', { account_identifier: id, block_identifier: block });
  }
  // The table's required group 'account' has made the parser refuse a line with neither.
  return 0;
}
