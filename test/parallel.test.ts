// Worker threads: a run split across threads must give exactly what one thread gives (findings,
// positions, suppressions, notes, the model), and late findings on released documents must still
// land on the right line.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, type LintResult } from '../src/index.js';
import { corpusDir, hasCorpus, projectRoot } from './helpers.js';

/** Everything a run reports, in a form two runs can be compared by. */
function digest(r: LintResult) {
  return {
    findings: r.findings,
    errors: r.errors,
    notes: r.notes,
    files: r.files,
    documents: r.documents.map((d) => [d.source.path, d.index, d.usable, d.value]),
    objects: r.objects.map((o) => [o.file, o.label]),
    workloads: r.workloads.map((w) => [w.object.label, w.containers.map((c) => [c.name, c.role])]),
    counts: r.counts,
  };
}

/** What a run reports whether or not it keeps the model: findings, errors, notes, files, counts. */
function report(r: LintResult) {
  const { findings, errors, notes, files, counts } = digest(r);
  return { findings, errors, notes, files, counts };
}

describe('worker threads', function () {
  this.timeout(120_000);

  it('rule fixtures, a Namespace in another file and suppressions: two and three threads report exactly what one does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-par-'));
    mkdirSync(join(dir, 'mesh', 'app'), { recursive: true });
    // The Namespace turns on Istio injection for a workload in another file (and another thread).
    writeFileSync(join(dir, 'mesh', 'ns.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: {istio-injection: enabled}\n');
    writeFileSync(
      join(dir, 'mesh', 'app', 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: shop\n  annotations:\n    ignore-check.sidecar-lint.io/latest-tag: "dev only"\nspec:\n  containers:\n    - name: app\n      image: example/app:latest\n      ports: [{containerPort: 15090}]\n',
    );
    const paths = ['rules', dir];
    const one = await lint(paths, { cwd: projectRoot, config: false, threads: 1 });
    expect(one.findings.some((f) => f.ruleId === 'injected-sidecar-port-clash' && f.file.endsWith('pod.yaml'))).to.equal(true);
    expect(one.findings.some((f) => f.ruleId === 'latest-tag' && f.suppressed)).to.equal(true);
    for (const threads of [2, 3]) {
      const many = await lint(paths, { cwd: projectRoot, config: false, threads });
      expect(digest(many)).to.deep.equal(digest(one));
      // Without the model (the CLI's way): the same report, with only what cross-resource rules keep.
      const lean = await lint(paths, { cwd: projectRoot, config: false, threads, keepModel: false, reportUnusedSuppressions: true });
      const full = await lint(paths, { cwd: projectRoot, config: false, threads: 1, reportUnusedSuppressions: true });
      expect(report(lean)).to.deep.equal(report(full));
      // Holding no bytes between the Namespace pre-scan and linting: every file read twice.
      const reread = await lint(paths, { cwd: projectRoot, config: false, threads, keepModel: false, holdBytes: 0, reportUnusedSuppressions: true });
      expect(report(reread)).to.deep.equal(report(full));
      expect(lean.objects.length).to.be.lessThan(full.objects.length);
      expect(lean.objects.every((o) => o.kind === 'Service' || o.kind === 'ConfigMap' || lean.workloads.some((w) => w.object === o) || o.apiVersion.includes('.'))).to.equal(true);
    }
  });

  it('the CLI takes --threads and refuses nonsense', () => {
    const bin = join(projectRoot, 'bin', 'sidecar-lint.js');
    const a = spawnSync(process.execPath, [bin, 'rules', '--no-config', '-f', 'json', '--threads', '2'], { cwd: projectRoot, encoding: 'utf8' });
    const b = spawnSync(process.execPath, [bin, 'rules', '--no-config', '-f', 'json', '--threads', '1'], { cwd: projectRoot, encoding: 'utf8' });
    expect(a.status).to.equal(b.status);
    expect(JSON.parse(a.stdout).findings).to.deep.equal(JSON.parse(b.stdout).findings);
    const bad = spawnSync(process.execPath, [bin, 'rules', '--threads', 'lots'], { cwd: projectRoot, encoding: 'utf8' });
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/--threads lots: expected a whole number/);
  });

  it('the corpus: the default (both cores) reports exactly what one thread does', async function () {
    if (!hasCorpus) {
      console.log(`    SKIPPED: ${corpusDir} is absent (the shared corpus sits next to the project on our machines)`);
      this.skip();
    }
    const one = await lint([corpusDir], { cwd: projectRoot, config: false, threads: 1 });
    const both = await lint([corpusDir], { cwd: projectRoot, config: false, threads: 2 });
    expect(digest(both)).to.deep.equal(digest(one));
    // The CLI's way, keeping only what cross-resource rules need: the same report.
    for (const threads of [1, 2]) expect(report(await lint([corpusDir], { cwd: projectRoot, config: false, threads, keepModel: false }))).to.deep.equal(report(one));
    expect(report(await lint([corpusDir], { cwd: projectRoot, config: false, threads: 1, keepModel: false, holdBytes: 0 }))).to.deep.equal(report(one));
  });
});
