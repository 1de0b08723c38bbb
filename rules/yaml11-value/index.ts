import { defineRule } from '../../src/engine/rule.js';

/** Volume file modes: written in octal on purpose (the Kubernetes docs do), and read that way. */
const MODE_KEYS = new Set(['defaultMode', 'mode']);

/** Boolean fields of the core API: there the fix is true/false, since a quoted string is rejected. */
const BOOLEAN_FIELDS = new Set([
  'allowPrivilegeEscalation',
  'automountServiceAccountToken',
  'enableServiceLinks',
  'hostIPC',
  'hostNetwork',
  'hostPID',
  'hostUsers',
  'immutable',
  'manualSelector',
  'optional',
  'paused',
  'privileged',
  'publishNotReadyAddresses',
  'readOnly',
  'readOnlyRootFilesystem',
  'runAsNonRoot',
  'setHostnameAsFQDN',
  'shareProcessNamespace',
  'stdin',
  'stdinOnce',
  'suspend',
  'tty',
  'allocateLoadBalancerNodePorts',
]);

/** The map key a scalar is the value of, read from the text before it on its line. */
function keyOf(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const m = /(?:^|[\s{,])("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:{},[\]#"'][^:{},[\]#]*?)\s*:\s*$/.exec(before);
  if (!m) return undefined;
  const k = m[1]!;
  return /^["']/.test(k) ? k.slice(1, -1) : k.trim();
}

export default defineRule({
  meta: {
    id: 'yaml11-value',
    severity: 'warning',
    category: 'syntax',
    description:
      'A plain scalar that Kubernetes (YAML 1.1) reads as a boolean (yes, no, on, off, y, n) or an octal number (0755), while YAML 1.2 tools read a string or a decimal.',
    rationale:
      'Kubernetes parses manifests with YAML 1.1 rules: unquoted yes/no/on/off/y/n are booleans and 0755 is octal 493. yq, most editors, formatters and YAML 1.2 libraries read the string "yes" and the number 755. So `value: yes` in an env var or a label is a boolean the API server rejects ("cannot unmarshal bool into ... of type string"), and a file that looks right in one tool means something else in another.',
    fix: 'Quote the value ("yes", "0755") when you mean the string; write true/false for a boolean field and a plain decimal for a number.',
  },
  // Per object rather than per document: Kubernetes only reads Kubernetes objects (a values file
  // in the stream is someone else's), and findings that belong to an object can be suppressed by
  // its annotations. The scalars themselves come from the document (doc.yaml11Scalars).
  object(obj, ctx) {
    const doc = obj.doc;
    if (doc.yaml11Scalars.length === 0) return;
    const [start, end] = doc.locate(obj.path).span;
    const text = doc.source.text;
    for (const s of doc.yaml11Scalars) {
      if (s.span[0] < start || s.span[1] > end) continue;
      const key = keyOf(text, s.span[0]);
      let message: string;
      let fix: { description: string; edits: { start: number; end: number; text: string }[] } | undefined;
      if (typeof s.value === 'number') {
        if (key !== undefined && MODE_KEYS.has(key) && s.value >= 0 && s.value <= 0o777) continue;
        message = `${s.source} is octal ${s.value} to Kubernetes (YAML 1.1) but ${Number(s.source.replace(/^([-+]?)0+(?=\d)/, '$1'))} to YAML 1.2 tools (yq, editors, formatters): quote it ("${s.source}") if you mean the string, or write ${s.value}`;
      } else if (key !== undefined && BOOLEAN_FIELDS.has(key)) {
        message = `${key}: ${s.source} is ${s.value} to Kubernetes (YAML 1.1) but the string "${s.source}" to YAML 1.2 tools (yq, editors, formatters), which may quote it into a value the API server rejects: write ${s.value}`;
        fix = { description: `write ${s.value}`, edits: [{ start: s.span[0], end: s.span[1], text: String(s.value) }] };
      } else {
        message = `${s.source} is the boolean ${s.value} to Kubernetes (YAML 1.1) but the string "${s.source}" to YAML 1.2 tools (yq, editors, formatters): quote it ("${s.source}") if you mean the string, or write ${s.value}`;
        // An env var's value is a string to the API: a boolean there is rejected, so quoting is safe.
        if (key === 'value') fix = { description: `quote "${s.source}"`, edits: [{ start: s.span[0], end: s.span[1], text: `"${s.source}"` }] };
      }
      ctx.report({ object: obj, span: s.span, message, fix });
    }
  },
});
