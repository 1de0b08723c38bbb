import { defineRule } from '../../src/engine/rule.js';
import { asArray, asString, isObject, type JsonObject } from '../../src/model/objects.js';
import { roleWord, type ContainerInfo } from '../../src/model/workload.js';

/** Capabilities the restricted Pod Security Standard lets a container add after dropping ALL. */
const HARMLESS_CAPS = new Set(['NET_BIND_SERVICE']);

function securityContext(c: ContainerInfo): JsonObject {
  return isObject(c.spec.securityContext) ? c.spec.securityContext : {};
}

function capabilities(sc: JsonObject): { drop: string[]; add: string[] } {
  const caps = isObject(sc.capabilities) ? sc.capabilities : {};
  const names = (v: unknown) => asArray(v).map((x) => asString(x)?.toUpperCase().replace(/^CAP_/, '')).filter((x): x is string => !!x);
  return { drop: names(caps.drop), add: names(caps.add) };
}

function numeric(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

export default defineRule({
  meta: {
    id: 'sidecar-security-context',
    severity: 'warning',
    category: 'security',
    security: true,
    description: 'A sidecar or native sidecar runs with weaker security settings than its app container: as root, with privilege escalation, with more capabilities or a writable root filesystem.',
    rationale:
      'The app was hardened on purpose, and the sidecar shares its network, its volumes and often its service account token. A sidecar that may run as root, escalate privileges or hold NET_ADMIN is the easier way in, and it is usually a third-party image the team reviews less. Pod-level runAsNonRoot and runAsUser are inherited by every container; allowPrivilegeEscalation, capabilities and readOnlyRootFilesystem are not, so each sidecar must repeat them.',
    fix: 'Give the sidecar the same securityContext as the app container (runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true, with an emptyDir for what it must write), or move runAsNonRoot/runAsUser to the pod securityContext.',
  },
  workload(w, ctx) {
    const app = w.app;
    // A mesh proxy as the app (a gateway) was hardened by the mesh, not by the people who wrote the rest.
    if (!app || app.mesh) return;
    const pod = isObject(w.podSpec.securityContext) ? w.podSpec.securityContext : {};
    if (isObject(w.podSpec.os) && w.podSpec.os.name === 'windows') return;
    const appSc = securityContext(app);
    const runAsUser = (sc: JsonObject) => numeric(sc.runAsUser) ?? numeric(pod.runAsUser);
    const runAsNonRoot = (sc: JsonObject) => (typeof sc.runAsNonRoot === 'boolean' ? sc.runAsNonRoot : typeof pod.runAsNonRoot === 'boolean' ? pod.runAsNonRoot : undefined);

    const appUser = runAsUser(appSc);
    const appNonRoot = runAsNonRoot(appSc) === true || (appUser !== undefined && appUser !== 0);
    const appNoEscalation = appSc.allowPrivilegeEscalation === false;
    const appCaps = capabilities(appSc);
    const appDropsAll = appCaps.drop.includes('ALL');
    const appReadOnly = appSc.readOnlyRootFilesystem === true;
    if (!appNonRoot && !appNoEscalation && !appDropsAll && !appReadOnly) return;

    for (const c of w.declared) {
      if (c.role !== 'sidecar' && c.role !== 'native-sidecar') continue;
      const sc = securityContext(c);
      // A privileged sidecar is privileged-sidecar's finding, and weaker in every way.
      if (sc.privileged === true) continue;
      const weaker: string[] = [];
      if (appNonRoot) {
        const user = runAsUser(sc);
        const nonRoot = runAsNonRoot(sc);
        if (user === 0) weaker.push(numeric(sc.runAsUser) === 0 ? 'runs as root (runAsUser: 0)' : 'runs as root (runAsUser: 0 from the pod securityContext)');
        else if (user === undefined && nonRoot === false) weaker.push('may run as root (runAsNonRoot: false)');
        else if (user === undefined && nonRoot === undefined) weaker.push("may run as root (neither runAsNonRoot nor runAsUser set: it runs as its image's user)");
      }
      if (appNoEscalation && sc.allowPrivilegeEscalation !== false) {
        weaker.push(sc.allowPrivilegeEscalation === true ? 'allows privilege escalation' : 'does not set allowPrivilegeEscalation: false');
      }
      if (appDropsAll) {
        const caps = capabilities(sc);
        if (!caps.drop.includes('ALL')) weaker.push('does not drop ALL capabilities');
        const added = caps.add.filter((cap) => !HARMLESS_CAPS.has(cap) && !appCaps.add.includes(cap));
        if (added.length) weaker.push(`adds ${added.join(', ')}`);
      }
      if (appReadOnly && sc.readOnlyRootFilesystem !== true) weaker.push('has a writable root filesystem');
      if (weaker.length === 0) continue;
      const hasSc = c.spec.securityContext !== undefined;
      ctx.report({
        object: w.object,
        path: hasSc ? [...c.path, 'securityContext'] : [...c.path, 'name'],
        key: hasSc,
        container: c,
        message: `${roleWord(c)} "${c.name}" is weaker than app container "${app.name}": it ${joinList(weaker)}; an attacker who gets into the sidecar has what the app was denied`,
      });
    }
  },
});

function joinList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
