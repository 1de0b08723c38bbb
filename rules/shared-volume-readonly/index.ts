import { isWorkloadObject } from '../../src/model/run.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Fix, NodePath } from '../../src/types.js';
import { setMapKey } from '../../src/fix/yaml-edits.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { ContainerInfo, Workload } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import type { K8sObject } from '../../src/model/objects.js';
import { asArray, asString, isObject } from '../../src/model/objects.js';
import {
  PROJECTED_TYPES,
  declaredVolumes,
  isCollectorImage,
  isPatchLike,
  isWithin,
  mountsByVolume,
  mountsOf,
  pathsIn,
  podMounts,
  usageOf,
  type DeclaredVolume,
  type MountInfo,
} from '../../src/model/mounts.js';

const who = (c: ContainerInfo) => `${roleWord(c)} "${c.name}"`;

/** Config lines that make a collector write where it reads: position files, databases, buffers. */
const WRITES_STATE = /pos_?file|\bdb\b|positions?|storage|checkpoint|buffer|registry|data_?dir|offset|state|cursor|\bpath\.data\b/i;

/** The text of the ConfigMaps a container mounts that are in the same run. */
function configText(w: Workload, c: ContainerInfo, volumes: Map<string, DeclaredVolume>, configMaps: K8sObject[]): string | undefined {
  const names: string[] = [];
  for (const m of mountsOf(c)) {
    const v = m.name !== undefined ? volumes.get(m.name) : undefined;
    if (!v) continue;
    if (v.type === 'configMap' && isObject(v.spec.configMap)) {
      const n = asString(v.spec.configMap.name);
      if (n) names.push(n);
    } else if (v.type === 'projected' && isObject(v.spec.projected)) {
      for (const s of asArray(v.spec.projected.sources)) {
        if (isObject(s) && isObject(s.configMap) && typeof s.configMap.name === 'string') names.push(s.configMap.name);
      }
    }
  }
  const texts: string[] = [];
  for (const n of names) {
    const cm = configMaps.find(
      (o) => o.name === n && (o.namespace === undefined || w.object.namespace === undefined || o.namespace === w.object.namespace),
    );
    if (!cm || !isObject(cm.value.data)) continue;
    for (const v of Object.values(cm.value.data)) if (typeof v === 'string') texts.push(v);
  }
  return texts.length ? texts.join('\n') : undefined;
}

/**
 * Whether a collector only reads what is below `dir`: its config (a ConfigMap of the run) names
 * paths there, and none of them on a line that keeps state (a position file, a database).
 */
function collectorOnlyReads(text: string, dir: string): boolean {
  let mentions = 0;
  for (const line of text.split('\n')) {
    const inDir = pathsIn(line).filter((p) => isWithin(p.text, dir));
    if (inDir.length === 0) continue;
    if (WRITES_STATE.test(line)) return false;
    mentions++;
  }
  return mentions > 0;
}

function check(w: Workload, ctx: RuleContext, configMaps: K8sObject[]): void {
  if (isPatchLike(w)) return;
  const volumes = new Map<string, DeclaredVolume>();
  for (const d of declaredVolumes(w)) if (!volumes.has(d.name)) volumes.set(d.name, d);
  const byVolume = mountsByVolume(podMounts(w));
  for (const [name, ms] of byVolume) {
    const v = volumes.get(name);
    if (!v || PROJECTED_TYPES.has(v.type)) continue;
    const mounts = ms.filter((m) => m.field === 'volumeMounts' && m.mountPath && m.container.role !== 'ephemeral');
    if (mounts.length === 0) continue;

    // Nobody can write: every mount of the emptyDir is read-only.
    if (v.type === 'emptyDir' && mounts.every((m) => m.readOnly)) {
      const first = mounts.find((m) => m.container.role === 'app') ?? mounts[0]!;
      const users = [...new Set(mounts.map((m) => m.container))];
      ctx.report({
        object: w.object,
        path: [...first.path, 'readOnly'],
        container: first.container,
        // A broken exchange, not a hardening hint: worth more than the rule's info.
        severity: 'warning',
        message:
          `emptyDir "${name}" is mounted readOnly by ${users.length === 1 ? `its only user, ${who(users[0]!)}` : `every container that uses it (${users.map(who).join(', ')})`}: ` +
          'it stays empty, since no container can write what the others read; mount it writable in the container that fills it',
      });
      continue;
    }

    if (new Set(mounts.map((m) => m.container)).size < 2) continue;
    const readers: MountInfo[] = [];
    for (const m of mounts) {
      const c = m.container;
      if (m.readOnly || (!c.running && c.role !== 'app')) continue;
      if (usageOf(c, m.mountPath!) === 'read') {
        readers.push(m);
        continue;
      }
      if (isCollectorImage(c)) {
        const text = configText(w, c, volumes, configMaps);
        if (text !== undefined && collectorOnlyReads(text, m.mountPath!)) readers.push(m);
      }
    }
    for (const r of readers) {
      const writer = mounts.find((m) => m.container !== r.container && !m.readOnly && !readers.includes(m));
      if (!writer) continue;
      ctx.report({
        object: w.object,
        path: r.spec.readOnly !== undefined ? [...r.path, 'readOnly'] : r.path,
        container: r.container,
        fix: readOnlyFix(w, r.path),
        message:
          `${who(r.container)} only reads ${v.type} "${name}" at ${r.mountPath}, which ${who(writer.container)} writes, but mounts it writable: ` +
          'set readOnly: true on this mount so a bug or a compromise in the reader cannot alter or delete the data',
      });
    }
  }
}

export default defineRule({
  meta: {
    id: 'shared-volume-readonly',
    severity: 'info',
    category: 'volumes',
    description: 'A container that only reads a shared volume mounts it writable, or every container mounts an emptyDir read-only.',
    rationale:
      'In a writer/reader pair (the app writes logs, a shipper tails them) the reader needs no write access: mounting the volume readOnly documents the direction of the exchange and keeps a bug or a compromised sidecar from truncating, deleting or planting files the app trusts. The opposite mistake is worse: when every container mounts an emptyDir readOnly, nothing can ever be written to it and the readers wait on an empty directory.',
    fix: 'Add readOnly: true to the reader\'s volumeMount (a log shipper that keeps a position file next to the logs needs it elsewhere first); when every mount is read-only, make the writer\'s mount writable.',
  },
  /** The run looks at workloads, and the ConfigMaps their collectors read. */
  keep: (obj) => obj.kind === 'ConfigMap' || isWorkloadObject(obj),

  run(run, ctx) {
    const configMaps = run.objects.filter((o) => o.kind === 'ConfigMap');
    for (const w of run.workloads) check(w, ctx, configMaps);
  },
});

function readOnlyFix(w: Workload, mountPath: NodePath): Fix | undefined {
  const edits = setMapKey(w.object.doc, mountPath, 'readOnly', true);
  return edits && { description: 'mount it readOnly: true', edits };
}
