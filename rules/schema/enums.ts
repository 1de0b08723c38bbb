// Values the API server accepts for a few enum fields that manifests get wrong (the schema source,
// kubernetes-validate, carries no enums): `protocol: tcp` is rejected with Unsupported value. Also
// one validation rule the schema cannot say: a Service with several ports names each of them.
import { asArray, isObject, type JsonObject, type K8sObject } from '../../src/model/objects.js';
import type { NodePath } from '../../src/types.js';

export interface EnumProblem {
  path: NodePath;
  message: string;
}

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const POD_RESTART = ['Always', 'Never', 'OnFailure'];
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'PodTemplate']);

/** Where the pod spec of a built-in object is, relative to the object. */
function podSpecPath(obj: K8sObject): NodePath | undefined {
  if (obj.kind === 'Pod') return ['spec'];
  if (obj.kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  if (obj.kind === 'PodTemplate') return ['template', 'spec'];
  if (TEMPLATE_KINDS.has(obj.kind)) return ['spec', 'template', 'spec'];
  return undefined;
}

function at(v: unknown, path: NodePath): unknown {
  let cur = v;
  for (const seg of path) cur = isObject(cur) || Array.isArray(cur) ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}

/** A value a tool fills in before deploying (`${PROTOCOL:-TCP}`, `{{ .Values.type }}`, `$TYPE`). */
const PLACEHOLDER = /\$\{|\$\(|\{\{|^\$[A-Za-z_]\w*$/;

function check(out: EnumProblem[], value: unknown, path: NodePath, allowed: readonly string[], shown: string): void {
  if (typeof value !== 'string' || allowed.includes(value) || PLACEHOLDER.test(value)) return;
  const same = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  out.push({
    path,
    message: `Unsupported value "${value}" for ${shown}: supported values: ${allowed.map((a) => `"${a}"`).join(', ')}${same ? ` (did you mean "${same}"? values are case-sensitive)` : ''}`,
  });
}

/** The enum values of the object that the API server would refuse. Paths are relative to the object. */
export function enumProblems(obj: K8sObject): EnumProblem[] {
  const out: EnumProblem[] = [];
  const value = obj.value as JsonObject;
  const podPath = podSpecPath(obj);
  const pod = podPath ? at(value, podPath) : undefined;
  if (podPath && isObject(pod)) {
    check(out, pod.restartPolicy, [...podPath, 'restartPolicy'], POD_RESTART, 'restartPolicy');
    for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
      asArray(pod[list]).forEach((c, i) => {
        if (!isObject(c)) return;
        check(out, c.imagePullPolicy, [...podPath, list, i, 'imagePullPolicy'], PULL_POLICIES, `${list}[${i}].imagePullPolicy`);
        asArray(c.ports).forEach((p, j) => {
          if (isObject(p)) check(out, p.protocol, [...podPath, list, i, 'ports', j, 'protocol'], PROTOCOLS, `${list}[${i}].ports[${j}].protocol`);
        });
      });
    }
  }
  if (obj.kind === 'Service' && obj.apiVersion === 'v1' && isObject(value.spec)) {
    check(out, value.spec.type, ['spec', 'type'], SERVICE_TYPES, 'spec.type');
    const ports = asArray(value.spec.ports);
    ports.forEach((p, j) => {
      if (!isObject(p)) return;
      check(out, p.protocol, ['spec', 'ports', j, 'protocol'], PROTOCOLS, `spec.ports[${j}].protocol`);
      // Validation, not the schema: with two or more ports, each needs a name.
      if (ports.length > 1 && (typeof p.name !== 'string' || p.name === '')) {
        out.push({ path: ['spec', 'ports', j], message: `Required value: spec.ports[${j}].name: a Service with more than one port must name each of them` });
      }
    });
  }
  return out;
}
