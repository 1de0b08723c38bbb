import { defineRule } from '../../src/engine/rule.js';
import { setMapKey } from '../../src/fix/yaml-edits.js';
import type { ContainerInfo } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { declaredVolumes, isPatchLike, isPrivatePath, mountsByVolume, podMounts, type MountInfo } from '../../src/model/mounts.js';
import { isObject } from '../../src/model/objects.js';

/** What --fix writes when the configuration names no size: room for a day of chatty logs. */
const DEFAULT_SIZE_LIMIT = '500Mi';

/** Mount paths and volume names of sockets, certificates and small config: nothing there grows. */
const SMALL_CONTENT = /(^|[-_./])(sock|socks|socket|sockets|uds|certs?|tls|creds?|credentials|conf|config|configs|conf\.d|rules|plugins|bin|tools)([-_./]|$)/i;

function limitOf(c: ContainerInfo, resource: string): boolean {
  const r = c.spec.resources;
  return isObject(r) && isObject(r.limits) && r.limits[resource] !== undefined && r.limits[resource] !== null;
}

function list(cs: ContainerInfo[]): string {
  const words = cs.map((c) => `${roleWord(c)} "${c.name}"`);
  return words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'emptydir-size-limit',
    severity: 'warning',
    category: 'volumes',
    description: 'An emptyDir shared by two or more running containers has no sizeLimit.',
    rationale:
      'An emptyDir that a sidecar and the app exchange data through (logs, a database, a git checkout) grows for as long as the pod lives, on the node\'s disk (or, with medium: Memory, in the node\'s memory, charged to the writing container). Without sizeLimit nothing bounds it but node pressure: a chatty writer fills the node\'s ephemeral storage, and the kubelet evicts this pod and possibly its neighbours. With sizeLimit the kubelet evicts only this pod, when the volume passes its limit, and the scheduler can account for it.',
    fix: 'Set emptyDir.sizeLimit to what the exchange needs (e.g. sizeLimit: 500Mi for rotated logs), or give every container a resources.limits.ephemeral-storage; rotate or ship logs so the volume does not grow without end. `--fix` sets the sizeLimit given by the rule option (500Mi by default).',
    optionsSchema: {
      type: 'object',
      properties: { sizeLimit: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$' } },
      additionalProperties: false,
    },
    defaultOptions: { sizeLimit: DEFAULT_SIZE_LIMIT },
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const byVolume = mountsByVolume(podMounts(w));
    const running = w.running.filter((c) => c.list);
    for (const d of declaredVolumes(w)) {
      if (d.type !== 'emptyDir') continue;
      const source = d.spec.emptyDir;
      const limit = isObject(source) ? source.sizeLimit : undefined;
      if (limit !== undefined && limit !== null && limit !== '') continue;
      const memory = isObject(source) && source.medium === 'Memory';
      const mounts = (byVolume.get(d.name) ?? []).filter((m) => running.includes(m.container));
      const users = [...new Set(mounts.map((m) => m.container))];
      if (users.length < 2) continue;
      // A mesh proxy's own volumes are its injector's business.
      if (users.some((c) => c.mesh)) continue;
      if (SMALL_CONTENT.test(d.name) || mounts.every((m: MountInfo) => SMALL_CONTENT.test(m.mountPath ?? '') || (m.mountPath ?? '').startsWith('/run/') || (m.mountPath ?? '').startsWith('/var/run/'))) continue;
      // Everyone's scratch (/tmp) rather than an exchange point.
      if (mounts.every((m) => isPrivatePath(m.mountPath ?? '/'))) continue;
      // Bounded another way: every container has a limit the volume's usage counts against.
      if (!memory && running.every((c) => limitOf(c, 'ephemeral-storage'))) continue;
      if (memory && users.every((c) => limitOf(c, 'memory'))) continue;
      const where = memory
        ? "what they write there stays in the node's memory (tmpfs) until the pod is OOM-killed or evicted"
        : "what they write there (logs, data) can fill the node's disk until the kubelet evicts the pod";
      const fixLimit = String(ctx.options.sizeLimit ?? DEFAULT_SIZE_LIMIT);
      // `emptyDir: {}` gets sizeLimit; a volume with no source at all (an emptyDir by default) gets `emptyDir: {sizeLimit: ...}`.
      const edits =
        'emptyDir' in d.spec
          ? setMapKey(w.object.doc, [...d.path, 'emptyDir'], 'sizeLimit', fixLimit)
          : setMapKey(w.object.doc, d.path, 'emptyDir', { sizeLimit: fixLimit });
      ctx.report({
        object: w.object,
        path: isObject(d.spec) && 'emptyDir' in d.spec ? [...d.path, 'emptyDir'] : d.namePath,
        key: 'emptyDir' in d.spec,
        message: `emptyDir "${d.name}"${memory ? ' (medium: Memory)' : ''} is shared by ${list(users)} without sizeLimit: ${where}`,
        fix: edits && { description: `set sizeLimit: ${fixLimit}`, edits },
      });
    }
  },
});
