// The part of a run that needs one file at a time: parse it, run the document, object and workload
// rules on it, and drop its position data. The engine calls it for each file, on the main thread or
// in a worker (lint-worker.ts) when a large run is split across cores.
import type { Finding } from '../types.js';
import type { RuleContext, ReportDescriptor } from './rule.js';
import type { ActiveRule } from './lint.js';
import type { SourceFile } from '../yaml/source.js';
import { parseYaml, type ParseLimits, type ParsedFile, type YamlDocument } from '../yaml/parse.js';
import { objectsOf, type K8sObject } from '../model/objects.js';
import { isNamespace, isWorkloadObject, workloadOf } from '../model/run.js';
import type { KubeVersion } from '../model/kube-version.js';
import type { Workload } from '../model/workload.js';
import { docsUrl } from './docs.js';

/** Findings as rules report them, with the object each belongs to (for annotation suppressions). */
export class Collector {
  readonly findings: Finding[] = [];
  readonly objectOf = new Map<Finding, K8sObject>();

  constructor(private readonly kubeVersion: KubeVersion) {}

  context(a: ActiveRule, fallbackDoc?: YamlDocument): RuleContext {
    return {
      kubeVersion: this.kubeVersion,
      options: a.options,
      report: (d) => {
        const f = toFinding(a, d, fallbackDoc);
        this.findings.push(f);
        if (d.object) this.objectOf.set(f, d.object);
      },
    };
  }

  /** Runs one rule on one thing; a rule that throws becomes a finding and the run goes on. */
  guarded(a: ActiveRule, where: string, doc: YamlDocument | undefined, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.findings.push({
        ruleId: 'rule-error',
        severity: 'error',
        message: `rule ${a.rule.meta.id} failed on ${where}: ${(err as Error).message}`,
        file: doc?.source.path ?? '<run>',
        range: doc ? doc.source.range(doc.span[0], doc.span[0]) : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
    }
  }
}

export interface FileSettings {
  active: ActiveRule[];
  kubeVersion: KubeVersion;
  limits: ParseLimits;
  /** The run's Namespaces (namespacesOf), for the mesh settings of workloads. */
  namespaces: K8sObject[];
  /** Keep every document's positions (the user's policies report on any document). */
  keepAllPositions: boolean;
  /** Files namespacesOf already parsed: used once, then let go. */
  parsed?: Map<SourceFile, ParsedFile>;
}

export interface FileResult {
  source: SourceFile;
  documents: YamlDocument[];
  objects: K8sObject[];
  workloads: Map<K8sObject, Workload>;
  notes: string[];
  collector: Collector;
}

/** Parses one file and runs the rules that look at one document, object or workload. */
export function lintFile(source: SourceFile, s: FileSettings): FileResult {
  const collector = new Collector(s.kubeVersion);
  const result: FileResult = { source, documents: [], objects: [], workloads: new Map(), notes: [], collector };
  const keep = new Set<YamlDocument>();
  const parsed = s.parsed?.get(source) ?? parseYaml(source, s.limits);
  s.parsed?.delete(source);
  for (const doc of parsed.documents) {
    result.documents.push(doc);
    for (const a of s.active) if (a.rule.document) collector.guarded(a, `${source.path} document ${doc.index + 1}`, doc, () => a.rule.document!(doc, collector.context(a, doc)));
    if (!doc.usable) continue;
    const found = objectsOf(doc);
    for (const skipped of found.skipped) result.notes.push(`${source.path}: document ${doc.index + 1} is not a Kubernetes object (${skipped.reason}), passed over`);
    for (const obj of found.objects) {
      result.objects.push(obj);
      if (s.keepAllPositions || reportedLate(obj)) keep.add(doc);
      for (const a of s.active) if (a.rule.object) collector.guarded(a, obj.label, doc, () => a.rule.object!(obj, collector.context(a)));
      if (!isWorkloadObject(obj)) continue;
      const w = workloadOf(obj, s.kubeVersion, s.namespaces);
      result.workloads.set(obj, w);
      for (const a of s.active) if (a.rule.workload) collector.guarded(a, w.object.label, w.object.doc, () => a.rule.workload!(w, collector.context(a)));
    }
  }
  for (const doc of parsed.documents) if (!keep.has(doc)) doc.releasePositions(s.limits);
  return result;
}

/**
 * Whether cross-resource rules may report on an object after its file is done: Services (the
 * Service rules) and custom resources (checked against the run's CRDs). Other documents drop
 * their positions; a late finding on one parses its file again.
 */
function reportedLate(obj: K8sObject): boolean {
  if (obj.kind === 'Service') return true;
  const group = obj.apiVersion?.includes('/') ? obj.apiVersion.slice(0, obj.apiVersion.indexOf('/')) : '';
  return group.includes('.') && !group.endsWith('.k8s.io');
}

/** Text that may declare a Namespace (`kind: Namespace`, quoted, JSON or flow style). */
const MAY_DECLARE_NAMESPACE = /\bkind['"]?\s*:\s*['"]?Namespace(?![\w-])/;

/**
 * The Namespaces of the run, read before the files are linted one by one: only files whose text
 * may declare one are parsed for them, and their parse is kept for lintFile (into `parsed`).
 */
export function namespacesOf(sources: readonly SourceFile[], limits: ParseLimits, parsed?: Map<SourceFile, ParsedFile>): K8sObject[] {
  const out: K8sObject[] = [];
  for (const source of sources) {
    if (!mayDeclareNamespace(source)) continue;
    const file = parseYaml(source, limits);
    parsed?.set(source, file);
    for (const doc of file.documents) {
      if (doc.usable) out.push(...objectsOf(doc).objects.filter(isNamespace));
    }
  }
  return out;
}

function mayDeclareNamespace(source: SourceFile): boolean {
  return MAY_DECLARE_NAMESPACE.test(source.text);
}

export function toFinding(a: ActiveRule, d: ReportDescriptor, fallbackDoc?: YamlDocument): Finding {
  const doc = d.object?.doc ?? d.doc ?? fallbackDoc;
  if (!doc) throw new Error('a report needs an object or a document');
  const span = d.span ?? doc.locate(d.path ?? d.object?.path ?? [], d.key ? 'key' : 'value').span;
  const container = typeof d.container === 'string' ? d.container : d.container?.name;
  return {
    ruleId: a.rule.meta.id,
    severity: d.severity && !a.configured ? d.severity : a.severity,
    message: d.message,
    file: doc.source.path,
    range: doc.source.range(span[0], span[1]),
    documentIndex: doc.index,
    object: d.object?.ref,
    container,
    path: d.path,
    docsUrl: docsUrl(a.rule.meta.id),
    fix: d.fix,
  };
}
