// Every PASS deploy in the vectors is accepted by a devnet configured for it: its chain, its
// account (with the approval signers as associated keys), the contracts it calls, and a clock at
// its timestamp. The marked-bad vectors are refused with the node's reason.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { deployFromJson } from '../../src/deploy/index.js';
import { stringifyJson, toHex, type Json } from '../../src/core/index.js';
import { findDeploys } from '../helpers/find-deploys.js';
import { describeVectors, readVectorJson, vectorPath } from '../helpers/vectors.js';
import { startTestNet } from './helpers.js';

interface Result {
  file: string;
  hash: string;
  body_hash_ok: boolean;
  deploy_hash_ok: boolean;
  approvals: { ok: boolean }[];
}

async function submit(json: Record<string, unknown>) {
  const d = deployFromJson(json);
  const codeOf = (kind: string) =>
    [d.payment, d.session].filter((i) => i.kind === kind).map((i) => toHex((i as { hash: Uint8Array }).hash));
  const net = await startTestNet(
    [
      {
        publicKey: d.header.account.toHex(),
        balance: 10n ** 20n,
        associatedKeys: d.approvals.map((a) => a.signer.toHex()),
      },
    ],
    {
      now: d.header.timestamp + 1000,
      // The node's documentation examples transfer 1,000 motes: a chain configured for them has no minimum.
      chainspec: {
        chainName: d.header.chainName,
        maxTtlMs: Math.max(d.header.ttl, 2 * 3600 * 1000),
        nativeTransferMinimumMotes: 0n,
      },
      code: { contracts: codeOf('StoredContractByHash'), packages: codeOf('StoredVersionedContractByHash') },
    },
  );
  try {
    return await net.call('account_put_deploy', { deploy: json });
  } finally {
    await net.devnet.stop();
  }
}

describeVectors('vector deploys on a devnet configured for them', () => {
  const results = readVectorJson<{ deploys: Result[] }>('derived', 'deploy-check-results.json').deploys.filter((r) =>
    existsSync(vectorPath(r.file)),
  );
  // The node's documentation example transfers have no 'target': a real 1.5.8 node refuses them
  // at the global-state stage, before it looks at hashes or signatures, and so does the devnet.
  const json = (r: Result) => findDeploys(readVectorJson(r.file)).find((x) => x.hash === r.hash)!;
  const noTarget = (r: Result) => {
    const s = deployFromJson(json(r)).session;
    return s.kind === 'Transfer' && !s.args.some(([n]) => n === 'target');
  };
  const pass = results.filter(
    (r) => r.body_hash_ok && r.deploy_hash_ok && r.approvals.every((a) => a.ok) && !noTarget(r),
  );
  const fail = results.filter((r) => !pass.includes(r));

  it('has both kinds', () => {
    expect(pass.length).toBeGreaterThanOrEqual(25);
    // Five doc-example transfers without a target (the Java copy also has a stale signature) and two edited fixtures.
    expect(fail.length).toBe(7);
  });

  it.each(pass.map((r) => [`${r.file} ${r.hash.slice(0, 8)}`, r] as const))('accepts %s', async (_, r) => {
    const reply = await submit(json(r));
    expect(reply.error).toBeUndefined();
    expect(reply.result).toEqual({ api_version: '1.5.8', deploy_hash: r.hash });
  });

  it.each(fail.map((r) => [`${r.file} ${r.hash.slice(0, 8)}`, r] as const))(
    'refuses %s with the reason the vectors give',
    async (_, r) => {
      const reply = await submit(json(r));
      expect(reply.error.code).toBe(-32008);
      if (noTarget(r))
        expect(reply.error.data).toMatch(
          /^missing transfer 'target' runtime argument at state root hash [0-9a-f]{64} of block [0-9a-f]{64} at height 0$/,
        );
      else if (!r.body_hash_ok)
        expect(reply.error.data).toBe(
          'invalid deploy: the provided body hash does not match the actual hash of the body',
        );
      else
        expect(reply.error.data).toBe(
          'invalid deploy: the approval at index 0 is invalid: asymmetric key error: failed to verify Ed25519 signature',
        );
    },
  );
});

describeVectors('the devnet keeps its chain across a restart (--data-dir log)', () => {
  it('deploys, results and balances survive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'devnet-log-'));
    try {
      const json = findDeploys(
        readVectorJson('casper-go-sdk', 'tests', 'data', 'deploy', 'deploy_with_transfer.json'),
      )[0]!;
      const d = deployFromJson(json);
      const genesis = [{ publicKey: d.header.account.toHex(), balance: 10n ** 20n }];
      const opts = {
        now: d.header.timestamp + 1000,
        chainspec: { chainName: d.header.chainName },
        logPath: join(dir, 'chain.jsonl'),
      };
      const a = await startTestNet(genesis, opts);
      expect((await a.call('account_put_deploy', { deploy: json })).result).toBeDefined();
      a.devnet.chain.produceBlock(opts.now + 500);
      const before = await a.call('info_get_deploy', { deploy_hash: d.hash ? toHex(d.hash) : '' });
      const root = a.devnet.chain.stateRoot();
      await a.devnet.stop();
      const b = await startTestNet([], opts);
      const after = await b.call('info_get_deploy', { deploy_hash: toHex(d.hash) });
      expect(stringifyJson(after as Json)).toBe(stringifyJson(before as Json));
      expect(b.devnet.chain.stateRoot()).toBe(root);
      expect(b.devnet.chain.tip().height).toBe(1);
      await b.devnet.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
