// The kind and cluster drivers: one Kubernetes-API code path (through @kubernetes/client-node).
// `kind` creates a cluster (or reuses --cluster-name), loads local images and deletes the cluster
// only if it created it. `cluster` uses a kubeconfig context that must be named explicitly and
// confirmed (--yes). Both apply each test into a fresh, labelled namespace and delete only the
// namespaces this run created.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { stringify } from 'yaml';
import { asArray, isObject, type JsonObject } from '../../model/objects.js';
import type { ContainerInfo } from '../../model/workload.js';
import type { ContainerState, Driver, DriverName, ExecResult, PlannedWorkload, PodState, StopRecord, Unit } from '../types.js';
import { run as runCommand, type RunOptions, type RunOutput, sleep } from '../process.js';
import { renderKubeSupport, renderKubeWorkload, renderNamespace, workloadKey, WORKLOAD_LABEL } from '../render.js';
import { DeployError, DriverUnavailable, epoch, pollWait } from './common.js';
import { MANAGED_BY, MANAGED_BY_LABEL, RUN_LABEL, UNIT_LABEL } from '../names.js';

/** The few API calls the driver makes; the real one wraps @kubernetes/client-node, tests use a fake. */
export interface KubeApi {
  serverVersion(): Promise<string>;
  createNamespace(ns: JsonObject): Promise<void>;
  readNamespace(name: string): Promise<JsonObject | undefined>;
  deleteNamespace(name: string): Promise<void>;
  listNamespaces(labelSelector: string): Promise<string[]>;
  /** Creates any namespaced object; with dryRun, the server validates and admits it without storing it. */
  create(obj: JsonObject, dryRun?: boolean): Promise<void>;
  read(apiVersion: string, kind: string, namespace: string, name: string): Promise<JsonObject | undefined>;
  listPods(namespace: string, labelSelector: string): Promise<JsonObject[]>;
  readPod(namespace: string, name: string): Promise<JsonObject | undefined>;
  deletePod(namespace: string, name: string, gracePeriodSeconds: number): Promise<void>;
  /**
   * Watches one pod: `onEvent` gets every version the API server stores (the current one first,
   * the last one with DELETED) and returns true to stop. Resolves once the watch is open.
   */
  watchPod?(namespace: string, name: string, onEvent: (type: string, pod: JsonObject) => boolean): Promise<PodWatch>;
  podLog(namespace: string, pod: string, container: string, previous: boolean): Promise<string>;
  events(namespace: string): Promise<JsonObject[]>;
  exec(namespace: string, pod: string, container: string, command: string[], timeoutMs: number): Promise<ExecResult>;
}

export interface PodWatch {
  /** Settles when onEvent returned true, the pod is gone, or the server closed the watch. */
  done: Promise<void>;
  stop(): void;
}

export type CommandRunner = (cmd: string, args: readonly string[], opts?: RunOptions) => Promise<RunOutput>;

export interface KubeOptions {
  mode: Exclude<DriverName, 'podman'>;
  runId: string;
  workDir: string;
  readyTimeoutMs: number;
  graceCapMs: number;
  clusterName?: string;
  context?: string;
  yes?: boolean;
  kubeconfig?: string;
  log?: (line: string) => void;
}

/** Why a cluster run is refused, or undefined when it may go ahead. */
export function clusterRefusal(opts: Pick<KubeOptions, 'mode' | 'context' | 'yes'>, contexts: readonly string[]): string | undefined {
  if (opts.mode !== 'cluster') return undefined;
  if (!opts.context) return '--driver cluster needs --context <name>: verify never deploys to the current context implicitly';
  if (!contexts.includes(opts.context)) return `no context "${opts.context}" in the kubeconfig (contexts: ${contexts.join(', ') || 'none'})`;
  if (!opts.yes) return `refusing to deploy to context "${opts.context}" without --yes: verify creates namespaces there (slv-*) and deletes them afterwards; it never touches others`;
  return undefined;
}

/** Apply order: what pods consume first, workloads last. */
const ORDER = ['ServiceAccount', 'Secret', 'ConfigMap', 'PersistentVolumeClaim', 'Role', 'RoleBinding', 'Service'];
function applyRank(o: JsonObject): number {
  const i = ORDER.indexOf(String(o.kind));
  return i === -1 ? ORDER.length : i;
}

