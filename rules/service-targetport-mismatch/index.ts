import { defineRule } from '../../src/engine/rule.js';
import { isObject, type K8sObject } from '../../src/model/objects.js';
import { servicePorts, folderOf, type RunModel, isWorkloadObject } from '../../src/model/run.js';
import type { Mesh } from '../../src/model/mesh.js';
import { roleWord, type ContainerInfo, type PortDecl, type Workload } from '../../src/model/workload.js';

/** The names injected proxies give their ports (the model only knows their numbers). */
const INJECTED_PORT_NAMES: Record<Mesh, Record<number, string>> = {
  istio: { 15090: 'http-envoy-prom' },
  linkerd: { 4143: 'linkerd-proxy', 4191: 'linkerd-admin' },
  dapr: { 3500: 'dapr-http', 50001: 'dapr-grpc', 50002: 'dapr-internal', 9090: 'dapr-metrics' },
};

interface OwnedPort {
  c: ContainerInfo;
  p: PortDecl;
  name?: string;
}

function portsOf(containers: ContainerInfo[]): OwnedPort[] {
  return containers.flatMap((c) =>
    c.ports.map((p) => ({ c, p, name: c.list ? p.name : c.mesh ? INJECTED_PORT_NAMES[c.mesh][p.containerPort] : undefined })),
  );
}

function describePorts(ports: OwnedPort[]): string {
  if (ports.length === 0) return 'its containers declare no ports';
  const byContainer = new Map<ContainerInfo, string[]>();
  for (const { c, p, name } of ports) {
    const list = byContainer.get(c) ?? [];
    list.push(`${p.containerPort}${p.protocol === 'TCP' ? '' : '/' + p.protocol}${name ? ` "${name}"` : ''}`);
    byContainer.set(c, list);
  }
  return `its ports: ${[...byContainer].map(([c, list]) => `${roleWord(c)} "${c.name}" ${list.join(', ')}`).join('; ')}`;
}

export default defineRule({
  meta: {
    id: 'service-targetport-mismatch',
    severity: 'error',
    category: 'services',
    description: "A Service's targetPort matches no port of any running container of the workload it selects.",
    rationale:
      'A named targetPort is looked up in each selected pod: a pod whose running containers declare no port of that name gets no endpoint for it, so the Service has no backends and connections are refused, while the pods look healthy. A numbered targetPort the pod does not declare usually means the Service was not updated when a port moved, often when a sidecar (TLS proxy, auth proxy) took over the port in front of the app. Plain init containers have exited: their ports serve nothing.',
    fix: "Point targetPort at a port a running container declares (by name, the proxy's port when a sidecar fronts the app), or declare the port, with that name, on the container that listens on it.",
  },
  /** The run looks at Services, the workloads they may select, and ConfigMaps (a port named in a pod's config). */
  keep: (obj) => obj.kind === 'Service' || obj.kind === 'ConfigMap' || isWorkloadObject(obj),

  run(run, ctx) {
    for (const svc of run.services) {
      const spec = isObject(svc.value.spec) ? svc.value.spec : {};
      if (spec.type === 'ExternalName') continue;
      const workloads = nearest(run, svc);
      if (workloads.length === 0) continue;
      for (const sp of servicePorts(svc)) {
        if (typeof sp.port !== 'number' && typeof sp.port !== 'string') continue;
        const hasTarget = isObject(asArrayItem(spec.ports, sp.index)) && (asArrayItem(spec.ports, sp.index) as Record<string, unknown>).targetPort !== undefined;
        const path = svc.at('spec', 'ports', sp.index, hasTarget ? 'targetPort' : 'port');
        const label = `Service port ${sp.name ? `"${sp.name}" (${String(sp.port)})` : String(sp.port)}`;
        for (const w of workloads) {
          const target = sp.targetPort === 0 || sp.targetPort === '' ? sp.port : sp.targetPort;
          const message = check(run, w, target, sp.protocol, label);
          if (message) ctx.report({ object: svc, path, message });
        }
      }
    }
  },
});

/**
 * A Service belongs with the workloads written next to it. When some selected workloads are in the
 * Service's own file, the others are namesakes from elsewhere in the run (another example that
 * also labels its pods app: web). A Service alone in its file is checked against the workloads of
 * one other file of its folder (service.yaml beside deployment.yaml); when several files hold
 * workloads it selects, which of them it serves is a guess, so none is checked. Only the file and
 * the folder are looked at: a whole run's selection grows with the square of copies of an app.
 */
