// --wait against nodes of both generations, on a capture server fed with their reply shapes:
// 2.x replies carry `execution_info` (casper-2.0 vector get_raw_rpc_deploy_v2.json, an
// info_get_deploy reply of a real 2.0 node), 1.5 replies `execution_results` (node-rpc.md §4).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureServer, type CaptureServer, type Responder } from '../helpers/capture-server.js';
import { jsonDocuments, runCli, lastJson } from '../helpers/run-cli.js';
import { describeVectors, readVectorJson, repoRoot } from '../helpers/vectors.js';

const KEY = join(repoRoot, 'fixtures', 'keys', 'ed25519_secret_key.pem');
const WASM = join(repoRoot, 'fixtures', 'wasm', 'call.wasm');
type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let node: CaptureServer;
beforeAll(async () => {
  node = await startCaptureServer();
});
afterAll(() => node.close());

/** A node that accepts the deploy, then answers `pending` polls without execution, then `done`. */
function scripted(apiVersion: string, pending: number, pendingReply: Obj, done: Obj): Responder {
  let polls = 0;
  return (req, res) => {
    res.setHeader('content-type', 'application/json');
    const { id, method, params } = req.json;
    if (method === 'account_put_deploy') {
      res.end(
        JSON.stringify({ jsonrpc: '2.0', id, result: { api_version: apiVersion, deploy_hash: params.deploy.hash } }),
      );
      return;
    }
    polls++;
    res.end(
      JSON.stringify({
        jsonrpc: '2.0',
        id,
        result: { api_version: apiVersion, deploy: {}, ...(polls > pending ? done : pendingReply) },
      }),
    );
  };
}

const put = () =>
  runCli([
    'put-deploy',
    '-n',
    node.url,
    '--chain-name',
    'casper-test',
    '-k',
    KEY,
    '--payment-amount',
    '2500000000',
    '-s',
    WASM,
    '--wait',
    '--wait-timeout',
    '30s',
  ]);
const polls = (from: number) => node.requests.slice(from).filter((r) => r.json?.method === 'info_get_deploy').length;

describeVectors('--wait on a 2.x node (execution_info)', () => {
  const info = () =>
    structuredClone(
      readVectorJson<Obj>('casper-2.0', 'casper-go-sdk', 'tests', 'data', 'deploy', 'get_raw_rpc_deploy_v2.json').result
        .execution_info,
    );

  it('exits 0 right after the first poll that shows a successful Version2 result, and prints execution_info', async () => {
    const expected = info();
    node.respond = scripted('2.0.0', 2, { execution_info: null }, { execution_info: expected });
    const before = node.requests.length;
    const r = await put();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(polls(before)).toBe(3);
    const out = lastJson(r.stdout);
    expect(Object.keys(out.result)).toEqual(['api_version', 'deploy_hash', 'execution_info']);
    expect(out.result.execution_info).toEqual(expected);
    // The node's acceptance came first, as put-deploy without --wait prints it (issue 17: the hash
    // is on stdout before the wait), under the same id.
    const docs = jsonDocuments(r.stdout);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual({
      jsonrpc: '2.0',
      id: out.id,
      result: { api_version: '2.0.0', deploy_hash: out.result.deploy_hash },
    });
  });

  it('keeps polling while execution_info has no execution_result yet', async () => {
    const expected = info();
    const pendingInfo = {
      execution_info: { block_hash: expected.block_hash, block_height: expected.block_height, execution_result: null },
    };
    node.respond = scripted('2.0.0', 1, pendingInfo, { execution_info: expected });
    const before = node.requests.length;
    const r = await put();
    expect(r.code).toBe(0);
    expect(polls(before)).toBe(2);
  });

  it('exits 1 when the Version2 result has an error_message', async () => {
    const failed = info();
    failed.execution_result.Version2.error_message = 'Out of gas error';
    node.respond = scripted('2.0.0', 0, {}, { execution_info: failed });
    const r = await put();
    expect(r.code).toBe(1);
    expect(lastJson(r.stdout).result.execution_info.execution_result.Version2.error_message).toBe('Out of gas error');
  });

  it('reads a Version1 result inside execution_info (a deploy executed before the upgrade)', async () => {
    const v1 = {
      block_hash: 'ab'.repeat(32),
      block_height: 7,
      execution_result: {
        Version1: {
          Failure: { effect: { operations: [], transforms: [] }, transfers: [], cost: '1', error_message: 'x' },
        },
      },
    };
    node.respond = scripted('2.0.0', 0, {}, { execution_info: v1 });
    const r = await put();
    expect(r.code).toBe(1);
    expect(lastJson(r.stdout).result.execution_info).toEqual(v1);
  });
});

describe('--wait on a 1.5 node (execution_results)', () => {
  it.each([
    ['Success', 0],
    ['Failure', 1],
  ] as const)('%s → exit %d', async (kind, code) => {
    const results = [
      {
        block_hash: 'cd'.repeat(32),
        result: {
          [kind]: {
            effect: { operations: [], transforms: [] },
            transfers: [],
            cost: '100',
            ...(kind === 'Failure' ? { error_message: 'boom' } : {}),
          },
        },
      },
    ];
    node.respond = scripted('1.5.8', 1, { execution_results: [] }, { execution_results: results });
    const r = await put();
    expect(r.code).toBe(code);
    const out = lastJson(r.stdout);
    expect(Object.keys(out.result)).toEqual(['api_version', 'deploy_hash', 'execution_results']);
    expect(out.result.execution_results).toEqual(results);
  });
});

describe('2.x errors are relayed whole', () => {
  it.each([
    [-32008, 'Invalid Deploy', 'the deploy was invalid: The dependencies for this transaction are no longer supported'],
    [-32018, 'Node request failure', 'request for submitting a deploy has failed: gas price tolerance too low'],
  ])('%d %s', async (code, message, data) => {
    node.respond = (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ jsonrpc: '2.0', id: req.json.id, error: { code, message, data } }));
    };
    const r = await runCli([
      'put-deploy',
      '-n',
      node.url,
      '--chain-name',
      'casper-test',
      '-k',
      KEY,
      '--payment-amount',
      '2500000000',
      '-s',
      WASM,
      '--id',
      '3',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `response for rpc-id 3 account_put_deploy is json-rpc error: ${JSON.stringify({ code, message, data })}\n`,
    );
  });
});
