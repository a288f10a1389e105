// A transaction file as any 2.x tool writes it (bare TransactionV1, {"Version1": …}, or an RPC
// request/reply around it) → the parsed TransactionV1 and the file's own JSON object for it, which
// send-transaction forwards unchanged.
import { parseJsonExact, type Json } from '../deploy/index.js';
import { transactionFromJson, unwrapTransactionV1, type TransactionV1 } from '../transaction/index.js';
import { CliError } from './errors.js';
import { readInput } from './files.js';

export async function readTransactionFile(path: string, flag = '--transaction-path'): Promise<{ transaction: TransactionV1; json: Json }> {
  const text = await readInput(path, flag);
  let doc: unknown;
  try {
    doc = parseJsonExact(text);
  } catch (e) {
    throw new CliError(`${flag} '${path}' is not JSON: ${(e as Error).message}`);
  }
  try {
    // An SSE event ({"TransactionAccepted": {"Version1": …}}) holds one too.
    const inner = typeof doc === 'object' && doc !== null && 'TransactionAccepted' in doc ? (doc as { TransactionAccepted: unknown }).TransactionAccepted : doc;
    const json = unwrapTransactionV1(inner) as Json;
    return { transaction: transactionFromJson(json), json };
  } catch (e) {
    throw new CliError(`${flag} '${path}' is not a TransactionV1: ${(e as Error).message}`);
  }
}
