// A transaction file as any 2.x tool writes it (bare TransactionV1, {"Version1": …}, or an RPC
// request/reply around it) → the parsed TransactionV1 and the file's own JSON object for it, which
// send-transaction forwards unchanged.
import { deployFromJson, type Deploy } from '../deploy/index.js';
import { parseJsonExact, type Json } from '../core/index.js';
import { transactionFromJson, unwrapTransactionV1, type TransactionV1 } from '../transaction/index.js';
import { CliError } from './errors.js';
import { readInput } from './files.js';
import { messageOf } from '../core/errors.js';

async function readDoc(path: string, flag: string): Promise<unknown> {
  const text = await readInput(path, flag);
  try {
    return parseJsonExact(text);
  } catch (e) {
    throw new CliError(`${flag} '${path}' is not JSON: ${messageOf(e)}`, { cause: e });
  }
}

/** The `Transaction` enum's other variant: {"Deploy": …} (transaction.rs l.450–460). */
export async function readAnyTransactionFile(
  path: string,
  flag = '--transaction-path',
): Promise<{ deploy: Deploy; json: Json } | { transaction: TransactionV1; json: Json }> {
  const doc = await readDoc(path, flag);
  if (
    typeof doc === 'object' &&
    doc !== null &&
    !Array.isArray(doc) &&
    Object.keys(doc).length === 1 &&
    'Deploy' in doc
  ) {
    const json = (doc as { Deploy: Json }).Deploy;
    try {
      return { deploy: deployFromJson(json), json };
    } catch (e) {
      throw new CliError(`${flag} '${path}' is not a deploy: ${messageOf(e)}`, { cause: e });
    }
  }
  return fromDoc(doc, path, flag);
}

export async function readTransactionFile(
  path: string,
  flag = '--transaction-path',
): Promise<{ transaction: TransactionV1; json: Json }> {
  return fromDoc(await readDoc(path, flag), path, flag);
}

function fromDoc(doc: unknown, path: string, flag: string): { transaction: TransactionV1; json: Json } {
  try {
    // An SSE event ({"TransactionAccepted": {"Version1": …}}) holds one too.
    const inner =
      typeof doc === 'object' && doc !== null && 'TransactionAccepted' in doc
        ? (doc as { TransactionAccepted: unknown }).TransactionAccepted
        : doc;
    const json = unwrapTransactionV1(inner) as Json;
    return { transaction: transactionFromJson(json), json };
  } catch (e) {
    throw new CliError(`${flag} '${path}' is not a TransactionV1: ${messageOf(e)}`, { cause: e });
  }
}
