// Validators for devnet replies against each generation's OpenRPC schema, read in place from the
// vectors: casper-node 1.5.8 (casper-node/resources/test/rpc_schema_hashing.json) and the 2.0
// sidecar (casper-2.0/casper-sidecar/resources/test/rpc_schema.json), with the same known
// schema quirks patched as envelope-and-schema.test.ts and devnet-2x.test.ts patch them.
import { Ajv } from 'ajv';
import type { Generation } from '../../src/chainspec/chainspec.js';
import { readVectorJson } from '../helpers/vectors.js';

type Schema = {
  methods: { name: string; result: { schema: object } }[];
  components: { schemas: Record<string, Record<string, unknown>> };
};

export function schemaValidator(generation: Generation): (method: string, result: unknown) => string[] {
  const s =
    generation === '2'
      ? readVectorJson<Schema>('casper-2.0', 'casper-sidecar', 'resources', 'test', 'rpc_schema.json')
      : readVectorJson<Schema>('casper-node', 'resources', 'test', 'rpc_schema_hashing.json');
  const c = structuredClone(s.components);
  if (generation === '1.5') {
    // 1.5.8 types Timestamp/TimeDiff as integers but prints strings; ChainspecRawBytes' Options may be null.
    c.schemas.Timestamp = { type: 'string' };
    c.schemas.TimeDiff = { type: 'string' };
    const raw = c.schemas.ChainspecRawBytes as { properties: Record<string, object> };
    for (const k of ['maybe_genesis_accounts_bytes', 'maybe_global_state_bytes'])
      raw.properties[k] = { type: ['string', 'null'] };
  } else {
    const e = c.schemas.ExecutionResultV2 as { properties: Record<string, object> } | undefined;
    if (e !== undefined) {
      e.properties.refund = { $ref: '#/components/schemas/U512' };
      e.properties.current_price = { type: 'integer' };
    }
  }
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  return (method, result) => {
    const m = s.methods.find((x) => x.name === method);
    if (m === undefined) return [`${method} is not in the ${generation} schema`];
    const v = ajv.compile({ ...m.result.schema, components: c });
    return v(result) ? [] : v.errors!.map((e) => `${e.instancePath} ${e.message}`);
  };
}
