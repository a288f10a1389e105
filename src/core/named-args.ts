// Runtime args: named CLValues in the order given (casper's RuntimeArgs is a Vec), as bytes and node JSON.
import { ByteWriter } from './bytes.js';
import type { CLValue } from './clvalue.js';
import type { Json } from './json-text.js';

/** Runtime args keep command-line order and may repeat a name (casper's RuntimeArgs is a Vec). */
export type NamedArg = readonly [name: string, value: CLValue];

export type RuntimeArgs = readonly NamedArg[];

export function writeArgs(w: ByteWriter, args: RuntimeArgs): void {
  w.u32(args.length);
  for (const [name, value] of args) {
    w.string(name);
    value.write(w);
  }
}

export function argsBytes(args: RuntimeArgs): Uint8Array {
  const w = new ByteWriter();
  writeArgs(w, args);
  return w.finish();
}

export function argsToJson(args: RuntimeArgs): Json {
  return args.map(([name, v]) => [name, v.toJson()] as Json);
}
