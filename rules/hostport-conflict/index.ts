import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo, PortDecl } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { asArray, isObject } from '../../src/model/objects.js';

/** The port entry's hostIP as written ('' when unset). */
function writtenHostIP(c: ContainerInfo, port: PortDecl): string {
  const entry = asArray(c.spec.ports)[Number(port.path[port.path.length - 1])];
  return isObject(entry) && typeof entry.hostIP === 'string' ? entry.hostIP.trim() : '';
}

/** The address the node binds: `0.0.0.0` and unset both mean every address. */
function boundIP(written: string): string {
  return written === '0.0.0.0' ? '' : written;
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
    const owners = new Map<string, { container: ContainerInfo; port: PortDecl; written: string }>();
    // Plain init containers have exited before the others start; each is compared with itself only.
    for (const c of w.declared) {
      const together = c.running || c.role === 'app';
      const mine = new Map<string, string>();
      for (const port of c.ports) {
        if (port.hostPort === undefined || port.hostPort === 0) continue;
        const written = writtenHostIP(c, port);
        const ip = boundIP(written);
        const key = `${port.protocol}/${ip}/${port.hostPort}`;
        const shown = `${port.protocol}${ip ? ` ${ip}` : ''}/${port.hostPort}`;
        const path = [...port.path, 'hostPort'];
        // The API compares hostIP as written: 0.0.0.0 against an unset hostIP passes validation,
        // though the node binds both to every address.
        const rejected = (other: string) =>
          other === written
            ? `the API rejects the pod (Duplicate value: "${port.protocol}/${written}/${port.hostPort}")`
            : `the API accepts it (it compares hostIP as written: ${other ? `"${other}"` : 'unset'} and ${written ? `"${written}"` : 'unset'}), but both mean every address of the node, so only one mapping can work`;
        const earlier = mine.get(key);
        if (earlier !== undefined) {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `${roleWord(c)} "${c.name}" declares hostPort ${shown} twice: ${rejected(earlier)}`,
          });
          continue;
        }
        mine.set(key, written);
        if (!together) continue;
        const first = owners.get(key);
        if (!first) {
          owners.set(key, { container: c, port, written });
          continue;
        }
        const bothRegular = c.list === 'containers' && first.container.list === 'containers';
        const outcome = bothRegular
          ? rejected(first.written)
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
