import { defineRule } from '../../src/engine/rule.js';

const NOT_LINTED = 'the document was not linted';

/** What the parser's terse errors mean for someone editing a manifest. */
const HINTS: Record<string, string> = {
  ALIAS_EXPANSION: NOT_LINTED,
  TOO_DEEP: NOT_LINTED,
  BAD_ALIAS: NOT_LINTED,
  BLOCK_AS_IMPLICIT_KEY: 'a key has a value on its own line and indented content below it: check the indentation',
  MULTILINE_IMPLICIT_KEY: 'a key has a value on its own line and indented content below it: check the indentation',
};

/** Keys that start a Kubernetes object: a duplicate of one at the top level is a pasted object. */
const OBJECT_START = new Set(['apiVersion', 'kind']);

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
    const reported = new Set<number>();
    let pastedAt = -1; // line of the last "pasted object" finding in this document
    for (const p of doc.problems) {
      // One mistake often trips several parser errors at one place: say it once.
      if (reported.has(p.span[0])) continue;
      reported.add(p.span[0]);
      let message = p.message;
      if (p.code === 'DUPLICATE_KEY') {
        // The error marks the key's first character: read the key up to its colon.
        const rest = doc.source.text.slice(p.span[0], p.span[0] + 200);
        const key = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:\n]*?)\s*:(?:\s|$)/.exec(rest)?.[1] ?? rest.split('\n')[0]!;
        const at = doc.source.position(p.span[0]);
        const topLevel = at.column === doc.source.position(doc.span[0]).column;
        if (topLevel && OBJECT_START.has(key)) {
          // apiVersion and kind of one pasted object: one finding.
          if (pastedAt !== -1 && at.line - pastedAt <= 2) continue;
          pastedAt = at.line;
          message = `duplicate key "${key}": a second object starts here without a "---" line before it, so it overwrites the first one's keys; separate the objects with "---"`;
        } else if (topLevel && pastedAt !== -1) {
          continue; // metadata, spec... of an object already reported as pasted
        } else {
          message = `duplicate key "${key}": YAML forbids it, and tools that accept it keep only one of the values (kubectl rejects or warns)`;
        }
      } else if (HINTS[p.code]) {
        message = `${p.message}; ${HINTS[p.code]}`;
      }
      ctx.report({ doc, span: p.span, message });
    }
  },
});
