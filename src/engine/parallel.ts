// A large run split across cores. Worker threads (lint-worker.ts) are started as soon as the run
// knows it is large, so that loading the rules and the schema validators (most of a worker's
// start-up) overlaps with this thread reading the files. Files are then handed out in chunks,
// biggest first, to whichever thread is free, this one included. A worker parses its chunk, runs
// the per-file rules and sends back plain data: findings, what the rules' `summarize` made, and
// the values of the documents that hold an object the cross-resource rules keep (every document
// when the caller keeps the whole model), rebuilt here into the documents, objects and workloads
// one thread makes, positions released (a late finding parses its file again). Cross-resource
// rules, policies and suppressions then run here, over the whole run. A worker that fails has its
// chunk linted here.
import { Worker } from 'node:worker_threads';
import type { Finding, InputError, Severity } from '../types.js';
import { SourceFile } from '../yaml/source.js';
import { YamlDocument, type DocumentData } from '../yaml/parse.js';
import { objectsOf, type K8sObject } from '../model/objects.js';
import { isWorkloadObject, workloadOf } from '../model/run.js';
import { formatKubeVersion, type KubeVersion } from '../model/kube-version.js';
import type { Workload } from '../model/workload.js';
import { Collector, keptByRun, letTextGo, lintInput, type FileOptions, type FileResult, type FileSettings } from './file.js';
import type { ActiveRule, RunInput } from './lint.js';
import { parseDirectives } from './suppress.js';

export interface WorkerFile {
  path: string;
  text: string;
  originalText?: string;
}

export type LintWorkerRequest =
  | {
      type: 'init';
      rules: { id: string; severity: Severity; configured: boolean; options: Record<string, unknown> }[];
      kubeVersion: string;
      limits: FileSettings['limits'];
      keepAllPositions: boolean;
      keepModel: boolean;
      reportUnused: boolean;
    }
  /** The run's Namespace documents, already parsed here (sent once, before the first chunk). */
  | { type: 'namespaces'; documents: { path: string; data: DocumentData }[] }
  | { type: 'lint'; files: WorkerFile[] };

export interface WorkerFileResult {
  /** The text the documents were parsed from, when it is not the file's (re-indented, see parseYaml). */
  parsedFrom?: WorkerFile;
  /** The documents lintFile handed back (with keepModel false, only those holding a kept object). */
  documents: DocumentData[];
  findings: Finding[];
  /** For each finding, the index of its object among the file's kept objects, or -1. */
  findingObjects: number[];
  summaries: FileResult['summaries'];
  counts: FileResult['counts'];
  notes: string[];
}

export type LintWorkerReply = { type: 'ready' } | { type: 'result'; files: WorkerFileResult[] } | { type: 'error'; error: string };

const asWorkerFile = (s: SourceFile): WorkerFile => ({ path: s.path, text: s.text, originalText: s.originalText });

/** Bytes of YAML per chunk: small enough to balance the threads, large enough to keep messages few. */
const CHUNK_BYTES = 256 * 1024;

interface PoolWorker {
  worker: Worker;
  /** Resolves with the next message (or an error reply when the worker dies). */
  next(): Promise<LintWorkerReply>;
  dead: boolean;
}

/** Worker threads booted for one run; `lint` hands them the files. */
export class LintPool {
  private constructor(private readonly workers: PoolWorker[]) {}

  /** Starts `threads - 1` workers and has them load and prepare the rules right away. */
  static start(threads: number, active: readonly ActiveRule[], kubeVersion: KubeVersion, settings: FileOptions): LintPool {
    const init: LintWorkerRequest = {
      type: 'init',
      rules: active.map((a) => ({ id: a.rule.meta.id, severity: a.severity, configured: a.configured, options: a.options })),
      kubeVersion: formatKubeVersion(kubeVersion),
      limits: settings.limits,
      keepAllPositions: settings.keepAllPositions,
      keepModel: settings.keepModel,
      reportUnused: settings.reportUnused,
    };
    const workers: PoolWorker[] = [];
    for (let i = 1; i < threads; i++) {
      let worker: Worker;
      try {
        worker = new Worker(new URL('./lint-worker.js', import.meta.url));
      } catch {
        continue;
      }
      const inbox: LintWorkerReply[] = [];
      const waiting: ((r: LintWorkerReply) => void)[] = [];
      const deliver = (r: LintWorkerReply) => {
        const w = waiting.shift();
        if (w) w(r);
        else inbox.push(r);
      };
      const pw: PoolWorker = {
        worker,
        dead: false,
        next: () => new Promise((resolve) => (inbox.length ? resolve(inbox.shift()!) : waiting.push(resolve))),
      };
      worker.on('message', (r: LintWorkerReply) => deliver(r));
      const die = (why: string) => {
        if (pw.dead) return;
        pw.dead = true;
        deliver({ type: 'error', error: why });
        while (waiting.length) waiting.shift()!({ type: 'error', error: why });
      };
      worker.on('error', (err) => die(err.message));
      worker.on('exit', (code) => die(`worker exited with code ${code}`));
      worker.postMessage(init);
      workers.push(pw);
    }
    return new LintPool(workers);
  }

