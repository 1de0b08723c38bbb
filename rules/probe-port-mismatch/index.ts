import { defineRule, type ReportDescriptor } from '../../src/engine/rule.js';
import type { Severity } from '../../src/types.js';
import type { ContainerInfo } from '../../src/model/workload.js';
import { roleWord } from '../../src/model/workload.js';
import { asArray, isObject } from '../../src/model/objects.js';

const PROBES = ['startupProbe', 'readinessProbe', 'livenessProbe'] as const;
type ProbeKind = (typeof PROBES)[number];
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

/** The ports Istio rewrites app probes to (pilot-agent's 15020, Envoy's health 15021). */
const ISTIO_PROBE_PORTS = new Set([15020, 15021]);

/** What a probe that never passes does to the pod. */
const ALWAYS_FAILS: Record<ProbeKind, string> = {
  startupProbe: 'the container is killed and restarted over and over',
  livenessProbe: 'the container is killed and restarted over and over',
  readinessProbe: 'the pod never becomes Ready',
};

/** What a probe that checks another container hides. */
function checksOther(kind: ProbeKind, c: ContainerInfo): string {
  switch (kind) {
    case 'readinessProbe':
      return `a dead "${c.name}" stays Ready and keeps receiving traffic`;
    case 'livenessProbe':
      return `a hung "${c.name}" is never restarted`;
    case 'startupProbe':
      return `"${c.name}" counts as started before it listens`;
  }
}

function declaredNames(c: ContainerInfo): Set<string> {
  const names = new Set<string>();
  for (const p of asArray(c.spec.ports)) if (isObject(p) && typeof p.name === 'string') names.add(p.name);
  return names;
}

/** IANA_SVC_NAME, what the API server accepts as a port name; anything else is a template or a schema error. */
function isPortName(s: string): boolean {
  return s.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(s) && /[a-z]/.test(s) && !s.includes('--');
}

function portList(c: ContainerInfo): string {
  return [...new Set(c.ports.map((p) => p.containerPort))].join(', ');
}

export default defineRule({
  meta: {
    id: 'probe-port-mismatch',
    severity: 'warning',
    category: 'probes',
    description: 'A probe aims at a port its container does not serve: a port name it does not declare, or a port another container of the pod serves.',
    rationale:
      'The kubelet resolves a named probe port in the probed container\'s own ports only: a name it does not declare makes the probe fail every time. A numeric port is dialled on the pod\'s shared network, so a probe aimed at a port the sidecar serves checks the sidecar: the app can hang or die while its readiness and liveness probes keep passing. Probes copied between containers, or left behind when a proxy took over the app\'s old port, are the usual cause.',
    fix: 'Aim each probe at a port its own container listens on, by a name that container declares or by number. When a proxy sits in front of the app, probe the app\'s own port, not the proxy\'s.',
    optionsSchema: {
      type: 'object',
      properties: { undeclaredPorts: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { undeclaredPorts: false },
  },
  workload(w, ctx) {
    // Off by default: health servers often listen on ports left out of `ports` (controller-runtime's
    // :8081, ingress-nginx's :10254), and `ports` is informational.
    const undeclaredPorts = ctx.options.undeclaredPorts === true;
    // Istio rewrites app probes to its agent (15020) and probes its proxy on 15021.
    const istioRewrites = w.annotations['sidecar.istio.io/status'] !== undefined || w.declared.some((c) => c.name === 'istio-proxy');
    for (const c of w.declared) {
      // Plain init and ephemeral containers may not have probes: the API server rejects them.
      if (c.role === 'init' || c.role === 'ephemeral') continue;
      const others = w.running.filter((o) => o !== c);
      for (const kind of PROBES) {
        const probe = c.spec[kind];
        if (!isObject(probe)) continue;
        for (const handler of HANDLERS) {
          const h = probe[handler];
          if (!isObject(h)) continue;
          // A probe aimed at another host checks that host's port.
          if (typeof h.host === 'string' && !['', 'localhost', '127.0.0.1', '::1'].includes(h.host)) continue;
          const path = [...c.path, kind, handler, 'port'];
          const report = (message: string, severity?: Severity) => {
            const d: ReportDescriptor = { object: w.object, path, container: c, message, severity };
            ctx.report(d);
          };
          const port = h.port;
          const number = typeof port === 'number' ? port : typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : undefined;

          if (number === undefined) {
            if (typeof port !== 'string' || !isPortName(port)) continue;
            if (declaredNames(c).has(port)) continue;
            const holder = others.find((o) => o.list && declaredNames(o).has(port));
            const where = holder ? ` (only ${roleWord(holder)} "${holder.name}" does, and named ports resolve in the probed container alone)` : '';
            report(
              `${kind} of ${roleWord(c)} "${c.name}" aims at port "${port}", which "${c.name}" does not declare${where}: the kubelet cannot resolve it, so the probe always fails and ${ALWAYS_FAILS[kind]}`,
              'error',
            );
            continue;
          }

          if (istioRewrites && ISTIO_PROBE_PORTS.has(number)) continue;
          if (c.ports.some((p) => p.containerPort === number)) continue;
          const owner = others.find((o) => o.ports.some((p) => p.containerPort === number));
          if (owner) {
            report(
              `${kind} of ${roleWord(c)} "${c.name}" aims at port ${number}, which ${roleWord(owner)} "${owner.name}" serves: it checks "${owner.name}", not "${c.name}", so ${checksOther(kind, c)}`,
            );
          } else if (undeclaredPorts && c.ports.length > 0) {
            report(
              `${kind} of ${roleWord(c)} "${c.name}" aims at port ${number}, which "${c.name}" does not declare (it declares ${portList(c)}): if nothing listens there the probe always fails and ${ALWAYS_FAILS[kind]}`,
            );
          }
        }
      }
    }
  },
});
