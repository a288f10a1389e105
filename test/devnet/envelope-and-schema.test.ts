// The HTTP and JSON-RPC envelope rules of casper-json-rpc, and every devnet response checked
// against casper-node 1.5.8's own OpenRPC schema (read from the vectors, never copied).
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeploy, deployToJson, standardPayment } from '../../src/deploy/index.js';
import { toHex, CLValue, encode } from '../../src/core/index.js';
import { generateSecretKey, type SecretKey } from '../../src/signer/index.js';
import { signDeploy } from '../../src/deploy/index.js';
import { describeVectors, readVectorJson } from '../helpers/vectors.js';
import { startTestNet, type TestNet } from './helpers.js';

let net: TestNet;
let key: SecretKey;
beforeAll(async () => {
  key = await generateSecretKey('ed25519');
  net = await startTestNet([{ publicKey: key.publicKey.toHex(), balance: 10n ** 15n }]);
});
afterAll(() => net.devnet.stop());

describe('HTTP rules', () => {
  it.each([
    ['wrong path', '/nope', 'POST', { 'content-type': 'application/json' }, 404, 'Path not found'],
    ['GET', '/rpc', 'GET', {}, 405, 'HTTP method not allowed'],
    ['no content type', '/rpc', 'POST', {}, 400, "The request's content-type is not set"],
    [
      'text/plain',
      '/rpc',
      'POST',
      { 'content-type': 'text/plain' },
      415,
      "The request's content-type is not supported",
    ],
    [
      'charset parameter',
      '/rpc',
      'POST',
      { 'content-type': 'application/json; charset=utf-8' },
      415,
      "The request's content-type is not supported",
    ],
  ] as const)('%s', async (_, path, method, headers, status, message) => {
    const r = await net.raw('{"jsonrpc":"2.0","id":1,"method":"info_get_status"}', { ...headers }, method, path);
    expect(r.status).toBe(status);
    expect(JSON.parse(r.text)).toEqual({ message });
  });

  it('body over max_body_bytes', async () => {
    const r = await net.raw(`{"x":"${'a'.repeat(2_621_440)}"}`);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text)).toEqual({ message: 'The request payload exceeds the maximum allowed of 2621440 bytes' });
  });

  it('a request without an id', async () => {
    const r = await net.raw('{"jsonrpc":"2.0","method":"info_get_status"}');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text)).toEqual({ message: "The request is missing the 'id' field" });
  });
});

describe('JSON-RPC envelope errors', () => {
  it.each([
    [
      'not JSON',
      'a',
      {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32700, message: 'Parse error', data: 'expected value at line 1 column 1' },
      },
    ],
    [
      'an array',
      '[]',
      { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error', data: 'expected a JSON object' } },
    ],
    [
      'no jsonrpc',
      '{"id":1,"method":"x"}',
      { jsonrpc: '2.0', id: 1, error: { code: -32600, message: 'Invalid Request', data: "Missing 'jsonrpc' field" } },
    ],
    [
      'jsonrpc 1.0',
      '{"jsonrpc":"1.0","id":1,"method":"x"}',
      {
        jsonrpc: '2.0',
        id: 1,
        error: { code: -32600, message: 'Invalid Request', data: "Expected 'jsonrpc' to be '2.0', but got '1.0'" },
      },
    ],
    [
      'jsonrpc a number',
      '{"jsonrpc":2,"id":1,"method":"x"}',
      {
        jsonrpc: '2.0',
        id: 1,
        error: {
          code: -32600,
          message: 'Invalid Request',
          data: "Expected 'jsonrpc' to be a String with value '2.0', but got a Number '2'",
        },
      },
    ],
    [
      'no method',
      '{"jsonrpc":"2.0","id":1}',
      { jsonrpc: '2.0', id: 1, error: { code: -32600, message: 'Invalid Request', data: "Missing 'method' field" } },
    ],
    [
      'method not a string',
      '{"jsonrpc":"2.0","id":1,"method":5}',
      {
        jsonrpc: '2.0',
        id: 1,
        error: { code: -32600, message: 'Invalid Request', data: "Expected 'method' to be a String" },
      },
    ],
    [
      'params a bool',
      '{"jsonrpc":"2.0","id":1,"method":"x","params":true}',
      {
        jsonrpc: '2.0',
        id: 1,
        error: {
          code: -32600,
          message: 'Invalid Request',
          data: "If present, 'params' must be an Array or Object, but was 'true'",
        },
      },
    ],
    [
      'params a string',
      '{"jsonrpc":"2.0","id":1,"method":"x","params":"p"}',
      {
        jsonrpc: '2.0',
        id: 1,
        error: {
          code: -32600,
          message: 'Invalid Request',
          data: "If present, 'params' must be an Array or Object, but was a String",
        },
      },
    ],
    [
      'fractional id',
      '{"jsonrpc":"2.0","id":1.5,"method":"x"}',
      {
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32600,
          message: 'Invalid Request',
          data: "'id' must not contain fractional parts if it is a number",
        },
      },
    ],
    [
      'object id',
      '{"jsonrpc":"2.0","id":{},"method":"x"}',
      {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32600, message: 'Invalid Request', data: "'id' should be a string or integer" },
      },
    ],
    [
      'unknown method',
      '{"jsonrpc":"2.0","id":"a","method":"nope"}',
      {
        jsonrpc: '2.0',
        id: 'a',
        error: {
          code: -32601,
          message: 'Method not found',
          data: "'nope' is not a supported json-rpc method on this server",
        },
      },
    ],
    [
      'missing params',
      '{"jsonrpc":"2.0","id":1,"method":"account_put_deploy"}',
      { jsonrpc: '2.0', id: 1, error: { code: -32602, message: 'Invalid params', data: "Missing 'params' field" } },
    ],
    [
      'params to a no-param method',
      '{"jsonrpc":"2.0","id":1,"method":"info_get_status","params":[1]}',
      {
        jsonrpc: '2.0',
        id: 1,
        error: {
          code: -32602,
          message: 'Invalid params',
          data: "'params' field should be an empty Array '[]', an empty Object '{}' or absent",
        },
      },
    ],
  ])('%s', async (_, body, expected) => {
    const r = await net.raw(body);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual(expected);
  });

  it('a deploy that is not a deploy is invalid params', async () => {
    const r = await net.call('account_put_deploy', { deploy: { hash: 'zz' } });
    expect(r.error.code).toBe(-32602);
    expect(r.error.message).toBe('Invalid params');
    expect(r.error.data).toMatch(/^Failed to parse 'params' field: /);
  });
});

