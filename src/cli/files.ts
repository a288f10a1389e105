// Files the CLI writes appear whole or not at all (temp file beside the target, then rename), are
// never overwritten without --force, and secrets are 0600 from the first byte.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CAPS, fsReason, type Json, parseJsonExact, readFileCapped, readStreamCapped } from '../core/index.js';
import { deployFromJson } from '../deploy/index.js';
import { CliError } from './errors.js';
import { messageOf } from '../core/errors.js';

// Temp files not yet renamed. A signal handler (installed on the first write, kept for the rest of
// the run so no signal is swallowed) removes them: without one, SIGTERM between the write and the
// rename would leave a whole secret key in a *.tmp file.
const liveTemps = new Set<string>();
let guarded = false;

function guardSignals(): void {
  if (guarded) return;
  guarded = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      for (const t of liveTemps) rmSync(t, { force: true });
      process.exit(code);
    });
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array, o: { force: boolean; mode?: number }): void {
  if (existsSync(path)) {
    if (!o.force) throw new CliError(`file at '${path}' already exists; pass --force to overwrite it`);
    if (statSync(path).isDirectory()) throw new CliError(`'${path}' is a directory`);
  }
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`cannot create the folder '${dir}': ${fsReason(e)}`, { cause: e });
  }
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  guardSignals();
  liveTemps.add(tmp);
  try {
    writeFileSync(tmp, data, { mode: o.mode ?? 0o644, flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new CliError(`cannot write '${path}': ${fsReason(e)}`);
  } finally {
    liveTemps.delete(tmp);
  }
}

/** Reads a file a flag names ('-' = stdin), capped, with the flag in the error. */
export async function readInput(path: string | undefined, flag: string): Promise<string> {
  if (path === undefined || path === '-') {
    try {
      return (await readStreamCapped(process.stdin, CAPS.deployJson)).toString('utf8');
    } catch (e) {
      throw new CliError(`${flag} (stdin) cannot be read: ${fsReason(e)}`);
    }
  }
  try {
    return readFileCapped(path, CAPS.deployJson).toString('utf8');
  } catch (e) {
    throw new CliError(`${flag} '${path}' cannot be read: ${fsReason(e)}`);
  }
}

/** A deploy JSON file (any node or SDK wrapper) → Deploy, with clear errors. */
export async function readDeployFile(path: string | undefined, flag = '--input') {
  const text = await readInput(path, flag);
  let doc: Json;
  try {
    doc = parseJsonExact(text);
  } catch (e) {
    throw new CliError(`${flag} '${path ?? '-'}' is not JSON: ${messageOf(e)}`, { cause: e });
  }
  try {
    return deployFromJson(doc);
  } catch (e) {
    throw new CliError(`${flag} '${path ?? '-'}' is not a deploy: ${messageOf(e)}`, { cause: e });
  }
}
