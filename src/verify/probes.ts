// Readiness and startup probes run by the harness, for runtimes that ignore them (podman): exec
// probes through the driver's exec, httpGet and tcpSocket from inside the pod's network.
import { asArray, asString, isObject, type JsonObject } from '../model/objects.js';
import type { Driver, ProbeResult, Unit } from './types.js';

export type ProbeKind = 'readinessProbe' | 'startupProbe' | 'livenessProbe';

/** The port a probe names: a number, a numeric string, or the name of one of the container's ports. */
export function resolvePort(container: JsonObject, port: unknown): number | undefined {
  if (typeof port === 'number') return port;
  if (typeof port === 'string' && /^\d+$/.test(port)) return Number(port);
  if (typeof port === 'string') {
    for (const p of asArray(container.ports).filter(isObject)) {
      if (p.name === port && typeof p.containerPort === 'number') return p.containerPort;
    }
  }
  return undefined;
}

/** Runs one attempt of the container's probe of `kind`; undefined when it has none. */
export async function runProbe(driver: Driver, unit: Unit, pod: string, containerName: string, container: JsonObject, kind: ProbeKind): Promise<ProbeResult | undefined> {
  const probe = container[kind];
  if (!isObject(probe)) return undefined;
  const timeoutMs = (typeof probe.timeoutSeconds === 'number' ? probe.timeoutSeconds : 1) * 1000;
  if (isObject(probe.exec)) {
    const cmd = asArray(probe.exec.command).map((x) => String(x));
    const r = await driver.exec(unit, pod, containerName, cmd, Math.max(timeoutMs, 1000));
    const out = (r.stdout + r.stderr).trim().split('\n').slice(-1)[0] ?? '';
    return { ok: r.exitCode === 0, detail: `exec ${JSON.stringify(cmd)} → exit ${r.exitCode}${out ? `: ${out.slice(0, 200)}` : ''}` };
  }
  if (isObject(probe.httpGet) || isObject(probe.tcpSocket)) {
    const h = (isObject(probe.httpGet) ? probe.httpGet : probe.tcpSocket) as JsonObject;
    const port = resolvePort(container, h.port);
    if (port === undefined) return { ok: false, detail: `${kind} port ${String(h.port)} is not a port of the container` };
    if (asString(h.host) && !['localhost', '127.0.0.1'].includes(String(h.host))) return { ok: false, detail: `${kind} host ${String(h.host)} is not probed (only the pod itself)` };
    if (!driver.probe) return { ok: false, detail: `the ${driver.name} driver cannot probe ports itself` };
    const http = isObject(probe.httpGet) ? { path: asString(h.path) ?? '/', scheme: asString(h.scheme) } : undefined;
    if (http?.scheme === 'HTTPS') return { ok: false, detail: `${kind} over HTTPS is not run by the harness` };
    return driver.probe(unit, pod, port, http, Math.max(timeoutMs, 1000));
  }
  if (isObject(probe.grpc)) return { ok: false, detail: `${kind} grpc is not run by the harness` };
  return { ok: false, detail: `${kind} has no handler` };
}

/**
 * Retries a probe the way the kubelet would (initialDelaySeconds, periodSeconds, failureThreshold
 * for a startup probe), within `timeoutMs`; returns the last result.
 */
export async function probeUntil(driver: Driver, unit: Unit, pod: string, name: string, container: JsonObject, kind: ProbeKind, timeoutMs: number): Promise<ProbeResult & { attempts: number; ms: number }> {
  const probe = isObject(container[kind]) ? (container[kind] as JsonObject) : {};
  const started = performance.now();
  const delay = (typeof probe.initialDelaySeconds === 'number' ? probe.initialDelaySeconds : 0) * 1000;
  // The harness polls faster than periodSeconds so a check does not wait for nothing.
  const period = Math.min((typeof probe.periodSeconds === 'number' ? probe.periodSeconds : 10) * 1000, 500);
  if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, timeoutMs)));
  let attempts = 0;
  let last: ProbeResult = { ok: false, detail: 'not run' };
  while (true) {
    attempts++;
    last = (await runProbe(driver, unit, pod, name, container, kind)) ?? { ok: true, detail: `no ${kind}` };
    if (last.ok || performance.now() - started + period > timeoutMs) break;
    await new Promise((r) => setTimeout(r, period));
  }
  return { ...last, attempts, ms: performance.now() - started };
}
