import { randomBytes } from 'node:crypto';

export type RpcId = number | bigint | string;

/**
 * casper-client's --id: absent → a random signed 64-bit integer; text that parses as an i64 → that
 * number (`007` → 7); anything else → the text as a string.
 */
export function rpcId(text: string | undefined): RpcId {
  if (text === undefined || text === '') {
    const v = randomBytes(8).readBigInt64LE();
    return Number.isSafeInteger(Number(v)) ? Number(v) : v;
  }
  if (/^[+-]?\d+$/.test(text)) {
    const v = BigInt(text);
    if (v >= -(1n << 63n) && v < 1n << 63n) return Number.isSafeInteger(Number(v)) ? Number(v) : v;
  }
  return text;
}
