// The part of a run that needs one file at a time: parse it, run the document, object and workload
// rules on it, and drop its position data. The engine calls it for each file, on the main thread or
// in a worker (lint-worker.ts) when a large run is split across cores.
import type { Finding, InputError } from '../types.js';
import type { RuleContext, ReportDescriptor } from './rule.js';
import type { ActiveRule } from './lint.js';
import { SourceFile } from '../yaml/source.js';
import { parseYaml, type ParseLimits, type YamlDocument } from '../yaml/parse.js';
import { objectsOf, type K8sObject } from '../model/objects.js';
import { isNamespace, isWorkloadObject, workloadOf } from '../model/run.js';
import { isWorkloadKind } from '../model/workload.js';
import { findingsByObject, parseDirectives, suppressByAnnotations, type Directive } from './suppress.js';
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
  /**
   * Hand every document, object and workload back (the API's default, and for policies); else
   * only those the cross-resource rules keep, so that a run holds little more than its findings.
   */
  keepModel: boolean;
  /** Report annotations that suppress nothing (unused-suppression). */
  reportUnused: boolean;
}

/** The per-file settings that come from the run's options, the same on every thread. */
export type FileOptions = Pick<FileSettings, 'limits' | 'keepAllPositions' | 'keepModel' | 'reportUnused'>;

export interface FileResult {
  source: SourceFile;
  /** The file's documents and objects: all of them with keepModel, else those holding an object the run keeps. */
  documents: YamlDocument[];
  objects: K8sObject[];
  /** The objects cross-resource rules look at (Rule.keep), in file order: what the run model is made of. */
  kept: K8sObject[];
  /** The workloads of `objects`. */
  workloads: Map<K8sObject, Workload>;
  /** What the rules' `summarize` made of the file's objects. */
  summaries: { rule: string; data: unknown }[];
  counts: RunCounts;
  notes: string[];
  /** Findings; objectOf maps only those of kept objects (the others' annotations are applied here). */
  collector: Collector;
  /** The file's suppression comments (applied after the run, to late findings too). */
  directives: Directive[];
}

export interface RunCounts {
  documents: number;
  objects: number;
  workloads: number;
}

/** Parses one file and runs the rules that look at one document, object or workload. */
export function lintFile(source: SourceFile, s: FileSettings): FileResult {
  const collector = new Collector(s.kubeVersion);
  const result: FileResult = { source, documents: [], objects: [], kept: [], workloads: new Map(), summaries: [], counts: { documents: 0, objects: 0, workloads: 0 }, notes: [], collector, directives: parseDirectives(source) };
  const runRules = s.active.filter((a) => a.rule.run);
  const keptDocs = new Set<YamlDocument>();
  const workloads = new Map<K8sObject, Workload>();
  const objects: K8sObject[] = [];
  // Without the model, what the run keeps of this file must not hold its text (see lintSources).
  const parsed = parseYaml(source, s.limits, '1.1', !s.keepModel);
  result.counts.documents = parsed.documents.length;
  for (const doc of parsed.documents) {
    for (const a of s.active) if (a.rule.document) collector.guarded(a, `${source.path} document ${doc.index + 1}`, doc, () => a.rule.document!(doc, collector.context(a, doc)));
    if (!doc.usable) continue;
    const found = objectsOf(doc);
    for (const skipped of found.skipped) result.notes.push(`${source.path}: document ${doc.index + 1} is not a Kubernetes object (${skipped.reason}), passed over`);
    for (const obj of found.objects) {
      objects.push(obj);
      if (keptByRun(obj, s, runRules)) {
        result.kept.push(obj);
        keptDocs.add(doc);
      }
      for (const a of runRules) {
        if (!a.rule.summarize) continue;
        collector.guarded(a, obj.label, doc, () => {
          const data = a.rule.summarize!(obj);
          if (data !== undefined) result.summaries.push({ rule: a.rule.meta.id, data });
        });
      }
      for (const a of s.active) if (a.rule.object) collector.guarded(a, obj.label, doc, () => a.rule.object!(obj, collector.context(a)));
      if (isWorkloadKind(obj.kind) && obj.isPatch) result.notes.push(`${source.path}: ${obj.label} looks like a Kustomize patch, workload rules passed it over`);
      if (!isWorkloadObject(obj)) continue;
      const w = workloadOf(obj, s.kubeVersion, s.namespaces);
      workloads.set(obj, w);
      for (const a of s.active) if (a.rule.workload) collector.guarded(a, w.object.label, w.object.doc, () => a.rule.workload!(w, collector.context(a)));
    }
  }
  result.counts.objects = objects.length;
  result.counts.workloads = workloads.size;

  // The annotations of objects the run does not keep: every finding on them is known now.
  const kept = new Set(result.kept);
  const settled = [...collector.objectOf].filter(([, obj]) => !kept.has(obj));
  for (const [f] of settled) collector.objectOf.delete(f);
  const byObject = findingsByObject(settled);
  for (const obj of objects) {
    if (kept.has(obj)) continue;
    const w = workloads.get(obj);
    collector.findings.push(...suppressByAnnotations(obj, w?.annotations, w?.podMetaPath, byObject.get(obj) ?? [], s.reportUnused));
  }

  // Where each node was written is kept only for the user's policies, which may report on any field;
  // a late finding from a cross-resource rule parses its file again.
  if (!s.keepAllPositions) for (const doc of parsed.documents) doc.releasePositions(s.limits);
  result.documents = s.keepModel ? parsed.documents : parsed.documents.filter((d) => keptDocs.has(d));
  result.objects = s.keepModel ? objects : result.kept;
  result.workloads = s.keepModel ? workloads : new Map([...workloads].filter(([o]) => kept.has(o)));
  return result;
}

