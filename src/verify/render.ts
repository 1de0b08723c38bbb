// What each driver deploys for a workload: the manifest's objects, renamed and labelled for one
// run, and (for podman) reduced to what `podman kube play` 4.3 can run.
import { isObject, asArray, type JsonObject } from '../model/objects.js';
import type { Workload } from '../model/workload.js';
import { MANAGED_BY, MANAGED_BY_LABEL, RUN_LABEL, UNIT_LABEL, dnsFragment, volumeName } from './names.js';

export const WORKLOAD_LABEL = 'sidecar-lint.io/verify-workload';

/** Kinds that are not namespaced: a verify run never creates them (it would touch the whole cluster). */
export const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PriorityClass',
  'RuntimeClass',
  'IngressClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'CSIDriver',
  'VolumeAttachment',
]);

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** The value of WORKLOAD_LABEL for a workload: its kind and name. */
export function workloadKey(w: Workload): string {
  return dnsFragment(`${w.kind}-${w.object.name ?? 'unnamed'}`, 63);
}

export interface PodmanRender {
  pod: JsonObject;
  /** ConfigMaps the pod uses (Secrets made ConfigMaps), renamed for the run; played with the pod. */
  configMaps: JsonObject[];
  volumeNames: Map<string, string>;
  emulatedSidecars: boolean;
  notes: string[];
}

const PODMAN_DROPPED_FIELDS = ['ports', 'livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle', 'resizePolicy', 'restartPolicy', 'restartPolicyRules'];

/**
 * A workload as one bare Pod for `podman kube play`:
 * - native sidecars (init containers with `restartPolicy: Always`, which podman 4.3 would run as
 *   never-ending init containers) become regular containers placed first; the harness starts them
 *   before the app and stops them after it, and labels those results emulated;
 * - ports are dropped: podman publishes every containerPort on the host (two runs would collide)
 *   and the pod runs with `--network none`, so only its own loopback exists; the ports are still
 *   checked, from inside the pod;
 * - probes and lifecycle hooks are dropped: podman ignores readiness, needs systemd for liveness and
 *   rejects probes on init containers; the harness runs readiness and startup probes itself;
 * - emptyDir volumes are renamed after the pod (podman makes each one a named volume);
 * - images are never pulled (`imagePullPolicy: Never`): only local images run;
 * - a Job's pod gets `restartPolicy: Never` unless it says OnFailure.
 */
