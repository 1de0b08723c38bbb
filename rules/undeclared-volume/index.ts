import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { annotationMountedVolumes, declaredVolumes, isPatchLike, likelyVolume, podMounts } from '../../src/model/mounts.js';

export default defineRule({
  meta: {
    id: 'undeclared-volume',
    severity: 'error',
    category: 'volumes',
    description: 'A volumeMount or volumeDevice names a volume the pod does not declare.',
    rationale:
      'Every volumeMounts[].name (and volumeDevices[].name) must match an entry of spec.volumes, or for a StatefulSet a volumeClaimTemplates[].metadata.name. The API server rejects the object ("volumeMounts[0].name: Not found"), so nothing is deployed; it is usually a typo or a volume dropped in a refactor while a container (often a sidecar added later) still mounts it.',
    fix: 'Declare the volume under spec.volumes (or add a volumeClaimTemplate to the StatefulSet), or correct the name in the mount to the volume you meant.',
  },
  workload(w, ctx) {
    if (isPatchLike(w)) return;
    const declared = declaredVolumes(w);
    const names = new Set(declared.map((d) => d.name));
    const mounts = podMounts(w);
    // Volumes some container (or an injector, by annotation) already mounts are not what a typo meant.
    const mounted = new Set([...mounts.map((m) => m.name), ...annotationMountedVolumes(w).keys()].filter((n): n is string => n !== undefined && names.has(n)));
    const what = w.kind === 'StatefulSet' ? 'no volume or volumeClaimTemplate' : 'no volume';
    for (const m of mounts) {
      if (m.name === undefined || m.name === '' || names.has(m.name)) continue;
      const guess = likelyVolume(m.name, declared, mounted);
      const entry = m.field === 'volumeMounts' ? 'volumeMount' : 'volumeDevice';
      ctx.report({
        object: w.object,
        path: [...m.path, 'name'],
        container: m.container,
        message:
          `${entry} "${m.name}" of ${roleWord(m.container)} "${m.container.name}" names ${what} of the pod: ` +
          `the API server rejects the ${w.kind} (${m.field}[${m.index}].name: Not found)` +
          (guess ? `; did you mean "${guess}"?` : declared.length === 0 ? '; the pod declares no volumes' : ''),
      });
    }
  },
});
