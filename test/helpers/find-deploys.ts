// Vector files wrap deploys in RPC responses, OpenRPC examples or SSE events; this walks any
// JSON and returns every object shaped like a deploy.
export function findDeploys(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) {
    for (const x of v) findDeploys(x, out);
  } else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if ('hash' in o && 'header' in o && 'payment' in o && 'session' in o && 'approvals' in o) out.push(o);
    else for (const x of Object.values(o)) findDeploys(x, out);
  }
  return out;
}
