// What a transport (node:http or undici) returns, and how it fails. Each transport classifies its
// own failures here, once, where they happen; the JSON-RPC client only reads the class.
import { CasperError } from '../core/errors.js';

export interface PostResult {
  status: number;
  text: string;
}

export interface PostOptions {
  timeoutMs: number;
  maxBytes: number;
}

export class ResponseTooLarge extends CasperError {
  override name = 'ResponseTooLarge';
}

export type FailureReason = 'timeout' | 'connection';

/** The request got no full answer: `reason` says whether time ran out or the connection failed. */
export class TransportFailure extends CasperError {
  override name = 'TransportFailure';
  constructor(
    readonly reason: FailureReason,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

// System and TLS error codes, in words a user can act on.
const WHY: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the node running, and is the port right?)',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved (DNS did not answer)',
  ECONNRESET: 'the connection was reset by the node',
  EPROTO: 'TLS handshake failed (is the address https:// on a plain http port?)',
  ERR_SSL_WRONG_VERSION_NUMBER: 'TLS handshake failed (is the address https:// on a plain http port?)',
  UND_ERR_SOCKET: 'the connection closed before a full answer arrived',
  // undici's word for an answer cut short of its content-length (node:http reports it as 'aborted').
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'the connection closed before a full answer arrived',
};

/** A socket-level error (node:http's, or undici's with the system error as its cause). */
export function connectionFailure(e: unknown): TransportFailure {
  const err = e as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.code ?? err.cause?.code;
  const text = Object.hasOwn(WHY, code ?? '') ? WHY[code!]! : (err.cause?.message ?? err.message ?? String(e));
  return new TransportFailure('connection', text, e);
}

export const closedEarly = () => new TransportFailure('connection', WHY.UND_ERR_SOCKET!);
export const timedOut = (cause?: unknown) => new TransportFailure('timeout', 'timed out', cause);
