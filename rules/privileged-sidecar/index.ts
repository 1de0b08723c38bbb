import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/model/objects.js';
import { roleWord } from '../../src/model/workload.js';

export default defineRule({
  meta: {
    id: 'privileged-sidecar',
    severity: 'error',
    category: 'security',
    security: true,
    description: 'A container other than the app container (sidecar, native sidecar, init or ephemeral container) runs privileged.',
    rationale:
      'A privileged container gets every capability and the host\'s devices, and can escape to the node. Helpers are the usual culprits: a log shipper, an init container that tunes sysctls, a debug container. They run third-party images nobody reviews as closely as the app, and the pod\'s hardening is only as strong as its weakest container.',
    fix: 'Drop privileged and grant only what the helper needs: a capability (NET_ADMIN for iptables), pod-level securityContext.sysctls for namespaced sysctls, a hostPath mount for one file. Node tuning belongs in a DaemonSet or the node image, not in every pod.',
  },
  workload(w, ctx) {
    // Node agents (CNI, CSI, node tuning, driver installers) are privileged by design.
    if (w.kind === 'DaemonSet') return;
    for (const c of w.declared) {
      if (c.role === 'app') continue;
      const sc = c.spec.securityContext;
      if (!isObject(sc) || sc.privileged !== true) continue;
      const app = w.app && w.app.spec.securityContext;
      const appPrivileged = isObject(app) && app.privileged === true;
      ctx.report({
        object: w.object,
        path: [...c.path, 'securityContext', 'privileged'],
        container: c,
        message: `${roleWord(c)} "${c.name}" runs privileged: it has every capability and the node's devices, and a compromise of it is a compromise of the node${appPrivileged || !w.app ? '' : ` (the app container "${w.app.name}" is not privileged)`}`,
      });
    }
  },
});
