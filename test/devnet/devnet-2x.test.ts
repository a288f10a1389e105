// The devnet in 2.x mode (its default): every reply checked against the Casper 2.0 sidecar's own
// OpenRPC schemas (casper-2.0/casper-sidecar/resources/test/*.json, read in place), the 2.0
// acceptor's refusals with the sidecar's codes and sentences, and execution as the 2.0
// production chainspec prices it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeploy, deployToJson, standardPayment, type Deploy } from '../../src/deploy/index.js';
import { CLValue, encode, fromHex, toHex } from '../../src/core/index.js';
import { PROPOSER } from '../../src/devnet/execute.js';
import { generateSecretKey, type SecretKey } from '../../src/signer/index.js';
import { signDeploy } from '../../src/deploy/index.js';
import { describeVectors, readVectorJson, repoRoot } from '../helpers/vectors.js';
import { startTestNet, type TestNet } from './helpers.js';

const CALL_WASM = new Uint8Array(readFileSync(join(repoRoot, 'fixtures', 'wasm', 'call.wasm')));
let net: TestNet;
let key: SecretKey;
const START = Date.now();

beforeAll(async () => {
  key = await generateSecretKey('ed25519');
  net = await startTestNet([{ publicKey: key.publicKey.toHex(), balance: 10n ** 15n }], {
    generation: '2',
    now: START,
  });
});
afterAll(() => net.devnet.stop());

const wasmDeploy = (
  o: { payment?: bigint; dependencies?: Uint8Array[]; gasPrice?: bigint; chainName?: string; ttl?: number } = {},
): Deploy =>
  signDeploy(
    buildDeploy({
      account: key.publicKey,
      chainName: o.chainName ?? 'casper-devnet',
      payment: standardPayment(o.payment ?? 2_500_000_000n),
      timestamp: START,
      ttl: o.ttl,
      gasPrice: o.gasPrice,
      dependencies: o.dependencies,
      session: { kind: 'ModuleBytes', moduleBytes: CALL_WASM, args: [] },
    }),
    key,
  );

const transferDeploy = (amount: bigint): Deploy =>
  signDeploy(
    buildDeploy({
      account: key.publicKey,
      chainName: 'casper-devnet',
      payment: standardPayment(100_000_000n),
      timestamp: START,
      session: {
        kind: 'Transfer',
        args: [
          ['amount', new CLValue('U512', encode.u512(amount))],
          ['target', new CLValue('PublicKey', fromHex(PROPOSER))],
          ['id', new CLValue({ Option: 'U64' }, Uint8Array.of(1, 5, 0, 0, 0, 0, 0, 0, 0))],
        ],
      },
    }),
    key,
  );

describe('the 2.0 acceptor, answered as the sidecar answers', () => {
  // Sentences: casper-sidecar feat-2.0 rpc_sidecar/src/node_client.rs l.321-547; codes and the
  // "the deploy was invalid: " prefix: rpcs/error.rs, rpcs/error_code.rs.
  it.each([
    [
      'a dependency',
      () => wasmDeploy({ dependencies: [new Uint8Array(32).fill(1)] }),
      -32008,
      'Invalid Deploy',
      'the deploy was invalid: The dependencies for this transaction are no longer supported',
    ],
    [
      'another chain',
      () => wasmDeploy({ chainName: 'casper-test' }),
      -32008,
      'Invalid Deploy',
      'the deploy was invalid: The deploy had an invalid chain name',
    ],
    [
      'a 3-hour ttl',
      () => wasmDeploy({ ttl: 3 * 3600_000 }),
      -32008,
      'Invalid Deploy',
      'the deploy was invalid: The deploy had an excessive time to live',
    ],
    [
      'a payment over every lane',
      () => wasmDeploy({ payment: 2_000_000_000_000n }),
      -32008,
      'Invalid Deploy',
      "the deploy was invalid: couldn't associate a transaction lane with the transaction",
    ],
    [
      'a gas price over 255',
      () => wasmDeploy({ gasPrice: 256n }),
      -32008,
      'Invalid Deploy',
      'the deploy was invalid: The network was unable to calculate the gas limit associated with the deploy',
    ],
    [
      'a gas price under the minimum',
      () => wasmDeploy({ gasPrice: 0n }),
      -32018,
      'Node request failure',
      'request for submitting a deploy has failed: gas price tolerance too low',
    ],
    // InvalidDeployInvalidPaymentAmount (binary port code 107) is newer than the sidecar's list.
    [
      'a payment under 2.5 CSPR',
      () => wasmDeploy({ payment: 1_000n }),
      -32018,
      'Node request failure',
      'request for submitting a deploy has failed: received an unexpected node error: unknown node error code (107)',
    ],
    [
      'a transfer under 2.5 CSPR',
      () => transferDeploy(1_000n),
      -32008,
      'Invalid Deploy',
      'the deploy was invalid: The deploy sent to the network had an insufficient transfer amount',
    ],
  ] as const)('%s', async (_, make, code, message, data) => {
    const r = await net.call('account_put_deploy', { deploy: deployToJson(make()) });
    expect(r.error).toEqual({ code, message, data });
  });

  it('an unknown account is "no such addressable entity"', async () => {
    const other = await generateSecretKey('ed25519');
    const d = signDeploy(
      buildDeploy({
        account: other.publicKey,
        chainName: 'casper-devnet',
        payment: standardPayment(2_500_000_000n),
        timestamp: START,
        session: { kind: 'ModuleBytes', moduleBytes: CALL_WASM, args: [] },
      }),
      other,
    );
    const r = await net.call('account_put_deploy', { deploy: deployToJson(d) });
    expect(r.error).toEqual({
      code: -32008,
      message: 'Invalid Deploy',
      data: 'the deploy was invalid: no such addressable entity',
    });
  });
});

