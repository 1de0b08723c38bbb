import { defineRule } from '../../src/engine/rule.js';
import type { ContainerInfo, ContainerList } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { asString } from '../../src/model/objects.js';

/** The order the API server checks names in: regular containers, then init, then ephemeral. */
const API_ORDER: ContainerList[] = ['containers', 'initContainers', 'ephemeralContainers'];

export default defineRule({
  meta: {
    id: 'duplicate-container-name',
    severity: 'error',
    category: 'schema',
    description: 'A container name repeats across containers, initContainers and ephemeralContainers of one pod.',
    rationale:
      'Container names identify containers in status, logs, exec, metrics and suppression annotations, so the API server requires them to be unique across containers, initContainers and ephemeralContainers and rejects the pod (Duplicate value). It happens most when a sidecar is copied from another workload, or a chart adds a native sidecar named like an existing container.',
    fix: 'Rename one of the containers (e.g. "proxy" and "proxy-init"), and update anything that refers to it by name (kubectl.kubernetes.io/default-container, logging selectors).',
  },
  workload(w, ctx) {
    const firsts = new Map<string, ContainerInfo>();
    for (const list of API_ORDER) {
      for (const c of w.declared.filter((d) => d.list === list).sort((a, b) => a.index - b.index)) {
        const name = asString(c.spec.name);
        if (!name) continue;
        const first = firsts.get(name);
        if (!first) {
          firsts.set(name, c);
          continue;
        }
        ctx.report({
          object: w.object,
          path: [...c.path, 'name'],
          container: c,
          message: `${roleWord(c)} "${name}" has the same name as ${roleWord(first)} "${name}" (${first.list}[${first.index}]): the API rejects the pod (Duplicate value: "${name}"); container names must be unique across containers, initContainers and ephemeralContainers`,
        });
      }
    }
  },
});