export class KubeDriver implements Driver {
  readonly emulatesNativeSidecars = false;
  private readonly namespaces = new Set<string>();
  private readonly loadedImages = new Set<string>();
  private createdCluster = false;
  private clusterName: string;

  constructor(
    private readonly opts: KubeOptions,
    private api: KubeApi | undefined,
    private readonly cmd: CommandRunner = runCommand,
    /** Builds the API once the kubeconfig is known (kind: after the cluster exists). */
    private readonly connect?: (kubeconfigText?: string) => Promise<KubeApi>,
  ) {
    this.clusterName = opts.clusterName ?? `slv-${opts.runId}`;
  }

  get name(): DriverName {
    return this.opts.mode;
  }

  /** The real driver: refuses a cluster run that is not named and confirmed before anything is contacted. */
  static async create(opts: KubeOptions): Promise<KubeDriver> {
    if (opts.mode === 'cluster') {
      const k8s = await import('@kubernetes/client-node');
      const kc = new k8s.KubeConfig();
      try {
        if (opts.kubeconfig) kc.loadFromFile(opts.kubeconfig);
        else kc.loadFromDefault();
      } catch (e) {
        throw new DriverUnavailable(`cannot read the kubeconfig: ${(e as Error).message}`);
      }
      const refusal = clusterRefusal(opts, kc.getContexts().map((c) => c.name));
      if (refusal) throw new DriverUnavailable(refusal);
      kc.setCurrentContext(opts.context!);
      return new KubeDriver(opts, await clientNodeApi(kc));
    }
    return new KubeDriver(opts, undefined, runCommand, async (text) => {
      const k8s = await import('@kubernetes/client-node');
      const kc = new k8s.KubeConfig();
      kc.loadFromString(text ?? '');
      return clientNodeApi(kc);
    });
  }

  private get k(): KubeApi {
    if (!this.api) throw new Error('the Kubernetes API is not connected (prepare() first)');
    return this.api;
  }

  async prepare(): Promise<void> {
    if (this.opts.mode === 'kind') {
      const clusters = await this.cmd('kind', ['get', 'clusters'], { timeoutMs: 60_000 });
      if (clusters.missing) throw new DriverUnavailable('kind is not installed (GitHub runners have it; elsewhere see https://kind.sigs.k8s.io)');
      const existing = clusters.stdout.split('\n').map((s) => s.trim());
      if (!existing.includes(this.clusterName)) {
        if (this.opts.clusterName) this.opts.log?.(`verify: kind cluster ${this.clusterName} does not exist: creating it (and deleting it at the end)`);
        const created = await this.cmd('kind', ['create', 'cluster', '--name', this.clusterName, '--wait', '120s'], { timeoutMs: 600_000 });
        if (created.code !== 0) throw new DriverUnavailable(`kind create cluster failed: ${created.stderr.trim().split('\n').slice(-3).join(' ')}`);
        this.createdCluster = true;
      }
      if (!this.api) {
        const kubeconfig = await this.cmd('kind', ['get', 'kubeconfig', '--name', this.clusterName], { timeoutMs: 60_000 });
        if (kubeconfig.code !== 0) throw new DriverUnavailable(`kind get kubeconfig failed: ${kubeconfig.stderr.trim()}`);
        this.api = await this.connect!(kubeconfig.stdout);
      }
    }
    try {
      await this.k.serverVersion();
    } catch (e) {
      throw new DriverUnavailable(`the API server does not answer: ${(e as Error).message}`);
    }
  }

  /** Did this run create the kind cluster (and so will delete it)? */
  get ownsCluster(): boolean {
    return this.createdCluster;
  }

  plan(unit: Unit): void {
    const ns = unit.namespace!;
    for (const w of unit.workloads) {
      const r = renderKubeWorkload(w.workload, ns, this.opts.runId, unit.id, this.loadedImages);
      w.rendered = r.objects;
      w.notes.splice(0, w.notes.length, ...r.notes);
    }
  }

