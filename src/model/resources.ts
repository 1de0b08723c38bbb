import type { NodePath } from '../types.js';
import { asArray, isObject, type JsonObject } from './objects.js';
import { parseCpu, parseMemory } from './quantity.js';

/** The two resources the scheduler and the kubelet size every pod by. */
export type ResourceName = 'cpu' | 'memory';
export const RESOURCE_NAMES: readonly ResourceName[] = ['cpu', 'memory'];

/** One cpu or memory amount of a container, where it is written and what it says. */
export interface ResourceAmount {
  /** Cores or bytes; undefined when the text is not a quantity (the API server rejects it). */
  value: number | undefined;
  raw: unknown;
  /** `requests`, or `limits` for a request the API server defaults from the limit. */
  from: 'requests' | 'limits';
  /** Path relative to the container (or pod spec, for pod-level resources). */
  rel: NodePath;
}

const parsers: Record<ResourceName, (v: unknown) => number | undefined> = { cpu: parseCpu, memory: parseMemory };

function section(holder: unknown, key: 'requests' | 'limits'): JsonObject | undefined {
  if (!isObject(holder) || !isObject(holder.resources)) return undefined;
  const s = holder.resources[key];
  return isObject(s) ? s : undefined;
}

function amount(holder: unknown, key: 'requests' | 'limits', res: ResourceName): ResourceAmount | undefined {
  const s = section(holder, key);
  if (!s) return undefined;
  const raw = s[res];
  if (raw === undefined || raw === null) return undefined;
  return { value: parsers[res](raw), raw, from: key, rel: ['resources', key, res] };
}

/** The limit a container (or pod spec, for pod-level resources) sets for a resource. */
export function limitOf(spec: unknown, res: ResourceName): ResourceAmount | undefined {
  return amount(spec, 'limits', res);
}

/**
 * The request a container makes for a resource, after the API server's defaulting: a resource
 * with a limit and no request gets the limit as its request.
 */
export function requestOf(spec: unknown, res: ResourceName): ResourceAmount | undefined {
  return amount(spec, 'requests', res) ?? amount(spec, 'limits', res);
}

/** Written requests, or limits standing in for them: what the scheduler counts. */
export function hasAnyRequest(spec: unknown): boolean {
  return RESOURCE_NAMES.some((r) => requestOf(spec, r) !== undefined);
}

/** Pod-level resources (`spec.resources`, KEP-2837): when set they bound the whole pod. */
export function hasPodLevelResources(podSpec: unknown): boolean {
  return RESOURCE_NAMES.some((r) => requestOf(podSpec, r) !== undefined);
}

/** One resource of a pod's effective request, taken apart. */
export interface ResourceBreakdown {
  /** What the scheduler reserves, quota charges and QoS sees: max(initPeak, running) + overhead. */
  total: number;
  /** Native sidecars plus regular containers: the steady state. */
  running: number;
  /** The init phase's peak: each plain init container plus the native sidecars started before it. */
  initPeak: number;
  /** The init container that sets initPeak (when it beats the steady state). */
  initPeakBy?: string;
  /** Native sidecars plus regular containers other than the app, in the steady state. */
  sidecars: number;
  /** spec.overhead (RuntimeClass). */
  overhead: number;
  /** Pod-level request (spec.resources) that replaces the containers' sum, when set. */
  podLevel?: number;
  /** Containers whose amount is not a quantity and was counted as zero. */
  unreadable: string[];
}

export interface PodRequests {
  cpu: ResourceBreakdown;
  memory: ResourceBreakdown;
}

export interface PodRequestOptions {
  /** Index in `containers` of the app container: every other running container is a sidecar. */
  appIndex?: number;
  /** False before Kubernetes 1.29, where restartPolicy on init containers is dropped (default true). */
  nativeSidecars?: boolean;
}

/**
 * A pod's effective requests, as the scheduler computes them (KEP-753; component-helpers
 * `resource.PodRequests`):
 *   max( max_i(sum of native sidecars declared before init i + init i),
 *        sum(native sidecars) + sum(regular containers) ) + overhead
 * with pod-level requests, when set, in place of the max. Requests default to limits.
 */
export function podRequests(podSpec: unknown, options: PodRequestOptions = {}): PodRequests {
  const spec = isObject(podSpec) ? podSpec : {};
  return {
    cpu: breakdown(spec, 'cpu', options),
    memory: breakdown(spec, 'memory', options),
  };
}

function breakdown(spec: JsonObject, res: ResourceName, options: PodRequestOptions): ResourceBreakdown {
  const unreadable: string[] = [];
  const request = (c: JsonObject, fallbackName: string): number => {
    const a = requestOf(c, res);
    if (!a) return 0;
    if (a.value === undefined) {
      unreadable.push(typeof c.name === 'string' ? c.name : fallbackName);
      return 0;
    }
    return a.value;
  };

  let running = 0;
  let sidecars = 0;
  asArray(spec.containers).forEach((c, i) => {
    if (!isObject(c)) return;
    const r = request(c, `containers[${i}]`);
    running += r;
    if (options.appIndex !== undefined && i !== options.appIndex) sidecars += r;
  });

  let nativeSoFar = 0;
  let initPeak = 0;
  let initPeakBy: string | undefined;
  asArray(spec.initContainers).forEach((c, i) => {
    if (!isObject(c)) return;
    const r = request(c, `initContainers[${i}]`);
    const name = typeof c.name === 'string' ? c.name : `initContainers[${i}]`;
    let phase: number;
    if (c.restartPolicy === 'Always' && options.nativeSidecars !== false) {
      nativeSoFar += r;
      running += r;
      sidecars += r;
      phase = nativeSoFar;
    } else {
      phase = nativeSoFar + r;
    }
    if (phase > initPeak) {
      initPeak = phase;
      initPeakBy = name;
    }
  });

  let total = Math.max(initPeak, running);
  let podLevel: number | undefined;
  const pod = amount(spec, 'requests', res);
  const podLimit = amount(spec, 'limits', res);
  if (pod?.value !== undefined) podLevel = pod.value;
  else if (!pod && podLimit?.value !== undefined && !anyContainerRequests(spec, res)) podLevel = podLimit.value;
  if (podLevel !== undefined) total = podLevel;

  const overheadSpec = isObject(spec.overhead) ? spec.overhead : {};
  const overhead = parsers[res](overheadSpec[res]) ?? 0;
  total += overhead;
  return {
    total: tidy(total),
    running: tidy(running),
    initPeak: tidy(initPeak),
    initPeakBy: initPeak > running ? initPeakBy : undefined,
    sidecars: tidy(sidecars),
    overhead,
    podLevel,
    unreadable,
  };
}

function anyContainerRequests(spec: JsonObject, res: ResourceName): boolean {
  return [...asArray(spec.containers), ...asArray(spec.initContainers)].some((c) => requestOf(c, res) !== undefined);
}

/** Sums of millicores drift (0.1 + 0.2); round them back to what Kubernetes would store. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}
