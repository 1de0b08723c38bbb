import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { containerRestartRulesEnabled, formatKubeVersion } from '../../src/model/kube-version.js';

/** Fields the API forbids on init containers that are not native sidecars. */
const SIDECAR_ONLY_FIELDS = ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle'] as const;

/** Container restart policies (KEP-5307 allows Never and OnFailure besides Always from 1.35). */
const CONTAINER_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];

const oneOf = (values: string[]) => {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0]!;
};

const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v));

export default defineRule({
  meta: {
    id: 'native-sidecar-misuse',
    severity: 'error',
    category: 'lifecycle',
    description:
      'Native sidecar fields where the API rejects or drops them: probes or lifecycle on a plain init container, restartPolicy on a regular container or with a value the version does not support, native sidecars on Kubernetes < 1.29.',
    rationale:
      'Only an init container with restartPolicy: Always is a native sidecar; the API server rejects probes and lifecycle hooks on other init containers, any other init restartPolicy (Unsupported value), and restartPolicy on regular containers before the ContainerRestartRules gate (1.35). Before 1.29 native sidecars do not exist (1.28 has the SidecarContainers gate off and drops the field), so the would-be sidecar runs as a plain init container that never finishes and the pod never starts.',
    fix: 'Add restartPolicy: Always to an init container that should run beside the app (or drop its probes and lifecycle if it is a one-shot step); remove restartPolicy from regular containers on clusters before 1.35; on clusters before 1.29 run the helper as a regular container.',
  },
  workload(w, ctx) {
    const version = formatKubeVersion(w.kubeVersion);
    const restartRules = containerRestartRulesEnabled(w.kubeVersion);
    for (const c of w.declared) {
      const spec = c.spec;
      const hasPolicy = spec.restartPolicy !== undefined && spec.restartPolicy !== null;
      if (c.list === 'initContainers') {
        if (c.role === 'native-sidecar') {
          if (w.nativeSidecarsSupported) continue;
          const extra = SIDECAR_ONLY_FIELDS.filter((f) => spec[f] !== undefined && spec[f] !== null);
          const rejected = extra.length ? `; the API then also rejects its ${extra.join(' and ')}` : '';
          ctx.report({
            object: w.object,
            path: [...c.path, 'restartPolicy'],
            container: c,
            message: `native sidecar "${c.name}" needs Kubernetes >= 1.29 (target ${version}): restartPolicy is dropped, it runs as a plain init container that never finishes and the pod never starts${rejected}`,
          });
          continue;
        }
        // A plain init container (no restartPolicy, or another value).
        const allowed = restartRules ? CONTAINER_RESTART_POLICIES : ['Always'];
        if (hasPolicy && !allowed.includes(spec.restartPolicy as string)) {
          ctx.report({
            object: w.object,
            path: [...c.path, 'restartPolicy'],
            container: c,
            message: `init container "${c.name}" has restartPolicy ${show(spec.restartPolicy)}: the API rejects it (Unsupported value, ${oneOf(allowed)} on ${version}); use "Always" to make it a native sidecar`,
          });
        }
        for (const field of SIDECAR_ONLY_FIELDS) {
          if (spec[field] === undefined || spec[field] === null) continue;
          ctx.report({
            object: w.object,
            path: [...c.path, field],
            key: true,
            container: c,
            message: `init container "${c.name}" has a ${field} but no restartPolicy: Always: the API rejects the pod (Forbidden: may not be set for init containers without restartPolicy=Always); make it a native sidecar or drop the ${field}`,
          });
        }
      } else if (c.list === 'containers' && hasPolicy) {
        if (!restartRules) {
          ctx.report({
            object: w.object,
            path: [...c.path, 'restartPolicy'],
            container: c,
            message: `${roleWord(c)} "${c.name}" sets restartPolicy, which regular containers may have only from Kubernetes 1.35 (target ${version}): the API rejects the pod (Forbidden); remove it, or move a sidecar to initContainers with restartPolicy: Always`,
          });
        } else if (!CONTAINER_RESTART_POLICIES.includes(spec.restartPolicy as string)) {
          ctx.report({
            object: w.object,
            path: [...c.path, 'restartPolicy'],
            container: c,
            message: `${roleWord(c)} "${c.name}" has restartPolicy ${show(spec.restartPolicy)}: the API rejects it (Unsupported value, "Always", "OnFailure" or "Never")`,
          });
        }
      }
    }
  },
});
