import { describe, expect, it } from 'vitest';
import { describeVectors, readVectorText } from '../../test/helpers/vectors.js';
import { defaultChainspec, loadChainspec } from './chainspec.js';

describeVectors('chainspec.toml', () => {
  it('1.5.8 production: the defaults are exactly its limits', () => {
    const c = loadChainspec(readVectorText('casper-node', 'resources', 'production', 'chainspec.toml'));
    expect(c).toEqual({ ...defaultChainspec(), chainName: 'casper' });
  });
});

describe('chainspec overrides', () => {
  it('reads the limits it knows and keeps defaults for the rest', () => {
    const c = loadChainspec("[network]\nname = 'my-net'\n[deploys]\nmax_ttl = '18 hours'\nmax_deploy_size = 2_000\n", undefined);
    expect(c.chainName).toBe('my-net');
    expect(c.maxTtlMs).toBe(18 * 3600_000);
    expect(c.maxDeploySize).toBe(2000);
    expect(c.maxDependencies).toBe(10);
    expect(loadChainspec('', 'forced').chainName).toBe('forced');
  });
});
