// Every read command as a process against the capture server: the JSON-RPC method and the exact
// params, built from the flags as casper-client builds them. Sources (casper-ecosystem/casper-client-rs):
//   R = tag v2.0.0; X = branch feat-track-node-2.0 (the 5.x line's read commands); S = casper-sidecar feat-2.0.
// The public key and its account hash are the pair in casper-node 1.5.8's OpenRPC schema example
// for state_get_account_info (vectors casper-node/resources/test/rpc_schema_hashing.json).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer, type Responder } from '../helpers/capture-server.js';
import { runCli } from '../helpers/run-cli.js';

const PK = '013b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29';
const PK_ACCOUNT = 'account-hash-e94daaff79c2ab8d9c31d9c3058d7d0a0dd31204a5638dc1451fa67b2e3fb88c';
const ROOT = 'AB'.repeat(32);
const root = ROOT.toLowerCase();
const HASH = '0707070707070707070707070707070707070707070707070707070707070707';
const UREF = `uref-${'09'.repeat(32)}-007`;
const CHAINSPEC_TOML = '[protocol]\nversion = "1.5.8"\n';

/** A 2.x block body: lanes in the JSON out of order, a deploy and a TransactionV1 in the mint lane (0). */
const V2_BODY = {
  transactions: {
    3: [{ Version1: 'cc'.repeat(32) }],
    0: [{ Deploy: 'bb'.repeat(32) }, { Version1: 'dd'.repeat(32) }],
    1: [{ Deploy: 'aa'.repeat(32) }],
  },
  rewarded_signatures: [],
};

/** Answers every read with a result of the node's shape, enough for the client to print: chain_get_block
 * a 1.5 block at height 1, a 2.x block otherwise. */
const reads: Responder = (req, res) => {
  res.setHeader('content-type', 'application/json');
  const { id, method } = req.json;
  let result: unknown = { api_version: '1.5.8' };
  if (method === 'chain_get_block') {
    result = {
      api_version: '1.5.8',
      block: {
        hash: HASH,
        header: {},
        body: { proposer: PK, deploy_hashes: ['aa'.repeat(32)], transfer_hashes: ['bb'.repeat(32)] },
        proofs: [],
      },
    };
    if (req.json.params?.block_identifier?.Height !== 1)
      result = {
        api_version: '2.0.0',
        block_with_signatures: { block: { Version2: { hash: HASH, header: {}, body: V2_BODY } }, proofs: [] },
      };
  }
  if (method === 'info_get_chainspec') {
    result = {
      api_version: '1.5.8',
      chainspec_bytes: {
        chainspec_bytes: Buffer.from(CHAINSPEC_TOML).toString('hex'),
        maybe_genesis_accounts_bytes: null,
        maybe_global_state_bytes: null,
      },
    };
  }
  res.end(JSON.stringify({ jsonrpc: '2.0', id, result }));
};

let server: CaptureServer;
let dir: string;
beforeAll(async () => {
  server = await startCaptureServer(reads);
  dir = mkdtempSync(join(tmpdir(), 'reads-'));
  writeFileSync(join(dir, 'public_key_hex'), PK);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.requests.length = 0;
});

const run = (args: string[]) => runCli([...args, '-n', server.url, '--id', '7']);

