// Runs the built CLI on a pseudo-terminal (util-linux `script`), the way a person at a terminal
// runs it: stdin and stderr on the terminal, stdout into a file. Everything is event-driven: the
// caller reacts to what appears on the terminal (e.g. sends Ctrl-C), nothing waits a fixed time.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './run-cli.js';

export const hasScript = existsSync('/usr/bin/script');

export interface TerminalRun {
  /** Everything the terminal showed (stderr, echoed keys), with \r\n line ends. */
  terminal: string;
  /** The CLI's stdout (a file). */
  stdout: string;
  code: number | null;
  /** `stty -a` of the terminal after the CLI exited. */
  stty: string;
  /** ms from the last `send` to the exit of the session. */
  sinceLastSend: number;
}

export interface TerminalOptions {
  width?: number;
  env?: Record<string, string | undefined>;
  /** Called on every chunk of terminal output; `send` types keys into the terminal. */
  onOutput?: (terminal: string, send: (keys: string) => void, stdoutNow: () => string) => void;
  timeoutMs?: number;
  /** Leave stdout on the terminal too (then `stdout` is empty). */
  stdoutOnTerminal?: boolean;
}

const q = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;

export function onTerminal(args: string[], o: TerminalOptions = {}): Promise<TerminalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pty-'));
  const out = join(dir, 'stdout');
  const stty = join(dir, 'stty');
  // The shell traps INT (with a handler, so the CLI still gets the default) to outlive a Ctrl-C
  // and report the terminal's mode afterwards.
  const cmd = `trap ':' INT; stty cols ${o.width ?? 120} rows 40; ${[process.execPath, CLI, ...args].map(q).join(' ')}${o.stdoutOnTerminal ? '' : ` > ${q(out)}`}; code=$?; stty -a > ${q(stty)}; exit $code`;
  const env: Record<string, string | undefined> = { ...process.env, TERM: 'xterm', NO_COLOR: '1', ...o.env };
  delete env.CI;
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', cmd, '/dev/null'], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let terminal = '';
    let sentAt = 0;
    const send = (keys: string) => {
      sentAt = Date.now();
      child.stdin.write(keys);
    };
    const stdoutNow = () => (existsSync(out) ? readFileSync(out, 'utf8') : '');
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no exit within ${o.timeoutMs ?? 30_000} ms; terminal so far:\n${terminal}`));
    }, o.timeoutMs ?? 30_000);
    child.stdout.on('data', (d: Buffer) => {
      terminal += d.toString('utf8');
      o.onOutput?.(terminal, send, stdoutNow);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = {
        terminal,
        stdout: stdoutNow(),
        code,
        stty: existsSync(stty) ? readFileSync(stty, 'utf8') : '',
        sinceLastSend: Date.now() - sentAt,
      };
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    });
    child.on('error', reject);
  });
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
export const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
