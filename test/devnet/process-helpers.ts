// Starts casper-devnet as a process on a free port and reads its banner.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/vectors.js';

const DEVNET = join(repoRoot, 'bin', 'casper-devnet.js');

export interface Running {
  child: ChildProcess;
  url: string;
  key: string;
  chain: string;
  /** What the devnet wrote on stderr so far (its per-deploy log). */
  stderr: () => string;
}

export async function startDevnetProcess(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [DEVNET, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Always read stderr: a full pipe would stall the devnet on its next log line.
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const banner = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`casper-devnet did not start: ${text}`)), 10_000);
    child.stdout!.on('data', (d) => {
      text += d;
      if (text.includes('funded key:')) {
        clearTimeout(timer);
        resolve(text);
      }
    });
    child.on('exit', (code) => reject(new Error(`casper-devnet exited with ${code}: ${err}`)));
  });
  return {
    child,
    url: /listening on (\S+)/.exec(banner)![1]!,
    chain: /chain name: (\S+)/.exec(banner)![1]!,
    key: /funded key: (.+) \(public key/.exec(banner)![1]!,
    stderr: () => err,
  };
}

/** Resolves once the devnet's stderr satisfies `ok`, checked on each chunk that arrives. */
export function stderrUntil(n: Running, ok: (text: string) => boolean, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    if (ok(n.stderr())) return resolve(n.stderr());
    const timer = setTimeout(() => {
      n.child.stderr!.off('data', check);
      reject(new Error(`devnet stderr never matched; it has:\n${n.stderr()}`));
    }, timeoutMs);
    // Listeners run in order: the collector in startDevnetProcess has already added this chunk.
    const check = () => {
      if (!ok(n.stderr())) return;
      clearTimeout(timer);
      n.child.stderr!.off('data', check);
      resolve(n.stderr());
    };
    n.child.stderr!.on('data', check);
  });
}
