// The node address and the JSON-RPC id, as casper-client 2.0.0 reads them.
import { describe, expect, it } from 'vitest';
import { AddressError, redactUrl, redactUrlsIn } from './address.js';
import { rpcUrl } from './client.js';
import { rpcId } from './id.js';

// casper-client-rs v2.0.0 lib/json_rpc/call.rs:9 RPC_API_PATH = "rpc"; :27 trim_end_matches('/');
// :37-41 the path is appended unless the address already ends with "rpc".
describe('rpcUrl', () => {
  it.each([
    ['http://localhost:7777', 'http://localhost:7777/rpc'],
    ['http://localhost:7777/', 'http://localhost:7777/rpc'],
    ['http://localhost:7777///', 'http://localhost:7777/rpc'],
    ['http://localhost:7777/rpc', 'http://localhost:7777/rpc'],
    ['http://localhost:7777/rpc/', 'http://localhost:7777/rpc'],
    // ends_with("rpc"), not ends_with("/rpc"): any path ending in those letters is kept as it is.
    ['http://node.example/casper-rpc', 'http://node.example/casper-rpc'],
    ['https://node.example/a/b', 'https://node.example/a/b/rpc'],
  ])('%s → %s', (address, url) => expect(rpcUrl(address)).toBe(url));

  it.each([['localhost:7777'], ['ftp://x'], ['http://'], ['//localhost:7777']])('refuses %s', (address) => {
    expect(() => rpcUrl(address)).toThrow(AddressError);
  });
});

describe('credentials never reach a message', () => {
  it.each([
    ['http://alice:hunter2@127.0.0.1:9', 'http://127.0.0.1:9'],
    ['alice:hunter2@localhost:7777', 'localhost:7777'],
    ['//alice:hunter2@localhost:7777', '//localhost:7777'],
    ['http://alice:hun@ter2@127.0.0.1:9/rpc', 'http://127.0.0.1:9/rpc'],
    ['http://127.0.0.1:9/rpc', 'http://127.0.0.1:9/rpc'],
  ])('redactUrl(%s)', (url, shown) => expect(redactUrl(url)).toBe(shown));

  it('redactUrlsIn removes them from every URL in a text', () => {
    expect(redactUrlsIn("a http://alice:pw@x:1/rpc and 'https://bob:pw@y' end")).toBe(
      "a http://x:1/rpc and 'https://y' end",
    );
  });

  it.each([['localhost:7777'], ['ftp://x'], ['http://alice:hunter2@[zz'], ['alice:hunter2@localhost:7777']])(
    'an AddressError for %s does not hold them',
    (address) => {
      try {
        rpcUrl(address);
      } catch (e) {
        expect((e as Error).message).not.toContain('hunter2');
        return;
      }
      throw new Error('accepted');
    },
  );
});

// casper-client-rs v2.0.0 lib/cli/parse.rs:21-29: empty → a random i64; parses as i64 → that
// number; anything else → the text as a string id.
describe('rpcId', () => {
  it.each([
    ['7', 7],
    ['007', 7],
    ['-5', -5],
    ['+5', 5], // Rust's i64::from_str accepts a leading '+'
    ['9223372036854775807', 9223372036854775807n],
    ['-9223372036854775808', -9223372036854775808n],
    ['9223372036854775808', '9223372036854775808'], // past i64: a string id
    ['abc', 'abc'],
    ['1.5', '1.5'],
  ] as const)('%s → %s', (text, id) => expect(rpcId(text)).toBe(id));

  it('is a random i64 when not given', () => {
    const ids = new Set([rpcId(undefined), rpcId(''), rpcId(undefined)].map(String));
    expect(ids.size).toBe(3);
    for (const id of ids) expect(BigInt(id) >= -(1n << 63n) && BigInt(id) < 1n << 63n).toBe(true);
  });
});
