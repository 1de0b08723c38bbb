import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { completedByInjector } from '../../src/model/mesh.js';
import { hasAnyRequest, limitOf, requestOf } from '../../src/model/resources.js';
import { formatMemory } from '../../src/model/quantity.js';
import { isObject } from '../../src/model/objects.js';

export default defineRule({
  meta: {
    id: 'missing-limits',
    severity: 'warning',
    category: 'resources',
    description: 'A running container makes requests but sets no memory limit.',
    rationale:
      'Memory cannot be throttled: a container without a memory limit can grow past its request until the node runs short. Then the kubelet evicts the pods that use more than they requested first, and the whole pod goes, app and sidecars together, because one container leaked. A memory limit confines the damage to that container, which is OOM-killed and restarted on its own.',
    fix: 'Set resources.limits.memory on the container, at or a little above its peak use (often equal to the memory request, which also gives Guaranteed QoS when cpu matches too). A cpu limit is optional: cpu is throttled, not killed.',
  },
  workload(w, ctx) {
    // A pod-level memory limit (spec.resources) bounds every container already.
    if (limitOf(w.podSpec, 'memory')) return;
    for (const c of w.running) {
      // Containers with no requests at all are missing-resources'; injected proxies are the mesh's.
      if (!c.list || !hasAnyRequest(c.spec) || limitOf(c.spec, 'memory') || completedByInjector(w, c)) continue;
      const resources = isObject(c.spec.resources) ? c.spec.resources : {};
      const memory = requestOf(c.spec, 'memory');
      const asked = !memory ? 'requests cpu only' : memory.value !== undefined ? `requests memory ${formatMemory(memory.value)}` : `requests memory ${String(memory.raw)}`;
      ctx.report({
        object: w.object,
        path: [...c.path, 'resources', ...(isObject(resources.requests) ? ['requests'] : [])],
        key: true,
        container: c,
        message: `${roleWord(c)} "${c.name}" ${asked} and sets no memory limit: it can grow until the node runs short of memory, and the kubelet then evicts the whole pod, not just this container`,
      });
    }
  },
});
