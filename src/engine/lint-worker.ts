// A worker thread of a large run (parallel.ts): loads and prepares the rules as soon as it starts,
// then lints the chunks of files it is handed with the per-file rules and sends back plain data.
import { parentPort } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { SourceFile } from '../yaml/source.js';
import { parseKubeVersion, DEFAULT_KUBE_VERSION } from '../model/kube-version.js';
import { lintFile, type FileSettings } from './file.js';
import { YamlDocument } from '../yaml/parse.js';
import { objectsOf } from '../model/objects.js';
import { isNamespace } from '../model/run.js';
import type { ActiveRule } from './lint.js';
import type { LintWorkerReply, LintWorkerRequest, WorkerFile, WorkerFileResult } from './parallel.js';

const toSource = (f: WorkerFile) => new SourceFile(f.path, f.text, f.originalText);
const reply = (r: LintWorkerReply) => parentPort!.postMessage(r);

let settings: FileSettings | undefined;

async function init(req: Extract<LintWorkerRequest, { type: 'init' }>): Promise<void> {
  const kubeVersion = parseKubeVersion(req.kubeVersion) ?? DEFAULT_KUBE_VERSION;
  const active: ActiveRule[] = [];
  for (const r of req.rules) {
    const rule = RULES.find((x) => x.meta.id === r.id);
    if (rule) active.push({ rule, severity: r.severity, configured: r.configured, options: r.options });
  }
  // The main thread reported the rules that could not start and left them out.
  await Promise.all(active.map((a) => a.rule.prepare?.(kubeVersion)));
  settings = { active, kubeVersion, limits: req.limits, namespaces: [], keepAllPositions: req.keepAllPositions, keepModel: req.keepModel, reportUnused: req.reportUnused };
}

function lintChunk(files: WorkerFile[]): WorkerFileResult[] {
  return files.map((file) => {
    const source = toSource(file);
    const r = lintFile(source, settings!);
    const index = new Map(r.kept.map((o, i) => [o, i]));
    const parsed = r.documents[0]?.source;
    return {
      parsedFrom: parsed && parsed !== source ? { path: parsed.path, text: parsed.text, originalText: parsed.originalText } : undefined,
      documents: r.documents.map((d) => d.toData()),
      findings: r.collector.findings,
      findingObjects: r.collector.findings.map((f) => {
        const o = r.collector.objectOf.get(f);
        return o ? (index.get(o) ?? -1) : -1;
      }),
      summaries: r.summaries,
      counts: r.counts,
      notes: r.notes,
    };
  });
}

parentPort!.on('message', (req: LintWorkerRequest) => {
  try {
    if (req.type === 'init') {
      init(req).then(
        () => reply({ type: 'ready' }),
        (err: unknown) => reply({ type: 'error', error: err instanceof Error ? err.message : String(err) }),
      );
    } else if (req.type === 'namespaces') {
      // Only names, folders and metadata of Namespaces are read: no positions, no text.
      settings!.namespaces = req.documents.flatMap((d) => objectsOf(YamlDocument.fromData(new SourceFile(d.path, ''), d.data, settings!.limits)).objects.filter(isNamespace));
    } else {
      reply({ type: 'result', files: lintChunk(req.files) });
    }
  } catch (err) {
    reply({ type: 'error', error: err instanceof Error ? err.message : String(err) });
  }
});
