// TransactionV1 JSON: the node's shape and key order out (casper-node 2.0.0 serde declarations,
// cited in to-json.ts and from-json.ts), and serde's checks in: deny_unknown_fields, exactly four `fields`, the hash
// recomputed. Expected texts are written by hand from those declarations.
import { describe, expect, it } from 'vitest';
import { CLValue, fromHex, parseJsonExact, PublicKey, stringifyJson, toHex, type Json } from '../core/index.js';
import { buildTransaction } from './build.js';
import { transactionFromJson } from './from-json.js';
import { transactionToJson, transactionToJsonWrapped } from './to-json.js';
import type { TransactionV1 } from './types.js';

const r = (b: string, n: number) => b.repeat(n);
const PK = PublicKey.fromHex(`01${r('aa', 32)}`);

function sample(): TransactionV1 {
  return buildTransaction({
    initiator: PK,
    chainName: 'casper-test',
    pricingMode: { kind: 'PaymentLimited', paymentAmount: 2_500_000_000n, gasPriceTolerance: 1, standardPayment: true },
    target: {
      kind: 'Stored',
      id: { kind: 'ByPackageName', name: 'pkg', version: 0, protocolVersionMajor: 2 },
      runtime: { kind: 'VmCasperV1' },
    },
    entryPoint: { kind: 'Custom', name: 'transfer' },
    args: [['amount', new CLValue('U512', fromHex('0400f90295'))]],
    timestamp: Date.UTC(2024, 11, 18, 10, 27, 48, 633),
    ttl: 30 * 60 * 1000,
  });
}

describe('JSON out', () => {
  it('has the node key order, parsed values and `protocol_version_major` when given', () => {
    const t = sample();
    const expected =
      `{"hash":"${toHex(t.hash)}","payload":{"initiator_addr":{"PublicKey":"01${r('aa', 32)}"},"timestamp":"2024-12-18T10:27:48.633Z","ttl":"30m",` +
      '"chain_name":"casper-test","pricing_mode":{"PaymentLimited":{"payment_amount":2500000000,"gas_price_tolerance":1,"standard_payment":true}},' +
      '"fields":{"args":{"Named":[["amount",{"cl_type":"U512","bytes":"0400f90295","parsed":"2500000000"}]]},"entry_point":{"Custom":"transfer"},' +
      '"scheduling":"Standard","target":{"Stored":{"id":{"ByPackageName":{"name":"pkg","version":0,"protocol_version_major":2}},"runtime":"VmCasperV1"}}}},"approvals":[]}';
    expect(stringifyJson(transactionToJson(t))).toBe(expected);
    expect(stringifyJson(transactionToJsonWrapped(t))).toBe(`{"Version1":${expected}}`);
  });

  const parts: {
    name: string;
    tx: Partial<Parameters<typeof buildTransaction>[0]>;
    path: (j: any) => Json;
    expected: string;
  }[] = [
    {
      name: 'ByPackageHash without major omits the key',
      tx: {
        target: {
          kind: 'Stored',
          id: { kind: 'ByPackageHash', addr: fromHex(r('33', 32)), version: null },
          runtime: { kind: 'VmCasperV1' },
        },
      },
      path: (j) => j.payload.fields.target,
      expected: `{"Stored":{"id":{"ByPackageHash":{"addr":"${r('33', 32)}","version":null}},"runtime":"VmCasperV1"}}`,
    },
    {
      name: 'Session with VmCasperV2 (seed as 32 numbers, serde default for [u8; 32])',
      tx: {
        target: {
          kind: 'Session',
          isInstallUpgrade: false,
          moduleBytes: fromHex('0061'),
          runtime: { kind: 'VmCasperV2', transferredValue: 7n, seed: new Uint8Array(32).fill(1) },
        },
      },
      path: (j) => j.payload.fields.target,
      expected: `{"Session":{"is_install_upgrade":false,"module_bytes":"0061","runtime":{"VmCasperV2":{"transferred_value":7,"seed":[${Array(32).fill(1).join(',')}]}}}}`,
    },
    {
      name: 'Bytesrepr args as hex',
      tx: { args: { kind: 'Bytesrepr', bytes: fromHex('dead') } },
      path: (j) => j.payload.fields.args,
      expected: '{"Bytesrepr":"dead"}',
    },
    {
      name: 'Fixed: factor first, as declared',
      tx: { pricingMode: { kind: 'Fixed', additionalComputationFactor: 0, gasPriceTolerance: 5 } },
      path: (j) => j.payload.pricing_mode,
      expected: '{"Fixed":{"additional_computation_factor":0,"gas_price_tolerance":5}}',
    },
    {
      name: 'Prepaid',
      tx: { pricingMode: { kind: 'Prepaid', receipt: fromHex(r('cd', 32)) } },
      path: (j) => j.payload.pricing_mode,
      expected: `{"Prepaid":{"receipt":"${r('cd', 32)}"}}`,
    },
    {
      name: 'AccountHash initiator as a formatted string',
      tx: { initiator: { kind: 'AccountHash', accountHash: fromHex(r('11', 32)) } },
      path: (j) => j.payload.initiator_addr,
      expected: `{"AccountHash":"account-hash-${r('11', 32)}"}`,
    },
    {
      name: 'unit entry point as a string',
      tx: { target: { kind: 'Native' }, entryPoint: { kind: 'AddBid' } },
      path: (j) => j.payload.fields.entry_point,
      expected: '"AddBid"',
    },
    {
      name: 'Key args parsed as 2.x strings',
      tx: { args: [['k', new CLValue('Key', fromHex(`00${r('e2', 32)}`))]] },
      path: (j) => j.payload.fields.args,
      expected: `{"Named":[["k",{"cl_type":"Key","bytes":"00${r('e2', 32)}","parsed":"account-hash-${r('e2', 32)}"}]]}`,
    },
  ];
  for (const c of parts) {
    it(c.name, () => {
      const base = sample();
      const t = buildTransaction({
        initiator: base.payload.initiator,
        chainName: 'c',
        pricingMode: base.payload.pricingMode,
        target: base.payload.target,
        entryPoint: base.payload.entryPoint,
        timestamp: 0,
        ...c.tx,
      });
      const j = transactionToJson(t);
      expect(stringifyJson(c.path(j))).toBe(c.expected);
      // And it reads back to the same bytes and JSON.
      expect(stringifyJson(transactionToJson(transactionFromJson(parseJsonExact(stringifyJson(j)))))).toBe(
        stringifyJson(j),
      );
    });
  }
});

