import { describe, expect, it } from 'vitest';
import { buildDeploy, DEFAULT_TTL_MS } from './deploy.js';
import { fromHex, toHex } from '../core/hex.js';
import { standardPayment } from './item.js';
import { DeployJsonError, deployFromJson, deployToJson } from './json.js';
import { PublicKey } from '../core/key.js';

const d = buildDeploy({
  account: PublicKey.fromHex('01f60bce2bb1059c41910eac1e7ee6c3ef4c8fcc63a901eb9603c1524cadfb0c18'),
  chainName: 'casper-test',
  payment: standardPayment(2_500_000_000n),
  session: { kind: 'StoredVersionedContractByName', name: 'counter', version: null, entryPoint: 'inc', args: [] },
  timestamp: Date.UTC(2024, 0, 2, 3, 4, 5, 6),
});
const json = deployToJson(d) as Record<string, unknown>;

describe('deploy JSON', () => {
  it('has the node key order, ttl text and timestamp form', () => {
    expect(Object.keys(json)).toEqual(['hash', 'header', 'payment', 'session', 'approvals']);
    expect(Object.keys(json.header as object)).toEqual([
      'account',
      'timestamp',
      'ttl',
      'gas_price',
      'body_hash',
      'dependencies',
      'chain_name',
    ]);
    expect((json.header as Record<string, unknown>).ttl).toBe('30m');
    expect((json.header as Record<string, unknown>).timestamp).toBe('2024-01-02T03:04:05.006Z');
    expect(json.session).toEqual({
      StoredVersionedContractByName: { name: 'counter', version: null, entry_point: 'inc', args: [] },
    });
    expect(d.header.ttl).toBe(DEFAULT_TTL_MS);
  });

  it.each([
    ['bare', json],
    ['{deploy}', { deploy: json }],
    ['RPC request', { jsonrpc: '2.0', id: 1, method: 'account_put_deploy', params: { deploy: json } }],
    ['RPC response', { jsonrpc: '2.0', id: 1, result: { api_version: '1.5.8', deploy: json } }],
    ['2.0 wrapper', { Deploy: json }],
  ])('reads a %s deploy back to the same hash', (_, wrapped) => {
    expect(toHex(deployFromJson(wrapped).hash)).toBe(toHex(d.hash));
  });

  it('accepts SDK-style prefixed contract hashes', () => {
    const h = 'aa'.repeat(32);
    const s = { ...json, session: { StoredContractByHash: { hash: `hash-${h}`, entry_point: 'x', args: [] } } };
    const back = deployFromJson(s);
    expect(back.session.kind === 'StoredContractByHash' && toHex(back.session.hash)).toBe(h);
  });

  it.each([
    ['no deploy', { foo: 1 }, /no deploy found/],
    [
      'bad ttl',
      { ...json, header: { ...(json.header as object), ttl: '30 parsecs' } },
      /deploy.header: .*unknown time unit/,
    ],
    [
      'short body hash',
      { ...json, header: { ...(json.header as object), body_hash: 'abcd' } },
      /body_hash: expected 32 bytes/,
    ],
    ['unknown item', { ...json, session: { Nope: { args: [] } } }, /unknown executable item kind "Nope"/],
    [
      'bad cl_type',
      { ...json, session: { Transfer: { args: [['a', { cl_type: 'U7', bytes: '' }]] } } },
      /args\[0\]\.cl_type: unknown CLType "U7"/,
    ],
    [
      'bad signer',
      { ...json, approvals: [{ signer: `03${'00'.repeat(32)}`, signature: `01${'00'.repeat(64)}` }] },
      /approvals\[0\]\.signer: unknown public key tag 3/,
    ],
  ])('explains %s', (_, input, msg) => {
    expect(() => deployFromJson(input)).toThrow(DeployJsonError);
    expect(() => deployFromJson(input)).toThrow(msg);
  });

  it('bytes survive the round trip', () => expect(fromHex(toHex(d.hash))).toEqual(d.hash));
});

describe('deploySize', () => {
  it('equals the length of the full bytes, for every item kind and with approvals', async () => {
    const { deploySize, deployToBytes } = await import('./deploy.js');
    const { CLValue } = await import('../core/clvalue.js');
    const args = [['a', new CLValue('String', Uint8Array.from([1, 0, 0, 0, 0x61]))] as const];
    const items = [
      { kind: 'ModuleBytes' as const, moduleBytes: new Uint8Array(1000), args },
      { kind: 'StoredContractByHash' as const, hash: new Uint8Array(32), entryPoint: 'ep', args },
      { kind: 'StoredVersionedContractByName' as const, name: 'n', version: 3, entryPoint: 'ep', args },
      { kind: 'Transfer' as const, args },
    ];
    for (const session of items) {
      const x = { ...d, session, approvals: [{ signer: d.header.account, signature: new Uint8Array(65) }] };
      expect(deploySize(x)).toBe(deployToBytes(x).length);
    }
  });
});