/** Whether the run keeps an object for its cross-resource rules (see Rule.keep). */
export function keptByRun(obj: K8sObject, s: FileSettings, runRules = s.active.filter((a) => a.rule.run)): boolean {
  // The user's policies (keepAllPositions) may report on any object: then every one is kept.
  return s.keepAllPositions || runRules.some((a) => !a.rule.keep || a.rule.keep(obj));
}

/** A file of the run as lintInput and the worker pool read it (RunInput in lint.ts). */
export interface FileInput {
  load(): SourceFile | InputError;
  /** Done with it: bytes held since the pre-scan are let go. */
  release(): void;
  /** The text read again, once it was let go (files only: standard input cannot be read twice). */
  readonly reread?: () => string;
}

/** One file of the run read, linted on this thread and let go of; or why it could not be read. */
export function lintInput(input: FileInput, settings: FileSettings): FileResult | InputError {
  const source = input.load();
  input.release();
  if (!(source instanceof SourceFile)) return source;
  const result = lintFile(source, settings);
  letTextGo(result, input, settings);
  return result;
}

/**
 * Without the model, what is kept of a linted file owns its strings (parseYaml's ownStrings), so
 * its text can go until a late finding asks for it again.
 */
export function letTextGo(result: FileResult, input: FileInput, settings: FileSettings): void {
  if (!settings.keepModel && input.reread && result.documents.every((d) => d.source === result.source)) result.source.releaseText(input.reread);
}

/** Text that may declare a Namespace (`kind: Namespace`, quoted, JSON or flow style). */
const MAY_DECLARE_NAMESPACE = /\bkind['"]?\s*:\s*['"]?Namespace(?![\w-])/;

/**
 * The Namespaces of the run, read before the files are linted one by one. Only the documents whose
 * text may declare one are parsed (a Namespace is often the first document of a large install
 * bundle): a line starting with `---` always starts a document, so the text splits there safely.
 * A chunk that does not parse alone has its whole file parsed instead.
 */
export function namespacesOf(inputs: readonly { readonly mayDeclareNamespace: boolean; load(): SourceFile | InputError }[], limits: ParseLimits): K8sObject[] {
  const out: K8sObject[] = [];
  for (const input of inputs) {
    if (!input.mayDeclareNamespace) continue;
    const source = input.load();
    if (!(source instanceof SourceFile) || !mayDeclareNamespace(source)) continue;
    const chunks = documentChunks(source.text).filter((c) => MAY_DECLARE_NAMESPACE.test(c));
    const found: K8sObject[] = [];
    let whole = false;
    for (const chunk of chunks) {
      for (const doc of parseYaml(chunk === source.text ? source : new SourceFile(source.path, chunk), limits).documents) {
        if (!doc.usable) whole = true;
        else found.push(...objectsOf(doc).objects.filter(isNamespace));
      }
    }
    if (!whole) out.push(...found);
    else for (const doc of parseYaml(source, limits).documents) if (doc.usable) out.push(...objectsOf(doc).objects.filter(isNamespace));
  }
  return out;
}

/** The text of each document of a YAML stream, cut before every line that starts with `---`. */
export function documentChunks(text: string): string[] {
  const starts = [0];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  for (let m = marker.exec(text); m; m = marker.exec(text)) if (m.index > 0) starts.push(m.index);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
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
