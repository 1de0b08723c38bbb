/** A Kubernetes minor version; only major.minor matter to the rules. */
export interface KubeVersion {
  major: number;
  minor: number;
}

/** Oldest and newest minors the tool has schemas and facts for. */
export const OLDEST_KNOWN_MINOR = 25;
export const NEWEST_KNOWN_MINOR = 37;
export const DEFAULT_KUBE_VERSION: KubeVersion = { major: 1, minor: NEWEST_KNOWN_MINOR };

/** Accepts `1.30`, `v1.30`, `1.30.2`. Returns undefined for anything else. */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(String(text).trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]) };
}

export function formatKubeVersion(v: KubeVersion): string {
  return `${v.major}.${v.minor}`;
}

/** True when `v` is at least major.minor. */
export function atLeast(v: KubeVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

/**
 * Native sidecars (KEP-753, gate SidecarContainers): alpha and off by default in 1.28 (the
 * field is dropped), beta and on from 1.29, GA in 1.33.
 */
export function nativeSidecarsEnabled(v: KubeVersion): boolean {
  return atLeast(v, 1, 29);
}

/**
 * `restartPolicy` on regular containers (KEP-5307, gate ContainerRestartRules): alpha in 1.34,
 * beta and on by default from 1.35. Before that the API server rejects it.
 */
export function containerRestartRulesEnabled(v: KubeVersion): boolean {
  return atLeast(v, 1, 35);
}