describe('execution as the 2.0 production chainspec prices it', () => {
  it('limit = payment, cost at gas price 1, 75% of the unused gas refunded, the rest to the proposer', async () => {
    const before = net.devnet.chain.account(toHex(key.publicKey.accountHash()))!.balance;
    const d = wasmDeploy({ payment: 3_000_000_000n });
    expect((await net.call('account_put_deploy', { deploy: deployToJson(d) })).error).toBeUndefined();
    net.devnet.chain.produceBlock(START + 1000);
    const r = await net.call('info_get_deploy', { deploy_hash: toHex(d.hash) });
    const v2 = r.result.execution_info.execution_result.Version2;
    const consumed = 1_000_000_000n + 10_000n * BigInt(CALL_WASM.length);
    const refund = ((3_000_000_000n - consumed) * 75n) / 100n;
    expect(v2).toMatchObject({
      initiator: { PublicKey: key.publicKey.toHex() },
      error_message: null,
      limit: '3000000000',
      consumed: consumed.toString(),
      cost: '3000000000',
      refund: refund.toString(),
    });
    expect(net.devnet.chain.account(toHex(key.publicKey.accountHash()))!.balance).toBe(
      before - 3_000_000_000n + refund,
    );
  });
});

describeVectors('2.x replies validate against the Casper 2.0 sidecar OpenRPC schemas', () => {
  type Schema = {
    methods: { name: string; result: { schema: object } }[];
    components: { schemas: Record<string, Record<string, unknown>> };
  };
  const load = (file: string) => readVectorJson<Schema>('casper-2.0', 'casper-sidecar', 'resources', 'test', file);
  const main = load('rpc_schema.json');
  const speculative = load('speculative_rpc_schema.json');
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  // The Feb-2025 schema's ExecutionResultV2 lacks `refund` and `current_price`, which real 2.0
  // nodes print (casper-2.0/README.md §1, GO SDK fixtures): allow exactly those two.
  const patch = (s: Schema) => {
    const c = structuredClone(s.components);
    const e = c.schemas.ExecutionResultV2 as { properties: Record<string, object> } | undefined;
    if (e !== undefined) {
      e.properties.refund = { $ref: '#/components/schemas/U512' };
      e.properties.current_price = { type: 'integer' };
    }
    return c;
  };
  const validator = (s: Schema) => {
    const components = patch(s);
    return (method: string, result: unknown) => {
      const m = s.methods.find((x) => x.name === method);
      if (m === undefined) return [`${method} is not in the schema`];
      const v = ajv.compile({ ...m.result.schema, components });
      return v(result) ? [] : v.errors!.map((e) => `${e.instancePath} ${e.message}`);
    };
  };
  const validate = validator(main);
  const validateSpeculative = validator(speculative);

  it('a schema check that can fail does fail on a broken result', () => {
    expect(validate('info_get_status', { api_version: '2.0.0' }).length).toBeGreaterThan(0);
  });

  it('every method the devnet serves', async () => {
    const d = transferDeploy(3_000_000_000n);
    const put = await net.call('account_put_deploy', { deploy: deployToJson(d) });
    expect(put.error).toBeUndefined();
    expect(validate('account_put_deploy', put.result)).toEqual([]);
    const pending = await net.call('info_get_deploy', { deploy_hash: toHex(d.hash) });
    expect(pending.result.execution_info).toBeNull();
    expect(validate('info_get_deploy', pending.result)).toEqual([]);
    const block = net.devnet.chain.produceBlock(START + 2000);
    const done = await net.call('info_get_deploy', [toHex(d.hash), false]);
    expect(done.result.execution_info.block_height).toBe(block.height);
    expect(validate('info_get_deploy', done.result)).toEqual([]);
    for (const [method, params] of [
      ['chain_get_state_root_hash', undefined],
      ['chain_get_state_root_hash', { block_identifier: { Height: 0 } }],
      ['info_get_status', undefined],
      ['info_get_chainspec', undefined],
      ['chain_get_block', undefined],
      ['chain_get_block', { block_identifier: { Height: block.height } }],
      ['chain_get_block', { block_identifier: { Hash: block.hash } }],
      ['query_balance', { purse_identifier: { main_purse_under_public_key: key.publicKey.toHex() } }],
      ['state_get_account_info', { account_identifier: key.publicKey.toHex() }],
    ] as const) {
      const r = await net.call(method, params);
      expect(r.error, method).toBeUndefined();
      expect(validate(method, r.result), `${method} ${JSON.stringify(params)}`).toEqual([]);
    }
    const spec = await net.call('speculative_exec', { deploy: deployToJson(wasmDeploy({ payment: 2_600_000_000n })) });
    expect(spec.error).toBeUndefined();
    expect(validateSpeculative('speculative_exec', spec.result)).toEqual([]);
  });

  it('blocks list their deploys by lane: a native transfer in the mint lane (0)', async () => {
    const d = transferDeploy(2_500_000_000n);
    await net.call('account_put_deploy', { deploy: deployToJson(d) });
    const block = net.devnet.chain.produceBlock(START + 3000);
    const r = await net.call('chain_get_block', { block_identifier: { Height: block.height } });
    expect(r.result.block_with_signatures.block.Version2.body.transactions).toEqual({ 0: [{ Deploy: toHex(d.hash) }] });
  });

  it('info_get_status carries the 2.x fields; info_get_chainspec serves a chainspec pre-flight can read', async () => {
    const s = await net.call('info_get_status');
    expect(s.result.api_version).toBe('2.0.0');
    expect(s.result.protocol_version).toBe('2.0.0');
    expect(s.result.latest_switch_block_hash).toBe(net.devnet.chain.blocks[0]!.hash);
    const c = await net.call('info_get_chainspec');
    const text = Buffer.from(fromHex(c.result.chainspec_bytes.chainspec_bytes)).toString('utf8');
    expect(text).toContain("pricing_handling = { type = 'payment_limited' }");
  });
});

