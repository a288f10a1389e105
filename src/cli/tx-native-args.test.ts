// Native args and Rust's integer parsing. Expected bytes: the casper-types documentation example
// (extracted/casper-node/account_put_transaction_example_2.0.0.json: source, target, amount, id) and
// arg_handling.rs (casper-client-rs C-dev) for names and order; ParseIntError sentences: Rust core
// (library/core/src/num/error.rs: "cannot parse integer from empty string", "invalid digit found in
// string", "number too large to fit in target type").
import { describe, expect, it } from 'vitest';
import { parseURef, PublicKey, toHex } from '../core/index.js';
import { addBidArgs, cancelReservationsArgs, transferArgs, transferTarget } from './tx-native-args.js';
import { rustUint } from './tx-from-flags.js';

const A = PublicKey.fromHex('0184f6d260f4ee6869ddb36affe15456de6ae045278fa2f467bb677561ce0dad55');

describe('transferArgs', () => {
  it('the documentation example: source, target, amount, id as Option<U64>', () => {
    const args = transferArgs(
      30_000_000_000n,
      parseURef(`uref-${'0a'.repeat(32)}-007`),
      transferTarget(`uref-${'1b'.repeat(32)}-000`),
      999n,
    );
    expect(args.map(([n, v]) => [n, v.clType, toHex(v.bytes)])).toEqual([
      ['source', 'URef', `${'0a'.repeat(32)}07`],
      ['target', 'URef', `${'1b'.repeat(32)}00`],
      ['amount', 'U512', '0500ac23fc06'],
      ['id', { Option: 'U64' }, '01e703000000000000'],
    ]);
  });
  it('no source and no id: target and amount only', () => {
    expect(transferArgs(1n, undefined, transferTarget(A.toHex()), undefined).map(([n]) => n)).toEqual([
      'target',
      'amount',
    ]);
  });
  it.each([['account-hash-zz'], ['hello'], [`uref-${'00'.repeat(32)}-9`]])('refuses target %s', (t) => {
    expect(() => transferTarget(t)).toThrow(/--target/);
  });
});

describe('auction args', () => {
  it('add-bid: optional args only when given, u64/u64/u32', () => {
    expect(addBidArgs(A, 5, 10n).map(([n]) => n)).toEqual(['public_key', 'delegation_rate', 'amount']);
    const all = addBidArgs(A, 5, 10n, 1n, 2n, 3);
    expect(all.slice(3).map(([n, v]) => [n, v.clType, toHex(v.bytes)])).toEqual([
      ['minimum_delegation_amount', 'U64', '0100000000000000'],
      ['maximum_delegation_amount', 'U64', '0200000000000000'],
      ['reserved_slots', 'U32', '03000000'],
    ]);
  });
  it('cancel-reservations: List(Any) of DelegatorKind (tag 0 key, tag 1 purse)', () => {
    const [, [name, v]] = cancelReservationsArgs(
      A,
      JSON.stringify([{ PublicKey: A.toHex() }, { Purse: 'ab'.repeat(32) }]),
    ) as [unknown, [string, { clType: unknown; bytes: Uint8Array }]];
    expect(name).toBe('delegators');
    expect(v.clType).toEqual({ List: 'Any' });
    expect(toHex(v.bytes)).toBe(`0200000000${A.toHex()}01${'ab'.repeat(32)}`);
  });
  it.each([[''], ['{}'], ['[{"Nope": 1}]']])('refuses delegators %j', (text) => {
    expect(() => cancelReservationsArgs(A, text)).toThrow();
  });
});

describe('rustUint', () => {
  it.each([
    ['5', 8, 5n],
    ['+5', 8, 5n],
    ['255', 8, 255n],
    ['18446744073709551615', 64, 18446744073709551615n],
  ] as const)('%s as u%i', (text, bits, want) => expect(rustUint(text, bits, 'x')).toBe(want));
  it.each([
    ['', 8, 'cannot parse integer from empty string'],
    ['-1', 8, 'invalid digit found in string'],
    ['1.5', 8, 'invalid digit found in string'],
    ['256', 8, 'number too large to fit in target type'],
    ['+', 8, 'invalid digit found in string'],
  ] as const)('%j as u%i fails: %s', (text, bits, why) =>
    expect(() => rustUint(text, bits, 'ctx')).toThrow(`failed to parse 'ctx' as an integer: ${why}`),
  );
});
