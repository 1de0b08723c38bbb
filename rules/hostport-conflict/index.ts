import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo, PortDecl } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { asArray, isObject } from '../../src/model/objects.js';

/** The port entry's hostIP, with the two spellings of "every address" made one. */
function hostIP(c: ContainerInfo, port: PortDecl): string {
  const entry = asArray(c.spec.ports)[Number(port.path[port.path.length - 1])];
  const ip = isObject(entry) && typeof entry.hostIP === 'string' ? entry.hostIP.trim() : '';
  return ip === '0.0.0.0' ? '' : ip;
}

export default defineRule({
  meta: {
    id: 'hostport-conflict',
    severity: 'error',
    category: 'ports',
    description: 'Two containers of one pod declare the same hostPort, protocol and hostIP.',
    rationale:
      'A host port maps one port of the node to one container. The API server rejects a pod whose regular containers repeat a hostPort (Duplicate value: "TCP//8080"), but it checks init containers one at a time, so a native sidecar and an app container asking for the same host port pass validation; on the node only one mapping can win and the other container gets no traffic (or the pod fails to start with a port conflict).',
    fix: 'Give each container its own hostPort, or drop the hostPort from the container that does not need to be reached from outside the pod (usually the sidecar: the app can reach it on localhost).',
  },
  workload(w, ctx) {
    const owners = new Map<string, { container: ContainerInfo; port: PortDecl }>();
    // Plain init containers have exited before the others start; each is compared with itself only.
    for (const c of w.declared) {
      const together = c.running || c.role === 'app';
      const mine = new Set<string>();
      for (const port of c.ports) {
        if (port.hostPort === undefined || port.hostPort === 0) continue;
        const ip = hostIP(c, port);
        const key = `${port.protocol}/${ip}/${port.hostPort}`;
        const shown = `${port.protocol}${ip ? ` ${ip}` : ''}/${port.hostPort}`;
        const path = [...port.path, 'hostPort'];
        if (mine.has(key)) {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `${roleWord(c)} "${c.name}" declares hostPort ${shown} twice: the API rejects the pod (Duplicate value: "${key}")`,
          });
          continue;
        }
        mine.add(key);
        if (!together) continue;
        const first = owners.get(key);
        if (!first) {
          owners.set(key, { container: c, port });
          continue;
        }
        const bothRegular = c.list === 'containers' && first.container.list === 'containers';
        const outcome = bothRegular
          ? `the API rejects the pod (Duplicate value: "${key}")`
          : 'the API checks init containers apart from the others and accepts it, but the node maps a host port to one container only, so the pod fails to start or one of them gets no traffic';
        ctx.report({
          object: w.object,
          path,
          container: c,
          message: `hostPort ${shown} of ${roleWord(c)} "${c.name}" is also declared by ${roleWord(first.container)} "${first.container.name}": ${outcome}`,
        });
      }
    }
  },
});
