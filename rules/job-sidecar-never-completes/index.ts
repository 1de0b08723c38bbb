import { defineRule } from '../../src/engine/rule.js';
import { moveToNativeSidecar } from '../../src/fix/yaml-edits.js';
import type { ContainerInfo } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { formatKubeVersion } from '../../src/model/kube-version.js';
import { longRunning, stopsHelpers, type LongRunning } from '../../src/model/long-running.js';

/** How each mesh's proxy is stopped when a job is done, on clusters without native sidecars. */
const MESH_STOP: Record<string, { name: string; stop: string }> = {
  istio: { name: 'Istio', stop: 'on Kubernetes >= 1.29 let Istio inject it as a native sidecar, or POST localhost:15020/quitquitquit when the job is done' },
  linkerd: { name: 'Linkerd', stop: 'wrap the job in linkerd-await --shutdown (or POST localhost:4191/shutdown when done)' },
  dapr: { name: 'Dapr', stop: 'POST localhost:3500/v1.0/shutdown when the job is done' },
};

export default defineRule({
  meta: {
    id: 'job-sidecar-never-completes',
    severity: 'error',
    category: 'lifecycle',
    description: 'A Job or CronJob pod runs a long-running helper (proxy, agent, log shipper, endless loop) as a regular container, so the Job never completes.',
    rationale:
      'A Job completes when all regular containers of its pod have exited. A proxy, log shipper or `tail -f` loop in `containers` never exits on its own, so the pod stays Running after the work is done: the Job never reaches Complete, CronJob runs pile up or are skipped, and the pod holds its resources until activeDeadlineSeconds (if any) fails it. Native sidecars (init containers with restartPolicy: Always, Kubernetes >= 1.29) are stopped by the kubelet when the regular containers finish.',
    fix: 'Move the helper to initContainers with restartPolicy: Always (Kubernetes >= 1.29). On older clusters, have the job tell the helper to quit when it is done (Envoy/Istio quitquitquit, Linkerd linkerd-await --shutdown, Dapr /v1.0/shutdown) or end it from a shared file or process namespace.',
  },
  workload(w, ctx) {
    if (!w.isJob) return;
    const native = w.nativeSidecarsSupported;
    const target = formatKubeVersion(w.kubeVersion);
    const howToFix = native
      ? 'move it to initContainers with restartPolicy: Always (a native sidecar, Kubernetes >= 1.29)'
      : `native sidecars (initContainers with restartPolicy: Always) need Kubernetes >= 1.29 and the target is ${target}: have the job stop it when done`;
    const sharedPid = w.podSpec.shareProcessNamespace === true;

    const regular = w.regular;
    const verdicts = new Map<ContainerInfo, LongRunning>();
    for (const c of regular) {
      const v = longRunning(c.spec);
      if (v) verdicts.set(c, v);
    }
    if (verdicts.size > 0) {
      // With every regular container endless, the app's own loop is the job's work, not a helper.
      const workers = regular.filter((c) => !verdicts.has(c));
      if (workers.length === 0 && w.app) verdicts.delete(w.app);
      for (const [c, v] of verdicts) {
        const others = regular.filter((o) => o !== c);
        // The job's containers end a proxy through its quit endpoint, or any helper with kill in a shared PID namespace.
        const stopped = others.some((o) => stopsHelpers(o.spec, sharedPid) && (v.by !== 'command' || sharedPid));
        if (stopped) continue;
        // --fix: make it a native sidecar, where the target version has them.
        const edits = w.nativeSidecarsSupported && c.list === 'containers' ? moveToNativeSidecar(w.object.doc, w.podSpecPath, c.index) : undefined;
        ctx.report({
          object: w.object,
          path: [...c.path, 'name'],
          container: c,
          message: `${roleWord(c)} "${c.name}" ${v.reason} and never exits, so the ${w.kind} never completes: ${howToFix}`,
          fix: edits && { description: `move "${c.name}" to initContainers with restartPolicy: Always`, edits },
        });
      }
    }

    // Legacy injection: on clusters without native sidecars the mesh adds its proxy to `containers`;
    // Istio also does so when the pod opts out of native sidecars.
    const stoppedByJob = regular.some((c) => stopsHelpers(c.spec, false));
    if (stoppedByJob) return;
    const istioOptOut = String(w.annotations['sidecar.istio.io/nativeSidecar'] ?? '') === 'false';
    for (const proxy of w.injected) {
      let why: string;
      if (!native) why = `Kubernetes ${target} has no native sidecars`;
      else if (proxy.mesh === 'istio' && istioOptOut) why = 'annotation sidecar.istio.io/nativeSidecar: "false" turns native sidecars off';
      else continue;
      const mesh = MESH_STOP[proxy.mesh] ?? { name: proxy.mesh, stop: 'have the job stop it when done' };
      ctx.report({
        object: w.object,
        path: proxy.switchPath,
        container: proxy.container,
        message: `${mesh.name} injection is switched on (${proxy.switchText}) and ${why}: the injected proxy "${proxy.container}" is added as a regular container that never exits, so the ${w.kind} never completes; ${mesh.stop}`,
      });
    }
  },
});