  /** Everything a unit sends to the API server, namespace first. */
  objectsOf(unit: Unit): JsonObject[] {
    const ns = unit.namespace!;
    const out: JsonObject[] = [renderNamespace(ns, this.opts.runId, unit.id, unit.name)];
    const support: JsonObject[] = [];
    for (const s of unit.support) {
      const r = renderKubeSupport(s, ns, this.opts.runId, unit.id);
      if (r.object) support.push(r.object);
      else if (r.note) unit.workloads[0]?.notes.push(r.note);
    }
    out.push(...support.sort((a, b) => applyRank(a) - applyRank(b)));
    for (const w of unit.workloads) out.push(...w.rendered);
    return out;
  }

  /** kind: loads the images the unit uses that exist locally (docker or podman) and are not yet in the cluster. */
  private async loadImages(unit: Unit): Promise<void> {
    if (this.opts.mode !== 'kind') return;
    const images = new Set<string>();
    for (const w of unit.workloads) for (const c of w.workload.declared) if (typeof c.spec.image === 'string') images.add(c.spec.image);
    for (const image of images) {
      if (this.loadedImages.has(image)) continue;
      const docker = await this.cmd('docker', ['image', 'inspect', image], { timeoutMs: 30_000 });
      let loaded: RunOutput | undefined;
      if (docker.code === 0) loaded = await this.cmd('kind', ['load', 'docker-image', image, '--name', this.clusterName], { timeoutMs: 600_000 });
      else if ((await this.cmd('podman', ['image', 'exists', image], { timeoutMs: 30_000 })).code === 0) {
        const tar = path.join(this.opts.workDir, `image-${this.loadedImages.size}.tar`);
        const saved = await this.cmd('podman', ['save', '-o', tar, image], { timeoutMs: 600_000 });
        if (saved.code === 0) loaded = await this.cmd('kind', ['load', 'image-archive', tar, '--name', this.clusterName], { timeoutMs: 600_000 });
        fs.rmSync(tar, { force: true });
      }
      if (loaded?.code === 0) {
        this.loadedImages.add(image);
        this.opts.log?.(`verify: loaded ${image} into kind cluster ${this.clusterName}`);
      }
    }
  }

  async deploy(unit: Unit): Promise<void> {
    await this.loadImages(unit);
    this.plan(unit);
    const [namespace, ...objects] = this.objectsOf(unit);
    const ns = unit.namespace!;
    // Recorded first: a teardown after a partial deploy still deletes it (after checking its label).
    this.namespaces.add(ns);
    try {
      await this.k.createNamespace(namespace!);
    } catch (e) {
      this.namespaces.delete(ns);
      throw new DeployError(`cannot create namespace ${ns}: ${apiMessage(e)}`);
    }
    // The API server judges every object first (server-side dry run): nothing is created from a set it rejects.
    const rejected: string[] = [];
    for (const o of objects) {
      try {
        await this.k.create(o, true);
      } catch (e) {
        rejected.push(`${String(o.kind)}/${String((o.metadata as JsonObject).name)}: ${apiMessage(e)}`);
      }
    }
    if (rejected.length) throw new DeployError(`the API server rejected ${rejected.join('; ')}`);
    for (const o of objects) {
      try {
        await this.k.create(o);
      } catch (e) {
        throw new DeployError(`creating ${String(o.kind)}/${String((o.metadata as JsonObject).name)} failed: ${apiMessage(e)}`);
      }
    }
  }

  async pods(unit: Unit, w: PlannedWorkload): Promise<string[]> {
    const pods = await this.k.listPods(unit.namespace!, `${UNIT_LABEL}=${unit.id},${WORKLOAD_LABEL}=${workloadKey(w.workload)}`);
    return pods
      .filter((p) => isObject(p.metadata) && !p.metadata.deletionTimestamp)
      .sort((a, b) => String((a.metadata as JsonObject).creationTimestamp).localeCompare(String((b.metadata as JsonObject).creationTimestamp)))
      .map((p) => String((p.metadata as JsonObject).name));
  }

  async status(unit: Unit, w: PlannedWorkload, pod: string): Promise<PodState | undefined> {
    const p = await this.k.readPod(unit.namespace!, pod);
    if (!p) return undefined;
    const state = podState(w, p);
    // A running container that is not ready: the kubelet's last probe answer is in the events.
    const unready = state.containers.filter((c) => c.state === 'running' && !c.ready && c.kind !== 'init');
    if (unready.length) {
      const probes = await this.probeEvents(unit.namespace!, pod);
      for (const c of unready) c.probeOutput = probes.get(c.name) ?? c.probeOutput;
    }
    return state;
  }

