// --session-args-complex / --payment-args-complex (casper-client 2.0.0): despite the help text, a
// JSON file [{"name": …, "value": {"raw_bytes": "<hex of a bytesrepr CLValue>"}}]. The Rust client
// panics on an undecodable CLValue; here it is a clear error.
import {
  ByteReader,
  CAPS,
  CLValue,
  fromHexLoose,
  fsReason,
  parseJsonExact,
  parsedJson,
  readCLType,
  readFileCapped,
  type RuntimeArgs,
} from '../core/index.js';
import { ArgError } from './errors.js';
import { messageOf } from '../core/errors.js';

function parseComplexArgs(text: string, source: string, flag = '--session-args-complex'): RuntimeArgs {
  const where = `${flag} file '${source}'`;
  let doc: ReturnType<typeof parseJsonExact>;
  try {
    doc = parseJsonExact(text);
  } catch (e) {
    throw new ArgError(
      `${where} is not JSON (${messageOf(e)}); expected [{"name": …, "value": {"raw_bytes": "<hex>"}}]`,
      { cause: e },
    );
  }
  if (!Array.isArray(doc))
    throw new ArgError(`${where}: expected a JSON array of {"name": …, "value": {"raw_bytes": "<hex>"}}`);
  const args = doc.map((e, i) => {
    const raw = typeof e === 'object' && e !== null && !Array.isArray(e) ? e : undefined;
    const name = raw?.name;
    const value = raw?.value;
    const hex = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.raw_bytes : undefined;
    if (typeof name !== 'string' || typeof hex !== 'string') {
      throw new ArgError(`${where}: entry #${i + 1} must be {"name": "<name>", "value": {"raw_bytes": "<hex>"}}`);
    }
    try {
      const r = new ByteReader(fromHexLoose(hex));
      const bytes = r.bytes();
      const clType = readCLType(r);
      r.end();
      parsedJson(clType, bytes); // the value bytes must decode as their type
      return [name, new CLValue(clType, bytes)] as const;
    } catch (err) {
      throw new ArgError(`${where}: arg '${name}' is not a valid bytesrepr CLValue (${messageOf(err)})`, {
        cause: err,
      });
    }
  });
  return args;
}

export function readComplexArgsFile(path: string, flag = '--session-args-complex'): RuntimeArgs {
  let text: string;
  try {
    text = readFileCapped(path, CAPS.argsFile).toString('utf8');
  } catch (e) {
    throw new ArgError(`${flag} file '${path}' cannot be read: ${fsReason(e)}`);
  }
  return parseComplexArgs(text, path, flag);
}
