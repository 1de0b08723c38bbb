import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo, PortDecl, Workload } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import type { K8sObject } from '../../src/model/objects.js';
import { servicePorts, isWorkloadObject, pushTo } from '../../src/model/run.js';

/** A named port of one container, in the order Services resolve names. */
interface Named {
  container: ContainerInfo;
  port: PortDecl;
}

/**
 * The ports named `name` over `protocol`, in the order a Service resolves a named targetPort
 * (pkg/api/v1/pod FindPort): regular containers in spec order, then native sidecars.
 */
function portsNamed(w: Workload, name: string, protocol: string): Named[] {
  const order = (c: ContainerInfo) => (c.list === 'containers' ? 0 : 1);
  const out: Named[] = [];
  const running = w.running.filter((c) => c.list).sort((a, b) => order(a) - order(b) || a.index - b.index);
  for (const container of running) {
    // Within one container only the first counts (a second one is invalid-port-name's).
    const port = container.ports.find((p) => p.name === name && p.protocol === protocol);
    if (port) out.push({ container, port });
  }
  return out;
}

/** Whether two ports of the workload's running containers share a name (any protocol). */
function repeatsAPortName(w: Workload): boolean {
  const seen = new Set<string>();
  for (const c of w.running) {
    if (!c.list) continue;
    for (const p of c.ports) {
      if (p.name === undefined) continue;
      if (seen.has(p.name)) return true;
      seen.add(p.name);
    }
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'duplicate-port-name',
    severity: 'warning',
    category: 'ports',
    description: 'A Service targets a port by name, and two running containers of the selected pods give that name to different ports: the Service only ever reaches the first.',
    rationale:
      'A Service that targets a port by name (targetPort: http) resolves it per pod to the first port with that name and protocol: regular containers in spec order first, then native sidecars. When the app and a sidecar both call a port "http", the other container\'s port is silently never reached, and which one wins changes when containers are reordered or a sidecar becomes a native sidecar. Traffic meant for a TLS or auth proxy can skip it and go straight to the app. The API server accepts it: names only have to be unique within one container. Names that no Service targets (e.g. a per-container "admin-http" scraped by Prometheus pod discovery) are left alone.',
    fix: 'Give each container\'s ports distinct names (e.g. "http" for the app, "proxy-https" for the sidecar) and point the Service at the one it means.',
  },
  /** The run looks at Services and the workloads they may select. */
  keep: (obj) => obj.kind === 'Service' || isWorkloadObject(obj),

  run(run, ctx) {
    // Only workloads whose running containers repeat a port name can be reported: look up the
    // Services of those (few) rather than every Service's whole selection.
    const selectedBy = new Map<K8sObject, Workload[]>();
    for (const w of run.workloads) {
      if (!repeatsAPortName(w)) continue;
      for (const s of run.servicesOf(w)) pushTo(selectedBy, s, w);
    }
    const reported = new Set<string>();
    for (const service of run.services) {
      const selected = selectedBy.get(service);
      if (!selected) continue;
      for (const sp of servicePorts(service)) {
        const name = sp.targetPort;
        if (typeof name !== 'string' || name === '' || /^\d+$/.test(name)) continue;
        for (const w of selected) {
          const named = portsNamed(w, name, sp.protocol);
          const first = named[0];
          if (!first) continue;
          for (const other of named.slice(1)) {
            // Same number: the Service reaches the same port either way (port-conflict has the clash).
            if (other.port.containerPort === first.port.containerPort) continue;
            const path = [...other.port.path, 'name'];
            const key = `${w.object.file}\0${w.object.doc.index}\0${path.join('/')}`;
            if (reported.has(key)) continue;
            reported.add(key);
            ctx.report({
              object: w.object,
              path,
              container: other.container,
              message: `port name "${name}" of ${roleWord(other.container)} "${other.container.name}" (${other.port.containerPort}/${other.port.protocol}) is also used by ${roleWord(first.container)} "${first.container.name}" (${first.port.containerPort}): ${service.label}'s targetPort "${name}" always resolves to ${first.port.containerPort} and never reaches ${other.port.containerPort}`,
            });
          }
        }
      }
    }
  },
});
