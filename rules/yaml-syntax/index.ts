import { defineRule } from '../../src/engine/rule.js';

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: "YAML forbids it, and tools that accept it keep only one of the values (kubectl rejects or warns)",
  ALIAS_EXPANSION: 'the document was not linted',
  TOO_DEEP: 'the document was not linted',
  BAD_ALIAS: 'the document was not linted',
};

export default defineRule({
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    category: 'syntax',
    description: 'The file is not well-formed YAML: a syntax error, a duplicate key, a bad alias or a YAML bomb.',
    rationale:
      'kubectl and the API server refuse a manifest they cannot parse, and a duplicate key silently drops one of two values in tools that do accept it. Blog examples pasted together without `---` are the classic case: the second object lands inside the first one.',
    fix: 'Correct the YAML at the position given: indent consistently, separate documents with `---`, remove or rename the repeated key.',
  },
  document(doc, ctx) {
    for (const p of doc.problems) {
      let message = p.message;
      if (p.code === 'DUPLICATE_KEY') {
        // The error marks the key's first character: read the key up to its colon.
        const rest = doc.source.text.slice(p.span[0], p.span[0] + 200);
        const key = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*?)\s*:(?:\s|$)/.exec(rest)?.[1] ?? rest.split('\n')[0];
        message = `duplicate key "${key}": ${HINTS.DUPLICATE_KEY}`;
      } else if (HINTS[p.code]) {
        message = `${p.message}; ${HINTS[p.code]}`;
      }
      ctx.report({ doc, span: p.span, message });
    }
  },
});
