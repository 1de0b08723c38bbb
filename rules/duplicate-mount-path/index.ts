import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { mountsOf, normalizePath, isPatchLike, type MountInfo } from '../../src/model/mounts.js';

const vol = (m: MountInfo) => (m.name !== undefined ? `volume "${m.name}"` : 'a volume');

export default defineRule({
  meta: {
    id: 'duplicate-mount-path',
    severity: 'error',
    category: 'volumes',
    description: 'One container mounts two volumes (or a volume and a device) at the same path.',
    rationale:
      'Within a container every volumeMounts[].mountPath must be unique, and no mountPath may equal a volumeDevices[].devicePath: the API server rejects the object ("mountPath: Invalid value: must be unique"). Paths that differ only in spelling (/data and /data/) pass validation but mount two volumes on one directory, and the second hides the first. It typically happens when a sidecar template and a hand-written mount both add the same directory.',
    fix: 'Keep one mount per path: drop the duplicate, or give the second volume its own mountPath (or mount single files with subPath under distinct paths).',
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    for (const c of w.declared) {
      const mounts = mountsOf(c).filter((m) => m.mountPath !== undefined && m.mountPath !== '');
      const exact = new Map<string, MountInfo>();
      const normal = new Map<string, MountInfo>();
      const devices = new Map<string, MountInfo>();
      for (const m of mounts.filter((m) => m.field === 'volumeDevices')) {
        const first = devices.get(m.mountPath!);
        if (first) {
          ctx.report({
            object: w.object,
            path: [...m.path, 'devicePath'],
            container: c,
            message: `devicePath ${m.mountPath} of ${roleWord(c)} "${c.name}" is used twice (${vol(first)} and ${vol(m)}): the API server rejects the ${w.kind} (volumeDevices[${m.index}].devicePath: must be unique)`,
          });
        } else devices.set(m.mountPath!, m);
      }
      for (const m of mounts.filter((m) => m.field === 'volumeMounts')) {
        const path = m.mountPath!;
        const first = exact.get(path);
        const same = normal.get(normalizePath(path));
        const device = devices.get(path);
        const at = [...m.path, 'mountPath'];
        if (first) {
          ctx.report({
            object: w.object,
            path: at,
            container: c,
            message: `mountPath ${path} of ${roleWord(c)} "${c.name}" is used twice (${vol(first)} and ${vol(m)}): the API server rejects the ${w.kind} (volumeMounts[${m.index}].mountPath: must be unique)`,
          });
        } else if (same) {
          ctx.report({
            object: w.object,
            path: at,
            container: c,
            message: `mountPath ${path} of ${roleWord(c)} "${c.name}" is the directory ${same.mountPath} already mounted from ${vol(same)}: ${vol(m)} is mounted over it and hides it`,
          });
        } else if (device) {
          ctx.report({
            object: w.object,
            path: at,
            container: c,
            message: `mountPath ${path} of ${roleWord(c)} "${c.name}" is also the devicePath of ${vol(device)}: the API server rejects the ${w.kind} (volumeMounts[${m.index}].mountPath: must not already exist as a path in volumeDevices)`,
          });
        }
        if (!first) exact.set(path, m);
        if (!same) normal.set(normalizePath(path), m);
      }
    }
  },
});
