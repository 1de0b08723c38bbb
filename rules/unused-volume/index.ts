import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { annotationMountedVolumes, declaredVolumes, isPatchLike, likelyVolume, podMounts, type MountInfo } from '../../src/model/mounts.js';
import { asString, isObject } from '../../src/model/objects.js';

/** What an unused volume still costs at run time, by type. */
function consequence(type: string, spec: Record<string, unknown>): string {
  switch (type) {
    case 'persistentVolumeClaim': {
      const claim = isObject(spec.persistentVolumeClaim) ? asString(spec.persistentVolumeClaim.claimName) : undefined;
      return `the pod still waits for claim${claim ? ` "${claim}"` : ''} to bind and attach before it can start, for nothing`;
    }
    case 'volumeClaimTemplate':
      return 'every replica still gets a PersistentVolumeClaim that nothing uses';
    case 'ephemeral':
      return 'a claim is still provisioned for every pod, for nothing';
    default:
      return 'its content reaches no process; a volumeMount is missing or the volume is left over';
  }
}

export default defineRule({
  meta: {
    id: 'unused-volume',
    severity: 'warning',
    category: 'volumes',
    description: 'A declared volume (or StatefulSet volumeClaimTemplate) that no container mounts.',
    rationale:
      'A volume in spec.volumes that no container, init container or ephemeral container mounts (or uses as a device) does nothing for the pod: the data it carries never reaches a process. It usually means a volumeMount was forgotten or names another volume (the sidecar that should read the config or the logs does not see them), or it is left over from a refactor. A persistentVolumeClaim still has to bind and attach before the pod can start, and an unused volumeClaimTemplate still creates a claim per replica.',
    fix: 'Add the missing volumeMount to the container that needs the data (check the names of existing mounts for a typo), or delete the volume.',
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const declared = declaredVolumes(w);
    const mounts = podMounts(w);
    const used = new Set(mounts.map((m) => m.name));
    const byInjector = annotationMountedVolumes(w);
    const names = new Set(declared.map((d) => d.name));
    // Mounts that name no volume: the one that best matches an unused volume is its likely user.
    const dangling = mounts.filter((m): m is MountInfo & { name: string } => m.name !== undefined && !names.has(m.name));
    const mounted = new Set([...used, ...byInjector.keys()].filter((n): n is string => n !== undefined && names.has(n)));
    for (const d of declared) {
      if (used.has(d.name) || byInjector.has(d.name)) continue;
      const kind = d.from === 'volumeClaimTemplates' ? 'volumeClaimTemplate' : 'volume';
      const typeText = d.from === 'volumeClaimTemplates' ? '' : ` (${d.type})`;
      const suspect = dangling.find((m) => likelyVolume(m.name, declared, mounted) === d.name);
      const tail = suspect
        ? `${roleWord(suspect.container)} "${suspect.container.name}" mounts the undeclared "${suspect.name}"${suspect.mountPath ? ` at ${suspect.mountPath}` : ''}, probably meaning this one`
        : consequence(d.type, d.spec);
      ctx.report({
        object: w.object,
        path: d.namePath,
        message: `${kind} "${d.name}"${typeText} is declared but no container mounts it: ${tail}`,
      });
    }
  },
});
