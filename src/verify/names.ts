// Names of everything a verify run creates: unique per run, so parallel runs never collide, and
// recognisable, so leftovers can be found and removed (`sidecar-lint verify --cleanup`).
import { randomBytes } from 'node:crypto';

/** Label (Kubernetes) and name prefix (podman) of everything a run creates. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY = 'sidecar-lint-verify';
export const RUN_LABEL = 'sidecar-lint.io/verify-run';
export const UNIT_LABEL = 'sidecar-lint.io/verify-unit';
/** Prefix of podman pods and volumes and of Kubernetes namespaces. */
export const NAME_PREFIX = 'slv';

/** 8 characters of [a-z0-9], starting with a letter. */
export function newRunId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(8);
  let id = alphabet[bytes[0]! % 26]!;
  for (let i = 1; i < 8; i++) id += alphabet[bytes[i]! % alphabet.length];
  return id;
}

/** A DNS-1123 label fragment: lower case, [a-z0-9-], no leading or trailing '-'. */
export function dnsFragment(s: string, max: number): string {
  const cleaned = s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return cleaned.slice(0, max).replace(/-$/, '') || 'x';
}

/** `slv-<test>-<run>`: at most 63 characters, a valid namespace name. */
export function namespaceName(test: string, runId: string, index: number): string {
  const tail = `-${runId}-${index}`;
  return `${NAME_PREFIX}-${dnsFragment(test, 63 - NAME_PREFIX.length - 1 - tail.length)}${tail}`;
}

/** Podman pod name: `slv-<workload>-<run>-<n>` (podman names its containers `<pod>-<container>`). */
export function podName(workload: string, runId: string, index: number): string {
  return namespaceName(workload, runId, index);
}

/** A podman volume name that belongs to one pod of one run. */
export function volumeName(pod: string, volume: string): string {
  return `${pod}-${volume.replace(/[^a-zA-Z0-9_.-]+/g, '-')}`.slice(0, 200);
}

/** `30s`, `1m30s`, `500ms`, `2m`, or a bare number of seconds → milliseconds. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v * 1000;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(s))) {
    const n = Number(m[1]);
    total += m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : m[2] === 'm' ? n * 60_000 : n * 3_600_000;
    at = re.lastIndex;
  }
  return at === s.length && at > 0 ? total : undefined;
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
