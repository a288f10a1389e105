// Vector files wrap TransactionV1s in RPC replies, OpenRPC examples or SSE events; this walks any
// JSON and returns every object shaped like one ({hash, payload, approvals}, hash a 64-digit hex
// string — OpenRPC schema definitions have the same keys with `$ref`s as values).
export function findTransactionsV1(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) {
    for (const x of v) findTransactionsV1(x, out);
  } else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if (typeof o.hash === 'string' && /^[0-9a-fA-F]{64}$/.test(o.hash) && 'payload' in o && 'approvals' in o)
      out.push(o);
    else for (const x of Object.values(o)) findTransactionsV1(x, out);
  }
  return out;
}
