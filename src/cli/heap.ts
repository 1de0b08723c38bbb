// A run refused as too large for Node's default heap (about 4 GiB: a tenth of it for YAML, see
// runSizeBudget) runs again in a child process with the heap it needs, up to three quarters of
// the machine's memory (or of the container's memory limit). The child gets the same arguments,
// environment and standard streams. The CLI and the GitHub Action (its dist/index.mjs) do this.
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { HEAP_PER_BYTE } from '../engine/lint.js';

const BIN = fileURLToPath(new URL('../../../bin/sidecar-lint.js', import.meta.url));
/** Set in the child: it never starts another. */
const MARK = 'SIDECAR_LINT_HEAP_MIB';

/** The machine's memory, or the container's limit when it is lower (a cgroup limit, as in CI jobs and pods). */
function memoryAvailable(): number {
  const limit = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory?.();
  return limit && limit > 0 && limit < os.totalmem() ? limit : os.totalmem();
}

/** The heap, in MiB, a run of `bytes` of YAML is given, or undefined when the machine lacks it. */
export function heapFor(bytes: number, totalMemory = memoryAvailable()): number | undefined {
  const need = Math.ceil((bytes * HEAP_PER_BYTE) / 1048576) + 512;
  return need <= (totalMemory / 1048576) * 0.75 ? need : undefined;
}

/**
 * The child's exit code, or undefined when no child is started (already one, or too little memory).
 * `script` is what the child runs: the CLI, or the Action's entry point.
 */
export async function runWithLargerHeap(argv: readonly string[], bytes: number, script = BIN): Promise<number | undefined> {
  if (process.env[MARK]) return undefined;
  const heap = heapFor(bytes);
  if (heap === undefined) return undefined;
  process.stderr.write(`sidecar-lint: ${Math.round(bytes / 1048576)} MiB of YAML: running again with a ${heap} MiB heap\n`);
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${heap}`, script, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, [MARK]: String(heap) },
  });
  // Ctrl-C reaches the child through the terminal; a signal sent to this process alone is passed on.
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  const wait = () => {};
  process.on('SIGTERM', pass);
  process.on('SIGINT', wait);
  try {
    return await new Promise<number>((resolve) => {
      child.on('error', () => resolve(2));
      child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 2)));
    });
  } finally {
    process.off('SIGTERM', pass);
    process.off('SIGINT', wait);
  }
}