export function renderPodmanPod(w: Workload, name: string, runId: string, unitId: string, support: readonly JsonObject[] = []): PodmanRender {
  const notes: string[] = [];
  const config = podmanConfigMaps(name, support, notes);
  const spec = clone(w.podSpec);
  const init = asArray(spec.initContainers).filter(isObject);
  const native = init.filter((c) => c.restartPolicy === 'Always');
  const plain = init.filter((c) => c.restartPolicy !== 'Always');
  const regular = asArray(spec.containers).filter(isObject);
  if (native.length) notes.push(`native sidecars ${native.map((c) => `"${String(c.name)}"`).join(', ')} run as regular containers, started before the app and stopped after it by the harness (emulated: podman 4.3 has no native sidecars)`);
  spec.containers = [...native, ...regular];
  if (plain.length) spec.initContainers = plain;
  else delete spec.initContainers;
  delete spec.ephemeralContainers;

  let dropped = false;
  for (const c of [...plain, ...(spec.containers as JsonObject[])]) {
    for (const f of PODMAN_DROPPED_FIELDS) {
      if (c[f] !== undefined) {
        if (f !== 'restartPolicy') dropped = true;
        delete c[f];
      }
    }
    c.imagePullPolicy = 'Never';
  }
  if (dropped) notes.push('ports, probes and lifecycle hooks are left out of what podman runs: the harness checks ports and runs readiness and startup probes from inside the pod');

  const volumeNames = new Map<string, string>();
  for (const v of asArray(spec.volumes).filter(isObject)) {
    if (typeof v.name !== 'string') continue;
    const type = Object.keys(v).find((k) => k !== 'name') ?? 'emptyDir';
    if (type === 'emptyDir') {
      const renamed = volumeName(name, v.name);
      volumeNames.set(v.name, renamed);
      if (isObject(v.emptyDir) && v.emptyDir.medium) notes.push(`emptyDir "${v.name}": medium ${String(v.emptyDir.medium)} is not supported by podman, a plain volume is used`);
      v.name = renamed;
      v.emptyDir = {};
    } else if (type === 'configMap' || type === 'secret') {
      const source = (isObject(v[type]) ? v[type] : {}) as JsonObject;
      const ref = type === 'configMap' ? source.name : source.secretName;
      const made = typeof ref === 'string' ? config.use(type === 'configMap' ? 'ConfigMap' : 'Secret', ref) : undefined;
      const original = v.name;
      const renamed = volumeName(name, original);
      volumeNames.set(original, renamed);
      v.name = renamed;
      delete v[type];
      if (made) {
        // podman 4.3 makes a named volume of a configMap volume, named after the ConfigMap.
        volumeNames.set(`${type}:${String(ref)}`, made);
        v.configMap = { name: made, ...(source.items !== undefined ? { items: source.items } : {}), ...(source.defaultMode !== undefined ? { defaultMode: source.defaultMode } : {}) };
      } else {
        v.emptyDir = {};
        notes.push(`${type} volume "${original}": ${type === 'configMap' ? 'ConfigMap' : 'Secret'} "${String(ref)}" is not in the manifests, an empty volume is mounted instead`);
      }
    }
  }
  // Environment from ConfigMaps and Secrets: the same renamed ConfigMaps.
  for (const c of [...plain, ...(spec.containers as JsonObject[])]) {
    for (const e of asArray(c.env).filter(isObject)) {
      const from = isObject(e.valueFrom) ? e.valueFrom : undefined;
      const ref = from && (isObject(from.configMapKeyRef) ? ['ConfigMap', from.configMapKeyRef] as const : isObject(from.secretKeyRef) ? ['Secret', from.secretKeyRef] as const : undefined);
      if (!from || !ref) continue;
      const made = typeof ref[1].name === 'string' ? config.use(ref[0], ref[1].name) : undefined;
      delete from.secretKeyRef;
      if (made) from.configMapKeyRef = { ...ref[1], name: made };
      else {
        delete e.valueFrom;
        e.value = '';
        notes.push(`env ${String(e.name)}: ${ref[0]} "${String(ref[1].name)}" is not in the manifests, the variable is empty`);
      }
    }
    const envFrom = asArray(c.envFrom).filter(isObject);
    if (envFrom.length) {
      c.envFrom = envFrom.flatMap((e) => {
        const ref = isObject(e.configMapRef) ? (['ConfigMap', e.configMapRef] as const) : isObject(e.secretRef) ? (['Secret', e.secretRef] as const) : undefined;
        const made = ref && typeof ref[1].name === 'string' ? config.use(ref[0], ref[1].name) : undefined;
        if (!made) {
          if (ref) notes.push(`envFrom: ${ref[0]} "${String(ref[1].name)}" is not in the manifests, left out`);
          return [];
        }
        return [{ ...(e.prefix !== undefined ? { prefix: e.prefix } : {}), configMapRef: { name: made } }];
      });
    }
  }
  for (const c of [...plain, ...(spec.containers as JsonObject[])]) {
    for (const m of asArray(c.volumeMounts).filter(isObject)) {
      const renamed = typeof m.name === 'string' ? volumeNames.get(m.name) : undefined;
      if (renamed) m.name = renamed;
    }
  }

  if (w.isJob) {
    if (spec.restartPolicy !== 'OnFailure') spec.restartPolicy = 'Never';
    if (w.kind !== 'Pod') notes.push(`${w.kind} runs as a bare pod (podman 4.3 kube play skips Jobs)`);
  } else {
    if (w.kind !== 'Pod') notes.push(`${w.kind} runs as one bare pod`);
    // podman applies the pod's policy to every container the harness starts, init containers
    // included: with Always an init container would run again and again. OnFailure restarts what
    // crashes (a crash loop still shows as restarts) and lets init containers run once; a regular
    // container that exits 0 is reported by the stability check as ended.
    if (spec.restartPolicy === undefined || spec.restartPolicy === 'Always') spec.restartPolicy = 'OnFailure';
  }

  const pod: JsonObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      labels: { ...(isObject(w.podMeta.labels) ? w.podMeta.labels : {}), [MANAGED_BY_LABEL]: MANAGED_BY, [RUN_LABEL]: runId, [UNIT_LABEL]: unitId, [WORKLOAD_LABEL]: workloadKey(w) },
      ...(isObject(w.podMeta.annotations) ? { annotations: clone(w.podMeta.annotations) } : {}),
    },
    spec,
  };
  return { pod, configMaps: config.made(), volumeNames, emulatedSidecars: native.length > 0, notes };
}

