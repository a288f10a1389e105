// Every read command as a process against casper-devnet in each protocol mode, checking the
// answers against what the chain holds: the README's transfer-then-query-balance example run as
// written, then each command read back against the transfer, the genesis accounts, dictionaries
// and contract the accounts file set up.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROPOSER } from '../../src/devnet/execute.js';
import { startDevnetProcess, type Running } from '../devnet/process-helpers.js';
import { lastJson, runCli } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/vectors.js';

const CONTRACT = 'c1'.repeat(32);

/** The README's example: its casper-client lines with NODE, KEY and TARGET filled in. */
function readmeExample(vars: Record<string, string>): string[][] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- tested by test/e2e/read-devnet.test.ts');
  const from = readme.indexOf('```sh\n', start) + 6;
  const block = readme.slice(from, readme.indexOf('\n```', from));
  const lines = block
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((l) => l.startsWith('casper-client '));
  return lines.map((l) =>
    l
      .replace(/#.*$/, '')
      .trim()
      .split(/\s+/)
      .slice(1)
      .map((w) => w.replace(/^\$(\w+)$/, (_, k: string) => vars[k] ?? `$${k}`)),
  );
}

for (const protocol of ['1.5', '2.0']) {
  const v2 = protocol === '2.0';
  describe(`read commands against casper-devnet --protocol ${protocol}`, () => {
    let dir: string;
    let net: Running;
    let bob: string;
    let bobHash: string;
    let block: { hash: string; height: number };
    let deployHash: string;
    const json = async (args: string[]) => {
      const r = await runCli([...args, '-n', net.url]);
      expect(r.code, `${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(0);
      return JSON.parse(r.stdout);
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), `read-devnet-${protocol}-`));
      expect((await runCli(['keygen', join(dir, 'bob')])).code).toBe(0);
      bob = readFileSync(join(dir, 'bob', 'public_key_hex'), 'utf8').trim();
      bobHash = (await runCli(['account-address', '-p', bob])).stdout.trim();
      writeFileSync(
        join(dir, 'accounts.toml'),
        [
          `contracts = ["${CONTRACT}"]`,
          '[[accounts]]',
          `public_key = "${bob}"`,
          'balance = "0"',
          '[[dictionaries]]',
          `owner = "${bob}"`,
          'name = "scores"',
          'items = { alice = "10", bob = "7" }',
          '[[dictionaries]]',
          `owner = "hash-${CONTRACT}"`,
          'name = "metadata"',
          'items = { symbol = "DVN" }',
          '',
        ].join('\n'),
      );
      net = await startDevnetProcess([
        '--protocol',
        protocol,
        '--accounts',
        join(dir, 'accounts.toml'),
        '--block-time',
        '200ms',
        '--data-dir',
        join(dir, 'devnet'),
      ]);
    });
    afterAll(() => {
      net.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });

    it('the README example: transfer --wait, then query-balance shows the moved amount', async () => {
      const [transfer, query] = readmeExample({ NODE: net.url, KEY: net.key, TARGET: bob });
      expect(transfer![0]).toBe('transfer');
      expect(query![0]).toBe('query-balance');
      const t = await runCli(transfer!);
      expect(t.code, t.stdout + t.stderr).toBe(0);
      const result = lastJson(t.stdout).result; // --wait prints the acceptance first, then the document with the execution
      deployHash = result.deploy_hash;
      const where = v2 ? result.execution_info : result.execution_results[0];
      block = { hash: where.block_hash, height: v2 ? where.block_height : -1 };
      const q = await runCli(query!);
      expect(q.code).toBe(0);
      expect(JSON.parse(q.stdout).result.balance).toBe('2500000000');
    });

    it('get-block, get-state-root-hash, list-deploys and get-block-transfers agree on the transfer block', async () => {
      const b = (await json(['get-block', '-b', block.hash])).result;
      const header = v2 ? b.block_with_signatures.block.Version2.header : b.block.header;
      const root = (await json(['get-state-root-hash', '-b', block.hash])).result.state_root_hash;
      expect(root).toBe(header.state_root_hash);
      const byHeight = (await json(['get-state-root-hash', '-b', String(header.height)])).result.state_root_hash;
      expect(byHeight).toBe(root);
      const list = await json(['list-deploys', '-b', block.hash]);
      expect(list.transfer_hashes).toEqual([deployHash]);
      // 2.x: every lane's deploys, the mint lane's too (client-rs feat-track-node-2.0 src/deploy/list.rs:36-46).
      expect(list.deploy_hashes).toEqual(v2 ? [deployHash] : []);
      const transfers = (await json(['get-block-transfers', '-b', block.hash])).result;
      expect(transfers.block_hash).toBe(block.hash);
      const t = v2 ? transfers.transfers[0].Version2 : transfers.transfers[0];
      expect([t.amount, t.to, t.id]).toEqual(['2500000000', bobHash, 1]);
      const genesisList = await json(['list-deploys', '-b', '0']);
      expect([genesisList.deploy_hashes, genesisList.transfer_hashes]).toEqual([[], []]);
    });

    // casper-client 5.0.1 src/transaction/list.rs: a V2 block's all_transactions() and (inferred) its
    // mint lane, as TransactionHash JSON; a version 1 block (what a 1.5 node has) lists none.
    it("list-transactions lists the transfer block's deploy, or nothing for a 1.5 block", async () => {
      const r = await runCli(['list-transactions', '-n', net.url, '-b', block.hash]);
      expect(r.code).toBe(0);
      const hashes = v2 ? [{ Deploy: deployHash }] : [];
      expect(JSON.parse(r.stdout)).toEqual({
        api_version: v2 ? '2.0.0' : '1.5.8',
        transaction_hashes: hashes,
        transfer_hashes: hashes,
      });
      expect(r.stderr === '').toBe(v2);
    });

    it('query-balance and get-balance at a block before the transfer and at its state root', async () => {
      const r = await runCli(['query-balance', '-n', net.url, '-b', '0', '-p', bob]);
      expect(JSON.parse(r.stdout).result.balance).toBe('0');
      const root = (await json(['get-state-root-hash', '-b', block.hash])).result.state_root_hash;
      const purse = (await json(['get-account', '-p', bob])).result.account.main_purse;
      expect((await json(['get-balance', '-s', root, '-u', purse])).result.balance_value).toBe('2500000000');
      expect((await json(['query-balance', '-s', root, '--purse-uref', purse])).result.balance).toBe('2500000000');
    });

    it('get-account (public key, key file, account hash) shows the named key genesis gave; query-global-state follows it', async () => {
      const a = (await json(['get-account', '-p', join(dir, 'bob', 'public_key_hex')])).result.account;
      expect(a.account_hash).toBe(bobHash);
      expect(a.named_keys.map((n: { name: string }) => n.name)).toEqual(['scores']);
      expect(
        (await json(['get-account-info', '--account-identifier', bobHash, '-b', block.hash])).result.account,
      ).toEqual(a);
      const root = (await json(['get-state-root-hash'])).result.state_root_hash;
      const acct = (await json(['query-global-state', '-s', root, '-k', bob])).result;
      expect(acct.stored_value.Account.account_hash).toBe(bobHash);
      const seed = (await json(['query-state', '--block-hash', block.hash, '-k', `hash-${CONTRACT}`, '-q', 'metadata']))
        .result;
      expect(seed.stored_value).toEqual({ CLValue: { cl_type: 'Unit', bytes: '', parsed: null } });
      expect(seed.block_header).not.toBeNull();
      const missing = await runCli([
        'query-global-state',
        '-n',
        net.url,
        '-s',
        root,
        '-k',
        `hash-${CONTRACT}`,
        '-q',
        'nope',
      ]);
      expect(missing.code).toBe(1);
      expect(missing.stdout).toMatch(
        v2
          ? /"code":-32003,"message":"Query failed","data":"value was not found in the global state"/
          : /"code":-32003,"message":"Query failed","data":"ValueNotFound\(\\"Name nope not found in Contract/,
      );
    });

    it('get-dictionary-item finds an item by account named key, contract named key and seed URef', async () => {
      const root = (await json(['get-state-root-hash'])).result.state_root_hash;
      const byAccount = (
        await json([
          'get-dictionary-item',
          '-s',
          root,
          '--account-hash',
          bobHash,
          '--dictionary-name',
          'scores',
          '--dictionary-item-key',
          'alice',
        ])
      ).result;
      expect(byAccount.stored_value.CLValue.parsed).toBe('10');
      const seed = (await json(['get-account', '-p', bob])).result.account.named_keys[0].key;
      const bySeed = (
        await json(['get-dictionary-item', '-s', root, '--seed-uref', seed, '--dictionary-item-key', 'alice'])
      ).result;
      expect(bySeed.dictionary_key).toBe(byAccount.dictionary_key);
      const byAddress = (
        await json(['get-dictionary-item', '-s', root, '--dictionary-address', byAccount.dictionary_key])
      ).result;
      expect(byAddress.stored_value).toEqual(byAccount.stored_value);
      const c = (
        await json([
          'get-dictionary-item',
          '-s',
          root,
          '--contract-hash',
          `hash-${CONTRACT}`,
          '--dictionary-name',
          'metadata',
          '--dictionary-item-key',
          'symbol',
        ])
      ).result;
      expect(c.stored_value.CLValue.parsed).toBe('DVN');
    });

    it('era, auction, validators, peers, status, chainspec and the list of methods', async () => {
      expect((await json(['get-era-summary'])).result.era_summary.era_id).toBe(0);
      expect((await json(['get-era-info', '-b', '0'])).result.era_summary).toBeNull();
      expect((await json(['get-auction-info'])).result.auction_state.bids[0].public_key).toBe(PROPOSER);
      expect((await json(['get-validator-changes'])).result.changes).toEqual([]);
      expect((await json(['get-peers'])).result.peers).toEqual([]);
      expect((await json(['get-node-status'])).result.chainspec_name).toBe('casper-devnet');
      const spec = await runCli(['get-chainspec', '-n', net.url, '-vv']);
      expect(spec.stdout).toContain("}\n[network]\nname = 'casper-devnet'\n");
      const methods = (await json(['list-rpcs'])).result.methods.map((m: { name: string }) => m.name);
      for (const m of [
        'chain_get_block_transfers',
        'query_global_state',
        'state_get_dictionary_item',
        'state_get_auction_info',
        'info_get_peers',
      ])
        expect(methods).toContain(m);
    });

    it(
      v2
        ? 'the 2.x commands: entity, package, reward, balance details'
        : 'the 2.x commands get the 1.5 node\'s "Method not found"',
      async () => {
        if (!v2) {
          const r = await runCli(['get-entity', '-n', net.url, '-p', bob]);
          expect(r.code).toBe(1);
          expect(r.stdout).toMatch(/is json-rpc error: \{"code":-32601,"message":"Method not found"/);
          return;
        }
        const e = (await json(['get-entity', '-e', bob])).result.entity;
        expect(e.Account.account_hash).toBe(bobHash);
        const c = (await json(['get-entity', '-e', `entity-contract-${CONTRACT}`])).result.entity.Contract.contract;
        const pkg = c.contract_package_hash.replace('contract-package-wasm', 'contract-package-');
        expect((await json(['get-package', '-p', pkg])).result.package.ContractPackage.versions[0].contract_hash).toBe(
          `contract-${CONTRACT}`,
        );
        expect((await json(['get-reward', '--validator', PROPOSER, '-e', '0'])).result.era_id).toBe(0);
        const d = (await json(['query-balance-details', '-p', bob])).result;
        expect([d.total_balance, d.available_balance, d.holds]).toEqual(['2500000000', '2500000000', []]);
      },
    );

    it("an account the chain does not have: exit 1 with the node's error", async () => {
      const r = await runCli(['get-account', '-n', net.url, '-a', `account-hash-${'ab'.repeat(32)}`]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        v2 ? /"code":-32009,"message":"No such account"/ : /"code":-32003,"message":"Query failed"/,
      );
    });
  });
}
