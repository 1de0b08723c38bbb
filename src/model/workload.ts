import type { NodePath } from '../types.js';
import { K8sObject, asArray, asString, isObject, type JsonObject } from './objects.js';
import { nativeSidecarsEnabled, type KubeVersion } from './kube-version.js';
import { detectInjection, MESH_PROXY_NAMES, type InjectedProxy } from './mesh.js';
import { longRunning } from './long-running.js';

export type ContainerRole = 'app' | 'sidecar' | 'native-sidecar' | 'init' | 'ephemeral' | 'injected';
export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface PortDecl {
  containerPort: number;
  protocol: string;
  name?: string;
  hostPort?: number;
  /** Absolute path of the port entry (for injected proxies: of the switch that injects it). */
  path: NodePath;
}

export interface ContainerInfo {
  name: string;
  role: ContainerRole;
  /** Where the container is declared; undefined for proxies a mesh will inject. */
  list?: ContainerList;
  index: number;
  /** Absolute path of the container in its document (for injected proxies: the switch). */
  path: NodePath;
  spec: JsonObject;
  /** Regular containers, native sidecars and injected proxies: what runs beside the app. */
  running: boolean;
  ports: PortDecl[];
  /** Set for an injected proxy, and for a declared container that is a mesh's proxy. */
  mesh?: InjectedProxy['mesh'];
}

export interface VolumeInfo {
  name: string;
  path: NodePath;
  spec: JsonObject;
  /** emptyDir, configMap, secret, persistentVolumeClaim... (the first source key). */
  type: string;
}

/** Kinds whose pods are meant to run to completion. */
const BATCH_KINDS = new Set(['Job', 'CronJob']);

