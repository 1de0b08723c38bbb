// Volume mounts of a pod: who mounts what where, and which paths a container's command mentions.
// Shared by the volume rules (undeclared-volume, unused-volume, unshared-volume, ...).
import type { NodePath } from '../types.js';
import { asArray, asString, isObject, type JsonObject } from './objects.js';
import type { ContainerInfo, Workload } from './workload.js';
import { closest } from '../config/config.js';

export type MountField = 'volumeMounts' | 'volumeDevices';

/** One `volumeMounts[i]` or `volumeDevices[i]` entry of a declared container. */
export interface MountInfo {
  container: ContainerInfo;
  field: MountField;
  index: number;
  /** Absolute path of the entry. */
  path: NodePath;
  /** The volume it names (undefined when `name` is missing or not a string). */
  name?: string;
  /** `mountPath` (for a device: `devicePath`), as written. */
  mountPath?: string;
  /** The key `mountPath` was read from: `mountPath` or `devicePath`. */
  pathKey: 'mountPath' | 'devicePath';
  readOnly: boolean;
  /** `subPath` or `subPathExpr`, when set: the container sees only part of the volume. */
  subPath?: string;
  spec: JsonObject;
}

/** A declared volume: `spec.volumes[i]`, or a StatefulSet's `volumeClaimTemplates[i]`. */
export interface DeclaredVolume {
  name: string;
  /** Absolute path of the `name` value. */
  namePath: NodePath;
  /** Absolute path of the volume entry. */
  path: NodePath;
  /** emptyDir, configMap, secret, persistentVolumeClaim...; `volumeClaimTemplate` for a StatefulSet claim. */
  type: string;
  spec: JsonObject;
  index: number;
  from: 'volumes' | 'volumeClaimTemplates';
}

/** Volume sources whose content the kubelet writes and mounts read-only: never an exchange point. */
export const PROJECTED_TYPES: ReadonlySet<string> = new Set(['configMap', 'secret', 'projected', 'downwardAPI', 'serviceAccountToken', 'image']);

/** The source key of a volume entry (what Kubernetes defaults to when none is given: emptyDir). */
export function volumeType(v: JsonObject): string {
  return Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir';
}

/** `spec.volumes` entries with a string name, in order (duplicates kept), plus a StatefulSet's claim templates. */
export function declaredVolumes(w: Workload): DeclaredVolume[] {
  const out: DeclaredVolume[] = [];
  asArray(w.podSpec.volumes).forEach((v, index) => {
    if (!isObject(v) || typeof v.name !== 'string') return;
    const path = [...w.podSpecPath, 'volumes', index];
    out.push({ name: v.name, namePath: [...path, 'name'], path, type: volumeType(v), spec: v, index, from: 'volumes' });
  });
  if (w.kind === 'StatefulSet') {
    const spec = isObject(w.object.value.spec) ? w.object.value.spec : {};
    asArray(spec.volumeClaimTemplates).forEach((t, index) => {
      if (!isObject(t) || !isObject(t.metadata) || typeof t.metadata.name !== 'string') return;
      const path = w.object.at('spec', 'volumeClaimTemplates', index);
      out.push({
        name: t.metadata.name,
        namePath: [...path, 'metadata', 'name'],
        path,
        type: 'volumeClaimTemplate',
        spec: t,
        index,
        from: 'volumeClaimTemplates',
      });
    });
  }
  return out;
}

/** A declared container's volume mounts and devices, in spec order. */
export function mountsOf(c: ContainerInfo): MountInfo[] {
  if (!c.list) return [];
  const out: MountInfo[] = [];
  const read = (field: MountField, pathKey: 'mountPath' | 'devicePath') => {
    asArray(c.spec[field]).forEach((m, index) => {
      if (!isObject(m)) return;
      const subPath = asString(m.subPath) || asString(m.subPathExpr) || undefined;
      out.push({
        container: c,
        field,
        index,
        path: [...c.path, field, index],
        name: asString(m.name),
        mountPath: asString(m[pathKey]),
        pathKey,
        readOnly: m.readOnly === true,
        subPath,
        spec: m,
      });
    });
  };
  read('volumeMounts', 'mountPath');
  read('volumeDevices', 'devicePath');
  return out;
}

/** Every mount of every declared container of the pod (regular, init, native sidecar, ephemeral). */
export function podMounts(w: Workload): MountInfo[] {
  return w.declared.flatMap(mountsOf);
}

/** The mounts of each volume name. */
export function mountsByVolume(mounts: readonly MountInfo[]): Map<string, MountInfo[]> {
  const out = new Map<string, MountInfo[]>();
  for (const m of mounts) {
    if (m.name === undefined) continue;
    let list = out.get(m.name);
    if (!list) out.set(m.name, (list = []));
    list.push(m);
  }
  return out;
}