  private readonly probeEventCache = new Map<string, { at: number; byContainer: Map<string, string> }>();

  /** The latest `Unhealthy` (probe failed) event message per container of a pod, read at most every 2 s. */
  private async probeEvents(ns: string, pod: string): Promise<Map<string, string>> {
    const key = `${ns}/${pod}`;
    const cached = this.probeEventCache.get(key);
    if (cached && performance.now() - cached.at < 2000) return cached.byContainer;
    const byContainer = new Map<string, string>();
    const events = await this.k.events(ns).catch(() => [] as JsonObject[]);
    for (const e of events) {
      const o = isObject(e.involvedObject) ? e.involvedObject : {};
      if (e.reason !== 'Unhealthy' || o.name !== pod || typeof e.message !== 'string') continue;
      const container = /\{([^}]+)\}/.exec(String(o.fieldPath ?? ''))?.[1];
      if (container) byContainer.set(container, e.message.trim());
    }
    this.probeEventCache.set(key, { at: performance.now(), byContainer });
    return byContainer;
  }

  wait(unit: Unit, w: PlannedWorkload, pod: string, done: (s: PodState) => boolean, timeoutMs: number): Promise<{ state?: PodState; met: boolean }> {
    return pollWait(() => this.status(unit, w, pod), done, timeoutMs, 500);
  }

  exec(unit: Unit, pod: string, container: string, command: string[], timeoutMs: number): Promise<ExecResult> {
    return this.k.exec(unit.namespace!, pod, container, command, timeoutMs);
  }

  async logs(unit: Unit, pod: string, container: string, opts: { previous?: boolean } = {}): Promise<string> {
    if (opts.previous) {
      try {
        const prev = await this.k.podLog(unit.namespace!, pod, container, true);
        if (prev && !NO_LOG.test(prev)) return prev;
      } catch {
        // No previous run: the current log.
      }
    }
    return this.k.podLog(unit.namespace!, pod, container, false);
  }

  async object(unit: Unit, kind: string, name: string): Promise<JsonObject | undefined> {
    const ns = unit.namespace!;
    // `kind: Pod` with a workload's name: that workload's (first) pod.
    const w = unit.workloads.find((x) => x.workload.object.name === name);
    if (kind === 'Pod' && w && w.workload.kind !== 'Pod') {
      const pods = await this.pods(unit, w);
      return pods[0] ? this.k.readPod(ns, pods[0]) : undefined;
    }
    const source = [...unit.workloads.flatMap((x) => x.rendered), ...unit.support].find((o) => o.kind === kind && isObject(o.metadata) && o.metadata.name === name);
    const apiVersion = source ? String(source.apiVersion) : kind === 'Pod' ? 'v1' : undefined;
    if (!apiVersion) return undefined;
    return this.k.read(apiVersion, kind, ns, name);
  }

  /** Deletes the pod and watches it go: the kubelet stops the app first and sidecars after, in reverse order. */
  async stopOrdered(unit: Unit, w: PlannedWorkload, pod: string): Promise<StopRecord> {
    const ns = unit.namespace!;
    const g = w.workload.podSpec.terminationGracePeriodSeconds;
    const grace = Math.ceil(Math.min(typeof g === 'number' ? g * 1000 : 30_000, this.opts.graceCapMs) / 1000);
    const allStopped = (s: PodState) => s.containers.filter((c) => c.kind !== 'init').every((c) => c.state === 'terminated');
    let last: PodState | undefined;
    // A watch sees every status the kubelet writes, the last one included. Polling alone can miss
    // it: once every container has stopped the kubelet deletes the pod, often within one poll.
    const watch = this.k.watchPod
      ? await this.k
          .watchPod(ns, pod, (type, p) => {
            last = podState(w, p);
            return type === 'DELETED' || allStopped(last);
          })
          .catch(() => undefined)
      : undefined;
    await this.k.deletePod(ns, pod, grace);
    const deadline = performance.now() + (grace + 60) * 1000;
    if (watch) {
      // A timer cleared once the watch is done: a pending one would hold the process open.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([watch.done, new Promise<void>((resolve) => (timer = setTimeout(resolve, deadline - performance.now())))]);
      clearTimeout(timer);
      watch.stop();
    }
    while (!(last && allStopped(last)) && performance.now() < deadline) {
      const p = await this.k.readPod(ns, pod);
      if (!p) break;
      last = podState(w, p);
      if (allStopped(last)) break;
      await sleep(200);
    }
    const stopped = (last?.containers ?? []).filter((c) => c.kind !== 'init').map((c) => ({ name: c.name, finishedAt: c.finishedAt, exitCode: c.exitCode, killed: c.exitCode === 137 }));
    return { stopped, emulated: false, evidence: [`deleted pod ${pod} with gracePeriodSeconds ${grace}; last status seen (${watch ? 'watched' : 'polled'}) before it was gone`], final: last };
  }

  async diagnostics(unit: Unit, dir: string): Promise<string[]> {
    fs.mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const write = (name: string, text: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      files.push(f);
    };
    write('rendered.yaml', this.objectsOf(unit).map((o) => stringify(o)).join('---\n'));
    const ns = unit.namespace!;
    for (const w of unit.workloads) {
      for (const pod of await this.pods(unit, w).catch(() => [] as string[])) {
        const p = await this.k.readPod(ns, pod).catch(() => undefined);
        write(`${pod}.pod.yaml`, p ? stringify(p) : 'gone\n');
        for (const c of w.workload.declared.filter((c) => c.list !== 'ephemeralContainers')) {
          write(`${pod}.${c.name}.log`, await this.k.podLog(ns, pod, c.name, false).catch((e) => `(no log: ${apiMessage(e)})`));
          const prev = await this.k.podLog(ns, pod, c.name, true).catch(() => '');
          if (prev && !NO_LOG.test(prev)) write(`${pod}.${c.name}.previous.log`, prev);
        }
      }
    }
    const events = await this.k.events(ns).catch(() => [] as JsonObject[]);
    write('events.txt', events.map(eventLine).join('\n') + '\n');
    return files;
  }

  /** Deletes the unit's namespace, only if this run created it and it carries this run's label. */
  async teardown(unit: Unit): Promise<void> {
    const ns = unit.namespace;
    if (!ns || !this.namespaces.has(ns)) return;
    const live = await this.k.readNamespace(ns);
    if (!live) {
      this.namespaces.delete(ns);
      return;
    }
    const labels = isObject(live.metadata) && isObject(live.metadata.labels) ? live.metadata.labels : {};
    if (labels[RUN_LABEL] !== this.opts.runId || labels[MANAGED_BY_LABEL] !== MANAGED_BY) throw new Error(`namespace ${ns} is not this run's (labels ${JSON.stringify(labels)}): not deleted`);
    // Pods first, with the grace cap: a namespace deletion waits out each pod's own grace period
    // (30 s by default, all of it when PID 1 ignores SIGTERM).
    const grace = Math.ceil(this.opts.graceCapMs / 1000);
    for (const p of await this.k.listPods(ns, `${RUN_LABEL}=${this.opts.runId}`).catch(() => [] as JsonObject[])) {
      const name = isObject(p.metadata) ? p.metadata.name : undefined;
      if (typeof name === 'string') await this.k.deletePod(ns, name, grace).catch(() => undefined);
    }
    await this.k.deleteNamespace(ns);
    // Wait until it is gone, so the leftover check means something.
    const deadline = performance.now() + 180_000;
    while (performance.now() < deadline && (await this.k.readNamespace(ns))) await sleep(1000);
    this.namespaces.delete(ns);
  }

  async leftovers(): Promise<string[]> {
    if (!this.api) return [];
    return (await this.k.listNamespaces(`${RUN_LABEL}=${this.opts.runId}`)).map((n) => `namespace ${n}`);
  }

  async close(): Promise<void> {
    if (this.opts.mode === 'kind' && this.createdCluster) {
      const r = await this.cmd('kind', ['delete', 'cluster', '--name', this.clusterName], { timeoutMs: 300_000 });
      if (r.code === 0) this.createdCluster = false;
    }
  }
}

