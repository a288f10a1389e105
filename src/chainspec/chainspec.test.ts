import { describe, expect, it } from 'vitest';
import { describeVectors, readVectorText } from '../../test/helpers/vectors.js';
import { chainspec15, chainspec20, chainspecToml, loadChainspec } from './chainspec.js';
import { parseToml } from './toml.js';

describeVectors('chainspec.toml files of both generations', () => {
  it('1.5.8 production: a 1.5 chainspec whose limits are exactly the built-in 1.5 ones', () => {
    const c = loadChainspec(
      readVectorText('casper-node', 'resources', 'production', 'chainspec.toml'),
      undefined,
      'file',
    );
    expect(c).toEqual({ ...chainspec15('casper'), source: 'file' });
  });

  it('2.0.0 production: a 2.x chainspec whose figures are exactly the built-in mainnet profile', () => {
    const c = loadChainspec(
      readVectorText(
        'casper-2.0',
        'casper-node-EdHastingsCasperAssociation',
        'resources',
        'production',
        'chainspec.toml',
      ),
      undefined,
      'file',
    );
    expect(c).toEqual({ ...chainspec20('casper'), source: 'file' });
  });

  it('2.0.0 local: its own wasm lane 3 and max gas price (casper-2.0/README.md §5)', () => {
    const c = loadChainspec(
      readVectorText(
        'casper-2.0',
        'casper-node-EdHastingsCasperAssociation',
        'resources',
        'local',
        'chainspec.toml.in',
      ),
    );
    expect(c.generation).toBe('2');
    expect(c.chainName).toBe('casper-example');
    expect(c.v2!.wasmLanes[0]).toEqual({
      id: 3,
      maxBytes: 262_144,
      maxArgsBytes: 1024,
      maxGas: 1_000_000_000_000n,
      maxCount: 1,
    });
    expect(c.v2!.maxGasPrice).toBe(3);
  });

  it('the pre-release feat-2.0 chainspec is read as what it says: fixed pricing', () => {
    const c = loadChainspec(readVectorText('casper-node-feat-2.0', 'resources', 'production', 'chainspec.toml'));
    expect(c.generation).toBe('2');
    expect(c.v2!.pricingHandling).toBe('fixed');
  });
});

describe('chainspec text', () => {
  it.each([
    ['1.5', chainspec15('n')],
    ['2', chainspec20('n')],
  ] as const)('%s: what info_get_chainspec serves reads back the same', (_, c) => {
    expect(loadChainspec(chainspecToml(c), undefined, c.source)).toEqual(c);
  });

  it('1.5 overrides: reads the limits it knows and keeps defaults for the rest', () => {
    const c = loadChainspec(
      "[network]\nname = 'my-net'\n[deploys]\nmax_ttl = '18 hours'\nmax_deploy_size = 2_000\n",
      undefined,
    );
    expect(c.chainName).toBe('my-net');
    expect(c.maxTtlMs).toBe(18 * 3600_000);
    expect(c.maxDeploySize).toBe(2000);
    expect(c.maxDependencies).toBe(10);
    expect(loadChainspec('', 'forced').chainName).toBe('forced');
  });

  it('TOML: arrays over several lines, and __proto__ as an ordinary key', () => {
    const d = parseToml('a = [\n  [1, 2],\n  [3, 4]\n]\n[__proto__]\nx = 1\n') as Record<string, unknown>;
    expect(d.a).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(Object.keys(d)).toEqual(['a', '__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(() => parseToml('a = [1,\n')).toThrow(/line 1: an array or table is never closed/);
  });
});
