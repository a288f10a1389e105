// The lock on --data-dir: one devnet per chain. Two devnets appending to one log would interleave
// their records into a chain neither of them reported.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fsReason } from '../core/index.js';

class DataDirLockError extends Error {
  override name = 'DataDirLockError';
}

/**
 * Takes `--data-dir` for this process: a lock file holding our pid, created exclusively. A lock
 * whose pid is no longer running is taken over; a live one stops the start, naming the pid.
 * Returns the release function (also run at exit).
 */
export function lockDataDir(dir: string, notice: (line: string) => void): () => void {
  const path = join(dir, 'devnet.lock');
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      const release = () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new DataDirLockError(`cannot lock --data-dir '${dir}': ${fsReason(e)}`);
    }
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // released meanwhile: try again
    }
    const pid = /^\d+\n$/.test(text) ? Number(text.trim()) : NaN;
    if (Number.isNaN(pid) && attempt === 0) {
      // Another devnet may be between creating the lock and writing its pid: look again shortly.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      continue;
    }
    if (!Number.isNaN(pid) && pid !== process.pid && pidAlive(pid)) {
      throw new DataDirLockError(
        `--data-dir '${dir}' is in use by another casper-devnet (pid ${pid}); stop that one first, or pick another --data-dir`,
      );
    }
    notice(
      `casper-devnet: taking over the lock on '${dir}' from ${Number.isNaN(pid) ? 'an unfinished start' : `pid ${pid}, which is no longer running`}`,
    );
    try {
      unlinkSync(path);
    } catch {
      // someone else took it over first: the next attempt sees their pid
    }
  }
  throw new DataDirLockError(`cannot lock --data-dir '${dir}': the lock file '${path}' keeps changing`);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process nobody has reaped yet (a zombie) still answers kill 0, but holds nothing.
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc (not Linux): trust kill 0
  }
}