function eventLine(e: JsonObject): string {
  const o = isObject(e.involvedObject) ? e.involvedObject : {};
  const t = e.lastTimestamp ?? e.eventTime ?? (isObject(e.metadata) ? e.metadata.creationTimestamp : '');
  return `${String(t)} ${String(e.type)} ${String(e.reason)} ${String(o.kind)}/${String(o.name)}: ${String(e.message ?? '')}`;
}

function apiMessage(e: unknown): string {
  const err = e as { body?: unknown; message?: string; code?: number };
  if (err && typeof err.body === 'string') {
    try {
      const b = JSON.parse(err.body) as { message?: string };
      if (b.message) return b.message;
    } catch {
      /* not JSON */
    }
  }
  if (err && isObject(err.body) && typeof err.body.message === 'string') return err.body.message;
  return err?.message ?? String(e);
}

function kindOf(c: ContainerInfo): ContainerState['kind'] {
  return c.role === 'init' ? 'init' : c.role === 'native-sidecar' ? 'native-sidecar' : 'regular';
}

/** A pod object as the drivers' common PodState. */
export function podState(w: PlannedWorkload, pod: JsonObject): PodState {
  const status = isObject(pod.status) ? pod.status : {};
  const statuses = [...asArray(status.initContainerStatuses), ...asArray(status.containerStatuses)].filter(isObject);
  const containers: ContainerState[] = [];
  for (const c of w.workload.declared.filter((c) => c.list !== 'ephemeralContainers')) {
    const s = statuses.find((x) => x.name === c.name);
    const cs: ContainerState = { name: c.name, kind: kindOf(c), state: 'unknown', ready: false, restartCount: 0 };
    if (s) {
      cs.ready = s.ready === true;
      cs.restartCount = typeof s.restartCount === 'number' ? s.restartCount : 0;
      cs.readyBy = 'runtime';
      const st = isObject(s.state) ? s.state : {};
      if (isObject(st.running)) {
        cs.state = 'running';
        cs.startedAt = epoch(st.running.startedAt);
      } else if (isObject(st.terminated)) {
        cs.state = 'terminated';
        cs.exitCode = Number(st.terminated.exitCode);
        cs.reason = st.terminated.reason as string | undefined;
        cs.startedAt = epoch(st.terminated.startedAt);
        cs.finishedAt = epoch(st.terminated.finishedAt);
        cs.message = st.terminated.message as string | undefined;
      } else if (isObject(st.waiting)) {
        cs.state = 'waiting';
        cs.reason = st.waiting.reason as string | undefined;
        cs.message = st.waiting.message as string | undefined;
      }
      if (cs.kind === 'init' && cs.state === 'terminated') cs.ready = cs.exitCode === 0;
    }
    containers.push(cs);
  }
  const conditions = asArray(status.conditions).filter(isObject);
  const ready = conditions.some((c) => c.type === 'Ready' && c.status === 'True');
  const meta = isObject(pod.metadata) ? pod.metadata : {};
  return { name: String(meta.name), phase: String(status.phase ?? 'Pending'), ready, containers, object: pod };
}

