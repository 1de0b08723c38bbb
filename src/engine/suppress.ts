import type { Finding, NodePath, Severity } from '../types.js';
import type { SourceFile } from '../yaml/source.js';
import { isObject } from '../model/objects.js';
import type { K8sObject } from '../model/objects.js';

/** `# sidecar-lint-disable-next-line port-conflict, latest-tag -- the proxy binds 8080 on purpose` */
const DIRECTIVE = /#\s*sidecar-lint-disable(-next-line|-line|-file)(?:\s+([^\n]*?))?\s*$/;

/** Annotation prefix that survives Helm/Kustomize rendering: `ignore-check.sidecar-lint.io/<rule>[.<container>]`. */
export const ANNOTATION_PREFIX = 'ignore-check.sidecar-lint.io/';

export interface Directive {
  kind: 'next-line' | 'line' | 'file';
  /** Empty: every rule. */
  rules: string[];
  reason?: string;
  /** 1-based line the directive is written on, and the line it covers (0 for the whole file). */
  line: number;
  target: number;
  column: number;
  /** The column just past the end of the directive's line (where an unused directive's range ends). */
  endColumn: number;
  used: boolean;
}

export function parseDirectives(source: SourceFile): Directive[] {
  if (!source.text.includes('sidecar-lint-disable')) return [];
  const out: Directive[] = [];
  for (let n = 1; n <= source.lineCount; n++) {
    const text = source.line(n);
    if (!text.includes('sidecar-lint-disable')) continue;
    const m = DIRECTIVE.exec(text);
    if (!m) continue;
    const kind = m[1]!.slice(1) as Directive['kind'];
    const [rulePart, reason] = (m[2] ?? '').split(/\s+--\s*/, 2) as [string, string | undefined];
    const rules = rulePart
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r !== '' && r !== '--');
    let target = n;
    if (kind === 'file') target = 0;
    else if (kind === 'next-line') {
      target = n + 1;
      // Skip blank lines and further comments (several directives may stack up).
      while (target <= source.lineCount && /^\s*(#.*)?$/.test(source.line(target))) target++;
    }
    out.push({ kind, rules, reason: reason?.trim() || undefined, line: n, target, column: m.index + 1, endColumn: text.length + 1, used: false });
  }
  return out;
}

/** Marks findings covered by a directive; returns nothing, the findings carry `suppressed`. */
export function applyDirectives(findings: Finding[], directives: Directive[]): void {
  if (directives.length === 0) return;
  for (const f of findings) {
    if (f.suppressed) continue;
    for (const d of directives) {
      if (d.rules.length > 0 && !d.rules.includes(f.ruleId)) continue;
      if (d.target !== 0 && d.target !== f.range.start.line) continue;
      d.used = true;
      f.suppressed = { kind: 'comment', reason: d.reason };
      break;
    }
  }
}

export interface AnnotationSuppression {
  rule: string;
  container?: string;
  reason: string;
  key: string;
  used: boolean;
}

/** Suppressions written as annotations on an object or on its pod template. */
export function annotationSuppressions(obj: K8sObject, podAnnotations?: Record<string, unknown>): AnnotationSuppression[] {
  const out: AnnotationSuppression[] = [];
  const collect = (annotations: unknown) => {
    if (!isObject(annotations)) return;
    for (const [key, value] of Object.entries(annotations)) {
      if (!key.startsWith(ANNOTATION_PREFIX)) continue;
      const name = key.slice(ANNOTATION_PREFIX.length);
      const dot = name.indexOf('.');
      out.push({
        rule: dot === -1 ? name : name.slice(0, dot),
        container: dot === -1 ? undefined : name.slice(dot + 1),
        reason: String(value ?? ''),
        key,
        used: false,
      });
    }
  };
  collect(obj.metadata.annotations);
  if (podAnnotations) collect(podAnnotations);
  return out;
}

export function applyAnnotations(findings: Finding[], suppressions: AnnotationSuppression[]): void {
  if (suppressions.length === 0) return;
  for (const f of findings) {
    if (f.suppressed) continue;
    const s = suppressions.find((s) => (s.rule === f.ruleId || s.rule === 'all') && (!s.container || s.container === f.container));
    if (s) {
      s.used = true;
      f.suppressed = { kind: 'annotation', reason: s.reason || undefined };
    }
  }
}

export const UNUSED_SUPPRESSION_SEVERITY: Severity = 'warning';

/** Findings grouped by the object each belongs to. */
export function findingsByObject(pairs: Iterable<[Finding, K8sObject]>): Map<K8sObject, Finding[]> {
  const out = new Map<K8sObject, Finding[]>();
  for (const [f, obj] of pairs) {
    let list = out.get(obj);
    if (!list) out.set(obj, (list = []));
    list.push(f);
  }
  return out;
}

/**
 * Applies an object's annotation suppressions to its findings; returns an unused-suppression
 * finding for each annotation that suppressed nothing, when asked to report them.
 */
export function suppressByAnnotations(obj: K8sObject, podAnnotations: Record<string, unknown> | undefined, podMetaPath: NodePath | undefined, findings: Finding[], reportUnused: boolean): Finding[] {
  const sups = annotationSuppressions(obj, podAnnotations);
  if (sups.length === 0) return [];
  applyAnnotations(findings, sups);
  if (!reportUnused) return [];
  return sups
    .filter((s) => !s.used)
    .map((s) => {
      const inPod = podMetaPath && podAnnotations?.[s.key] !== undefined;
      const p = inPod ? [...podMetaPath, 'annotations', s.key] : obj.at('metadata', 'annotations', s.key);
      const span = obj.doc.locate(p, 'key').span;
      return {
        ruleId: 'unused-suppression',
        severity: UNUSED_SUPPRESSION_SEVERITY,
        message: `annotation ${s.key} suppresses nothing`,
        file: obj.file,
        range: obj.doc.source.range(span[0], span[1]),
        object: obj.ref,
      };
    });
}
