// A worker thread of a large run (parallel.ts): lints its share of the files with the per-file
// rules and sends back plain data.
import { parentPort } from 'node:worker_threads';
import { RULES } from '../../rules/index.js';
import { SourceFile } from '../yaml/source.js';
import { parseKubeVersion, DEFAULT_KUBE_VERSION } from '../model/kube-version.js';
import { lintFile, namespacesOf } from './file.js';
import type { ActiveRule } from './lint.js';
import type { LintWorkerReply, LintWorkerRequest, WorkerFile, WorkerFileResult } from './parallel.js';

const toSource = (f: WorkerFile) => new SourceFile(f.path, f.text, f.originalText);

async function handle(req: LintWorkerRequest): Promise<LintWorkerReply> {
  const kubeVersion = parseKubeVersion(req.kubeVersion) ?? DEFAULT_KUBE_VERSION;
  const active: ActiveRule[] = [];
  for (const r of req.rules) {
    const rule = RULES.find((x) => x.meta.id === r.id);
    if (rule) active.push({ rule, severity: r.severity, configured: r.configured, options: r.options });
  }
  // The main thread reported the rules that could not start and left them out.
  await Promise.all(active.map((a) => a.rule.prepare?.(kubeVersion)));
  const settings = { active, kubeVersion, limits: req.limits, namespaces: namespacesOf(req.namespaceFiles.map(toSource), req.limits), keepAllPositions: req.keepAllPositions };
  const files: WorkerFileResult[] = req.files.map((file) => {
    const source = toSource(file);
    const r = lintFile(source, settings);
    const index = new Map(r.objects.map((o, i) => [o, i]));
    const parsed = r.documents[0]?.source;
    return {
      parsedFrom: parsed && parsed !== source ? { path: parsed.path, text: parsed.text, originalText: parsed.originalText } : undefined,
      documents: r.documents.map((d) => d.toData()),
      findings: r.collector.findings,
      findingObjects: r.collector.findings.map((f) => {
        const o = r.collector.objectOf.get(f);
        return o ? (index.get(o) ?? -1) : -1;
      }),
      notes: r.notes,
    };
  });
  return { ok: true, files };
}

parentPort!.once('message', (req: LintWorkerRequest) => {
  handle(req).then(
    (reply) => parentPort!.postMessage(reply),
    (err: unknown) => parentPort!.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) } satisfies LintWorkerReply),
  );
});
