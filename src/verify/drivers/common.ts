// Helpers shared by the drivers.
import type { PodState } from '../types.js';
import { sleep } from '../process.js';

export class DeployError extends Error {}
/** The driver cannot run here (podman not installed, no kubeconfig context...): exit code 2. */
export class DriverUnavailable extends Error {}

/** Polls `status` until `done` or the time is up. */
export async function pollWait(status: () => Promise<PodState | undefined>, done: (s: PodState) => boolean, timeoutMs: number, intervalMs = 250): Promise<{ state?: PodState; met: boolean }> {
  const deadline = performance.now() + timeoutMs;
  let state: PodState | undefined;
  while (true) {
    state = await status();
    if (state && done(state)) return { state, met: true };
    const left = deadline - performance.now();
    if (left <= 0) return { state, met: false };
    await sleep(Math.min(intervalMs, left));
  }
}

/** Epoch ms of an ISO time, or undefined for a zero time (`0001-01-01...`) and garbage. */
export function epoch(t: unknown): number | undefined {
  if (typeof t !== 'string' && !(t instanceof Date)) return undefined;
  const ms = t instanceof Date ? t.getTime() : Date.parse(t);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

export function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}
