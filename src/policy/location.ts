// Field paths that policies name, turned into node paths that YamlDocument.locate understands.
import type { NodePath, Range } from '../types.js';
import type { YamlDocument } from '../yaml/parse.js';

/**
 * Reads a field path as policies write them:
 * - an array of keys and indexes: `["spec", "containers", 0, "image"]`;
 * - a dotted path with brackets, as Kubernetes `fieldPath` and kubectl's JSONPath write them:
 *   `spec.containers[0].image`, `metadata.labels['app.kubernetes.io/name']`, `.spec.replicas`;
 * - a JSON Pointer: `/spec/containers/0/image`.
 * Returns undefined for anything else.
 */
export function parseFieldPath(p: unknown): NodePath | undefined {
  if (Array.isArray(p)) {
    if (!p.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s)))) return undefined;
    return p as (string | number)[];
  }
  if (typeof p !== 'string') return undefined;
  const text = p.trim();
  if (text === '' || text === '.' || text === '/') return [];
  if (text.startsWith('/')) return parsePointer(text);
  const out: (string | number)[] = [];
  let i = text.startsWith('.') ? 1 : 0;
  // `$.spec` (JSONPath root)
  if (text.startsWith('$')) i = text[1] === '.' ? 2 : 1;
  let name = '';
  const flush = () => {
    if (name !== '') out.push(name);
    name = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '.') {
      flush();
      i++;
    } else if (ch === '[') {
      flush();
      const close = findClose(text, i);
      if (close === -1) return undefined;
      const inner = text.slice(i + 1, close).trim();
      if (/^-?\d+$/.test(inner)) out.push(Number(inner));
      else if (/^(['"]).*\1$/s.test(inner)) out.push(inner.slice(1, -1).replace(/\\(['"\\])/g, '$1'));
      else if (inner === '*' || inner === '') return undefined;
      else out.push(inner);
      i = close + 1;
    } else {
      name += ch;
      i++;
    }
  }
  flush();
  return out;
}

function findClose(text: string, open: number): number {
  const q = text[open + 1];
  if (q === "'" || q === '"') {
    for (let k = open + 2; k < text.length; k++) {
      if (text[k] === '\\') k++;
      else if (text[k] === q) return text.indexOf(']', k);
    }
    return -1;
  }
  return text.indexOf(']', open);
}

/** RFC 6901: `/a/b~1c/0`. Segments of digits become indexes. */
export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** Where `path` (absolute in the document) was written; `exact` is false when only a parent exists. */
export function rangeAt(doc: YamlDocument, path: NodePath, target: 'value' | 'key' = 'value'): { range: Range; exact: boolean } {
  const { span, exact } = doc.locate(path, target);
  return { range: doc.source.range(span[0], span[1]), exact };
}

/** A path in a document value, or undefined; numeric string segments index arrays. */
export function valueAt(value: unknown, path: NodePath): unknown {
  let cur = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