describeVectors('responses validate against the 1.5.8 OpenRPC schema', () => {
  const schema = readVectorJson<{ methods: { name: string; result: { schema: object } }[]; components: object }>(
    'casper-node',
    'resources',
    'test',
    'rpc_schema_hashing.json',
  );
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  // The 1.5.8 schema calls Timestamp and TimeDiff integers, while the node (and the schema's own
  // examples) print them as strings ("2020-11-17T00:39:24.072Z", "1h"): fix that one quirk.
  const components = structuredClone(schema.components) as { schemas: Record<string, object> };
  components.schemas.Timestamp = { type: 'string' };
  components.schemas.TimeDiff = { type: 'string' };
  // Likewise ChainspecRawBytes types its two Option fields as plain strings, while the schema's
  // own info_get_chainspec example (and the node) print null for files that are absent.
  const raw = components.schemas.ChainspecRawBytes as { properties: Record<string, object> };
  for (const k of ['maybe_genesis_accounts_bytes', 'maybe_global_state_bytes'])
    raw.properties[k] = { type: ['string', 'null'] };
  const validate = (method: string, result: unknown) => {
    const m = schema.methods.find((x) => x.name === method)!;
    const v = ajv.compile({ ...m.result.schema, components });
    const ok = v(result);
    return ok ? [] : v.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };

  it('a schema check that can fail does fail on a broken result', () => {
    expect(validate('account_put_deploy', { api_version: '1.5.8' }).length).toBeGreaterThan(0);
  });

  it('account_put_deploy, info_get_deploy (pending and executed), state root, status, balance, account, speculative', async () => {
    // Stamped with the test net's own (frozen) clock: compiling the schemas above can take seconds.
    const d = signDeploy(
      buildDeploy({
        account: key.publicKey,
        chainName: 'casper-devnet',
        payment: standardPayment(2_500_000_000n),
        timestamp: net.clock.now,
        session: {
          kind: 'Transfer',
          args: [
            ['amount', new CLValue('U512', encode.u512(3_000_000_000n))],
            ['target', new CLValue('PublicKey', key.publicKey.bytes)],
            ['id', new CLValue({ Option: 'U64' }, Uint8Array.of(0))],
          ],
        },
      }),
      key,
    );
    const put = await net.call('account_put_deploy', { deploy: deployToJson(d) });
    expect(validate('account_put_deploy', put.result)).toEqual([]);
    const pending = await net.call('info_get_deploy', { deploy_hash: toHex(d.hash) });
    expect(pending.result.execution_results).toEqual([]);
    expect(validate('info_get_deploy', pending.result)).toEqual([]);
    net.devnet.chain.produceBlock(Date.now());
    const done = await net.call('info_get_deploy', [toHex(d.hash)]);
    expect(done.result.execution_results.length).toBe(1);
    expect(validate('info_get_deploy', done.result)).toEqual([]);
    for (const [method, params] of [
      ['chain_get_state_root_hash', undefined],
      ['chain_get_state_root_hash', { block_identifier: { Height: 0 } }],
      ['info_get_status', undefined],
      ['query_balance', { purse_identifier: { main_purse_under_public_key: key.publicKey.toHex() } }],
      ['state_get_account_info', { account_identifier: key.publicKey.toHex() }],
      ['chain_get_block', undefined],
      ['chain_get_block', { block_identifier: { Height: 1 } }],
      ['info_get_chainspec', undefined],
    ] as const) {
      const r = await net.call(method, params);
      expect(r.error).toBeUndefined();
      expect(validate(method, r.result), method).toEqual([]);
    }
    const spec = await net.call('speculative_exec', { deploy: deployToJson(d) });
    expect(spec.result.execution_result.Success).toBeDefined();
  });

  it('rpc.discover serves an OpenRPC document of the node shape, pointing at the devnet', async () => {
    const r = await net.call('rpc.discover');
    expect(Object.keys(r.result)).toEqual(['openrpc', 'info', 'servers', 'methods', 'components']);
    expect(r.result.servers[0].url).toBe(`${net.url}/rpc`);
    expect(r.result.methods.map((m: { name: string }) => m.name)).toContain('account_put_deploy');
  });
});
