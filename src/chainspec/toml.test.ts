import { describe, expect, it } from 'vitest';
import { parseToml } from './toml.js';

describe('TOML tables have no prototype (issue 18)', () => {
  it.each([
    ['[__proto__]\npolluted = 1\n', ['__proto__', 'polluted']],
    ['[[__proto__]]\npolluted = 1\n', ['__proto__', 0, 'polluted']],
    ['[a]\n__proto__ = 1\n', ['a', '__proto__']],
  ] as const)('%j is an ordinary key, and nothing else changes', (text, path) => {
    const doc = parseToml(text) as Record<string | number, unknown>;
    let at: unknown = doc;
    for (const k of path) {
      expect(Object.hasOwn(at as object, k)).toBe(true);
      at = (at as Record<string | number, unknown>)[k];
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
