import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonExact, stringifyJson } from './json-text.js';

describe('parseJsonExact', () => {
  it.each([
    ['18446744073709551615', 18446744073709551615n],
    ['-9223372036854775808', -9223372036854775808n],
    ['9007199254740991', 9007199254740991],
    ['1.5', 1.5],
    ['1e3', 1000],
    ['[1, {"a": "x\\u00e9"}, null, true, false]', [1, { a: 'xé' }, null, true, false]],
    ['  {}  ', {}],
  ])('%s', (text, want) => expect(parseJsonExact(text)).toEqual(want));

  it.each([
    ['', /expected value at line 1 column 1/],
    ['[1,]', /expected value/],
    ['{"a" 1}', /expected ':'/],
    ['[1] x', /trailing characters/],
    ['"abc', /unterminated string/],
    ['01', /trailing characters/],
    ['['.repeat(600), /nested too deeply/],
  ])('rejects %j', (text, msg) => {
    expect(() => parseJsonExact(text)).toThrow(JsonSyntaxError);
    expect(() => parseJsonExact(text)).toThrow(msg);
  });
});

describe('parseJsonExact with a float hook: the tokens serde_json reads as f64 (de.rs parse_number)', () => {
  const seen = (text: string) => {
    const tokens: string[] = [];
    parseJsonExact(text, { float: (t) => (tokens.push(t), null) });
    return tokens;
  };
  it.each([
    ['[1.0, 1e2, 2E-1, -0, -0.0]', ['1.0', '1e2', '2E-1', '-0', '-0.0']],
    ['[0, -1, 18446744073709551615, -9223372036854775808]', []],
    ['[18446744073709551616, -9223372036854775809]', ['18446744073709551616', '-9223372036854775809']],
  ])('%s', (text, want) => expect(seen(text)).toEqual(want));
});

describe('objects from input have no prototype (issue 18)', () => {
  it.each([
    ['{"__proto__": {"polluted": 1}}', '__proto__'],
    ['{"constructor": 1, "toString": 2}', 'constructor'],
    ['[{"__proto__": null}]', '__proto__'],
  ])('%s: every key is an own key, kept and printed back', (text, key) => {
    const v = parseJsonExact(text);
    const obj = (Array.isArray(v) ? v[0] : v) as Record<string, unknown>;
    expect(Object.keys(obj)).toContain(key);
    expect(Object.getPrototypeOf(obj)).toBeNull();
    expect(stringifyJson(v)).toBe(JSON.stringify(JSON.parse(text))); // JSON.parse keeps it as an own key too
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a node reply keyed __proto__ keeps that key (it is not a result or error in disguise)', () => {
    const reply = parseJsonExact('{"jsonrpc":"2.0","id":1,"__proto__":{"result":{"deploy_hash":"ab"}}}') as Record<
      string,
      unknown
    >;
    expect('result' in reply).toBe(false);
    expect(Object.keys(reply)).toEqual(['jsonrpc', 'id', '__proto__']);
  });
});

describe('stringifyJson', () => {
  const v = { a: 1, b: [true, null, 'x"y'], c: {}, d: [], e: 18446744073709551615n, f: undefined };
  it('compact, as serde_json::to_string', () =>
    expect(stringifyJson(v)).toBe('{"a":1,"b":[true,null,"x\\"y"],"c":{},"d":[],"e":18446744073709551615}'));
  it('pretty, as serde_json::to_string_pretty', () =>
    expect(stringifyJson(v, true)).toBe(
      '{\n  "a": 1,\n  "b": [\n    true,\n    null,\n    "x\\"y"\n  ],\n  "c": {},\n  "d": [],\n  "e": 18446744073709551615\n}',
    ));
  it('matches JSON.stringify on plain data', () => {
    const plain = { k: ['é', 1.25, { z: [] }], n: -0.5 };
    expect(stringifyJson(plain, true)).toBe(JSON.stringify(plain, null, 2));
  });
});
