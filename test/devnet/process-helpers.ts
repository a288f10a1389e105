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
  /** Everything the devnet wrote on stderr so far. */
  stderr(): string;
}

export async function startDevnetProcess(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [DEVNET, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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

