import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { isObject } from '../../src/model/objects.js';
import { completedByInjector } from '../../src/model/mesh.js';

export default defineRule({
  meta: {
    id: 'native-sidecar-startup-probe',
    severity: 'warning',
    category: 'probes',
    description: 'A native sidecar that serves something (a port or a readiness probe) has no startupProbe.',
    rationale:
      'The kubelet starts init entries in order and moves past a native sidecar once it counts as started: when its startupProbe passes, or, without one, as soon as its process runs and its postStart hook returns. A proxy, token agent or local cache is not listening yet at that moment, so the containers after it start against a sidecar that is not ready: the app\'s first connections fail, and apps that fetch config at start crash-loop. A readinessProbe does not help here; it only gates traffic from Services.',
    fix: 'Give the native sidecar a startupProbe that passes once it serves (the same check as its readinessProbe is usually right), with a failureThreshold x periodSeconds long enough for a cold start.',
  },
  workload(w, ctx) {
    // Before 1.29 restartPolicy on an init container is dropped: other rules say so.
    if (!w.nativeSidecarsSupported) return;
    const declared = w.declared;
    for (const c of w.initContainers) {
      if (c.role !== 'native-sidecar' || isObject(c.spec.startupProbe) || completedByInjector(w, c)) continue;
      // A postStart hook also holds the next containers back until it returns (e.g. `pilot-agent wait`).
      const lifecycle = isObject(c.spec.lifecycle) ? c.spec.lifecycle : {};
      if (isObject(lifecycle.postStart)) continue;
      const serves = c.ports.length > 0 ? `serves port${c.ports.length > 1 ? 's' : ''} ${[...new Set(c.ports.map((p) => p.containerPort))].join(', ')}` : isObject(c.spec.readinessProbe) ? 'has a readinessProbe' : undefined;
      if (!serves) continue;
      const next = nextStarted(declared, c, w.app);
      const races = next ? `, so ${roleWord(next)} "${next.name}" races it` : '';
      ctx.report({
        object: w.object,
        path: [...c.path, 'name'],
        container: c,
        message: `native sidecar "${c.name}" ${serves} but has no startupProbe: the kubelet starts the next containers as soon as its process is up, not when it is ready${races}`,
      });
    }
  },
});

/** The container the kubelet starts right after a native sidecar: the next init entry, else the app. */
function nextStarted(declared: ContainerInfo[], c: ContainerInfo, app: ContainerInfo | undefined): ContainerInfo | undefined {
  const after = declared.find((o) => o.list === 'initContainers' && o.index > c.index);
  return after ?? app ?? declared.find((o) => o.list === 'containers');
}
