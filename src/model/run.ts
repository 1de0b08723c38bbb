import { K8sObject, isObject, asArray, type JsonObject } from './objects.js';
import { Workload, isWorkloadKind } from './workload.js';
import type { KubeVersion } from './kube-version.js';

/**
 * What one run read, related across files: what cross-resource rules look at. `objects` are the
 * objects the rules keep (see Rule.keep; every object in a run with the user's policies).
 */
export class RunModel {
  readonly workloads: Workload[] = [];
  readonly services: K8sObject[] = [];

  /**
   * `built`: workloads the engine already made file by file (with the same namespaces).
   * `summarized`: rule id -> what its `summarize` made of the run's objects, in run order.
   */
  constructor(
    readonly objects: K8sObject[],
    readonly kubeVersion: KubeVersion,
    built?: ReadonlyMap<K8sObject, Workload>,
    private readonly summarized: ReadonlyMap<string, unknown[]> = new Map(),
  ) {
    const namespaces = objects.filter(isNamespace);
    for (const o of objects) {
      if (o.kind === 'Service') this.services.push(o);
      else if (isWorkloadObject(o)) this.workloads.push(built?.get(o) ?? workloadOf(o, kubeVersion, namespaces));
    }
  }

  /** What a rule's `summarize` made of the run's objects, in run order. */
  summaries(ruleId: string): readonly unknown[] {
    return this.summarized.get(ruleId) ?? [];
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
  private byLabel?: Map<string, Workload[]>;
  private byFile?: Map<string, Workload[]>;
  private byFolder?: Map<string, Workload[]>;
  private servicesByLabel?: Map<string, K8sObject[]>;

  /** Whether a Service selects a workload's pods: same namespace, every selector label matches. */
  selects(service: K8sObject, w: Workload): boolean {
    const selector = selectorOf(service);
    if (!selector) return false;
    return sameNamespace(w.object, service) && Object.entries(selector).every(([k, v]) => w.labels[k] !== undefined && String(w.labels[k]) === String(v));
  }

  /** Whether a Service selects any workload of the run (stops at the first). */
  selectsAny(service: K8sObject): boolean {
    const cached = this.selections.get(service);
    if (cached) return cached.length > 0;
    return this.candidates(service).some((w) => this.selects(service, w));
  }

  /**
   * Candidates come from an index of pod labels (`key=value` -> workloads, in run order): only the
   * workloads carrying the selector's rarest label are compared, so a run of thousands of Services
   * and workloads does not compare each with each.
   */
  private select(service: K8sObject): Workload[] {
    return this.candidates(service).filter((w) => this.selects(service, w));
  }

  private candidates(service: K8sObject): Workload[] {
    const selector = selectorOf(service);
    if (!selector) return [];
    if (!this.byLabel) {
      this.byLabel = new Map();
      for (const w of this.workloads) {
        for (const [k, v] of Object.entries(w.labels)) {
          if (v === undefined) continue;
          pushTo(this.byLabel, `${k}=${String(v)}`, w);
        }
      }
    }
    let candidates: Workload[] | undefined;
    for (const [k, v] of Object.entries(selector)) {
      const list = this.byLabel.get(`${k}=${String(v)}`) ?? [];
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    return candidates ?? [];
  }

  /**
   * The Services that select a workload's pods, in run order. Services are indexed by one label of
   * their selector, so a workload is compared only with the Services that may select it (not every
   * Service's whole selection, which grows with the square of copies of an app in a run).
   */
  servicesOf(w: Workload): K8sObject[] {
    if (!this.servicesByLabel) {
      this.servicesByLabel = new Map();
      for (const s of this.services) {
        const selector = selectorOf(s);
        if (!selector) continue;
        const [k, v] = Object.entries(selector)[0]!;
        pushTo(this.servicesByLabel, `${k}=${String(v)}`, s);
      }
    }
    const found = new Set<K8sObject>();
    for (const [k, v] of Object.entries(w.labels)) {
      if (v === undefined) continue;
      for (const s of this.servicesByLabel.get(`${k}=${String(v)}`) ?? []) if (this.selects(s, w)) found.add(s);
    }
    const order = this.serviceOrder ??= new Map(this.services.map((s, i) => [s, i]));
    return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
  }

  private serviceOrder?: Map<K8sObject, number>;

  /** The workloads written in the files of one folder (`a/b/` for `a/b/x.yaml`), in run order. */
  workloadsInFolder(folder: string): Workload[] {
    if (!this.byFolder) {
      this.byFolder = new Map();
      for (const w of this.workloads) pushTo(this.byFolder, folderOf(w.object.file), w);
    }
    return this.byFolder.get(folder) ?? [];
  }

  /** The workloads written in one file, in run order. */
  workloadsIn(file: string): Workload[] {
    if (!this.byFile) {
      this.byFile = new Map();
      for (const w of this.workloads) pushTo(this.byFile, w.object.file, w);
    }
    return this.byFile.get(file) ?? [];
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

/** A Service's selector, when it has one with at least one label. */
function selectorOf(service: K8sObject): Record<string, unknown> | undefined {
  const spec = isObject(service.value.spec) ? service.value.spec : {};
  const selector = isObject(spec.selector) ? spec.selector : undefined;
  return selector && Object.keys(selector).length > 0 ? selector : undefined;
}

/** `a/b/` for `a/b/x.yaml`, `` for `x.yaml`. */
export function folderOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/') + 1);
}

/** Appends to the list under `key`, starting it when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