describe('JSON in', () => {
  const good = () => parseJsonExact(stringifyJson(transactionToJson(sample()))) as any;

  it('accepts the bare form, {"Version1": …} and RPC wrappers', () => {
    const hash = toHex(sample().hash);
    for (const wrap of [
      (j: any) => j,
      (j: any) => ({ Version1: j }),
      (j: any) => ({ transaction: { Version1: j } }),
      (j: any) => ({
        jsonrpc: '2.0',
        id: 1,
        result: { api_version: '2.0.0', transaction: { Version1: j }, execution_info: null },
      }),
    ]) {
      expect(toHex(transactionFromJson(wrap(good())).hash)).toBe(hash);
    }
  });

  it('ignores unknown keys beside hash/payload/approvals, as TransactionV1Json does', () => {
    const j = good();
    j.extra = 1;
    expect(() => transactionFromJson(j)).not.toThrow();
  });

  it('takes a unit variant written as {"Variant": null}, as serde_json does', () => {
    const j = good();
    j.payload.fields.scheduling = { Standard: null };
    expect(() => transactionFromJson(j)).not.toThrow();
  });

  const bad: { name: string; edit: (j: any) => unknown; msg: RegExp }[] = [
    {
      name: 'a legacy deploy',
      edit: () => ({ Deploy: { hash: '00', header: {} } }),
      msg: /legacy Deploy, not a TransactionV1/,
    },
    { name: 'no transaction at all', edit: () => ({ foo: 1 }), msg: /no TransactionV1 found/ },
    {
      name: 'an unknown payload field',
      edit: (j) => ((j.payload.gas_price = 1), j),
      msg: /payload: unknown field "gas_price"/,
    },
    {
      name: 'the interim `transferred_value` on a stored target',
      edit: (j) => ((j.payload.fields.target.Stored.transferred_value = 0), j),
      msg: /payload\.fields\.target\.Stored: unknown field "transferred_value"/,
    },
    {
      name: 'an unknown field in an approval',
      edit: (j) => ((j.approvals = [{ signer: `01${r('aa', 32)}`, signature: `01${r('00', 64)}`, x: 1 }]), j),
      msg: /approvals\[0\]: unknown field "x"/,
    },
    {
      name: 'a fifth entry in fields',
      edit: (j) => ((j.payload.fields.extra = 1), j),
      msg: /expected exactly the 4 fields/,
    },
    {
      name: 'a missing field',
      edit: (j) => (delete j.payload.fields.scheduling, (j.payload.fields.x = 1), j),
      msg: /missing field "scheduling"/,
    },
    {
      name: 'the pre-release `Classic` pricing name',
      edit: (j) => ((j.payload.pricing_mode = { Classic: j.payload.pricing_mode.PaymentLimited }), j),
      msg: /unknown variant "Classic"/,
    },
    {
      name: 'a struct variant without its fields',
      edit: (j) => ((j.payload.fields.target = 'Stored'), j),
      msg: /target: variant "Stored" needs its fields/,
    },
    {
      name: 'an unknown entry point',
      edit: (j) => ((j.payload.fields.entry_point = 'Mint'), j),
      msg: /unknown variant "Mint"/,
    },
    {
      name: 'a tolerance above 255',
      edit: (j) => ((j.payload.pricing_mode.PaymentLimited.gas_price_tolerance = 256), j),
      msg: /gas_price_tolerance: expected a 8-bit/,
    },
    {
      name: 'a negative version',
      edit: (j) => ((j.payload.fields.target.Stored.id.ByPackageName.version = -1), j),
      msg: /version: expected a 32-bit/,
    },
    {
      name: 'a seed given as hex',
      edit: (j) => (
        (j.payload.fields.target.Stored.runtime = { VmCasperV2: { transferred_value: 0, seed: r('00', 32) } }), j
      ),
      msg: /seed: expected null or an array of 32/,
    },
    {
      name: 'a CLValue with an extra key',
      edit: (j) => ((j.payload.fields.args.Named[0][1].extra = 1), j),
      msg: /unknown field "extra"/,
    },
    {
      name: 'bad hex in a CLValue',
      edit: (j) => ((j.payload.fields.args.Named[0][1].bytes = 'zz'), j),
      msg: /Named\[0\]\[1\]\.bytes: invalid hex/,
    },
    {
      name: 'long module bytes with a bad digit',
      edit: (j) => (
        (j.payload.fields.target = {
          Session: { is_install_upgrade: false, module_bytes: `${'00'.repeat(150)}zz`, runtime: 'VmCasperV1' },
        }),
        j
      ),
      msg: /Session\.module_bytes: invalid hex character 'z' at position 300/,
    },
    {
      name: 'long module bytes of odd length',
      edit: (j) => (
        (j.payload.fields.target = {
          Session: { is_install_upgrade: false, module_bytes: `${'00'.repeat(150)}0`, runtime: 'VmCasperV1' },
        }),
        j
      ),
      msg: /Session\.module_bytes: odd number of hex digits/,
    },
    {
      name: 'a timestamp that is not RFC 3339',
      edit: (j) => ((j.payload.timestamp = 'yesterday'), j),
      msg: /payload\.timestamp/,
    },
    {
      name: 'a payload edited after hashing',
      edit: (j) => ((j.payload.chain_name = 'casper'), j),
      msg: /transaction hash mismatch: the payload hashes to [0-9a-f]{64}, but "hash" says/,
    },
    {
      name: 'a bigint where a string belongs',
      edit: (j) => ((j.payload.chain_name = 18446744073709551615n), j),
      msg: /chain_name: expected a string, got 18446744073709551615$/,
    },
    {
      name: 'a payment amount of 2^64',
      edit: (j) => ((j.payload.pricing_mode.PaymentLimited.payment_amount = 1n << 64n), j),
      msg: /payment_amount: expected a 64-bit unsigned integer, got 18446744073709551616/,
    },
    { name: 'a short hash', edit: (j) => ((j.hash = 'abcd'), j), msg: /hash: expected 32 bytes, got 2/ },
  ];
  for (const c of bad) {
    it(`refuses ${c.name}`, () => expect(() => transactionFromJson(c.edit(good()))).toThrow(c.msg));
  }
});
