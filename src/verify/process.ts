// Runs a command with a time limit and collects its output (podman, kind, nsenter).
import { spawn } from 'node:child_process';

export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
  /** The program itself was not found (ENOENT). */
  missing: boolean;
}

export interface RunOptions {
  timeoutMs?: number;
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** Bytes kept of each stream (the rest is dropped from the middle). */
  maxOutput?: number;
}

const children = new Set<import('node:child_process').ChildProcess>();

/** Kills the commands still running (on Ctrl-C, before the cleanup runs its own). */
export function killRunning(): void {
  for (const c of children) c.kill('SIGKILL');
}

export function run(cmd: string, args: readonly string[], opts: RunOptions = {}): Promise<RunOutput> {
  const started = performance.now();
  const max = opts.maxOutput ?? 4 * 1024 * 1024;
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const child = spawn(cmd, args, { env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    children.add(child);
    const keep = (acc: string, chunk: string) => {
      const s = acc + chunk;
      return s.length > max ? s.slice(0, max / 2) + '\n[...]\n' + s.slice(-max / 2) : s;
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout = keep(stdout, d)));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = keep(stderr, d)));
    const timer = opts.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, opts.timeoutMs)
      : undefined;
    const done = (code: number, missing = false) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      children.delete(child);
      resolve({ code, stdout, stderr, ms: performance.now() - started, timedOut, missing });
    };
    child.on('error', (e: NodeJS.ErrnoException) => {
      stderr += e.message;
      done(127, e.code === 'ENOENT');
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 + (signal === 'SIGKILL' ? 9 : 15) : 1)));
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** True when `cmd --version` runs. */
export async function available(cmd: string): Promise<boolean> {
  const r = await run(cmd, ['--version'], { timeoutMs: 15_000 });
  return !r.missing && r.code === 0;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
