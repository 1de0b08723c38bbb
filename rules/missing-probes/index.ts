import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { completedByInjector } from '../../src/model/mesh.js';
import { isObject } from '../../src/model/objects.js';

export default defineRule({
  meta: {
    id: 'missing-probes',
    severity: 'warning',
    category: 'probes',
    description: 'A container of a long-running workload serves a port but has neither a readiness nor a liveness probe.',
    rationale:
      'Without a readiness probe a container counts as ready the moment its process starts, so Services send it traffic before it listens and keep sending it while it is wedged; without a liveness probe a hung process is never restarted. In a multi-container pod this hides a dead sidecar: the proxy or exporter stops answering while the pod stays Ready.',
    fix: 'Add a readinessProbe (and, for processes that can hang, a livenessProbe) aimed at the port the container serves: httpGet on a health path, tcpSocket, or grpc.',
  },
  workload(w, ctx) {
    // Job and CronJob pods, and bare pods that do not restart, run to completion: no Service waits on them.
    if (w.runsToCompletion) return;
    for (const c of w.regular) {
      // A proxy the mesh completes at admission gets its probes from the injection template.
      // Probes speak TCP (httpGet, tcpSocket, grpc): a UDP-only listener has nothing to aim them at.
      const served = c.ports.filter((p) => p.protocol === 'TCP');
      if (served.length === 0 || completedByInjector(w, c)) continue;
      if (isObject(c.spec.readinessProbe) || isObject(c.spec.livenessProbe)) continue;
      const ports = served.map((p) => (p.name ? `${p.containerPort} (${p.name})` : String(p.containerPort)));
      ctx.report({
        object: w.object,
        path: [...c.path, 'name'],
        container: c,
        message: `${roleWord(c)} "${c.name}" serves port${ports.length > 1 ? 's' : ''} ${ports.join(', ')} but has no readiness or liveness probe: it counts as ready before it listens, and stays in the Service if it hangs`,
      });
    }
  },
});