/**
 * The ConfigMaps and Secrets of the manifests as ConfigMaps for one pod of one run: renamed
 * `<pod>-cm-<name>` (podman turns each into a named volume: the run id in its name lets teardown
 * and --cleanup find it). Secrets become ConfigMaps with their values decoded: podman 4.3 crashes
 * on Secret volumes (a nil pointer in VolumeFromSecret), and a test cluster of one's own holds
 * nothing secret.
 */
function podmanConfigMaps(pod: string, support: readonly JsonObject[], notes: string[]) {
  const made = new Map<string, JsonObject>();
  return {
    use(kind: 'ConfigMap' | 'Secret', ref: string): string | undefined {
      const key = `${kind}/${ref}`;
      const existing = made.get(key);
      if (existing) return (existing.metadata as JsonObject).name as string;
      const obj = support.find((o) => o.kind === kind && isObject(o.metadata) && o.metadata.name === ref);
      if (!obj) return undefined;
      const name = volumeName(pod, `${kind === 'Secret' ? 'sec' : 'cm'}-${ref}`).toLowerCase().slice(0, 253);
      const data: Record<string, string> = {};
      const binaryData: Record<string, string> = {};
      if (kind === 'ConfigMap') {
        for (const [k, v] of Object.entries(isObject(obj.data) ? obj.data : {})) data[k] = String(v);
        for (const [k, v] of Object.entries(isObject(obj.binaryData) ? obj.binaryData : {})) binaryData[k] = String(v);
      } else {
        for (const [k, v] of Object.entries(isObject(obj.data) ? obj.data : {})) {
          const bytes = Buffer.from(String(v), 'base64');
          const text = bytes.toString('utf8');
          if (Buffer.from(text, 'utf8').equals(bytes)) data[k] = text;
          else binaryData[k] = String(v);
        }
        for (const [k, v] of Object.entries(isObject(obj.stringData) ? obj.stringData : {})) data[k] = String(v);
        notes.push(`Secret "${ref}" is mounted as a ConfigMap (podman 4.3 cannot mount Secrets from a kube YAML)`);
      }
      made.set(key, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data, ...(Object.keys(binaryData).length ? { binaryData } : {}) });
      return name;
    },
    made: () => [...made.values()],
  };
}

export interface KubeRender {
  objects: JsonObject[];
  notes: string[];
}

function labelled(meta: unknown, labels: Record<string, string>): JsonObject {
  const m = isObject(meta) ? clone(meta) : {};
  m.labels = { ...(isObject(m.labels) ? m.labels : {}), ...labels };
  return m;
}

const SERVER_FIELDS = ['resourceVersion', 'uid', 'creationTimestamp', 'generation', 'managedFields', 'selfLink', 'ownerReferences'];

/**
 * A workload for the Kubernetes API, in the unit's namespace: the object as written, labelled with
 * the run, its pod template labelled with the unit (to find its pods); one replica; a CronJob
 * becomes a Job of its template, so it runs now; images loaded into kind are not pulled.
 */
