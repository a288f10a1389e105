// The node's HTTP and JSON-RPC envelope rules (casper-json-rpc, node-rpc.md §1–2): path, method,
// content type and size first, then the envelope checks in the node's order, each with its text.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJsonExact, stringifyJson, type Json } from '../core/index.js';
import { messageOf } from '../core/errors.js';

const MAX_BODY_BYTES = 2_621_440;

export class RpcFailure extends Error {
  constructor(
    readonly code: number,
    readonly rpcMessage: string,
    readonly data?: Json,
    cause?: unknown,
  ) {
    super(rpcMessage, cause === undefined ? undefined : { cause });
  }
}

export const invalidParams = (data: string, cause?: unknown) => new RpcFailure(-32602, 'Invalid params', data, cause);

export type Handler = (params: Json | undefined) => Json | Promise<Json>;

function httpReject(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message }));
}

function reply(res: ServerResponse, body: Json): void {
  const text = stringifyJson(body);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function errorBody(id: Json, code: number, message: string, data?: Json): Json {
  const error: Record<string, Json> = { code, message };
  if (data !== undefined) error.data = data; // 1.5.8 leaves `data` out when there is none
  return { jsonrpc: '2.0', id, error };
}

type Obj = Record<string, Json>;

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function handleHttp(
  req: IncomingMessage,
  res: ServerResponse,
  methods: Map<string, Handler>,
): Promise<void> {
  const path = (req.url ?? '').split('?')[0];
  if (path !== '/rpc' && path !== '/rpc/') return httpReject(res, 404, 'Path not found');
  if (req.method !== 'POST') return httpReject(res, 405, 'HTTP method not allowed');
  const ct = req.headers['content-type'];
  if (ct === undefined) return httpReject(res, 400, "The request's content-type is not set");
  if (ct.toLowerCase() !== 'application/json')
    return httpReject(res, 415, "The request's content-type is not supported");
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES)
    return httpReject(res, 413, `The request payload exceeds the maximum allowed of ${MAX_BODY_BYTES} bytes`);
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'too-large')
    return httpReject(res, 413, `The request payload exceeds the maximum allowed of ${MAX_BODY_BYTES} bytes`);

  let doc: Json;
  try {
    doc = parseJsonExact(body.toString('utf8'));
  } catch (e) {
    return reply(res, errorBody(null, -32700, 'Parse error', messageOf(e)));
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return reply(res, errorBody(null, -32700, 'Parse error', 'expected a JSON object'));
  }
  const env = doc as Obj;
  const rawId = env.id;
  const idOk =
    rawId === undefined ||
    rawId === null ||
    typeof rawId === 'string' ||
    typeof rawId === 'bigint' ||
    (typeof rawId === 'number' && Number.isInteger(rawId));
  const echoId: Json = idOk && rawId !== undefined ? rawId : null;
  const invalid = (data: string, id: Json = echoId) => reply(res, errorBody(id, -32600, 'Invalid Request', data));
  const jr = env.jsonrpc;
  if (jr === undefined) return invalid("Missing 'jsonrpc' field");
  if (typeof jr === 'number' || typeof jr === 'bigint')
    return invalid(`Expected 'jsonrpc' to be a String with value '2.0', but got a Number '${jr}'`);
  if (typeof jr !== 'string')
    return invalid(`Expected 'jsonrpc' to be a String with value '2.0', but got '${stringifyJson(jr)}'`);
  if (jr !== '2.0') return invalid(`Expected 'jsonrpc' to be '2.0', but got '${jr}'`);
  if (!('method' in env)) return invalid("Missing 'method' field");
  if (typeof env.method !== 'string') return invalid("Expected 'method' to be a String");
  const params = env.params;
  if (params !== undefined && params !== null && typeof params !== 'object') {
    const kind = typeof params === 'boolean' ? `'${params}'` : typeof params === 'string' ? 'a String' : 'a Number';
    return invalid(`If present, 'params' must be an Array or Object, but was ${kind}`);
  }
  if (typeof rawId === 'number' && !Number.isInteger(rawId))
    return invalid("'id' must not contain fractional parts if it is a number", null);
  if (!idOk) return invalid("'id' should be a string or integer", null);
  if (rawId === undefined) return httpReject(res, 400, "The request is missing the 'id' field");

  const handler = methods.get(env.method);
  if (handler === undefined)
    return reply(
      res,
      errorBody(
        echoId,
        -32601,
        'Method not found',
        `'${env.method}' is not a supported json-rpc method on this server`,
      ),
    );
  try {
    const result = await handler(params === null ? undefined : params);
    reply(res, { jsonrpc: '2.0', id: echoId, result });
  } catch (e) {
    if (e instanceof RpcFailure) return reply(res, errorBody(echoId, e.code, e.rpcMessage, e.data));
    reply(res, errorBody(echoId, -32603, 'Internal error', messageOf(e)));
  }
}

/** Named or positional params → named, as serde reads a struct from either. */
export function namedParams(params: Json | undefined, names: string[], required: string[]): Obj {
  if (params === undefined) {
    if (required.length > 0) throw invalidParams("Missing 'params' field");
    return {};
  }
  if (Array.isArray(params)) {
    if (params.length < required.length)
      throw invalidParams(
        `Failed to parse 'params' field: invalid length ${params.length}, expected ${required.length} elements`,
      );
    return Object.fromEntries(params.map((v, i) => [names[i] ?? `_${i}`, v]));
  }
  const o = params as Obj;
  for (const r of required)
    if (!(r in o)) throw invalidParams(`Failed to parse 'params' field: missing field \`${r}\``);
  const unknown = Object.keys(o).find((k) => !names.includes(k));
  if (unknown !== undefined)
    throw invalidParams(
      `Failed to parse 'params' field: unknown field \`${unknown}\`, expected one of ${names.map((n) => `\`${n}\``).join(', ')}`,
    );
  return o;
}

export function noParams(params: Json | undefined): void {
  const empty =
    params === undefined ||
    (Array.isArray(params) && params.length === 0) ||
    (typeof params === 'object' && params !== null && !Array.isArray(params) && Object.keys(params).length === 0);
  if (!empty) throw invalidParams("'params' field should be an empty Array '[]', an empty Object '{}' or absent");
}
