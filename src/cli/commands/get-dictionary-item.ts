// get-dictionary-item (src/get_dictionary_item.rs): {state_root_hash, dictionary_identifier}.
// clap's required_unless_present rules for --dictionary-name and --dictionary-item-key are
// checked here, as usage errors.
import type { FlagValues } from '../parse.js';
import { keyOrFile } from '../key-arg.js';
import { dictionaryIdentifier } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';
import { CliError } from '../errors.js';
import { usageError } from '../usage-error.js';
import { getDictionaryItemSpec as spec } from './read-specs.js';

export async function run(v: FlagValues<typeof spec>): Promise<number> {
  const missing: string[] = [];
  if (!v.given('dictionary-name') && !v.given('seed-uref') && !v.given('dictionary-address'))
    missing.push('--dictionary-name <STRING>');
  if (!v.given('dictionary-item-key') && !v.given('dictionary-address')) missing.push('--dictionary-item-key <STRING>');
  if (missing.length > 0) {
    throw usageError(
      spec,
      `the following required arguments were not provided:\n${missing.map((m) => `  ${m}`).join('\n')}`,
      missing.map((m) => m.split(' ')[0]!.slice(2)),
    );
  }
  const s = rpcSettings(v);
  const root = v.get('state-root-hash');
  if (!/^[0-9a-fA-F]{64}$/.test(root))
    throw new CliError(
      `failed to parse 'state root hash in get_dictionary_item' as a hash digest: expected 64 hex characters, got '${root}'`,
    );
  const identifier = dictionaryIdentifier({
    accountHash: await keyOrFile(v.get('account-hash') ?? ''),
    contractHash: await keyOrFile(v.get('contract-hash') ?? ''),
    entityAddr: v.get('entity-addr') ?? '',
    dictionaryName: v.get('dictionary-name') ?? '',
    seedUref: v.get('seed-uref') ?? '',
    dictionaryAddress: v.get('dictionary-address') ?? '',
    itemKey: v.get('dictionary-item-key') ?? '',
  });
  await sendAndPrint(s, 'state_get_dictionary_item', {
    state_root_hash: root.toLowerCase(),
    dictionary_identifier: identifier,
  });
  return 0;
}