export function renderKubeWorkload(w: Workload, namespace: string, runId: string, unitId: string, localImages: ReadonlySet<string> = new Set()): KubeRender {
  const notes: string[] = [];
  const runLabels = { [MANAGED_BY_LABEL]: MANAGED_BY, [RUN_LABEL]: runId, [UNIT_LABEL]: unitId };
  let obj: JsonObject = clone(w.object.value);
  if (w.kind === 'CronJob') {
    const jt = isObject(isObject(obj.spec) ? obj.spec.jobTemplate : undefined) ? ((obj.spec as JsonObject).jobTemplate as JsonObject) : {};
    obj = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: w.object.name }, spec: clone(isObject(jt.spec) ? jt.spec : {}) };
    notes.push(`CronJob/${w.object.name} runs once, as a Job of its jobTemplate`);
  }
  const meta = labelled(obj.metadata, runLabels);
  for (const f of SERVER_FIELDS) delete meta[f];
  if (meta.namespace !== undefined && meta.namespace !== namespace) notes.push(`${w.object.label}: namespace ${String(meta.namespace)} replaced by the test namespace ${namespace}`);
  meta.namespace = namespace;
  obj.metadata = meta;
  delete obj.status;
  const spec = isObject(obj.spec) ? obj.spec : undefined;
  if (spec && ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'].includes(w.kind) && spec.replicas !== 1) {
    if (spec.replicas !== undefined) notes.push(`${w.object.label}: replicas ${String(spec.replicas)} → 1`);
    spec.replicas = 1;
  }
  // The pod template (or the pod itself) gets the unit and workload labels.
  const template: JsonObject | undefined = w.kind === 'Pod' ? obj : spec && isObject(spec.template) ? spec.template : undefined;
  const podLabels = { [UNIT_LABEL]: unitId, [WORKLOAD_LABEL]: workloadKey(w) };
  if (template && template !== obj) template.metadata = labelled(template.metadata, { ...podLabels, [RUN_LABEL]: runId });
  else if (template) obj.metadata = labelled(obj.metadata, podLabels);
  const podSpec = template === obj ? spec : template && isObject(template.spec) ? template.spec : undefined;
  if (podSpec) {
    for (const list of ['initContainers', 'containers']) {
      for (const c of asArray(podSpec[list]).filter(isObject)) {
        if (typeof c.image === 'string' && localImages.has(c.image) && c.imagePullPolicy !== 'Never') c.imagePullPolicy = 'IfNotPresent';
      }
    }
  }
  return { objects: [obj], notes };
}

/** A non-workload object (ConfigMap, Secret, Service...) in the unit's namespace, or why it is left out. */
export function renderKubeSupport(value: JsonObject, namespace: string, runId: string, unitId: string): { object?: JsonObject; note?: string } {
  const kind = String(value.kind);
  const name = isObject(value.metadata) ? String(value.metadata.name ?? value.metadata.generateName ?? '') : '';
  if (CLUSTER_SCOPED.has(kind) || kind.startsWith('Cluster')) return { note: `${kind}/${name} is cluster-scoped: verify never creates it` };
  const obj = clone(value);
  const meta = labelled(obj.metadata, { [MANAGED_BY_LABEL]: MANAGED_BY, [RUN_LABEL]: runId, [UNIT_LABEL]: unitId });
  for (const f of SERVER_FIELDS) delete meta[f];
  meta.namespace = namespace;
  obj.metadata = meta;
  delete obj.status;
  return { object: obj };
}

/** The Namespace a unit runs in, labelled so a run only ever deletes its own. */
export function renderNamespace(namespace: string, runId: string, unitId: string, test: string): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: namespace,
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY, [RUN_LABEL]: runId, [UNIT_LABEL]: unitId },
      annotations: { 'sidecar-lint.io/verify-test': test },
    },
  };
}