/** Removes the namespaces that verify runs left (one run's, or every run's), never any other. */
export async function cleanupKube(api: KubeApi, runId?: string): Promise<string[]> {
  const names = await api.listNamespaces(runId ? `${RUN_LABEL}=${runId}` : `${MANAGED_BY_LABEL}=${MANAGED_BY}`);
  for (const n of names) await api.deleteNamespace(n);
  return names.map((n) => `namespace ${n}`);
}

/** The KubeApi over @kubernetes/client-node; test/verify-cluster.test.ts runs it against a real cluster. */
export async function clientNodeApi(kc: import('@kubernetes/client-node').KubeConfig): Promise<KubeApi> {
  const k8s = await import('@kubernetes/client-node');
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const version = kc.makeApiClient(k8s.VersionApi);
  const objects = k8s.KubernetesObjectApi.makeApiClient(kc);
  const exec = new k8s.Exec(kc);
  const plain = (v: unknown): JsonObject => JSON.parse(JSON.stringify(v)) as JsonObject;
  const notFound = async <T>(p: Promise<T>): Promise<T | undefined> => {
    try {
      return await p;
    } catch (e) {
      if ((e as { code?: number }).code === 404) return undefined;
      throw e;
    }
  };
  return {
    serverVersion: async () => (await version.getCode()).gitVersion,
    createNamespace: async (ns) => {
      await core.createNamespace({ body: ns as never });
    },
    readNamespace: async (name) => {
      const ns = await notFound(core.readNamespace({ name }));
      return ns ? plain(ns) : undefined;
    },
    deleteNamespace: async (name) => {
      await notFound(core.deleteNamespace({ name }));
    },
    listNamespaces: async (labelSelector) => (await core.listNamespace({ labelSelector })).items.map((n) => n.metadata?.name ?? ''),
    create: async (obj, dryRun) => {
      await objects.create(obj as never, undefined, dryRun ? 'All' : undefined, 'sidecar-lint-verify');
    },
    read: async (apiVersion, kind, namespace, name) => {
      const o = await notFound(objects.read({ apiVersion, kind, metadata: { name, namespace } }));
      return o ? plain(o) : undefined;
    },
    listPods: async (namespace, labelSelector) => (await core.listNamespacedPod({ namespace, labelSelector })).items.map(plain),
    readPod: async (namespace, name) => {
      const p = await notFound(core.readNamespacedPod({ namespace, name }));
      return p ? plain(p) : undefined;
    },
    deletePod: async (namespace, name, gracePeriodSeconds) => {
      await notFound(core.deleteNamespacedPod({ namespace, name, gracePeriodSeconds }));
    },
    watchPod: async (namespace, name, onEvent) => {
      let finish!: () => void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      let stopped = false;
      // Events arrive only after the watch resolves, but an abort before that must not throw.
      let controller: AbortController | undefined;
      controller = await new k8s.Watch(kc).watch(
        `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`,
        { fieldSelector: `metadata.name=${name}` },
        (type, obj) => {
          if (stopped || !isObject(obj) || obj.kind === 'Status') return;
          if (onEvent(type, plain(obj))) {
            stopped = true;
            controller?.abort();
            finish();
          }
        },
        () => finish(),
      );
      return {
        done,
        stop: () => {
          stopped = true;
          controller?.abort();
          finish();
        },
      };
    },
    podLog: async (namespace, name, container, previous) => (await core.readNamespacedPodLog({ namespace, name, container, previous })) ?? '',
    events: async (namespace) => (await core.listNamespacedEvent({ namespace })).items.map(plain),
    exec: (namespace, pod, container, command, timeoutMs) =>
      new Promise<ExecResult>((resolve) => {
        const started = performance.now();
        let stdout = '';
        let stderr = '';
        const sink = (add: (s: string) => void) =>
          new Writable({
            write(chunk: Buffer, _enc, cb) {
              add(chunk.toString('utf8'));
              cb();
            },
          });
        let settled = false;
        const finish = (r: Omit<ExecResult, 'stdout' | 'stderr' | 'ms'>) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ ...r, stdout, stderr, ms: performance.now() - started });
        };
        // The socket: closed on a timeout, so the command does not go on running in the container.
        let socket: { close(): void } | undefined;
        const timer = setTimeout(() => {
          socket?.close();
          finish({ exitCode: -1, timedOut: true });
        }, timeoutMs);
        exec
          .exec(namespace, pod, container, command, sink((s) => (stdout += s)), sink((s) => (stderr += s)), null, false, (status) => {
            if (status.status === 'Success') return finish({ exitCode: 0 });
            const code = status.details?.causes?.find((c) => c.reason === 'ExitCode')?.message;
            const msg = status.message ?? '';
            if (!code && msg) stderr += msg;
            finish({ exitCode: code ? Number(code) : 126, notFound: !code && /executable file not found|no such file/i.test(msg) });
          })
          .then((ws) => {
            socket = ws as unknown as { close(): void };
            if (settled) socket.close();
          })
          .catch((e: Error) => {
            // The exec was refused before anything ran (the container is gone or not running):
            // not the command's exit code.
            stderr += /Unexpected server response: (\d+)/.test(e.message) ? `exec refused by the API server (HTTP ${/Unexpected server response: (\d+)/.exec(e.message)![1]}): the container is not running` : e.message;
            finish({ exitCode: 126, notFound: true });
          });
      }),
  };
}

/** What the API returns as a "log" when the kubelet no longer has the container's log. */
const NO_LOG = /^unable to retrieve container logs for /;

export const _internal = { applyRank };