/** `/a//b/./c/` → `/a/b/c`; relative paths keep their form. */
export function normalizePath(p: string): string {
  const abs = p.startsWith('/');
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    parts.push(seg);
  }
  return (abs ? '/' : '') + parts.join('/') || (abs ? '/' : '');
}

/** True when `path` is `dir` or lies below it (`/var/log/app/x.log` is within `/var/log/app`, `/var/logs` is not within `/var/log`). */
export function isWithin(path: string, dir: string): boolean {
  const p = normalizePath(path);
  const d = normalizePath(dir);
  if (d === '/') return p.startsWith('/');
  return p === d || p.startsWith(d + '/');
}

/** The mount of `mounts` that serves `path` (the deepest mountPath that contains it). */
export function mountServing(mounts: readonly MountInfo[], path: string): MountInfo | undefined {
  let best: MountInfo | undefined;
  for (const m of mounts) {
    if (m.field !== 'volumeMounts' || m.mountPath === undefined) continue;
    if (!isWithin(path, m.mountPath)) continue;
    if (!best || normalizePath(m.mountPath).length > normalizePath(best.mountPath!).length) best = m;
  }
  return best;
}

/**
 * Mount paths that are a container's private scratch or the kubelet's, not a place where two
 * containers hand data to each other, even when both mount something there.
 */
export function isPrivatePath(mountPath: string): boolean {
  const p = normalizePath(mountPath);
  if (['/', '/tmp', '/var/tmp', '/dev/shm', '/dev', '/proc', '/sys', '/run', '/var/run', '/etc', '/home', '/root', '/usr', '/bin', '/lib'].includes(p)) return true;
  // A volume mounted at a directory of its own below /tmp (/tmp/git) is a deliberate exchange point.
  return ['/var/run/secrets', '/run/secrets', '/dev', '/proc', '/sys'].some((d) => isWithin(p, d));
}

/** Where a container mentions a path: a command/args item, an env value, an exec probe or hook. */
export interface PathMention {
  container: ContainerInfo;
  /** The path as written (globs cut off at their first wildcard segment's parent). */
  text: string;
  /** The path exactly as it appears in the string (with any glob). */
  raw: string;
  /** Absolute path of the string value that holds it. */
  path: NodePath;
  /** Offset of `raw` in that string. */
  offset: number;
  /** The whole string, for callers that look at what is done with the path. */
  value: string;
  where: 'command' | 'args' | 'env' | 'probe' | 'lifecycle';
}

const PATH_TOKEN = /\/[A-Za-z0-9_.@%+,~*?\[\]{}=-]+(?:\/[A-Za-z0-9_.@%+,~*?\[\]{}=-]*)*/g;
/** What may come right before a path: start, blank, quote, `=`, `:` (path lists), brackets, shell operators. */
const BEFORE_PATH = /[\s'"=:(\[{,;|&<>`]/;
const URL = /\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s'"]*/g;

/** Absolute paths in a string, with their offsets (URLs are skipped, `file://` paths kept). */
export function pathsIn(s: string): { raw: string; text: string; offset: number }[] {
  // Blank out URLs (keeping offsets) so their paths do not count; file:///x keeps /x.
  const scrubbed = s.replace(URL, (url) => {
    const file = /^file:\/\/(\/.*)$/i.exec(url);
    return file ? ' '.repeat(url.length - file[1]!.length) + file[1]! : ' '.repeat(url.length);
  });
  const out: { raw: string; text: string; offset: number }[] = [];
  for (const m of scrubbed.matchAll(PATH_TOKEN)) {
    const offset = m.index ?? 0;
    if (offset > 0 && !BEFORE_PATH.test(scrubbed[offset - 1]!)) continue;
    let raw = m[0];
    // Trailing punctuation of the sentence or the shell, not of the path.
    raw = raw.replace(/[.,;:=]+$/, '');
    if (raw.startsWith('//')) continue;
    const text = cutGlob(raw);
    if (text === '/' || text === '') continue;
    out.push({ raw, text: normalizePath(text), offset });
  }
  return out;
}

/** `/var/log/app/*.log` → `/var/log/app`; `/data/{a,b}` → `/data`. */
function cutGlob(p: string): string {
  const segs = p.split('/');
  const i = segs.findIndex((s) => /[*?[\]{}]/.test(s));
  return i === -1 ? p : segs.slice(0, i).join('/') || '/';
}

/** The absolute paths a declared container mentions in its command, args, env values, exec probes and hooks. */
export function pathMentions(c: ContainerInfo): PathMention[] {
  if (!c.list) return [];
  const out: PathMention[] = [];
  const scan = (value: unknown, path: NodePath, where: PathMention['where']) => {
    if (typeof value !== 'string') return;
    for (const p of pathsIn(value)) out.push({ container: c, text: p.text, raw: p.raw, path, offset: p.offset, value, where });
  };
  const list = (v: unknown, path: NodePath, where: PathMention['where']) => asArray(v).forEach((item, i) => scan(item, [...path, i], where));
  list(c.spec.command, [...c.path, 'command'], 'command');
  list(c.spec.args, [...c.path, 'args'], 'args');
  asArray(c.spec.env).forEach((e, i) => {
    if (isObject(e)) scan(e.value, [...c.path, 'env', i, 'value'], 'env');
  });
  for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
    const p = c.spec[probe];
    if (isObject(p) && isObject(p.exec)) list(p.exec.command, [...c.path, probe, 'exec', 'command'], 'probe');
  }
  const lc = c.spec.lifecycle;
  if (isObject(lc)) {
    for (const hook of ['postStart', 'preStop']) {
      const h = lc[hook];
      if (isObject(h) && isObject(h.exec)) list(h.exec.command, [...c.path, 'lifecycle', hook, 'exec', 'command'], 'lifecycle');
    }
  }
  return out;
}

