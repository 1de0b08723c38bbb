import { K8sObject, isObject, asArray, type JsonObject } from './objects.js';
import { Workload, isWorkloadKind } from './workload.js';
import type { KubeVersion } from './kube-version.js';

/** Everything one run read, related across files: what cross-resource rules look at. */
export class RunModel {
  readonly workloads: Workload[] = [];
  readonly services: K8sObject[] = [];
  /** Workload objects left out because they are Kustomize patches, not whole objects. */
  readonly patches: K8sObject[] = [];

  /** `built`: workloads the engine already made file by file (with the same namespaces). */
  constructor(
    readonly objects: K8sObject[],
    readonly kubeVersion: KubeVersion,
    built?: ReadonlyMap<K8sObject, Workload>,
  ) {
    const namespaces = objects.filter(isNamespace);
    for (const o of objects) {
      if (o.kind === 'Service') this.services.push(o);
      else if (isWorkloadKind(o.kind) && o.isPatch) this.patches.push(o);
      else if (isWorkloadObject(o)) this.workloads.push(built?.get(o) ?? workloadOf(o, kubeVersion, namespaces));
    }
  }

  /** The workloads whose pods a Service selects (same namespace, every selector label matches). */
  selectedBy(service: K8sObject): Workload[] {
    let selected = this.selections.get(service);
    if (!selected) {
      selected = this.select(service);
      this.selections.set(service, selected);
    }
    return selected;
  }

  private readonly selections = new Map<K8sObject, Workload[]>();

  private select(service: K8sObject): Workload[] {
    const spec = isObject(service.value.spec) ? service.value.spec : {};
    const selector = isObject(spec.selector) ? spec.selector : undefined;
    if (!selector || Object.keys(selector).length === 0) return [];
    return this.workloads.filter(
      (w) =>
        sameNamespace(w.object, service) &&
        Object.entries(selector).every(([k, v]) => w.labels[k] !== undefined && String(w.labels[k]) === String(v)),
    );
  }

  /** The Services that select a workload's pods. */
  servicesOf(w: Workload): K8sObject[] {
    return this.services.filter((s) => this.selectedBy(s).includes(w));
  }
}

export function isNamespace(o: K8sObject): boolean {
  return o.kind === 'Namespace' && Boolean(o.name);
}

/** An object the workload rules look at: a workload kind, whole (not a Kustomize patch). */
export function isWorkloadObject(o: K8sObject): boolean {
  return isWorkloadKind(o.kind) && !o.isPatch && isObject(o.value);
}

/** The workload of an object, with the settings of its Namespace when the run declares it. */
export function workloadOf(o: K8sObject, kubeVersion: KubeVersion, namespaces: readonly K8sObject[]): Workload {
  return new Workload(o, kubeVersion, namespaceFor(o, namespaces)?.metadata);
}

/**
 * The Namespace object a workload lands in, when the run declares it: in the workload's folder or
 * one above it (a repository of many apps must not share one app's namespace settings).
 */
function namespaceFor(o: K8sObject, namespaces: readonly K8sObject[]): K8sObject | undefined {
  if (!o.namespace) return undefined;
  const dir = dirOf(o.file);
  return namespaces.find((n) => n.name === o.namespace && (dir + '/').startsWith(dirOf(n.file) + '/'));
}

function dirOf(file: string): string {
  const i = file.replace(/\\/g, '/').lastIndexOf('/');
  return i === -1 ? '.' : file.slice(0, i);
}

/** Objects without a namespace are deployed wherever the user points kubectl: treat as a match. */
function sameNamespace(a: K8sObject, b: K8sObject): boolean {
  return a.namespace === undefined || b.namespace === undefined || a.namespace === b.namespace;
}

export function servicePorts(service: K8sObject): { port: unknown; targetPort: unknown; name?: string; protocol: string; index: number }[] {
  const spec = isObject(service.value.spec) ? service.value.spec : {};
  return asArray(spec.ports)
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => isObject(p))
    .map(({ p, index }) => {
      const port = p as JsonObject;
      return {
        port: port.port,
        // An unset, zero or empty targetPort means the same as port (as the API defaults it).
        targetPort: port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '' || port.targetPort === null ? port.port : port.targetPort,
        name: typeof port.name === 'string' ? port.name : undefined,
        protocol: typeof port.protocol === 'string' ? port.protocol : 'TCP',
        index,
      };
    });
}
