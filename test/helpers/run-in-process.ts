// Runs the CLI in this process through run() (src/cli/run.ts), the function the bin calls, with
// captured streams: the same bytes and exit code as a spawned process, at a fraction of the cost.
// Commands still write some output (JSON, warnings) to process.stdout/stderr themselves, so those
// are captured too, in order; calls must therefore not overlap (run the cases one at a time).
import { vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliResult } from './run-cli.js';

let busy = false;

export async function runInProcess(args: string[], opts: { env?: Record<string, string> } = {}): Promise<CliResult> {
  if (busy) throw new Error('runInProcess calls must not overlap: the process streams are shared');
  busy = true;
  let stdout = '';
  let stderr = '';
  const capture = (to: 'out' | 'err') => (chunk: unknown) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    if (to === 'out') stdout += text;
    else stderr += text;
    return true;
  };
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation(capture('out') as never);
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(capture('err') as never);
  // As runBin: a clean environment, not a terminal.
  const env = { CI: 'true', NO_COLOR: '1', ...opts.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await run(args, {
      stdout: { write: capture('out') },
      stderr: { write: capture('err') },
      env,
      isTTY: false,
    });
    return { code, stdout, stderr };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    busy = false;
  }
}