  /**
   * Lints every input, on the workers and on this thread; results in input order. Each file is
   * read when its chunk is sent (or linted here), not before.
   */
  async lint(inputs: readonly RunInput[], settings: FileSettings): Promise<(FileResult | InputError)[]> {
    const results: (FileResult | InputError)[] = new Array(inputs.length);
    // Chunks of about CHUNK_BYTES, biggest files first, so the last chunks are the small ones.
    const bySize = inputs.map((_, i) => i).sort((a, b) => inputs[b]!.size - inputs[a]!.size);
    const queue: number[][] = [];
    let chunk: number[] = [];
    let bytes = 0;
    for (const i of bySize) {
      chunk.push(i);
      bytes += inputs[i]!.size;
      if (bytes >= CHUNK_BYTES) {
        queue.push(chunk);
        chunk = [];
        bytes = 0;
      }
    }
    if (chunk.length) queue.push(chunk);
    const here = (mine: number[]) => {
      for (const i of mine) results[i] = lintInput(inputs[i]!, settings);
    };

    const namespaceDocs = settings.namespaces.map((n) => ({ path: n.file, data: n.doc.toData() }));
    const feed = async (pw: PoolWorker): Promise<void> => {
      const ready = await pw.next();
      if (ready.type !== 'ready') return;
      pw.worker.postMessage({ type: 'namespaces', documents: namespaceDocs } satisfies LintWorkerRequest);
      // Two chunks in flight: this thread answers a worker only between its own chunks, and the
      // worker should not sit idle meanwhile. Files that cannot be read are answered here.
      const inFlight: { chunk: number[]; sources: SourceFile[]; sent: number[] }[] = [];
      const send = () => {
        const mine = queue.shift();
        if (!mine) return;
        const sources: SourceFile[] = [];
        const sent: number[] = [];
        for (const i of mine) {
          const source = inputs[i]!.load();
          inputs[i]!.release();
          if (source instanceof SourceFile) {
            sources.push(source);
            sent.push(i);
          } else results[i] = source;
        }
        inFlight.push({ chunk: mine, sources, sent });
        pw.worker.postMessage({ type: 'lint', files: sources.map(asWorkerFile) } satisfies LintWorkerRequest);
      };
      send();
      send();
      while (inFlight.length) {
        const reply = await pw.next();
        const mine = inFlight.shift()!;
        if (reply.type !== 'result') {
          // This thread takes them (read again: their bytes were let go).
          queue.push(mine.chunk, ...inFlight.splice(0).map((c) => c.chunk));
          return;
        }
        send();
        mine.sent.forEach((i, k) => {
          const result = rebuild(mine.sources[k]!, reply.files[k]!, settings);
          letTextGo(result, inputs[i]!, settings);
          results[i] = result;
        });
      }
    };
    const fed = this.workers.map((pw) => feed(pw));
    // This thread's share: a chunk at a time, letting the workers' messages in between.
    for (;;) {
      const mine = queue.shift();
      if (!mine) break;
      here(mine);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(fed);
    // Chunks a dying worker gave back after this thread had finished.
    for (const mine of queue.splice(0)) here(mine);
    return results;
  }

  close(): void {
    for (const pw of this.workers) void pw.worker.terminate();
  }
}

/** A worker's file as the documents, objects and workloads lintFile would have made. */
function rebuild(source: SourceFile, r: WorkerFileResult, settings: FileSettings): FileResult {
  const parsedFrom = r.parsedFrom ? new SourceFile(r.parsedFrom.path, r.parsedFrom.text, r.parsedFrom.originalText) : source;
  const documents = r.documents.map((d) => YamlDocument.fromData(parsedFrom, d, settings.limits));
  const all: K8sObject[] = [];
  for (const doc of documents) if (doc.usable) all.push(...objectsOf(doc).objects);
  // Which are kept is a function of the object alone: worked out again here, it is the worker's answer.
  const kept = all.filter((o) => keptByRun(o, settings));
  const objects = settings.keepModel ? all : kept;
  const workloads = new Map<K8sObject, Workload>();
  for (const o of objects) if (isWorkloadObject(o)) workloads.set(o, workloadOf(o, settings.kubeVersion, settings.namespaces));
  const collector = new Collector(settings.kubeVersion);
  r.findings.forEach((f, k) => {
    collector.findings.push(f);
    const o = kept[r.findingObjects[k]!];
    if (o) collector.objectOf.set(f, o);
  });
  return { source, documents, objects, kept, workloads, summaries: r.summaries, counts: r.counts, notes: r.notes, collector, directives: parseDirectives(source) };
}