/** Images of log shippers and telemetry collectors: they read what the app writes. */
const COLLECTOR_IMAGE =
  /(^|[/_-])(fluentd|fluent-bit|fluentbit|filebeat|promtail|vector|logstash|opentelemetry-collector(-contrib|-k8s)?|otel-?collector(-contrib)?|otelcol(-contrib|-k8s)?|grafana-agent|alloy|td-agent-bit|td-agent|nxlog|logspout|rsyslog|stackdriver-logging-agent|fluentd-gcp|splunk-otel-collector|datadog-agent|cloudwatch-agent|fluent-bit-plugin-loki|loggregator-agent)(:|@|$)/i;

/** True when the container's image is a known log shipper or collector. */
export function isCollectorImage(c: ContainerInfo): boolean {
  const image = asString(c.spec.image);
  if (!image) return false;
  // Drop the registry host and keep the last path element with its tag.
  const last = image.split('/').pop() ?? '';
  return COLLECTOR_IMAGE.test(last) || COLLECTOR_IMAGE.test(image);
}

/** Commands that only read the files they are given. */
const READ_COMMANDS = new Set(['tail', 'cat', 'less', 'more', 'head', 'grep', 'egrep', 'zcat', 'zgrep', 'ls', 'wc', 'stat', 'test', 'md5sum', 'sha256sum', 'diff', 'cmp']);
/** Commands and shell syntax that write to their operands. */
const WRITE_WORDS =
  /(>|\btee\b|\bcp\b|\bmv\b|\brm\b|\bmkdir\b|\btouch\b|\bln\b|\bchmod\b|\bchown\b|\bsed\s+-i\b|\btruncate\b|\bdd\b|\btar\b|\bunzip\b|\bgzip\b|\bgunzip\b|\bcurl\b.*\s-o\b|\bwget\b|\brsync\b|\blogrotate\b|\bmkfifo\b|\bsocat\b|\bnc\b)/;

/**
 * How a container uses what it mentions below `dir`: `read` when every mention is an operand of a
 * reading command (tail -F /logs/app.log) and nothing writes there; `write` when something may
 * write; `none` when it does not mention `dir`.
 */
export function usageOf(c: ContainerInfo, dir: string): 'read' | 'write' | 'none' {
  const mentions = pathMentions(c).filter((m) => isWithin(m.text, dir));
  if (mentions.length === 0) return 'none';
  for (const m of mentions) {
    if (m.where === 'env') return 'write';
    // The shell words of the string that holds the mention, up to the mention.
    const before = m.value.slice(0, m.offset).replace(/file:\/\/$/i, '');
    // The command line (after the last ;, &&, |, newline) that holds the mention.
    const segment = before.split(/;|&&|\|\||\||\n/).pop() ?? '';
    const after = m.value.slice(m.offset).split(/;|&&|\|\||\||\n/)[0] ?? '';
    // Redirections count only when they write below `dir` (not `2>&1`, `> /dev/stdout`).
    const redirects = (t: string) => t.replace(/\d*>>?\s*(&\d+|[^\s;|&]+)/g, (r, target: string) => (!target.startsWith('&') && isWithin(target, dir) ? r : ' '));
    if (WRITE_WORDS.test(redirects(segment)) || WRITE_WORDS.test(redirects(after))) return 'write';
    const words = segment.trim().split(/\s+/).filter(Boolean);
    let verb = words.find((w) => !w.startsWith('-') && !/^(exec|sh|bash|-c|nohup|while|do|then|true)$/.test(w));
    if (verb === undefined) {
      // The path is an item of its own in command/args: the verb is the first word of the whole command line.
      const line = [...asArray(c.spec.command), ...asArray(c.spec.args)].map((x) => asString(x) ?? '').join(' ');
      verb = line
        .split(/\s+/)
        .find((w) => w && !w.startsWith('-') && !/^(exec|sh|bash|\/bin\/sh|\/bin\/bash|nohup)$/.test(w));
    }
    const base = (verb ?? '').split('/').pop() ?? '';
    if (!READ_COMMANDS.has(base)) return 'write';
  }
  return 'read';
}

