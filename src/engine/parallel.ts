// A large run split across cores: each worker thread (lint-worker.ts) parses its share of the
// files and runs the per-file rules on it; what comes back is plain data (document values,
// findings), rebuilt here into the same documents, objects and workloads a single thread makes,
// positions released (a late finding parses its file again). Cross-resource rules, policies and
// suppressions then run here, over the whole run. A worker that fails has its share linted here.
import { Worker } from 'node:worker_threads';
import type { Finding } from '../types.js';
import { SourceFile } from '../yaml/source.js';
import { YamlDocument, type DocumentData } from '../yaml/parse.js';
import { objectsOf, type K8sObject } from '../model/objects.js';
import { isWorkloadObject, workloadOf } from '../model/run.js';
import { formatKubeVersion } from '../model/kube-version.js';
import type { Workload } from '../model/workload.js';
import { Collector, lintFile, mayDeclareNamespace, type FileResult, type FileSettings } from './file.js';
import type { Severity } from '../types.js';

export interface WorkerFile {
  path: string;
  text: string;
  originalText?: string;
}

export interface LintWorkerRequest {
  files: WorkerFile[];
  /** Files that mention a Namespace: the worker reads the run's Namespaces from them. */
  namespaceFiles: WorkerFile[];
  rules: { id: string; severity: Severity; configured: boolean; options: Record<string, unknown> }[];
  kubeVersion: string;
  limits: FileSettings['limits'];
  keepAllPositions: boolean;
}

export interface WorkerFileResult {
  /** The text the documents were parsed from, when it is not the file's (re-indented, see parseYaml). */
  parsedFrom?: WorkerFile;
  documents: DocumentData[];
  findings: Finding[];
  /** For each finding, the index of its object in the file's objects, or -1. */
  findingObjects: number[];
  notes: string[];
}

export type LintWorkerReply = { ok: true; files: WorkerFileResult[] } | { ok: false; error: string };

const asWorkerFile = (s: SourceFile): WorkerFile => ({ path: s.path, text: s.text, originalText: s.originalText });

export async function lintFilesInParallel(sources: readonly SourceFile[], settings: FileSettings, threads: number): Promise<FileResult[]> {
  // Biggest files first, each to the lightest share; share 0 stays on this thread.
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, files: [] as number[] }));
  const bySize = sources.map((_, i) => i).sort((a, b) => sources[b]!.text.length - sources[a]!.text.length);
  for (const i of bySize) {
    const lightest = shares.reduce((min, s) => (s.bytes < min.bytes ? s : min));
    lightest.files.push(i);
    lightest.bytes += sources[i]!.text.length;
  }
  const base = {
    namespaceFiles: sources.filter(mayDeclareNamespace).map(asWorkerFile),
    rules: settings.active.map((a) => ({ id: a.rule.meta.id, severity: a.severity, configured: a.configured, options: a.options })),
    kubeVersion: formatKubeVersion(settings.kubeVersion),
    limits: settings.limits,
    keepAllPositions: settings.keepAllPositions,
  };
  const results: FileResult[] = new Array(sources.length);
  // Parses namespacesOf kept for files that another thread lints are not needed here.
  for (const share of shares.slice(1)) for (const i of share.files) settings.parsed?.delete(sources[i]!);
  const pending = shares.slice(1).map((share) => ({ share, reply: runWorker({ ...base, files: share.files.map((i) => asWorkerFile(sources[i]!)) }) }));
  // This thread's share, while the workers run theirs.
  for (const i of shares[0]!.files) results[i] = lintFile(sources[i]!, settings);
  for (const { share, reply } of pending) {
    const r = await reply;
    share.files.forEach((i, k) => {
      results[i] = r.ok ? rebuild(sources[i]!, r.files[k]!, settings) : lintFile(sources[i]!, settings);
    });
  }
  return results;
}

function runWorker(request: LintWorkerRequest): Promise<LintWorkerReply> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./lint-worker.js', import.meta.url));
    } catch (err) {
      resolve({ ok: false, error: (err as Error).message });
      return;
    }
    let done = false;
    const finish = (reply: LintWorkerReply) => {
      if (done) return;
      done = true;
      void worker.terminate();
      resolve(reply);
    };
    worker.once('message', (reply: LintWorkerReply) => finish(reply));
    worker.once('error', (err) => finish({ ok: false, error: err.message }));
    worker.once('exit', (code) => finish({ ok: false, error: `worker exited with code ${code}` }));
    worker.postMessage(request);
  });
}

/** A worker's file as the documents, objects and workloads lintFile would have made. */
function rebuild(source: SourceFile, r: WorkerFileResult, settings: FileSettings): FileResult {
  const parsedFrom = r.parsedFrom ? new SourceFile(r.parsedFrom.path, r.parsedFrom.text, r.parsedFrom.originalText) : source;
  const documents = r.documents.map((d) => YamlDocument.fromData(parsedFrom, d, settings.limits));
  const objects: K8sObject[] = [];
  for (const doc of documents) if (doc.usable) objects.push(...objectsOf(doc).objects);
  const workloads = new Map<K8sObject, Workload>();
  for (const o of objects) if (isWorkloadObject(o)) workloads.set(o, workloadOf(o, settings.kubeVersion, settings.namespaces));
  const collector = new Collector(settings.kubeVersion);
  r.findings.forEach((f, k) => {
    collector.findings.push(f);
    const o = objects[r.findingObjects[k]!];
    if (o) collector.objectOf.set(f, o);
  });
  return { source, documents, objects, workloads, notes: r.notes, collector };
}