describeVectors('--chainspec with another 2.0 chainspec (the local one: wasm lane 3 is 262,144 bytes)', () => {
  it('refuses a 300,000-byte module that the production lanes take', async () => {
    const { loadChainspec } = await import('../../src/chainspec/chainspec.js');
    const { readVectorText } = await import('../helpers/vectors.js');
    const local = loadChainspec(
      readVectorText(
        'casper-2.0',
        'casper-node-EdHastingsCasperAssociation',
        'resources',
        'local',
        'chainspec.toml.in',
      ),
      'casper-devnet',
    );
    const big = new Uint8Array(300_000);
    big.set(CALL_WASM);
    const d = signDeploy(
      buildDeploy({
        account: key.publicKey,
        chainName: 'casper-devnet',
        payment: standardPayment(2_500_000_000n),
        timestamp: START,
        session: { kind: 'ModuleBytes', moduleBytes: big, args: [] },
      }),
      key,
    );
    const genesis = [{ publicKey: key.publicKey.toHex(), balance: 10n ** 15n }];
    const onLocal = await startTestNet(genesis, { generation: '2', chainspec: local, now: START });
    const onProduction = await startTestNet(genesis, { generation: '2', now: START });
    try {
      expect((await onLocal.call('account_put_deploy', { deploy: deployToJson(d) })).error).toEqual({
        code: -32008,
        message: 'Invalid Deploy',
        data: "the deploy was invalid: couldn't associate a transaction lane with the transaction",
      });
      expect((await onProduction.call('account_put_deploy', { deploy: deployToJson(d) })).error).toBeUndefined();
    } finally {
      await onLocal.devnet.stop();
      await onProduction.devnet.stop();
    }
  });
});
