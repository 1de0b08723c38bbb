import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo, Workload } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { ISTIO_PORTS, ISTIO_RESERVED_RANGE, LINKERD_PORTS, daprPorts, type Mesh, type ReservedPort } from '../../src/model/mesh.js';
import { asString } from '../../src/model/objects.js';

const MESH_NAMES: Record<Mesh, string> = { istio: 'Istio', linkerd: 'Linkerd', dapr: 'Dapr' };

/** Linkerd's proxy ports move with these annotations. */
const LINKERD_PORT_ANNOTATIONS: Record<number, string> = {
  4140: 'config.linkerd.io/proxy-outbound-port',
  4143: 'config.linkerd.io/proxy-inbound-port',
  4191: 'config.linkerd.io/proxy-admin-port',
};

interface Proxy {
  mesh: Mesh;
  /** The proxy container (declared, or the one injection will add). */
  container: ContainerInfo;
  /** `switched on by label sidecar.istio.io/inject: "true"` or `declared in the manifest`. */
  origin: string;
  /** What the proxy does with a port, if it takes it. */
  takes(port: number, protocol: string): string | undefined;
}

function toPort(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}

function exact(ports: ReservedPort[]): Proxy['takes'] {
  return (port, protocol) => (protocol === 'TCP' ? ports.find((p) => p.port === port)?.name : undefined);
}

function reservedBy(w: Workload, mesh: Mesh): Proxy['takes'] {
  switch (mesh) {
    case 'istio':
      return (port, protocol) => {
        // The DNS proxy listens on 15053 over UDP as well; Envoy's other ports are TCP.
        if (protocol !== 'TCP' && !(protocol === 'UDP' && port === 15053)) return undefined;
        const [lo, hi] = ISTIO_RESERVED_RANGE;
        if (port < lo || port > hi) return undefined;
        return ISTIO_PORTS.find((p) => p.port === port)?.name ?? `in ${lo}-${hi}, the range Istio keeps for its proxy`;
      };
    case 'linkerd': {
      const ports = LINKERD_PORTS.map((p) => ({ ...p, port: toPort(w.annotations[LINKERD_PORT_ANNOTATIONS[p.port] ?? '']) ?? p.port }));
      return exact(ports);
    }
    case 'dapr':
      return exact(daprPorts(w.annotations));
  }
}

export default defineRule({
  meta: {
    id: 'injected-sidecar-port-clash',
    severity: 'error',
    category: 'mesh',
    description: 'A container port (or dapr.io/app-port) uses a port that the mesh proxy injected into the pod (Istio, Linkerd, Dapr) binds or reserves.',
    rationale:
      'A mesh proxy injected by an admission webhook shares the pod\'s network namespace with the app: Istio\'s Envoy keeps 15000-15090 (admin, inbound and outbound capture, health, telemetry, DNS), Linkerd binds 4140, 4143 and 4191, Dapr\'s daprd binds 3500, 50001, 50002 and its metrics port (9090). The manifest only carries the switch, so nothing in it shows the clash; at run time one of the two processes fails to bind and crash-loops, or iptables sends the app\'s traffic to the proxy.',
    fix: 'Move the app to a port outside the proxy\'s reserved ports (e.g. 8080), or move the proxy\'s port where the mesh allows it (dapr.io/metrics-port, config.linkerd.io/proxy-admin-port).',
  },
  workload(w, ctx) {
    const proxies: Proxy[] = [];
    const hostNetwork = w.podSpec.hostNetwork === true;
    for (const injected of w.injected) {
      // Istio and Linkerd do not inject into pods on the host network.
      if (hostNetwork && injected.mesh !== 'dapr') continue;
      const container = w.containers.find((c) => c.role === 'injected' && c.name === injected.container);
      if (!container) continue;
      proxies.push({ mesh: injected.mesh, container, origin: `injected: ${injected.switchText}`, takes: reservedBy(w, injected.mesh) });
    }
    for (const c of w.running) {
      if (c.list && c.mesh) proxies.push({ mesh: c.mesh, container: c, origin: 'declared in the manifest', takes: reservedBy(w, c.mesh) });
    }
    if (proxies.length === 0) return;

    const reported = new Set<number>();
    for (const c of w.running) {
      if (!c.list || c.mesh) continue;
      const seen = new Set<string>();
      for (const port of c.ports) {
        const key = `${port.containerPort}/${port.protocol}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (const proxy of proxies) {
          const use = proxy.takes(port.containerPort, port.protocol);
          if (!use) continue;
          // The proxy declares this very port: port-conflict reports that.
          if (proxy.container.list && proxy.container.ports.some((p) => p.containerPort === port.containerPort && p.protocol === port.protocol)) continue;
          reported.add(port.containerPort);
          ctx.report({
            object: w.object,
            path: [...port.path, 'containerPort'],
            container: c,
            message: `port ${key} of ${roleWord(c)} "${c.name}" clashes with the ${MESH_NAMES[proxy.mesh]} proxy "${proxy.container.name}" (${proxy.origin}): ${describeUse(port.containerPort, use)}; one of them fails to bind it or the proxy captures the app's traffic`,
          });
          break;
        }
      }
    }

    // dapr.io/app-port tells daprd where the app listens: daprd's own ports cannot be it.
    const dapr = proxies.find((p) => p.mesh === 'dapr');
    const appPortText = w.annotations['dapr.io/app-port'];
    const appPort = toPort(appPortText);
    if (dapr && appPort !== undefined && !reported.has(appPort)) {
      const use = dapr.takes(appPort, 'TCP');
      if (use) {
        ctx.report({
          object: w.object,
          path: [...w.podMetaPath, 'annotations', 'dapr.io/app-port'],
          container: w.app,
          message: `dapr.io/app-port ${asString(appPortText) ?? appPort} names a port the Dapr proxy "${dapr.container.name}" binds itself (${use}): the app cannot listen there and daprd cannot reach it`,
        });
      }
    }
  },
});

function describeUse(port: number, use: string): string {
  return use.startsWith('in ') ? `${port} is ${use}` : `the proxy binds ${port} for its ${use}`;
}
