import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { podRequests, type ResourceBreakdown } from '../../src/model/resources.js';
import { formatCpu, formatMemory } from '../../src/model/quantity.js';

export default defineRule({
  meta: {
    id: 'effective-requests',
    severity: 'info',
    category: 'resources',
    description: 'States the effective cpu and memory request of each pod with sidecars or init containers, and the sidecars\' share of it.',
    rationale:
      'The scheduler, ResourceQuota and QoS do not use the sum of the containers\' requests: they use max(the init phase\'s peak, native sidecars + regular containers) + overhead (KEP-753). Native sidecars count in both terms, a large init container can set the pod\'s size on its own, and injected proxies add to every replica. Seeing the number the cluster uses makes capacity planning and quota sizing honest.',
    fix: 'Nothing to fix: this is a report. Use it to size quotas and node pools, and to spot sidecars or init containers that dominate a pod.',
    optIn: true,
  },
  workload(w, ctx) {
    const sidecars = w.running.filter((c) => c.list && (c.role === 'sidecar' || c.role === 'native-sidecar'));
    const inits = w.initContainers.filter((c) => c.role === 'init');
    if (sidecars.length === 0 && inits.length === 0) return;
    const r = podRequests(w.podSpec, { appIndex: w.app?.list === 'containers' ? w.app.index : undefined, nativeSidecars: w.nativeSidecarsSupported });
    const parts: string[] = [];
    const cpu = r.cpu.total > 0 ? `cpu ${formatCpu(r.cpu.total)}` : '';
    const memory = r.memory.total > 0 ? `memory ${formatMemory(r.memory.total)}` : '';
    parts.push(
      cpu && memory ? `pod requests ${cpu} and ${memory}` : cpu ? `pod requests ${cpu} and no memory` : memory ? `pod requests no cpu and ${memory}` : 'pod requests neither cpu nor memory',
    );
    if (sidecars.length > 0) {
      const names = `sidecar${sidecars.length > 1 ? 's' : ''} ${sidecars.map((c) => `"${c.name}"`).join(', ')}`;
      const shares = [share('cpu', r.cpu, formatCpu), share('memory', r.memory, formatMemory)].filter(Boolean);
      parts.push(shares.length ? `${names} account${sidecars.length > 1 ? '' : 's'} for ${shares.join(' and ')}` : `${names} request${sidecars.length > 1 ? '' : 's'} nothing`);
    } else {
      parts.push('no sidecars');
    }
    const peaks = new Map<string, string[]>();
    for (const [res, b, fmt] of [['cpu', r.cpu, formatCpu], ['memory', r.memory, formatMemory]] as const) {
      if (!b.initPeakBy || b.podLevel !== undefined) continue;
      const list = peaks.get(b.initPeakBy) ?? [];
      list.push(`${res} (${fmt(b.initPeak)} at start-up, ${fmt(b.running)} running)`);
      peaks.set(b.initPeakBy, list);
    }
    for (const [name, list] of peaks) parts.push(`init container "${name}" sets the peak of ${list.join(' and ')}`);
    const levels = [r.cpu.podLevel !== undefined ? 'cpu' : '', r.memory.podLevel !== undefined ? 'memory' : ''].filter(Boolean);
    if (levels.length) parts.push(`pod-level requests set the ${levels.join(' and ')}`);
    if (r.cpu.overhead || r.memory.overhead) parts.push(`overhead ${formatCpu(r.cpu.overhead)} cpu and ${formatMemory(r.memory.overhead)} memory included`);
    const unreadable = [...new Set([...r.cpu.unreadable, ...r.memory.unreadable])];
    if (unreadable.length) parts.push(`unreadable amounts of ${unreadable.map((n) => `"${n}"`).join(', ')} counted as 0`);
    for (const proxy of w.containers.filter((c) => c.role === 'injected')) {
      parts.push(`${roleWord(proxy)} "${proxy.name}" not counted (the mesh sizes it)`);
    }
    ctx.report({
      object: w.object,
      path: [...w.podSpecPath, 'containers'],
      key: true,
      message: parts.join('; '),
    });
  },
});

/** `cpu 100m (25%)`, or nothing when the sidecars request none of it. */
function share(res: string, b: ResourceBreakdown, fmt: (n: number) => string): string {
  if (b.sidecars <= 0) return '';
  return `${res} ${fmt(b.sidecars)} (${Math.round((b.sidecars / b.total) * 100)}%)`;
}
