// The --data-dir lock: a live holder stops a second devnet by pid; a dead one's lock is taken over.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './lock.js';

const dir = mkdtempSync(join(tmpdir(), 'devnet-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--data-dir lock', () => {
  it('a live holder stops the second devnet, naming its pid', () => {
    const d = mkdtempSync(join(dir, 'lock-'));
    writeFileSync(join(d, 'devnet.lock'), `${process.ppid}\n`);
    expect(() => lockDataDir(d, () => undefined)).toThrow(
      new RegExp(`in use by another casper-devnet \\(pid ${process.ppid}\\)`),
    );
  });

  it('a lock left by a dead pid is taken over, with a notice', async () => {
    const d = mkdtempSync(join(dir, 'lock-'));
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((r) => child.once('exit', r));
    writeFileSync(join(d, 'devnet.lock'), `${pid}\n`);
    const notices: string[] = [];
    const release = lockDataDir(d, (l) => notices.push(l));
    expect(notices).toEqual([
      `casper-devnet: taking over the lock on '${d}' from pid ${pid}, which is no longer running`,
    ]);
    expect(readFileSync(join(d, 'devnet.lock'), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(() => statSync(join(d, 'devnet.lock'))).toThrow();
  });
});
