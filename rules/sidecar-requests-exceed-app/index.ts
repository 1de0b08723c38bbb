import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { RESOURCE_NAMES, requestOf } from '../../src/model/resources.js';
import { formatCpu, formatMemory } from '../../src/model/quantity.js';

export default defineRule({
  meta: {
    id: 'sidecar-requests-exceed-app',
    severity: 'info',
    category: 'resources',
    description: 'A sidecar or native sidecar requests more cpu or memory than the app container it serves.',
    rationale:
      'Requests are reserved on the node whether used or not, and a sidecar\'s request is paid again on every replica. A proxy or log shipper that asks for more than the app it serves is usually sized by a copied default (a mesh\'s injector values, a chart\'s example) rather than by what it uses, and it is often the largest line of the cluster bill nobody looks at.',
    fix: 'Size the sidecar from what it uses (kubectl top pod --containers, or the VPA recommender), and lower its request; for injected proxies set the mesh\'s per-pod resource annotations or its global proxy resources.',
  },
  workload(w, ctx) {
    const app = w.app;
    if (!app) return;
    for (const c of w.running) {
      if (!c.list || (c.role !== 'sidecar' && c.role !== 'native-sidecar')) continue;
      for (const res of RESOURCE_NAMES) {
        const mine = requestOf(c.spec, res);
        const theirs = requestOf(app.spec, res);
        if (mine?.value === undefined || theirs?.value === undefined || mine.value <= theirs.value) continue;
        const fmt = res === 'cpu' ? formatCpu : formatMemory;
        const viaLimit = mine.from === 'limits' ? ' (its limit, which Kubernetes copies into the missing request)' : '';
        ctx.report({
          object: w.object,
          path: [...c.path, ...mine.rel],
          container: c,
          message: `${roleWord(c)} "${c.name}" requests ${res} ${fmt(mine.value)}${viaLimit}, more than ${roleWord(app)} "${app.name}" (${fmt(theirs.value)}): every replica reserves more for the helper than for the work`,
        });
      }
    }
  },
});
