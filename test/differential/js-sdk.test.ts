// Differential test: random ASCII deploys built by our engine and by casper-js-sdk 5 (a
// devDependency used only as an oracle) must have the same body hash, deploy hash and bytes.
// Inputs avoid the SDK's known bugs (non-ASCII strings, U512 ≥ 2^256, version 0, duplicate names;
// see shared/reference/casper-js-sdk-evaluation.md §4).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeploy, type ExecutableDeployItem, deployToBytes } from '../../src/deploy/index.js';
import { type CLValue, PublicKey, toHex } from '../../src/core/index.js';
import { clValuePairs, edKey32, hex32, namedArgsOf, type Pair as SdkPair, sdk } from '../helpers/sdk-oracle.js';

type Pair = SdkPair<CLValue>;
const c = clValuePairs;
const value: fc.Arbitrary<Pair> = fc.oneof(
  c.Bool,
  c.I32,
  c.I64,
  c.U8,
  c.U32,
  c.U64,
  c.U128,
  c.U256,
  c.U512,
  c.String,
  c.Unit,
  c.ByteArray,
  c.AccountHashKey,
  c.HashKey,
  c.URef,
  c.PublicKey,
  c.OptionU64,
);
const namedArgs = namedArgsOf(value);

function sdkArgs(args: [string, Pair][]) {
  const a = sdk.Args.fromMap({});
  for (const [n, p] of args) a.insert(n, p.theirs);
  return a;
}

type Item = { ours: ExecutableDeployItem; theirs: unknown };
const item: fc.Arbitrary<Item> = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    namedArgs,
    hex32,
    fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/),
    fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/),
    fc.option(fc.integer({ min: 1, max: 2 ** 32 - 1 }), { nil: null }),
    fc.uint8Array({ maxLength: 300 }),
  )
  .map(([kind, args, hash, name, ep, version, wasm]) => {
    const oursArgs = args.map(([n, p]) => [n, p.ours] as const);
    const e = new sdk.ExecutableDeployItem();
    const h = () => Uint8Array.from(Buffer.from(hash, 'hex'));
    switch (kind) {
      case 0:
        return {
          ours: { kind: 'ModuleBytes', moduleBytes: wasm, args: oursArgs },
          theirs: sdk.ExecutableDeployItem.newModuleBytes(wasm, sdkArgs(args)),
        };
      case 1:
        e.storedContractByHash = new sdk.StoredContractByHash(sdk.ContractHash.newContract(hash), ep, sdkArgs(args));
        return { ours: { kind: 'StoredContractByHash', hash: h(), entryPoint: ep, args: oursArgs }, theirs: e };
      case 2:
        e.storedContractByName = new sdk.StoredContractByName(name, ep, sdkArgs(args));
        return { ours: { kind: 'StoredContractByName', name, entryPoint: ep, args: oursArgs }, theirs: e };
      case 3:
        e.storedVersionedContractByHash = new sdk.StoredVersionedContractByHash(
          sdk.ContractHash.newContract(hash),
          ep,
          sdkArgs(args),
          version ?? undefined,
        );
        return {
          ours: { kind: 'StoredVersionedContractByHash', hash: h(), version, entryPoint: ep, args: oursArgs },
          theirs: e,
        };
      case 4:
        e.storedVersionedContractByName = new sdk.StoredVersionedContractByName(
          name,
          ep,
          sdkArgs(args),
          version ?? undefined,
        );
        return {
          ours: { kind: 'StoredVersionedContractByName', name, version, entryPoint: ep, args: oursArgs },
          theirs: e,
        };
      default:
        e.transfer = new sdk.TransferDeployItem(sdkArgs(args));
        return { ours: { kind: 'Transfer', args: oursArgs }, theirs: e };
    }
  });

describe('deploys built by our engine and by casper-js-sdk agree', () => {
  it('on 300 random ASCII deploys (body hash, deploy hash, full bytes)', () => {
    fc.assert(
      fc.property(
        item,
        item,
        edKey32,
        fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
        fc.integer({ min: 1_500_000_000_000, max: 2_500_000_000_000 }),
        fc.integer({ min: 1000, max: 86_400_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.uniqueArray(hex32, { maxLength: 3 }),
        (payment, session, account, chain, timestamp, ttl, gasPrice, deps) => {
          const pk = `01${account}`;
          const ours = buildDeploy({
            account: PublicKey.fromHex(pk),
            chainName: chain,
            payment: payment.ours,
            session: session.ours,
            timestamp,
            ttl,
            gasPrice: BigInt(gasPrice),
            dependencies: deps.map((d) => Uint8Array.from(Buffer.from(d, 'hex'))),
          });
          const header = new sdk.DeployHeader(
            chain,
            deps.map((d: string) => sdk.Hash.fromHex(d)),
            gasPrice,
            new sdk.Timestamp(new Date(timestamp)),
            new sdk.Duration(ttl),
            sdk.PublicKey.fromHex(pk),
          );
          const theirs = sdk.Deploy.makeDeploy(header, payment.theirs, session.theirs);
          expect(toHex(ours.header.bodyHash)).toBe(Buffer.from(theirs.header.bodyHash.toBytes()).toString('hex'));
          expect(toHex(ours.hash)).toBe(Buffer.from(theirs.hash.toBytes()).toString('hex'));
          expect(toHex(deployToBytes(ours))).toBe(Buffer.from(theirs.toBytes()).toString('hex'));
        },
      ),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
