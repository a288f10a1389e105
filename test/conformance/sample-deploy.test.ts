// casper-client-rs's own SAMPLE_DEPLOY (reference put-deploy.md §6, vectors A and B), rebuilt from
// the values the reference states. Arg bytes are written out from the reference encodings
// (Bool false = 00, I32 42 = 2a000000), not produced by our encoder.
import { describe, expect, it } from 'vitest';
import { buildDeploy, type ExecutableDeployItem } from '../../src/deploy/index.js';
import { CLValue, fromHex, parseTimestamp, PublicKey, toHex } from '../../src/core/index.js';

const PACKAGE = fromHex('09dcee4b212cfd53642ab323fbef07dafafc6f945a80a00147f62910a915c4e6');
const ACCOUNT = PublicKey.fromHex('01f60bce2bb1059c41910eac1e7ee6c3ef4c8fcc63a901eb9603c1524cadfb0c18');
const ARGS = [
  ['name_01', new CLValue('Bool', fromHex('00'))],
  ['name_02', new CLValue('I32', fromHex('2a000000'))],
] as const;

function item(version: number | null): ExecutableDeployItem {
  return { kind: 'StoredVersionedContractByHash', hash: PACKAGE, version, entryPoint: 'entrypoint', args: ARGS };
}

describe('casper-client-rs SAMPLE_DEPLOY', () => {
  const table = [
    {
      name: 'v2.0.0 (version None, two dependencies)',
      version: null,
      timestamp: '2021-01-19T01:18:19.120Z',
      dependencies: [
        'be5fdeea0240e999e376f8ecbce1bd4fd9336f58dae4a5842558a4da6ad35aa8',
        '168d7ea9c88e76b3eef72759f2a7af24663cc871a469c7ba1387ca479e82fb41',
      ],
      body: '95f2f2358c4864f01f8b073ae6f5ae67baeaf7747fc0799d0078743c513bc1de',
      hash: '4858bbd79ab7b825244c4e6959cbcd588a05608168ef36518bc6590937191d55',
    },
    {
      name: 'dev (version 2, no dependencies)',
      version: 2,
      timestamp: '2022-12-11T18:37:06.901Z',
      dependencies: [],
      body: '0a80edb81389ead7fb3d6a783355d821313c8baa68718fa7478aa0ca6a6b3b59',
      hash: '1053f767f1734e3b5b31253ea680778ac53f134f7c24518bf2c4cbb204852617',
    },
  ];
  for (const t of table) {
    it(t.name, () => {
      const d = buildDeploy({
        account: ACCOUNT,
        chainName: 'casper-test-chain-name-1',
        payment: item(t.version),
        session: item(t.version),
        timestamp: parseTimestamp(t.timestamp),
        ttl: 10_000,
        dependencies: t.dependencies.map(fromHex),
      });
      expect(toHex(d.header.bodyHash)).toBe(t.body);
      expect(toHex(d.hash)).toBe(t.hash);
    });
  }
});
