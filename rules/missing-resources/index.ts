import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { completedByInjector } from '../../src/model/mesh.js';
import { hasAnyRequest, hasPodLevelResources } from '../../src/model/resources.js';

export default defineRule({
  meta: {
    id: 'missing-resources',
    severity: 'warning',
    category: 'resources',
    description: 'A running container (app, sidecar or native sidecar) requests neither cpu nor memory.',
    rationale:
      'The scheduler places a pod by the sum of its requests. A container that requests nothing is placed for free: nodes fill up past what they can run, and under memory pressure the kubelet evicts pods that use more than they asked for first, while the OOM killer ranks a container with no memory request highest. Sidecars are the usual culprits: the app is sized, the proxy or log shipper beside it is not.',
    fix: 'Set resources.requests for cpu and memory on every running container, sized from what it uses (kubectl top pod --containers). A limit alone also works: Kubernetes copies it into the missing request.',
  },
  workload(w, ctx) {
    // Pod-level resources (spec.resources) size the whole pod: containers may leave theirs out.
    if (hasPodLevelResources(w.podSpec)) return;
    for (const c of w.running) {
      // Injected proxies get their resources from the mesh's injector configuration.
      if (!c.list) continue;
      if (hasAnyRequest(c.spec) || completedByInjector(w, c)) continue;
      ctx.report({
        object: w.object,
        path: [...c.path, 'name'],
        container: c,
        message: `${roleWord(c)} "${c.name}" requests no cpu and no memory: the scheduler reserves nothing for it, and it is first in line for eviction and the OOM killer when the node runs short of memory`,
      });
    }
  },
});
