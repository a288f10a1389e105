// The read methods on the devnet in both generations: answers drawn from the chain's real state
// (balances after a transfer, at the tip and at an earlier block; named keys; dictionaries of the
// genesis contracts and accounts), every success checked against that generation's OpenRPC schema,
// and the node's own errors for what does not exist (1.5.8 rpcs/state.rs and tracking_copy/mod.rs;
// 2.0 sidecar rpcs/error.rs and error_code.rs).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Generation } from '../../src/chainspec/chainspec.js';
import { buildDeploy, deployToJson, standardPayment } from '../../src/deploy/index.js';
import { CLValue, encode, toHex } from '../../src/core/index.js';
import { PROPOSER } from '../../src/devnet/execute.js';
import { dictionaryAddress, seedUref } from '../../src/devnet/global-state.js';
import { generateSecretKey, type SecretKey } from '../../src/signer/index.js';
import { signDeploy } from '../../src/deploy/index.js';
import { describeVectors } from '../helpers/vectors.js';
import { startTestNet, type TestNet } from './helpers.js';
import { schemaValidator } from './schemas.js';

const CONTRACT = 'c1'.repeat(32);

for (const generation of ['1.5', '2'] as Generation[]) {
  describeVectors(`read methods, ${generation === '2' ? '2.x' : '1.5.8'} mode`, () => {
    let net: TestNet;
    let a: SecretKey;
    let b: SecretKey;
    let aHash: string;
    const validate = schemaValidator(generation);
    const ok = async (method: string, params?: unknown) => {
      const r = await net.call(method, params);
      expect(r.error, `${method} ${JSON.stringify(params)}`).toBeUndefined();
      expect(validate(method, r.result), method).toEqual([]);
      return r.result;
    };
    const fail = async (method: string, params: unknown) => (await net.call(method, params)).error;

    beforeAll(async () => {
      a = await generateSecretKey('ed25519');
      b = await generateSecretKey('secp256k1');
      aHash = toHex(a.publicKey.accountHash());
      net = await startTestNet([{ publicKey: a.publicKey.toHex(), balance: 10n ** 15n }], {
        generation,
        code: {
          contracts: [CONTRACT],
          packages: [],
          dictionaries: [
            { owner: a.publicKey.toHex(), name: 'scores', items: { alice: '10', bob: '7' } },
            { owner: `hash-${CONTRACT}`, name: 'metadata', items: { symbol: 'DVN' } },
          ],
        },
      });
      const d = signDeploy(
        buildDeploy({
          account: a.publicKey,
          chainName: 'casper-devnet',
          payment: standardPayment(100_000_000n),
          session: {
            kind: 'Transfer',
            args: [
              ['amount', new CLValue('U512', encode.u512(2_500_000_000n))],
              ['target', new CLValue('PublicKey', b.publicKey.bytes)],
              ['id', new CLValue({ Option: 'U64' }, Uint8Array.of(1, 9, 0, 0, 0, 0, 0, 0, 0))],
            ],
          },
        }),
        a,
      );
      const put = await net.call('account_put_deploy', { deploy: deployToJson(d) });
      expect(put.error).toBeUndefined();
      net.devnet.chain.produceBlock(Date.now());
    });
    afterAll(() => net.devnet.stop());

    it('query_balance: the moved amount at the tip, nothing before the transfer block', async () => {
      const now = await ok('query_balance', {
        purse_identifier: { main_purse_under_public_key: b.publicKey.toHex() },
        state_identifier: null,
      });
      expect(now.balance).toBe('2500000000');
      const genesis = await net.call('query_balance', {
        purse_identifier: { main_purse_under_public_key: b.publicKey.toHex() },
        state_identifier: { BlockHeight: 0 },
      });
      if (generation === '2')
        expect(genesis.error).toEqual({
          code: -32026,
          message: 'Purse not found',
          data: 'request for balance has failed: purse was not found for given identifier',
        });
      else
        expect(genesis.error).toEqual({
          code: -32003,
          message: 'Query failed',
          data: `ValueNotFound("Failed to find base key at path: Key::Account(${toHex(b.publicKey.accountHash())})")`,
        });
      const atRoot = await ok('query_balance', {
        purse_identifier: { main_purse_under_account_hash: `account-hash-${aHash}` },
        state_identifier: { StateRootHash: net.devnet.chain.blocks[0]!.stateRootHash },
      });
      expect(atRoot.balance).toBe((10n ** 15n).toString());
    });

    it('state_get_account_info by public_key (2.0.0 client) and account_identifier (5.x), with the named keys genesis gave', async () => {
      const byKey = await ok('state_get_account_info', { public_key: a.publicKey.toHex(), block_identifier: null });
      const byHash = await ok('state_get_account_info', {
        account_identifier: `account-hash-${aHash}`,
        block_identifier: { Height: 1 },
      });
      expect(byKey.account).toEqual(byHash.account);
      expect(byKey.account.named_keys).toEqual([{ name: 'scores', key: seedUref(`account-hash-${aHash}`, 'scores') }]);
      const missing = await fail('state_get_account_info', { account_identifier: `account-hash-${'ab'.repeat(32)}` });
      expect(missing).toEqual(
        generation === '2'
          ? { code: -32009, message: 'No such account', data: 'the requested account was not found' }
          : {
              code: -32003,
              message: 'Query failed',
              data: `ValueNotFound("Failed to find base key at path: Key::Account(${'ab'.repeat(32)})")`,
            },
      );
    });

    it('query_global_state: an account, a contract, a path through named keys, and the node errors', async () => {
      const acct = await ok('query_global_state', {
        state_identifier: { BlockHeight: 1 },
        key: `account-hash-${aHash}`,
        path: [],
      });
      expect(acct.stored_value.Account.account_hash).toBe(`account-hash-${aHash}`);
      expect(acct.block_header).not.toBeNull();
      const contract = await ok('query_global_state', {
        state_identifier: { StateRootHash: net.devnet.chain.tip().stateRootHash },
        key: `hash-${CONTRACT}`,
        path: [],
      });
      expect(contract.block_header).toBeNull();
      expect(contract.stored_value.Contract.named_keys[0].name).toBe('metadata');
      const seed = await ok('query_global_state', {
        state_identifier: { BlockHeight: 1 },
        key: `hash-${CONTRACT}`,
        path: ['metadata'],
      });
      expect(seed.stored_value).toEqual({ CLValue: { cl_type: 'Unit', bytes: '', parsed: null } });
      const noName = await fail('query_global_state', {
        state_identifier: { BlockHeight: 1 },
        key: `hash-${CONTRACT}`,
        path: ['nope'],
      });
      expect(noName).toEqual(
        generation === '2'
          ? { code: -32003, message: 'Query failed', data: 'value was not found in the global state' }
          : {
              code: -32003,
              message: 'Query failed',
              data: `ValueNotFound("Name nope not found in Contract at path: Key::Hash(${CONTRACT})")`,
            },
      );
      const badRoot = await fail('query_global_state', {
        state_identifier: { StateRootHash: '00'.repeat(32) },
        key: `hash-${CONTRACT}`,
        path: [],
      });
      expect(badRoot.code).toBe(-32012);
      expect(badRoot.message).toBe('No such state root');
      const noBlock = await fail('query_global_state', {
        state_identifier: { BlockHeight: 99 },
        key: `hash-${CONTRACT}`,
        path: [],
      });
      expect(noBlock.code).toBe(-32001);
    });

    it('state_get_dictionary_item: all four identifier forms find the same item; a missing item is the node error', async () => {
      const root = net.devnet.chain.tip().stateRootHash;
      const seed = seedUref(`account-hash-${aHash}`, 'scores');
      const address = dictionaryAddress(seed, 'alice');
      const forms = [
        { AccountNamedKey: { key: `account-hash-${aHash}`, dictionary_name: 'scores', dictionary_item_key: 'alice' } },
        { URef: { seed_uref: seed, dictionary_item_key: 'alice' } },
        { Dictionary: address },
      ];
      for (const f of forms) {
        const r = await ok('state_get_dictionary_item', { state_root_hash: root, dictionary_identifier: f });
        expect(r.dictionary_key).toBe(address);
        expect(r.stored_value.CLValue.parsed).toBe('10');
      }
      const c = await ok('state_get_dictionary_item', {
        state_root_hash: root,
        dictionary_identifier: {
          ContractNamedKey: { key: `hash-${CONTRACT}`, dictionary_name: 'metadata', dictionary_item_key: 'symbol' },
        },
      });
      expect(c.stored_value.CLValue.parsed).toBe('DVN');
      const missing = await fail('state_get_dictionary_item', {
        state_root_hash: root,
        dictionary_identifier: { URef: { seed_uref: seed, dictionary_item_key: 'carol' } },
      });
      const carol = dictionaryAddress(seed, 'carol').slice('dictionary-'.length);
      expect(missing).toEqual(
        generation === '2'
          ? { code: -32003, message: 'Query failed', data: 'value was not found in the global state' }
          : {
              code: -32003,
              message: 'Query failed',
              data: `ValueNotFound("Failed to find base key at path: Key::Dictionary(${carol})")`,
            },
      );
      const noName = await fail('state_get_dictionary_item', {
        state_root_hash: root,
        dictionary_identifier: {
          AccountNamedKey: { key: `account-hash-${aHash}`, dictionary_name: 'nope', dictionary_item_key: 'alice' },
        },
      });
      expect(noName).toEqual(
        generation === '2'
          ? { code: -32003, message: 'Query failed', data: 'value was not found in the global state' }
          : { code: -32010, message: 'Failed to get dictionary URef', data: 'seed uref not in named keys' },
      );
    });

    it('chain_get_block_transfers lists the transfer of the block that executed it', async () => {
      const r = await ok('chain_get_block_transfers', { block_identifier: { Height: 1 } });
      expect(r.transfers.length).toBe(1);
      const t = generation === '2' ? r.transfers[0].Version2 : r.transfers[0];
      expect(t.amount).toBe('2500000000');
      expect(t.id).toBe(9);
      expect(t.to).toBe(`account-hash-${toHex(b.publicKey.accountHash())}`);
      expect((await ok('chain_get_block_transfers', { block_identifier: { Height: 0 } })).transfers).toEqual([]);
    });

    it('state_get_balance, era summary and era info, auction info, validator changes, peers', async () => {
      const root = net.devnet.chain.tip().stateRootHash;
      const purse = (await net.call('state_get_account_info', { account_identifier: b.publicKey.toHex() })).result
        .account.main_purse;
      expect((await ok('state_get_balance', { state_root_hash: root, purse_uref: purse })).balance_value).toBe(
        '2500000000',
      );
      const era = await ok('chain_get_era_summary', { block_identifier: { Height: 1 } });
      expect(era.era_summary.block_hash).toBe(net.devnet.chain.blocks[1]!.hash);
      expect(
        (await ok('chain_get_era_info_by_switch_block', { block_identifier: { Height: 1 } })).era_summary,
      ).toBeNull();
      const auction = await ok('state_get_auction_info', undefined);
      expect(auction.auction_state.bids[0].public_key).toBe(PROPOSER);
      expect((await ok('info_get_validator_changes')).changes).toEqual([]);
      expect((await ok('info_get_peers')).peers).toEqual([]);
    });

    if (generation === '2') {
      it('2.x only: entity, package, reward, balance details', async () => {
        const e = await ok('state_get_entity', {
          entity_identifier: { PublicKey: a.publicKey.toHex() },
          block_identifier: null,
        });
        expect(e.entity.Account.account_hash).toBe(`account-hash-${aHash}`);
        const c = await ok('state_get_entity', { entity_identifier: { EntityAddr: `entity-contract-${CONTRACT}` } });
        expect(c.entity.Contract.contract.named_keys[0].name).toBe('metadata');
        expect(
          await fail('state_get_entity', { entity_identifier: { AccountHash: `account-hash-${'ab'.repeat(32)}` } }),
        ).toEqual({
          code: -32020,
          message: 'No such addressable entity',
          data: 'the requested addressable entity was not found',
        });
        const pkgHash = c.entity.Contract.contract.contract_package_hash.replace('contract-package-wasm', '');
        const p = await ok('state_get_package', {
          package_identifier: { ContractPackageHash: `contract-package-${pkgHash}` },
          block_identifier: null,
        });
        expect(p.package.ContractPackage.versions[0].contract_hash).toBe(`contract-${CONTRACT}`);
        const r = await ok('info_get_reward', { era_identifier: null, validator: PROPOSER, delegator: null });
        expect(r.switch_block_hash).toBe(net.devnet.chain.blocks[0]!.hash);
        expect(await fail('info_get_reward', { validator: a.publicKey.toHex() })).toEqual({
          code: -32022,
          message: 'No rewards found',
          data: 'the requested reward was not found',
        });
        const d = await ok('query_balance_details', {
          purse_identifier: { main_purse_under_public_key: b.publicKey.toHex() },
          state_identifier: null,
        });
        expect(d.total_balance).toBe('2500000000');
      });
    } else {
      it('1.5 has no 2.x-only methods', async () => {
        for (const m of ['state_get_entity', 'state_get_package', 'info_get_reward', 'query_balance_details']) {
          expect((await fail(m, {})).code).toBe(-32601);
        }
      });
    }
  });
}
