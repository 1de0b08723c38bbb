import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo, PortDecl } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';

export default defineRule({
  meta: {
    id: 'port-conflict',
    severity: 'error',
    category: 'ports',
    description: 'Two running containers of one pod declare the same containerPort and protocol.',
    rationale:
      'Containers of a pod share one network namespace, so only one process can bind a port. The API server accepts the pod with a mere warning; at run time the second container fails with "address already in use" and crash-loops. Native sidecars and mesh proxies written into the manifest run beside the app and count too.',
    fix: 'Give each container its own port (e.g. move the proxy to 8443 or the app to 8081 and point the proxy upstream at it), or drop the port from the container that does not listen on it.',
  },
  workload(w, ctx) {
    const owners = new Map<string, { container: ContainerInfo; port: PortDecl }>();
    for (const c of w.running) {
      // Proxies only switched on (not written into the manifest) are injected-sidecar-port-clash's.
      if (!c.list) continue;
      const seenHere = new Set<string>();
      for (const port of c.ports) {
        const key = `${port.containerPort}/${port.protocol}`;
        if (seenHere.has(key)) continue;
        seenHere.add(key);
        const first = owners.get(key);
        if (!first) {
          owners.set(key, { container: c, port });
          continue;
        }
        ctx.report({
          object: w.object,
          path: [...port.path, 'containerPort'],
          container: c,
          message: `port ${key} of ${roleWord(c)} "${c.name}" is also declared by ${roleWord(first.container)} "${first.container.name}": they share the pod's network, only one can bind it`,
        });
      }
    }
  },
});
