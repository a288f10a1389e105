// Runs the built CLI as a real process, the way a script would, with a clean environment.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './vectors.js';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const CLI = join(repoRoot, 'bin', 'casper-client.js');

export function runBin(
  bin: string,
  args: string[],
  opts: { env?: Record<string, string>; timeoutMs?: number; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: 'true', NO_COLOR: '1', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not finish within ${opts.timeoutMs ?? 20_000} ms`));
    }, opts.timeoutMs ?? 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}

export function runCli(args: string[], opts: Parameters<typeof runBin>[2] = {}): Promise<CliResult> {
  return runBin(CLI, args, opts);
}

/**
 * The JSON documents on stdout, in order. With --wait the CLI prints the node's acceptance first,
 * then the same with the execution results; each is pretty JSON starting with a "{" line.
 */
export function jsonDocuments(stdout: string): any[] {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  return stdout
    .split(/^(?=\{$)/m)
    .filter((s) => s.trim() !== '')
    .map((s) => JSON.parse(s));
}

/** The last JSON document on stdout: the whole answer of a --wait. */
export const lastJson = (stdout: string) => jsonDocuments(stdout).at(-1);
