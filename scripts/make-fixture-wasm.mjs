// Writes fixtures/wasm/call.wasm: the smallest valid module that exports a `call` function, the
// entry point Casper runs for session code. Bytes spelled out from the WebAssembly binary format.
import { writeFileSync } from 'node:fs';

const name = [...Buffer.from('call')];
const bytes = Uint8Array.from([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00, // magic, version 1
  0x01,
  0x04,
  0x01,
  0x60,
  0x00,
  0x00, // type section: one type, () -> ()
  0x03,
  0x02,
  0x01,
  0x00, // function section: one function of type 0
  0x07,
  0x08,
  0x01,
  0x04,
  ...name,
  0x00,
  0x00, // export section: "call" = function 0
  0x0a,
  0x04,
  0x01,
  0x02,
  0x00,
  0x0b, // code section: one body, no locals, end
]);
if (!WebAssembly.validate(bytes)) throw new Error('the fixture module is not valid wasm');
writeFileSync(new URL('../fixtures/wasm/call.wasm', import.meta.url), bytes);
console.log(`wrote fixtures/wasm/call.wasm (${bytes.length} bytes)`);
