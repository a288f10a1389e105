// put-deploy as a process against a capture server: deploys built from flags must be the vector
// deploys byte for byte, and the output must be casper-client's.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deployFromJson, deployHash, bodyHash } from '../../src/deploy/index.js';
import { toHex } from '../../src/core/index.js';
import { verifyDeploy } from '../../src/deploy/index.js';
import { startCaptureServer, type CaptureServer } from '../helpers/capture-server.js';
import { findDeploys } from '../helpers/find-deploys.js';
import { runCli } from '../helpers/run-cli.js';
import { describeVectors, readVectorJson, vectorPath } from '../helpers/vectors.js';

let node: CaptureServer;
beforeAll(async () => {
  node = await startCaptureServer();
});
afterAll(() => node.close());

const PKG = '09dcee4b212cfd53642ab323fbef07dafafc6f945a80a00147f62910a915c4e6';

describeVectors('put-deploy reproduces vector deploys from flags', () => {
  it('casper-client-rs SAMPLE_DEPLOY: hash, approval and whole stdout', async () => {
    const r = await runCli([
      // A 2022 deploy has long expired: the pre-flight check would (rightly) stop it.
      'put-deploy',
      '--no-preflight',
      '-n',
      node.url,
      '--id',
      '7',
      '--secret-key',
      vectorPath('casper-client-rs', 'resources', 'test.pem'),
      '--ttl',
      '10s',
      '--chain-name',
      'casper-test-chain-name-1',
      '--timestamp',
      '2022-12-11T18:37:06.901Z',
      '--session-package-hash',
      PKG,
      '--session-version',
      '2',
      '--session-entry-point',
      'entrypoint',
      '-a',
      "name_01:bool='false'",
      '-a',
      "name_02:i32='42'",
      '--payment-package-hash',
      PKG,
      '--payment-version',
      '2',
      '--payment-entry-point',
      'entrypoint',
      '--payment-arg',
      "name_01:bool='false'",
      '--payment-arg',
      "name_02:i32='42'",
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '{\n  "jsonrpc": "2.0",\n  "id": 7,\n  "result": {\n    "api_version": "1.5.8",\n' +
        '    "deploy_hash": "1053f767f1734e3b5b31253ea680778ac53f134f7c24518bf2c4cbb204852617"\n  }\n}\n',
    );
    const sent = node.requests.at(-1)!;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/rpc');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(Object.keys(sent.json)).toEqual(['jsonrpc', 'method', 'params', 'id']);
    const deploy = sent.json.params.deploy;
    expect(deploy.header.body_hash).toBe('0a80edb81389ead7fb3d6a783355d821313c8baa68718fa7478aa0ca6a6b3b59');
    expect(deploy.approvals).toEqual([
      {
        signer: '01f60bce2bb1059c41910eac1e7ee6c3ef4c8fcc63a901eb9603c1524cadfb0c18',
        signature:
          '01d701c27d7dc36b48fa457e4c7cc9999b444d7efb4a118c805b82d1f1af337437d00f9a9562694a7dd707abc01fa0158428a365a970853327d70d6d8f15aeea00',
      },
    ]);
    const check = verifyDeploy(deployFromJson(deploy));
    expect(check).toEqual({
      bodyHashOk: true,
      hashOk: true,
      approvals: [{ signer: deploy.approvals[0].signer, error: null }],
    });
  });

  it('the node doc example (Transfer session, stored payment, a dependency): the whole deploy JSON', async () => {
    const expected = findDeploys(
      readVectorJson('extracted', 'casper-node', 'account_put_deploy_example_1.5.8.json'),
    )[0]!;
    const r = await runCli([
      'put-deploy',
      '--no-preflight',
      '--node-address',
      node.url,
      '-k',
      vectorPath('derived', 'node-doc-example-secret_key.pem'),
      '--chain-name',
      'casper-example',
      '--timestamp',
      '2020-11-17T00:39:24.072Z',
      '--ttl',
      '1h',
      '--dependency',
      '01'.repeat(32),
      '--is-session-transfer',
      '--session-arg',
      "amount:i32='1000'",
      '--payment-name',
      'casper-example',
      '--payment-entry-point',
      'example-entry-point',
      '--payment-arg',
      "amount:i32='1000'",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"deploy_hash": "5c9b3b099c1378aa8e4a5f07f59ff1fcdc69a83179427c7e67ae0377d94d93fa"');
    const sentText = node.requests.at(-1)!.body;
    // Byte-for-byte the same JSON text the node documents (keys in the node's order).
    expect(sentText).toContain(JSON.stringify(expected));
    // And recomputed independently of the JSON text.
    const d = deployFromJson(node.requests.at(-1)!.json);
    expect(toHex(deployHash(d.header))).toBe(expected.hash);
    expect(toHex(bodyHash(d.payment, d.session))).toBe((expected.header as { body_hash: string }).body_hash);
  });
});