// [command line, method, params (undefined = no params field), where the Rust client builds them]
const CASES: [string[], string, unknown, string][] = [
  [
    ['get-block'],
    'chain_get_block',
    undefined,
    'R lib/lib.rs:222 maybe_block_identifier.map(GetBlockParams::new): no -b, no params',
  ],
  [
    ['get-block', '-b', '5'],
    'chain_get_block',
    { block_identifier: { Height: 5 } },
    'R lib/cli/parse.rs:653-677 not 64 chars → Height',
  ],
  [
    ['get-block', '-b', ROOT],
    'chain_get_block',
    { block_identifier: { Hash: root } },
    'R lib/cli/parse.rs:661 64 chars → Digest::from_hex, serialized lower-case',
  ],
  [
    ['get-block-transfers', '-b', '7'],
    'chain_get_block_transfers',
    { block_identifier: { Height: 7 } },
    'R lib/lib.rs:241',
  ],
  [['get-block-transfers'], 'chain_get_block_transfers', undefined, 'R lib/lib.rs:241'],
  [
    ['list-deploys', '-b', '1'],
    'chain_get_block',
    { block_identifier: { Height: 1 } },
    'R src/deploy/list.rs:77 calls cli::get_block',
  ],
  [
    ['list-transactions', '-b', HASH],
    'chain_get_block',
    { block_identifier: { Hash: HASH } },
    'casper-client 5.0.1 src/transaction/list.rs (docs.rs): GetBlockResult, DisplayOrder BlockHash',
  ],
  [
    ['get-deploy', HASH],
    'info_get_deploy',
    { deploy_hash: HASH, finalized_approvals: false },
    'R lib/cli.rs:303 (false), lib/rpcs/v1_4_5/get_deploy.rs:11-14',
  ],
  [
    ['get-deploy', HASH, '--get-finalized-approvals'],
    'info_get_deploy',
    { deploy_hash: HASH, finalized_approvals: true },
    'X src/deploy/get.rs:49-50 -a/--get-finalized-approvals',
  ],
  [
    ['get-deploy', '-a', ROOT],
    'info_get_deploy',
    { deploy_hash: root, finalized_approvals: true },
    'X src/deploy/get.rs:50 short -a; parse.rs:680 Digest::from_hex',
  ],
  [['list-transactions'], 'chain_get_block', undefined, 'as list-deploys: no -b → no params (lib/lib.rs get_block)'],
  [['get-state-root-hash'], 'chain_get_state_root_hash', undefined, 'R lib/lib.rs:258'],
  [
    ['get-state-root-hash', '--block-identifier', '3'],
    'chain_get_state_root_hash',
    { block_identifier: { Height: 3 } },
    'R lib/lib.rs:258',
  ],
  [['get-era-summary', '-b', HASH], 'chain_get_era_summary', { block_identifier: { Hash: HASH } }, 'R lib/lib.rs:275'],
  [
    ['get-era-info', '-b', '9'],
    'chain_get_era_info_by_switch_block',
    { block_identifier: { Height: 9 } },
    'R lib/lib.rs:536, lib/rpcs/v1_4_5/get_era_info.rs:11',
  ],
  [
    ['get-era-info-by-switch-block'],
    'chain_get_era_info_by_switch_block',
    undefined,
    'R src/get_era_info.rs:11 legacy alias',
  ],
  [
    ['query-global-state', '-s', ROOT, '-k', PK, '-q', 'a/b'],
    'query_global_state',
    { state_identifier: { StateRootHash: root }, key: PK_ACCOUNT, path: ['a', 'b'] },
    'R lib/cli.rs:396-404 (path split on /), lib/cli/parse.rs:688 key_for_query (public key → its account)',
  ],
  [
    ['query-state', '--block-hash', '12', '-k', `hash-${ROOT}`],
    'query_global_state',
    { state_identifier: { BlockHeight: 12 }, key: `hash-${root}`, path: [] },
    'R src/query_global_state.rs:11,13 aliases; parse.rs:705 height → BlockHeight; rpcs/v1_4_5/query_global_state.rs:29 to_formatted_string',
  ],
  [
    ['query-global-state', '-b', HASH, '-k', UREF],
    'query_global_state',
    { state_identifier: { BlockHash: HASH }, key: UREF, path: [] },
    'R parse.rs:705-710 a 64-char block identifier → BlockHash',
  ],
  [
    ['query-balance', '-p', PK],
    'query_balance',
    { state_identifier: null, purse_identifier: { main_purse_under_public_key: PK } },
    'R lib/rpcs/v1_5_0/query_balance.rs:25 Option without skip → null; parse.rs:732 public key',
  ],
  [
    ['query-balance', '--purse-uref', UREF, '-s', ROOT],
    'query_balance',
    { state_identifier: { StateRootHash: root }, purse_identifier: { purse_uref: UREF } },
    'R src/common.rs:286 --purse-uref alias; parse.rs:759 uref-',
  ],
  [
    ['query-balance', '-b', '4', '-p', PK_ACCOUNT],
    'query_balance',
    { state_identifier: { BlockHeight: 4 }, purse_identifier: { main_purse_under_account_hash: PK_ACCOUNT } },
    'R parse.rs:749 account-hash-',
  ],
  [
    ['query-balance', '-p', join('DIR', 'public_key_hex')],
    'query_balance',
    { state_identifier: null, purse_identifier: { main_purse_under_public_key: PK } },
    'R src/common.rs purse_identifier::get → try_read_from_file',
  ],
  [
    [
      'get-dictionary-item',
      '-s',
      ROOT,
      '--account-hash',
      PK_ACCOUNT,
      '--dictionary-name',
      'n',
      '--dictionary-item-key',
      'k',
    ],
    'state_get_dictionary_item',
    {
      state_root_hash: root,
      dictionary_identifier: { AccountNamedKey: { key: PK_ACCOUNT, dictionary_name: 'n', dictionary_item_key: 'k' } },
    },
    'R src/get_dictionary_item.rs:260; rpcs/v1_4_5/get_dictionary_item.rs:57',
  ],
  [
    [
      'get-dictionary-item',
      '-s',
      ROOT,
      '--contract-hash',
      `hash-${HASH}`,
      '--dictionary-name',
      'n',
      '--dictionary-item-key',
      'k',
    ],
    'state_get_dictionary_item',
    {
      state_root_hash: root,
      dictionary_identifier: {
        ContractNamedKey: { key: `hash-${HASH}`, dictionary_name: 'n', dictionary_item_key: 'k' },
      },
    },
    'R src/get_dictionary_item.rs:266; get_dictionary_item.rs:70',
  ],
  [
    ['get-dictionary-item', '-s', ROOT, '--seed-uref', UREF, '--dictionary-item-key', 'k'],
    'state_get_dictionary_item',
    { state_root_hash: root, dictionary_identifier: { URef: { seed_uref: UREF, dictionary_item_key: 'k' } } },
    'R src/get_dictionary_item.rs:272',
  ],
  [
    ['get-dictionary-item', '-s', ROOT, '--dictionary-address', `dictionary-${HASH}`],
    'state_get_dictionary_item',
    { state_root_hash: root, dictionary_identifier: { Dictionary: `dictionary-${HASH}` } },
    'R src/get_dictionary_item.rs:277; get_dictionary_item.rs:85-88',
  ],
  [
    [
      'get-dictionary-item',
      '-s',
      ROOT,
      '--entity-addr',
      `entity-contract-${HASH}`,
      '--dictionary-name',
      'n',
      '--dictionary-item-key',
      'k',
    ],
    'state_get_dictionary_item',
    {
      state_root_hash: root,
      dictionary_identifier: {
        EntityNamedKey: { key: `entity-contract-${HASH}`, dictionary_name: 'n', dictionary_item_key: 'k' },
      },
    },
    'X src/get_dictionary_item.rs (entity-addr), lib/rpcs/v2_0_0/get_dictionary_item.rs',
  ],
  [
    ['get-account', '-p', PK],
    'state_get_account_info',
    { public_key: PK, block_identifier: null },
    'R lib/rpcs/v1_4_5/get_account.rs:12-13',
  ],
  [
    ['get-account-info', '--public-key', join('DIR', 'public_key_hex'), '-b', '2'],
    'state_get_account_info',
    { public_key: PK, block_identifier: { Height: 2 } },
    'R src/get_account.rs alias get-account-info; common.rs public_key::try_read_from_file',
  ],
  [
    ['get-account', '-a', PK_ACCOUNT],
    'state_get_account_info',
    { account_identifier: PK_ACCOUNT, block_identifier: null },
    'X lib/rpcs/v1_6_0/get_account.rs AccountIdentifier (untagged), parse.rs account_identifier',
  ],
  [
    ['get-balance', '-s', ROOT, '-u', UREF],
    'state_get_balance',
    { state_root_hash: root, purse_uref: UREF },
    'R lib/cli.rs:497-516, rpcs/v1_4_5/get_balance.rs:10-12',
  ],
  [['get-auction-info'], 'state_get_auction_info', undefined, 'R lib/lib.rs:392'],
  [['get-auction-info', '-b', '1'], 'state_get_auction_info', { block_identifier: { Height: 1 } }, 'R lib/lib.rs:392'],
  [['get-validator-changes'], 'info_get_validator_changes', undefined, 'R lib/lib.rs:409'],
  [['get-peers'], 'info_get_peers', undefined, 'R lib/lib.rs:424'],
  [['get-node-status'], 'info_get_status', undefined, 'R lib/lib.rs:439'],
  [['get-chainspec'], 'info_get_chainspec', undefined, 'R lib/lib.rs:454'],
  [['list-rpcs'], 'rpc.discover', undefined, 'R lib/lib.rs:470, rpcs/v1_4_5/list_rpcs.rs:7'],
  [
    ['query-balance-details', '-p', PK],
    'query_balance_details',
    { state_identifier: null, purse_identifier: { main_purse_under_public_key: PK } },
    'X src/query_balance_details.rs, lib/rpcs/v2_0_0/query_balance_details.rs',
  ],
  [
    ['query-balance-details', '-p', `entity-account-${HASH}`],
    'query_balance_details',
    { state_identifier: null, purse_identifier: { main_purse_under_entity_addr: `entity-account-${HASH}` } },
    'X lib/cli/parse.rs purse_identifier entity- prefix',
  ],
  [
    ['get-entity', '-e', `entity-contract-${HASH}`],
    'state_get_entity',
    { entity_identifier: { EntityAddr: `entity-contract-${HASH}` }, block_identifier: null },
    'X src/get_entity.rs, lib/rpcs/v2_0_0/get_entity.rs:65-70',
  ],
  [
    ['get-entity', '-p', PK, '-b', '3'],
    'state_get_entity',
    { entity_identifier: { PublicKey: PK }, block_identifier: { Height: 3 } },
    'X src/get_entity.rs short alias -p, parse.rs entity_identifier',
  ],
  [
    ['get-entity', '--account-hash', PK_ACCOUNT],
    'state_get_entity',
    { entity_identifier: { AccountHash: PK_ACCOUNT }, block_identifier: null },
    'X src/get_entity.rs alias --account-hash',
  ],
  [
    ['get-package', '-p', `package-${HASH}`],
    'state_get_package',
    { package_identifier: { PackageAddr: `package-${HASH}` }, block_identifier: null },
    'S rpc_sidecar/src/rpcs/state.rs:717 PackageIdentifier',
  ],
  [
    ['get-package', '-p', `contract-package-${HASH}`, '-b', '1'],
    'state_get_package',
    { package_identifier: { ContractPackageHash: `contract-package-${HASH}` }, block_identifier: { Height: 1 } },
    'S rpc_sidecar/src/rpcs/state.rs:717',
  ],
  [
    ['get-reward', '--validator', PK, '-e', '3'],
    'info_get_reward',
    { era_identifier: { Era: 3 }, validator: PK, delegator: null },
    'X src/get_reward.rs, lib/rpcs/v2_0_0/get_reward.rs (Options without skip → null)',
  ],
  [
    ['get-reward', '--validator', PK, '--delegator', PK],
    'info_get_reward',
    { era_identifier: null, validator: PK, delegator: PK },
    'X lib/cli.rs get_reward',
  ],
];

