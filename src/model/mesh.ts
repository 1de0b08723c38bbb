import type { NodePath } from '../types.js';
import { isObject, type JsonObject } from './objects.js';
import type { Workload } from './workload.js';

export type Mesh = 'istio' | 'linkerd' | 'dapr';

export interface ReservedPort {
  port: number;
  name: string;
}

/** A proxy a mesh's admission webhook will add to the pod, known from the manifest's switch. */
export interface InjectedProxy {
  mesh: Mesh;
  container: string;
  /** The label or annotation that switches injection on (absolute path). */
  switchPath: NodePath;
  /** How the switch reads, for messages: `annotation linkerd.io/inject: enabled`. */
  switchText: string;
  ports: ReservedPort[];
}

/** Names of the containers each mesh injects, to recognise manifests rendered after injection. */
export const MESH_PROXY_NAMES: Record<string, Mesh> = {
  'istio-proxy': 'istio',
  'linkerd-proxy': 'linkerd',
  daprd: 'dapr',
};

/** Istio: the sidecar's ports (istio.io "Ports used by Istio"); 15000-15090 is kept for it. */
export const ISTIO_PORTS: ReservedPort[] = [
  { port: 15000, name: 'Envoy admin' },
  { port: 15001, name: 'Envoy outbound' },
  { port: 15004, name: 'debug' },
  { port: 15006, name: 'Envoy inbound' },
  { port: 15008, name: 'HBONE mTLS tunnel' },
  { port: 15009, name: 'HBONE secure networks' },
  { port: 15020, name: 'merged Prometheus telemetry' },
  { port: 15021, name: 'health checks' },
  { port: 15053, name: 'DNS proxy' },
  { port: 15090, name: 'Envoy Prometheus telemetry' },
];
export const ISTIO_RESERVED_RANGE: readonly [number, number] = [15000, 15090];

export const LINKERD_PORTS: ReservedPort[] = [
  { port: 4140, name: 'outbound proxy' },
  { port: 4143, name: 'inbound proxy' },
  { port: 4191, name: 'proxy admin' },
];

/** Dapr's daprd defaults; the annotations below move some of them. */
export function daprPorts(annotations: Record<string, unknown>): ReservedPort[] {
  const ports: ReservedPort[] = [
    { port: 3500, name: 'Dapr HTTP API' },
    { port: 50001, name: 'Dapr gRPC API' },
    { port: 50002, name: 'Dapr internal gRPC' },
  ];
  if (String(annotations['dapr.io/enable-metrics'] ?? 'true') !== 'false') {
    const metrics = Number(annotations['dapr.io/metrics-port'] ?? 9090);
    if (Number.isInteger(metrics)) ports.push({ port: metrics, name: 'Dapr metrics' });
  }
  if (String(annotations['dapr.io/enable-profiling'] ?? 'false') === 'true') {
    ports.push({ port: 7777, name: 'Dapr profiling' });
  }
  return ports;
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return String(v);
}

/**
 * Which proxies a mesh will inject into this pod, from its labels and annotations (and those of
 * its namespace when the namespace is in the same run). A manifest that already holds the proxy
 * container (rendered after injection) gets no second one.
 */
export function detectInjection(w: Workload, namespaceMeta?: JsonObject): InjectedProxy[] {
  const out: InjectedProxy[] = [];
  const labels = w.labels;
  const annotations = w.annotations;
  const nsLabels = namespaceMeta && isObject(namespaceMeta.labels) ? namespaceMeta.labels : {};
  const nsAnnotations = namespaceMeta && isObject(namespaceMeta.annotations) ? namespaceMeta.annotations : {};
  const has = (name: string) => w.containers.some((c) => c.name === name);
  const metaPath = (where: 'labels' | 'annotations', key: string): NodePath => [...w.podMetaPath, where, key];

  // Neither Istio nor Linkerd injects into pods on the host network.
  const hostNetwork = w.podSpec.hostNetwork === true;

  // Istio: the pod label wins over the annotation; either "false" opts out of namespace injection.
  if (!hostNetwork && !has('istio-proxy') && annotations['sidecar.istio.io/status'] === undefined) {
    const label = str(labels['sidecar.istio.io/inject']);
    const annotation = str(annotations['sidecar.istio.io/inject']);
    const podSwitch = label ?? annotation;
    let on: { path: NodePath; text: string } | undefined;
    if (podSwitch === 'true') {
      const where = label !== undefined ? 'labels' : 'annotations';
      on = { path: metaPath(where, 'sidecar.istio.io/inject'), text: `${where.slice(0, -1)} sidecar.istio.io/inject: "true"` };
    } else if (podSwitch === undefined && labels['istio.io/rev'] !== undefined) {
      on = { path: metaPath('labels', 'istio.io/rev'), text: `label istio.io/rev: ${str(labels['istio.io/rev'])}` };
    } else if (
      podSwitch === undefined &&
      (nsLabels['istio-injection'] === 'enabled' || (nsLabels['istio.io/rev'] !== undefined && nsLabels['istio-injection'] !== 'disabled'))
    ) {
      on = { path: w.object.at('metadata'), text: `namespace ${w.object.namespace} has istio injection enabled` };
    }
    if (on) out.push({ mesh: 'istio', container: 'istio-proxy', switchPath: on.path, switchText: on.text, ports: ISTIO_PORTS });
  }

  // Linkerd: `linkerd.io/inject: enabled` (or `ingress`) on the pod or its namespace.
  if (!hostNetwork && !has('linkerd-proxy')) {
    const pod = str(annotations['linkerd.io/inject']);
    const ns = str(nsAnnotations['linkerd.io/inject']);
    if (pod === 'enabled' || pod === 'ingress') {
      out.push({
        mesh: 'linkerd',
        container: 'linkerd-proxy',
        switchPath: metaPath('annotations', 'linkerd.io/inject'),
        switchText: `annotation linkerd.io/inject: ${pod}`,
        ports: LINKERD_PORTS,
      });
    } else if (pod === undefined && (ns === 'enabled' || ns === 'ingress')) {
      out.push({
        mesh: 'linkerd',
        container: 'linkerd-proxy',
        switchPath: w.object.at('metadata'),
        switchText: `namespace ${w.object.namespace} has linkerd.io/inject: ${ns}`,
        ports: LINKERD_PORTS,
      });
    }
  }

  // Dapr: `dapr.io/enabled: "true"` on the pod.
  if (!has('daprd') && str(annotations['dapr.io/enabled']) === 'true') {
    out.push({
      mesh: 'dapr',
      container: 'daprd',
      switchPath: metaPath('annotations', 'dapr.io/enabled'),
      switchText: 'annotation dapr.io/enabled: "true"',
      ports: daprPorts(annotations),
    });
  }
  return out;
}

/**
 * A mesh proxy written into the manifest only to be completed at admission: Istio merges a
 * declared `istio-proxy` container (gateways use `image: auto`) with its injection template,
 * which brings the probes, resources and ports. Until the pod carries `sidecar.istio.io/status`
 * the container's spec is partial, so rules about what it lacks must stay silent.
 */
export function completedByInjector(
  w: { annotations: Record<string, unknown>; labels: Record<string, unknown> },
  c: { mesh?: string; spec: JsonObject },
): boolean {
  if (c.mesh !== 'istio' || w.annotations['sidecar.istio.io/status'] !== undefined) return false;
  if (c.spec.image === 'auto') return true;
  const podSwitch = w.labels['sidecar.istio.io/inject'] ?? w.annotations['sidecar.istio.io/inject'];
  return String(podSwitch) === 'true' || (podSwitch === undefined && w.labels['istio.io/rev'] !== undefined);
}