/** Where each workload kind keeps its pod template, relative to the object. */
const POD_TEMPLATE_PATHS: Record<string, readonly string[]> = {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export const WORKLOAD_KINDS = Object.keys(POD_TEMPLATE_PATHS);

export function isWorkloadKind(kind: string): boolean {
  return kind in POD_TEMPLATE_PATHS;
}

/** A pod spec out of a workload object, with every container's role worked out. */
export class Workload {
  readonly podMetaPath: NodePath;
  readonly podSpecPath: NodePath;
  readonly podMeta: JsonObject;
  readonly podSpec: JsonObject;
  readonly containers: ContainerInfo[] = [];
  readonly volumes = new Map<string, VolumeInfo>();
  readonly injected: InjectedProxy[];
  readonly app: ContainerInfo | undefined;

  constructor(
    readonly object: K8sObject,
    readonly kubeVersion: KubeVersion,
    /** Namespaces declared in the same run, for namespace-wide mesh injection. */
    namespaceMeta?: JsonObject,
  ) {
    const templatePath = POD_TEMPLATE_PATHS[object.kind] ?? [];
    const template = templatePath.length ? object.doc.get(object.at(...templatePath)) : object.value;
    const t = isObject(template) ? template : {};
    this.podMetaPath = object.at(...templatePath, 'metadata');
    this.podSpecPath = object.at(...templatePath, 'spec');
    this.podMeta = isObject(t.metadata) ? t.metadata : {};
    this.podSpec = isObject(t.spec) ? t.spec : {};

    const declared = this.declaredContainers();
    this.app = pickApp(declared, asString(this.annotations['kubectl.kubernetes.io/default-container']));
    if (this.app) this.app.role = 'app';
    this.containers.push(...declared);

    asArray(this.podSpec.volumes).forEach((v, i) => {
      if (!isObject(v) || typeof v.name !== 'string') return;
      const type = Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir';
      this.volumes.set(v.name, { name: v.name, path: [...this.podSpecPath, 'volumes', i], spec: v, type });
    });

    this.injected = detectInjection(this, namespaceMeta);
    for (const proxy of this.injected) {
      this.containers.push({
        name: proxy.container,
        role: 'injected',
        index: -1,
        path: proxy.switchPath,
        spec: {},
        running: true,
        ports: proxy.ports.map((p) => ({ containerPort: p.port, protocol: 'TCP', name: p.name, path: proxy.switchPath })),
        mesh: proxy.mesh,
      });
    }
  }

  private declaredContainers(): ContainerInfo[] {
    const out: ContainerInfo[] = [];
    const add = (list: ContainerList, roleOf: (c: JsonObject) => ContainerRole) => {
      asArray(this.podSpec[list]).forEach((c, index) => {
        if (!isObject(c)) return;
        const path = [...this.podSpecPath, list, index];
        const role = roleOf(c);
        const name = asString(c.name) ?? `${list}[${index}]`;
        out.push({
          name,
          role,
          list,
          index,
          path,
          spec: c,
          running: role === 'sidecar' || role === 'native-sidecar',
          ports: portsOf(c, path),
          mesh: MESH_PROXY_NAMES[name],
        });
      });
    };
    // Spec order: init containers first, as the kubelet starts them.
    add('initContainers', (c) => (c.restartPolicy === 'Always' ? 'native-sidecar' : 'init'));
    add('containers', () => 'sidecar');
    add('ephemeralContainers', () => 'ephemeral');
    return out;
  }

  get kind(): string {
    return this.object.kind;
  }

  get labels(): Record<string, unknown> {
    return isObject(this.podMeta.labels) ? this.podMeta.labels : {};
  }

  get annotations(): Record<string, unknown> {
    return isObject(this.podMeta.annotations) ? this.podMeta.annotations : {};
  }

  /** Regular containers (app and sidecars) in spec order. */
  get regular(): ContainerInfo[] {
    return this.containers.filter((c) => c.list === 'containers');
  }

  get initContainers(): ContainerInfo[] {
    return this.containers.filter((c) => c.list === 'initContainers');
  }

  /** Regular containers, native sidecars and injected proxies. */
  get running(): ContainerInfo[] {
    return this.containers.filter((c) => c.running || c.role === 'app');
  }

  /** Every container declared in the manifest (not the ones a mesh will inject). */
  get declared(): ContainerInfo[] {
    return this.containers.filter((c) => c.list !== undefined);
  }

  /** Job and CronJob pods, and bare pods that do not restart: they are meant to finish. */
  get runsToCompletion(): boolean {
    if (BATCH_KINDS.has(this.kind)) return true;
    if (this.kind === 'Pod' || this.kind === 'PodTemplate') {
      const rp = this.podSpec.restartPolicy;
      return rp === 'Never' || rp === 'OnFailure';
    }
    return false;
  }

  get isJob(): boolean {
    return BATCH_KINDS.has(this.kind);
  }

  get nativeSidecarsSupported(): boolean {
    return nativeSidecarsEnabled(this.kubeVersion);
  }

  /** `Deployment/web container "proxy"` style label for messages. */
  describe(c?: ContainerInfo): string {
    return c ? `${roleWord(c)} "${c.name}"` : this.object.label;
  }
}

export function roleWord(c: ContainerInfo): string {
  switch (c.role) {
    case 'app':
      return 'app container';
    case 'sidecar':
      return 'sidecar';
    case 'native-sidecar':
      return 'native sidecar';
    case 'init':
      return 'init container';
    case 'ephemeral':
      return 'ephemeral container';
    case 'injected':
      return 'injected proxy';
  }
}

function pickApp(declared: ContainerInfo[], defaultName: string | undefined): ContainerInfo | undefined {
  const regular = declared.filter((c) => c.list === 'containers');
  if (defaultName) {
    const named = regular.find((c) => c.name === defaultName);
    if (named) return named;
  }
  // A rendered, already-injected manifest may list the mesh proxy first, and a Job may list its
  // proxy or log shipper first: the app is the first container that is not a known helper daemon.
  const helper = (c: ContainerInfo) => c.mesh !== undefined || ['image', 'name'].includes(longRunning(c.spec)?.by ?? '');
  return regular.find((c) => !helper(c)) ?? regular.find((c) => !c.mesh) ?? regular[0];
}

function portsOf(c: JsonObject, containerPath: NodePath): PortDecl[] {
  const out: PortDecl[] = [];
  asArray(c.ports).forEach((p, i) => {
    if (!isObject(p)) return;
    const port = toPortNumber(p.containerPort);
    if (port === undefined) return;
    out.push({
      containerPort: port,
      protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
      name: asString(p.name),
      hostPort: toPortNumber(p.hostPort),
      path: [...containerPath, 'ports', i],
    });
  });
  return out;
}

function toPortNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}
