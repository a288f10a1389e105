// Reading a file the user names, never more than a stated cap: a regular file's size is checked
// before a byte is read, and pipes, devices (/dev/zero) and stdin are read in chunks that stop one
// byte past the cap. Memory stays at the cap whatever the input.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const KiB = 1024;
const MiB = 1024 * KiB;

/** A cap and the words that name it in errors, e.g. { bytes: MiB, name: 'the 1 MiB deploy limit' }. */
export interface InputCap {
  bytes: number;
  name: string;
}

/** The input is over its cap; the message names the cap, and the caller names the input. */
class InputTooLargeError extends Error {
  override name = 'InputTooLargeError';
  constructor(
    readonly cap: InputCap,
    readonly size: number | undefined,
  ) {
    super(`${size === undefined ? 'over' : `${size} bytes, over`} ${cap.name} (${cap.bytes} bytes)`);
  }
}

const CHUNK = 64 * KiB;

/** Reads the whole file, or throws InputTooLargeError (and fs errors as they come). */
export function readFileCapped(path: string, cap: InputCap): Buffer {
  const fd = openSync(path, 'r');
  try {
    return readFdCapped(fd, cap);
  } finally {
    closeSync(fd);
  }
}

function readFdCapped(fd: number, cap: InputCap): Buffer {
  const st = fstatSync(fd);
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (st.isFile() && st.size > cap.bytes) throw new InputTooLargeError(cap, st.size);
  // Regular files are read to their size; anything else streams until EOF or one byte past the cap.
  const chunks: Buffer[] = [];
  let total = 0;
  if (st.isFile() && st.size > 0) {
    // One buffer of the stated size, filled in place: no chunk list to concatenate (a copy and a
    // second allocation of megabytes of session code). The loop below still reads anything the
    // file grew by since fstat, so the cap holds.
    const buf = Buffer.allocUnsafe(st.size);
    while (total < st.size) {
      const n = readSync(fd, buf, total, st.size - total, null);
      if (n === 0) break;
      total += n;
    }
    chunks.push(total === st.size ? buf : buf.subarray(0, total));
    if (total < st.size) return chunks[0]!;
  }
  for (;;) {
    const want = Math.min(CHUNK, cap.bytes + 1 - total);
    const buf = Buffer.allocUnsafe(want);
    let n: number;
    try {
      n = readSync(fd, buf, 0, want, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // a non-blocking pipe with nothing yet
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    chunks.push(n === want ? buf : buf.subarray(0, n));
    total += n;
    if (total > cap.bytes) throw new InputTooLargeError(cap, undefined);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** A stream (stdin) read to its end, or InputTooLargeError as soon as it passes the cap. */
export async function readStreamCapped(stream: AsyncIterable<Buffer | string>, cap: InputCap): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    total += b.length;
    if (total > cap.bytes) throw new InputTooLargeError(cap, undefined);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/** The caps, each with the name its error gives. */
export const CAPS = {
  deploy: { bytes: MiB, name: 'the 1 MiB limit on a whole deploy' },
  deployJson: { bytes: 8 * MiB, name: 'the 8 MiB limit on a deploy JSON file' },
  argsFile: { bytes: 2 * MiB, name: 'the 2 MiB limit on an args file (a deploy holds at most 1 MiB)' },
  keyFile: { bytes: 64 * KiB, name: 'the 64 KiB limit on a key file' },
  chainspec: { bytes: 4 * MiB, name: 'the 4 MiB limit on a chainspec file' },
  accounts: { bytes: 16 * MiB, name: 'the 16 MiB limit on an accounts file' },
} as const satisfies Record<string, InputCap>;