/**
 * Pod volumes that a mesh or agent injector mounts into the container it adds, named in the
 * pod's annotations: Istio's `sidecar.istio.io/userVolumeMount` (JSON), Dapr's
 * `dapr.io/volume-mounts` and `dapr.io/volume-mounts-rw` (`name:/path,...`). Volume name → annotation.
 */
export function annotationMountedVolumes(w: Workload): Map<string, string> {
  const out = new Map<string, string>();
  const a = w.annotations;
  const istio = asString(a['sidecar.istio.io/userVolumeMount']);
  if (istio) {
    try {
      const parsed: unknown = JSON.parse(istio);
      const entries = Array.isArray(parsed) ? parsed : isObject(parsed) ? Object.entries(parsed).map(([k, v]) => (isObject(v) ? { name: k, ...v } : { name: k })) : [];
      for (const e of entries) {
        if (isObject(e) && typeof e.name === 'string') out.set(e.name, 'sidecar.istio.io/userVolumeMount');
      }
    } catch {
      // Not JSON: nothing we can read.
    }
  }
  for (const key of ['dapr.io/volume-mounts', 'dapr.io/volume-mounts-rw']) {
    const v = asString(a[key]);
    if (!v) continue;
    for (const item of v.split(',')) {
      const name = item.split(':')[0]?.trim();
      if (name) out.set(name, key);
    }
  }
  return out;
}


/** A Kustomize patch rather than a whole object (see K8sObject.isPatch). */
export function isPatchLike(w: Workload): boolean {
  return w.object.isPatch;
}

/**
 * Where a path mention was written, as offsets in the file: the path inside its string when the
 * text there can be found (plain, quoted or block scalars), else the whole string.
 */
export function mentionSpan(w: Workload, m: PathMention): readonly [number, number] {
  const doc = w.object.doc;
  const [start, end] = doc.locate(m.path).span;
  const text = doc.source.text.slice(start, end);
  // The mention is the n-th occurrence of its text in the string; find the n-th in the source.
  let n = 0;
  for (let i = m.value.indexOf(m.raw); i !== -1 && i < m.offset; i = m.value.indexOf(m.raw, i + 1)) n++;
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(m.raw, at + 1);
    if (at === -1) break;
  }
  return at === -1 ? [start, end] : [start + at, start + at + m.raw.length];
}

/** The name of the object a volume takes its content from: a ConfigMap, Secret or claim. */
export function sourceName(d: DeclaredVolume): string | undefined {
  const s = d.spec[d.type];
  if (!isObject(s)) return undefined;
  return asString(s.name) ?? asString(s.secretName) ?? asString(s.claimName);
}

function nameTokens(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[-_.]+/)
    .filter((t) => t.length >= 3);
}

/** Names that look like the same thing: one contains the other, or they share a word (`conf` ~ `config`). */
export function namesRelated(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (Math.min(a.length, b.length) >= 2 && (a.includes(b) || b.includes(a))) return true;
  const tb = nameTokens(b);
  return nameTokens(a).some((x) => tb.some((y) => x.startsWith(y) || y.startsWith(x)));
}

/**
 * The declared volume a mount of an undeclared `name` most likely meant: among the volumes no
 * container mounts, the nearest spelling, else the only one whose name (or ConfigMap, Secret,
 * claim) shares a word with it; else the nearest spelling among all volumes.
 */
export function likelyVolume(name: string, declared: readonly DeclaredVolume[], mounted: ReadonlySet<string>): string | undefined {
  // closest() accepts up to 3 edits, which on short names is anything: ask for a common first letter too.
  const near = (candidates: string[]) => {
    const c = closest(name, candidates);
    return c !== undefined && (c[0] === name[0] || namesRelated(c, name)) ? c : undefined;
  };
  const unused = declared.filter((d) => !mounted.has(d.name));
  const spelt = near(unused.map((d) => d.name));
  if (spelt) return spelt;
  const related = [...new Set(unused.filter((d) => namesRelated(name, d.name) || namesRelated(name, sourceName(d))).map((d) => d.name))];
  if (related.length === 1) return related[0];
  return near(declared.map((d) => d.name));
}