function nearest(run: RunModel, svc: K8sObject): Workload[] {
  const selected = (ws: Workload[]) => ws.filter((w) => w.kind !== 'PodTemplate' && run.selects(svc, w));
  const sameFile = selected(run.workloadsIn(svc.file));
  if (sameFile.length) return sameFile;
  const sameFolder = selected(run.workloadsInFolder(folderOf(svc.file)));
  return new Set(sameFolder.map((w) => w.object.file)).size === 1 ? sameFolder : [];
}

function asArrayItem(v: unknown, i: number): unknown {
  return Array.isArray(v) ? v[i] : undefined;
}

function check(run: RunModel, w: Workload, target: unknown, protocol: string, label: string): string | undefined {
  const running = portsOf(w.running);
  // A mesh proxy's own ports (15090...) say nothing about which ports the app declares.
  const declared = running.filter(({ c }) => c.list !== undefined && !c.mesh);
  const where = `of ${w.object.label}`;
  if (typeof target === 'string' && !/^\d+$/.test(target)) {
    // Not a valid port name (a PORT or ${VAR} placeholder): the API rejects it, not this rule's.
    if (!IANA_SVC_NAME.test(target) || target.includes('--')) return undefined;
    if (running.some(({ name, p }) => name === target && p.protocol === protocol)) return undefined;
    const otherProtocol = running.find(({ name }) => name === target);
    if (otherProtocol) {
      return `${label} targets port name "${target}" over ${protocol}, but ${roleWord(otherProtocol.c)} "${otherProtocol.c.name}" ${where} declares it for ${otherProtocol.p.protocol}: the Service gets no endpoints for it and connections are refused`;
    }
    const exited = portsOf(w.initContainers.filter((c) => !c.running)).find(({ name }) => name === target);
    const note = exited ? `; only ${roleWord(exited.c)} "${exited.c.name}" declares it, and it has exited before the app starts` : '';
    return `${label} targets port name "${target}", which no running container ${where} declares (${describePorts(declared.length ? declared : running)}${note}): the Service gets no endpoints for it and connections are refused`;
  }
  const n = typeof target === 'number' ? target : typeof target === 'string' ? Number(target) : NaN;
  if (!Number.isInteger(n) || n <= 0 || declared.length === 0) return undefined;
  if (running.some(({ p }) => p.containerPort === n)) return undefined;
  // Ports are informational: a listener set in args, env or a mounted ConfigMap is often undeclared,
  // and a gateway's listeners come from Gateway resources at run time.
  if (isGateway(w) || mentioned(run, w, n)) return undefined;
  return `${label} targets port ${n}, which no running container ${where} declares or mentions (${describePorts(declared)}): connections are refused unless something listens on ${n} undeclared`;
}

/** Port names are IANA_SVC_NAME: up to 15 of a-z, 0-9 and '-', a letter among them, no '-' at either end. */
const IANA_SVC_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;

function isGateway(w: Workload): boolean {
  const labels = w.labels;
  return !!w.app?.mesh || labels['gateway.networking.k8s.io/gateway-name'] !== undefined || labels['istio.io/gateway-name'] !== undefined;
}

/** Whether the number appears in the running containers' commands, args, env, probes, or a ConfigMap the pod reads. */
function mentioned(run: RunModel, w: Workload, n: number): boolean {
  const token = new RegExp(`(^|[^0-9])${n}([^0-9]|$)`);
  for (const c of w.running) {
    if (!c.list) continue;
    const { ports: _ports, ...rest } = c.spec;
    if (token.test(JSON.stringify(rest))) return true;
  }
  const configMaps = new Set<string>();
  const walk = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (isObject(v)) {
      if ((key === 'configMap' || key === 'configMapRef' || key === 'configMapKeyRef') && typeof v.name === 'string') configMaps.add(v.name);
      for (const [k, x] of Object.entries(v)) walk(x, k);
    }
  };
  walk(w.podSpec);
  if (configMaps.size === 0) return false;
  return run.objects.some(
    (o) =>
      o.kind === 'ConfigMap' &&
      o.name !== undefined &&
      configMaps.has(o.name) &&
      (o.namespace === undefined || w.object.namespace === undefined || o.namespace === w.object.namespace) &&
      token.test(JSON.stringify(o.value.data ?? '')),
  );
}
