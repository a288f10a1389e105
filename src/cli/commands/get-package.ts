// get-package: state_get_package with {package_identifier, block_identifier}, a 2.x-only method.
// The sidecar's PackageIdentifier (rpc_sidecar/src/rpcs/state.rs): PackageAddr ('package-…') or
// ContractPackageHash ('contract-package-…'; 'hash-…' is taken as the same hash).
import { toHex, fromHex, type Json } from '../../core/index.js';
import { CliError } from '../errors.js';
import type { FlagValues } from '../parse.js';
import type { getPackageSpec } from './read-specs.js';
import { blockIdentifier } from '../read-params.js';
import { rpcSettings } from '../rpc-flags.js';
import { sendAndPrint } from '../send.js';

export function packageIdentifier(text: string): Json {
  const m = /^(package-|contract-package-|hash-)([0-9a-fA-F]{64})$/.exec(text);
  if (m === null)
    throw new CliError(
      `failed to parse package identifier '${text}': expected 'package-', 'contract-package-' or 'hash-' followed by 64 hex characters`,
    );
  const hex = toHex(fromHex(m[2]!));
  return m[1] === 'package-' ? { PackageAddr: `package-${hex}` } : { ContractPackageHash: `contract-package-${hex}` };
}

export async function run(v: FlagValues<typeof getPackageSpec>): Promise<number> {
  const s = rpcSettings(v);
  const id = packageIdentifier(v.get('package-identifier'));
  await sendAndPrint(s, 'state_get_package', {
    package_identifier: id,
    block_identifier: blockIdentifier(v.get('block-identifier') ?? '') ?? null,
  });
  return 0;
}
