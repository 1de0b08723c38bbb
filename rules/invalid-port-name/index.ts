import { defineRule } from '../../src/engine/rule.js';
import { roleWord } from '../../src/model/workload.js';
import { asArray, isObject } from '../../src/model/objects.js';

/** What is wrong with a port name by the IANA_SVC_NAME rules (k8s.io/apimachinery IsValidPortName). */
export function portNameProblem(name: string): string | undefined {
  if (name.length > 15) return `is ${name.length} characters long (at most 15)`;
  if (!/^[-a-z0-9]+$/.test(name)) return /[A-Z]/.test(name) && /^[-a-zA-Z0-9]+$/.test(name) ? 'has uppercase letters (only a-z, 0-9 and "-")' : 'has characters other than a-z, 0-9 and "-"';
  if (!/[a-z]/.test(name)) return 'has no letter (it would read as a port number)';
  if (name.includes('--')) return 'has "--"';
  if (name.startsWith('-') || name.endsWith('-')) return 'starts or ends with "-"';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'invalid-port-name',
    severity: 'error',
    category: 'ports',
    description: 'A container port name that is not an IANA_SVC_NAME, or a port name used twice within one container.',
    rationale:
      'Port names are looked up by Services (targetPort) and probes, so the API server holds them to the IANA service name syntax: at most 15 characters, lowercase a-z, 0-9 and "-", at least one letter, no "--", no leading or trailing "-"; and unique within a container. Anything else gets the whole workload rejected (ports[0].name: Invalid value / Duplicate value), which Helm and GitOps tools report only at apply time.',
    fix: 'Rename the port: shorten it to 15 characters, lowercase it, replace "_" and "." with "-" (e.g. "http-metrics"), and give each port of a container its own name; update Services and probes that refer to it.',
  },
  workload(w, ctx) {
    for (const c of w.declared) {
      const seen = new Set<string>();
      asArray(c.spec.ports).forEach((entry, i) => {
        if (!isObject(entry) || entry.name === undefined || entry.name === null) return;
        const path = [...c.path, 'ports', i, 'name'];
        const name = entry.name;
        if (typeof name !== 'string') {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `port name ${JSON.stringify(name) ?? String(name)} of ${roleWord(c)} "${c.name}" is not a string: the API rejects the pod; quote it and make it a name with a letter`,
          });
          return;
        }
        if (name === '') return;
        const problem = portNameProblem(name);
        if (problem) {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `port name "${name}" of ${roleWord(c)} "${c.name}" ${problem}: the API rejects the pod (Invalid value: must be an IANA_SVC_NAME)`,
          });
        }
        if (seen.has(name)) {
          ctx.report({
            object: w.object,
            path,
            container: c,
            message: `port name "${name}" is used twice by ${roleWord(c)} "${c.name}": the API rejects the pod (Duplicate value: "${name}")`,
          });
        }
        seen.add(name);
      });
    }
  },
});