describe('each read command sends the method and params casper-client sends', () => {
  it.each(CASES)('%j → %s', async (args, method, params) => {
    const r = await run(args.map((a) => a.replace(/^DIR/, dir)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(server.requests.length).toBe(1);
    // jsonrpc-lite's field order; no params field at all when the Rust client passes None (lib/json_rpc/call.rs:43-54).
    const expected: Record<string, unknown> = { jsonrpc: '2.0', method };
    if (params !== undefined) expected.params = params;
    expected.id = 7;
    expect(server.requests[0]!.json).toEqual(expected);
    expect(Object.keys(server.requests[0]!.json)).toEqual(Object.keys(expected));
  });
});

describe('what they print', () => {
  it('a plain read prints the reply as {jsonrpc, id, result} (src/main.rs json_pretty_print)', async () => {
    const r = await run(['get-peers']);
    expect(r.stdout).toBe('{\n  "jsonrpc": "2.0",\n  "id": 7,\n  "result": {\n    "api_version": "1.5.8"\n  }\n}\n');
  });

  it('list-deploys prints only the hashes (src/deploy/list.rs:20-45, 85)', async () => {
    const r = await run(['list-deploys', '-b', '1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      api_version: '1.5.8',
      deploy_hashes: ['aa'.repeat(32)],
      transfer_hashes: ['bb'.repeat(32)],
    });
    expect(r.stdout).toBe(
      `{\n  "api_version": "1.5.8",\n  "deploy_hashes": [\n    "${'aa'.repeat(32)}"\n  ],\n  "transfer_hashes": [\n    "${'bb'.repeat(32)}"\n  ]\n}\n`,
    );
  });

  // casper-client 5.0.1 src/transaction/list.rs (docs.rs excerpt): a V2 block's transaction_hashes are
  // all_transactions() — casper-types block_body_v2.rs:85, the BTreeMap<u8, _> lanes ascending — as
  // TransactionHash JSON (transaction_hash.rs:29-34: "Deploy" / "Version1"); a V1 block's, Vec::new().
  // transfer_hashes: the mint lane (MINT_LANE_ID = 0, types/src/lib.rs:216), not readable in 5.0.1 (inferred).
  it('list-transactions prints every lane in lane order, and the mint lane as transfers', async () => {
    const r = await run(['list-transactions', '-b', '2']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const all = [
      { Deploy: 'bb'.repeat(32) },
      { Version1: 'dd'.repeat(32) },
      { Deploy: 'aa'.repeat(32) },
      { Version1: 'cc'.repeat(32) },
    ];
    expect(JSON.parse(r.stdout)).toEqual({
      api_version: '2.0.0',
      transaction_hashes: all,
      transfer_hashes: all.slice(0, 2),
    });
    expect(
      r.stdout.startsWith(
        `{\n  "api_version": "2.0.0",\n  "transaction_hashes": [\n    {\n      "Deploy": "${'bb'.repeat(32)}"\n    },`,
      ),
    ).toBe(true);
  });

  it('list-transactions on a version 1 block: empty lists, as 5.x, and one line on stderr', async () => {
    const r = await run(['list-transactions', '-b', '1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ api_version: '1.5.8', transaction_hashes: [], transfer_hashes: [] });
    expect(r.stderr).toMatch(/^warning: .*list-deploys.*\n$/);
  });

  // branch feat-track-node-2.0 src/deploy/list.rs:36-58: deploy_hashes are the Deploy entries of
  // all_transactions() (every lane, the mint lane too), transfer_hashes those of mint().
  it("list-deploys on a 2.x block: every lane's deploys, and the mint lane's as transfers", async () => {
    const r = await run(['list-deploys', '-b', '2']);
    expect(JSON.parse(r.stdout)).toEqual({
      api_version: '2.0.0',
      deploy_hashes: ['bb'.repeat(32), 'aa'.repeat(32)],
      transfer_hashes: ['bb'.repeat(32)],
    });
  });

  it('get-chainspec prints the TOML itself only at -vv (src/main.rs:196-201)', async () => {
    const quiet = await run(['get-chainspec']);
    expect(quiet.stdout).not.toContain('[protocol]');
    const loud = await run(['get-chainspec', '-vv']);
    expect(loud.stdout.endsWith(`}\n${CHAINSPEC_TOML}\n`)).toBe(true);
  });
});

describe('refusals', () => {
  it.each([
    [
      ['query-global-state', '-k', PK],
      2,
      /the following required arguments were not provided:\n {2}<--block-identifier <HEX STRING OR INTEGER>\|--state-root-hash <HEX STRING>>/,
    ],
    [
      ['query-global-state', '-s', ROOT],
      2,
      /required arguments were not provided:\n {2}--key <FORMATTED STRING or PATH>/,
    ],
    [
      ['get-dictionary-item', '-s', ROOT, '--seed-uref', UREF],
      2,
      /required arguments were not provided:\n {2}--dictionary-item-key <STRING>/,
    ],
    [
      ['get-dictionary-item', '-s', ROOT, '--account-hash', PK_ACCOUNT, '--dictionary-item-key', 'k'],
      2,
      /required arguments were not provided:\n {2}--dictionary-name <STRING>/,
    ],
    [['get-account', '-p', PK, '-a', PK_ACCOUNT], 2, /cannot be used with/],
    [['query-balance', '-b', '1', '-s', ROOT, '-p', PK], 2, /cannot be used with/],
    // R src/query_global_state.rs: ArgGroup "state-identifier" (one of -b, -s).
    [['query-global-state', '-b', HASH, '-s', ROOT, '-k', UREF], 2, /cannot be used with/],
    [['get-balance', '-s', ROOT], 2, /required arguments were not provided:\n {2}--purse-uref <FORMATTED STRING>/],
  ] as const)('%j → exit %i, clap-shaped, nothing sent', async (args, code, pattern) => {
    const r = await run([...args]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(pattern);
    expect(server.requests.length).toBe(0);
  });

  it.each([
    // Rust's u64 ParseIntError texts (R lib/cli/parse.rs:672 FailedToParseInt, lib/cli/error.rs:58).
    [['get-block', '-b', 'abc'], "failed to parse 'block_identifier' as an integer: invalid digit found in string"],
    [
      ['get-block', '-b', '18446744073709551616'],
      "failed to parse 'block_identifier' as an integer: number too large to fit in target type",
    ],
    [
      ['get-reward', '--validator', PK, '-e', 'x'],
      "failed to parse 'era_identifier' as an integer: invalid digit found in string",
    ],
    [
      ['get-dictionary-item', '-s', ROOT, '--dictionary-address', `hash-${HASH}`],
      `expected Key::Dictionary but got hash-${HASH}`,
    ],
  ] as const)('%j → one line, exit 1, nothing sent', async (args, line) => {
    const r = await run([...args]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${line}\n`);
    expect(server.requests.length).toBe(0);
  });
});
