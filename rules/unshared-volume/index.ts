import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import {
  PROJECTED_TYPES,
  declaredVolumes,
  isCollectorImage,
  isPatchLike,
  isPrivatePath,
  isWithin,
  mentionSpan,
  mountServing,
  mountsByVolume,
  mountsOf,
  normalizePath,
  pathMentions,
  podMounts,
  usageOf,
  type DeclaredVolume,
  type MountInfo,
} from '../../src/model/mounts.js';

/** The last segment of a path that names a file: `app.log`, `app.sock`, `config.yaml`. */
const FILE_NAME = /\/[^/]*[^/.]\.[A-Za-z0-9]{1,8}$/;

/** Volume names that say they are meant to be shared. */
const SHARED_NAME = /shared|exchange|handoff/i;

const who = (c: ContainerInfo) => `${roleWord(c)} "${c.name}"`;

export default defineRule({
  meta: {
    id: 'unshared-volume',
    severity: 'warning',
    category: 'volumes',
    description: 'Data meant to pass between containers of a pod is not on a volume they share.',
    rationale:
      'Containers of a pod share the network but not the filesystem: only a volume both mount is seen by both. When a log shipper tails /var/log/app/app.log but only the app mounts the emptyDir at /var/log/app, the shipper reads its own empty image directory and ships nothing, without any error. Likewise two containers that mount different volumes at the same path each see their own copy: nothing written by one reaches the other.',
    fix: 'Mount the same volume in every container that exchanges the data (the mountPath may differ; point the reader at its own mountPath), and drop the second, private volume.',
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const volumes = new Map<string, DeclaredVolume>();
    for (const d of declaredVolumes(w)) if (!volumes.has(d.name)) volumes.set(d.name, d);
    const mounts = podMounts(w);
    const byVolume = mountsByVolume(mounts);
    const running = w.running.filter((c) => c.list);
    if (running.length < 2 && w.initContainers.length === 0) return;

    // (a) An emptyDir only one container mounts, at a path another container works with.
    for (const [name, ms] of byVolume) {
      const v = volumes.get(name);
      if (!v || v.type !== 'emptyDir') continue;
      const owners = new Set(ms.map((m) => m.container));
      if (owners.size !== 1) continue;
      const owner = ms[0]!.container;
      for (const m of ms) {
        if (m.field !== 'volumeMounts' || !m.mountPath || m.subPath || isPrivatePath(m.mountPath)) continue;
        for (const other of w.declared) {
          if (other === owner || other.role === 'ephemeral') continue;
          // Plain init containers only hand data over to the app: they count when the owner runs after them.
          if (!other.running && other.role !== 'app' && !owner.running && owner.role !== 'app') continue;
          const own = mountsOf(other);
          const reads = usageOf(other, m.mountPath) === 'read' || isCollectorImage(other);
          const ownerMentions = new Set(pathMentions(owner).map((p) => p.text));
          // A directory handed to a program as its own working dir (--data-dir=/data) may just
          // coincide with the other's mount: ask for a reader, a file both name, or a file below it.
          const mention = pathMentions(other).find(
            (p) =>
              isWithin(p.text, m.mountPath!) &&
              !mountServing(own, p.text) &&
              (reads || ownerMentions.has(p.text) || (normalizePath(p.text) !== normalizePath(m.mountPath!) && FILE_NAME.test(p.text))),
          );
          if (!mention) continue;
          const verb = reads ? 'reads' : 'uses';
          ctx.report({
            object: w.object,
            path: mention.path,
            span: mentionSpan(w, mention),
            container: other,
            message:
              `${who(other)} ${verb} ${mention.raw}, but emptyDir "${name}" at ${m.mountPath} is mounted only by ${who(owner)}: ` +
              (other.role === 'init'
                ? `what the ${roleWord(other)} writes there stays in its own filesystem and is gone when it exits`
                : `the ${roleWord(other)} sees its own image's ${m.mountPath}, not the ${roleWord(owner)}'s files`),
          });
        }
      }
    }

    // (b) Two running containers mount different volumes at the same path.
    const seen = new Map<string, MountInfo>();
    for (const c of running) {
      for (const m of mountsOf(c)) {
        if (m.field !== 'volumeMounts' || !m.mountPath || m.name === undefined || m.subPath) continue;
        const v = volumes.get(m.name);
        if (!v || PROJECTED_TYPES.has(v.type) || isPrivatePath(m.mountPath)) continue;
        const key = normalizePath(m.mountPath);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, m);
          continue;
        }
        if (first.container === c || first.name === m.name) continue;
        const fv = volumes.get(first.name!)!;
        // Two containers may each keep their own scratch at /data: ask for a sign of exchange, a
        // reader, both programs working below the path, or a volume named as shared.
        const works = (x: ContainerInfo) => pathMentions(x).some((p) => isWithin(p.text, m.mountPath!));
        const reader = (x: ContainerInfo) => usageOf(x, m.mountPath!) === 'read' || isCollectorImage(x);
        const exchange =
          reader(c) || reader(first.container) || (works(c) && works(first.container)) || SHARED_NAME.test(m.name) || SHARED_NAME.test(first.name!);
        if (!exchange) continue;
        ctx.report({
          object: w.object,
          path: [...m.path, 'mountPath'],
          container: c,
          message:
            `${who(c)} mounts ${v.type} "${m.name}" at ${m.mountPath}, where ${who(first.container)} mounts ${fv.type} "${first.name}": ` +
            `two different volumes, so each container sees its own files and nothing written there is shared`,
        });
      }
    }
  },
});
