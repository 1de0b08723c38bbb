import { isWorkloadObject } from '../../src/model/run.js';
import { defineRule } from '../../src/engine/rule.js';
import { asArray, asString, isObject, type K8sObject } from '../../src/model/objects.js';
import type { Workload } from '../../src/model/workload.js';

/** Kinds whose spec.selector is a LabelSelector that must select the pod template. */
const LABEL_SELECTOR_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** Labels controllers add to pods at run time: a Service may select on them though no template has them. */
const CONTROLLER_LABELS = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'job-name',
  'controller-uid',
  'batch.kubernetes.io/job-name',
  'batch.kubernetes.io/controller-uid',
  'batch.kubernetes.io/job-completion-index',
  'batch.kubernetes.io/job-index',
]);

const show = (v: unknown) => JSON.stringify(typeof v === 'string' ? v : String(v));

export default defineRule({
  meta: {
    id: 'selector-label-mismatch',
    severity: 'error',
    category: 'services',
    description:
      "A workload's selector does not match its own pod template's labels, or a Service selects no pod while a workload beside it matches all but one of its labels (a typo).",
    rationale:
      'The API server rejects a Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or ReplicationController whose selector does not match its template ("selector does not match template labels"), so the whole apply fails. A Service selector is never checked: with one mistyped label it selects nothing, gets no endpoints, and every connection to it is refused while the pods look healthy.',
    fix: 'Make the selector and the pod template labels agree (a selector can be a subset of the labels, never different), and copy the Service selector from the pod template labels.',
  },
  object(obj, ctx) {
    // A Kustomize patch is merged with a base this run does not see: its labels are partial.
    if ((obj as { isPatch?: boolean }).isPatch === true) return;
    const spec = isObject(obj.value.spec) ? obj.value.spec : undefined;
    if (!spec) return;
    const template = isObject(spec.template) ? spec.template : {};
    const meta = isObject(template.metadata) ? template.metadata : {};
    const labels = isObject(meta.labels) ? meta.labels : {};
    const what = `${obj.label}'s pod template`;
    const rejected = `the API server rejects the ${obj.kind} ("selector does not match template labels")`;
    const selector = spec.selector;
    if (obj.kind === 'ReplicationController') {
      // An absent selector defaults to the template labels.
      if (!isObject(selector)) return;
      for (const [k, v] of Object.entries(selector)) {
        const m = labelMismatch(k, v, labels, what);
        if (m) ctx.report({ object: obj, path: obj.at('spec', 'selector', k), message: `selector ${k}: ${show(v)} ${m}: ${rejected}` });
      }
      return;
    }
    if (!LABEL_SELECTOR_KINDS.has(obj.kind) || !isObject(selector)) return;
    if (isObject(selector.matchLabels)) {
      for (const [k, v] of Object.entries(selector.matchLabels)) {
        const m = labelMismatch(k, v, labels, what);
        if (m) ctx.report({ object: obj, path: obj.at('spec', 'selector', 'matchLabels', k), message: `selector ${k}: ${show(v)} ${m}: ${rejected}` });
      }
    }
    asArray(selector.matchExpressions).forEach((e, i) => {
      if (!isObject(e)) return;
      const key = asString(e.key);
      const op = asString(e.operator);
      if (key === undefined || op === undefined) return;
      const values = asArray(e.values).map((x) => String(x));
      const has = labels[key] !== undefined;
      const value = has ? String(labels[key]) : undefined;
      let problem: string | undefined;
      if (op === 'In' && (!has || !values.includes(value!))) problem = has ? `${what} has ${key}: ${show(value)}, not one of ${values.map(show).join(', ')}` : `${what} has no label ${key}`;
      else if (op === 'NotIn' && has && values.includes(value!)) problem = `${what} has ${key}: ${show(value)}, which the selector excludes`;
      else if (op === 'Exists' && !has) problem = `${what} has no label ${key}`;
      else if (op === 'DoesNotExist' && has) problem = `${what} has the label ${key}, which the selector requires to be absent`;
      if (problem) {
        ctx.report({ object: obj, path: obj.at('spec', 'selector', 'matchExpressions', i, 'key'), message: `selector expression ${key} ${op}: ${problem}: ${rejected}` });
      }
    });
  },
  /** The run looks at Services and the workloads they may select. */
  keep: (obj) => obj.kind === 'Service' || isWorkloadObject(obj),

  run(run, ctx) {
    for (const svc of run.services) {
      const spec = isObject(svc.value.spec) ? svc.value.spec : {};
      const selector = isObject(spec.selector) ? spec.selector : undefined;
      if (!selector || Object.keys(selector).length === 0) continue;
      if (run.selectsAny(svc)) continue;
      // Only workloads written with the Service: elsewhere in a run, a near match is a namesake.
      const candidates = run.workloadsIn(svc.file).filter((w) => w.kind !== 'PodTemplate' && sameNamespace(w.object, svc));
      for (const w of candidates) {
        const typo = nearMiss(selector, w);
        if (!typo) continue;
        const where = svc.at('spec', 'selector', typo.key);
        ctx.report({
          object: svc,
          path: where,
          key: typo.kind === 'key',
          message:
            typo.kind === 'value'
              ? `Service selector ${typo.key}: ${show(selector[typo.key])} selects no pod, while ${w.object.label}'s pods match every other label and have ${typo.key}: ${show(w.labels[typo.key])}: the Service gets no endpoints and connections are refused`
              : `Service selector key ${typo.key} selects no pod, while ${w.object.label}'s pods match every other label and have ${typo.podKey}: ${show(w.labels[typo.podKey!])}: the Service gets no endpoints and connections are refused`,
        });
        break;
      }
    }
  },
});

function labelMismatch(k: string, v: unknown, labels: Record<string, unknown>, what: string): string | undefined {
  if (labels[k] === undefined) return `is not among ${what} labels`;
  if (String(labels[k]) !== String(v)) return `does not match ${what} label ${k}: ${show(labels[k])}`;
  return undefined;
}

function sameNamespace(a: K8sObject, b: K8sObject): boolean {
  return a.namespace === undefined || b.namespace === undefined || a.namespace === b.namespace;
}

/** The one selector label a workload's pods miss, when it looks like a typo of theirs. */
function nearMiss(selector: Record<string, unknown>, w: Workload): { kind: 'value' | 'key'; key: string; podKey?: string } | undefined {
  const labels = w.labels;
  const missed = Object.entries(selector).filter(([k, v]) => !CONTROLLER_LABELS.has(k) && (labels[k] === undefined || String(labels[k]) !== String(v)));
  if (missed.length !== 1) return undefined;
  const [key, value] = missed[0]!;
  if (labels[key] !== undefined) {
    return looksLikeTypo(String(value), String(labels[key])) ? { kind: 'value', key } : undefined;
  }
  // The key itself mistyped: the pods have a label of a similar name with the same value.
  const podKey = Object.keys(labels).find((k) => selector[k] === undefined && String(labels[k]) === String(value) && looksLikeTypo(key, k));
  return podKey ? { kind: 'key', key, podKey } : undefined;
}

/**
 * Close spellings (an edit or two, or case), but not variants: values that differ only in digits
 * (v1/v2, redis-0/redis-1) and a role that is a different word (master/replica) are other pods.
 */
export function looksLikeTypo(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (a.replace(/[0-9]/g, '') === b.replace(/[0-9]/g, '')) return false;
  const d = distance(a, b);
  const shorter = Math.min(a.length, b.length);
  return d <= (shorter >= 8 ? 2 : 1) && shorter >= 3;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
