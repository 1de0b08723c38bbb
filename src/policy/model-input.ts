// Our workload model, offered to policies so that their authors need not work it out again:
// container roles, injected mesh proxies, the target Kubernetes version. Documented in
// docs/policies.md ("The input document"). Plain JSON: Rego gets it as data.sidecar_lint, CEL
// as the variable `sidecarLint`, JSON Schema checks use it to pick containers by role.
import type { NodePath } from '../types.js';
import type { Workload, ContainerInfo } from '../model/workload.js';
import type { YamlDocument } from '../yaml/parse.js';
import type { K8sObject } from '../model/objects.js';
import { formatKubeVersion, type KubeVersion } from '../model/kube-version.js';
import { VERSION } from '../version.js';

export interface ContainerModel {
  name: string;
  /** app, sidecar, native-sidecar, init, ephemeral or injected (a proxy a mesh will add). */
  role: string;
  /** containers, initContainers, ephemeralContainers; null for an injected proxy. */
  list: string | null;
  index: number;
  /** Absolute path in the document (for an injected proxy: the label or annotation that injects it). */
  path: NodePath;
  /** Runs beside the app for the pod's life: regular containers, native sidecars, injected proxies. */
  running: boolean;
  mesh: string | null;
  image: string | null;
  ports: { containerPort: number; protocol: string; name: string | null; hostPort: number | null }[];
}

export interface WorkloadModel {
  kind: string;
  name: string | null;
  namespace: string | null;
  /** Where the object sits in its document ([] or ["items", i]). */
  objectPath: NodePath;
  podSpecPath: NodePath;
  podMetaPath: NodePath;
  /** Name of the main container (kubectl.kubernetes.io/default-container, else the first non-proxy). */
  app: string | null;
  containers: ContainerModel[];
  /** Container name -> role, for quick look-ups: `data.sidecar_lint.workload.roles[c.name]`. */
  roles: Record<string, string>;
  /** Names of the containers that run beside the app (sidecars, native sidecars, injected proxies). */
  sidecars: string[];
  injected: { mesh: string; container: string; switch: string; switchPath: NodePath; ports: number[] }[];
  runsToCompletion: boolean;
  nativeSidecarsSupported: boolean;
}

export interface DocumentModel {
  version: string;
  kubeVersion: string;
  file: string;
  documentIndex: number;
  objects: { apiVersion: string; kind: string; name: string | null; namespace: string | null; path: NodePath }[];
  /** The document's first workload (the usual one-object document), or null. */
  workload: WorkloadModel | null;
  /** Every workload of the document (a `kind: List` may hold several). */
  workloads: WorkloadModel[];
}

export function containerModel(c: ContainerInfo): ContainerModel {
  return {
    name: c.name,
    role: c.role,
    list: c.list ?? null,
    index: c.index,
    path: c.path,
    running: c.running || c.role === 'app',
    mesh: c.mesh ?? null,
    image: typeof c.spec.image === 'string' ? c.spec.image : null,
    ports: c.ports.map((p) => ({ containerPort: p.containerPort, protocol: p.protocol, name: p.name ?? null, hostPort: p.hostPort ?? null })),
  };
}

export function workloadModel(w: Workload): WorkloadModel {
  const containers = w.containers.map(containerModel);
  return {
    kind: w.kind,
    name: w.object.name ?? null,
    namespace: w.object.namespace ?? null,
    objectPath: w.object.path,
    podSpecPath: w.podSpecPath,
    podMetaPath: w.podMetaPath,
    app: w.app?.name ?? null,
    containers,
    roles: Object.fromEntries(containers.map((c) => [c.name, c.role])),
    sidecars: containers.filter((c) => c.running && c.role !== 'app').map((c) => c.name),
    injected: w.injected.map((p) => ({ mesh: p.mesh, container: p.container, switch: p.switchText, switchPath: p.switchPath, ports: p.ports.map((x) => x.port) })),
    runsToCompletion: w.runsToCompletion,
    nativeSidecarsSupported: w.nativeSidecarsSupported,
  };
}

export function documentModel(doc: YamlDocument, objects: readonly K8sObject[], workloads: readonly Workload[], kubeVersion: KubeVersion): DocumentModel {
  const wl = workloads.map(workloadModel);
  return {
    version: VERSION,
    kubeVersion: formatKubeVersion(kubeVersion),
    file: doc.source.path,
    documentIndex: doc.index,
    objects: objects.map((o) => ({ apiVersion: o.apiVersion, kind: o.kind, name: o.name ?? null, namespace: o.namespace ?? null, path: o.path })),
    workload: wl[0] ?? null,
    workloads: wl,
  };
}

/** Groups a run's objects and workloads by document. */
export function byDocument(objects: readonly K8sObject[], workloads: readonly Workload[]): Map<YamlDocument, { objects: K8sObject[]; workloads: Workload[] }> {
  const out = new Map<YamlDocument, { objects: K8sObject[]; workloads: Workload[] }>();
  const entry = (d: YamlDocument) => {
    let e = out.get(d);
    if (!e) out.set(d, (e = { objects: [], workloads: [] }));
    return e;
  };
  for (const o of objects) entry(o.doc).objects.push(o);
  for (const w of workloads) entry(w.object.doc).workloads.push(w);
  return out;
}
