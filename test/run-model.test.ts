// The run model relates objects across files: which Services select which workloads. Its indexes
// must give what comparing every Service with every workload gives.
import { expect } from 'chai';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/index.js';
import { RunModel } from '../src/model/run.js';
import { parseKubeVersion } from '../src/model/kube-version.js';
import type { K8sObject } from '../src/model/objects.js';
import type { Workload } from '../src/model/workload.js';
import { corpusDir, hasCorpus } from './helpers.js';

const deployment = (name: string, labels: string, ns = '') => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}${ns}}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {${labels}}}
    spec: {containers: [{name: c, image: x:1}]}
`;
const service = (name: string, selector: string, ns = '') => `apiVersion: v1
kind: Service
metadata: {name: ${name}${ns}}
spec: {selector: {${selector}}, ports: [{port: 80}]}
`;

async function runOf(paths: string | string[], cwd?: string): Promise<RunModel> {
  const r = await lint(paths, { config: false, cwd });
  return new RunModel(r.objects, parseKubeVersion(r.kubeVersion)!);
}

/** What the indexes must equal: every Service compared with every workload. */
function bruteForce(run: RunModel) {
  const matches = (s: K8sObject, w: Workload) => {
    const selector = (s.value.spec as { selector?: Record<string, unknown> } | undefined)?.selector;
    if (!selector || typeof selector !== 'object' || Object.keys(selector).length === 0) return false;
    const sameNs = w.object.namespace === undefined || s.namespace === undefined || w.object.namespace === s.namespace;
    return sameNs && Object.entries(selector).every(([k, v]) => w.labels[k] !== undefined && String(w.labels[k]) === String(v));
  };
  return {
    selected: (s: K8sObject) => run.workloads.filter((w) => matches(s, w)),
    services: (w: Workload) => run.services.filter((s) => matches(s, w)),
  };
}

describe('run model', () => {
  it('finds the workloads a Service selects and the Services of a workload, by namespace and every label', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-model-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'deploy.yaml'), deployment('web', 'app: web'));
    writeFileSync(join(dir, 'a', 'svc.yaml'), service('web', 'app: web') + '---\n' + service('none', 'app: wbe'));
    writeFileSync(join(dir, 'b', 'deploy.yaml'), deployment('web-x', 'app: web, tier: x') + '---\n' + deployment('other-ns', 'app: web', ', namespace: other'));
    writeFileSync(join(dir, 'b', 'svc.yaml'), service('web-x', 'tier: x, app: web') + '---\n' + service('in-prod', 'app: web', ', namespace: prod'));
    const run = await runOf(['a', 'b'], dir);
    const svc = (name: string) => run.services.find((s) => s.name === name)!;
    const wl = (name: string) => run.workloads.find((w) => w.object.name === name)!;
    const names = (ws: Workload[]) => ws.map((w) => w.object.name);

    expect(names(run.selectedBy(svc('web')))).to.deep.equal(['web', 'web-x', 'other-ns']);
    expect(names(run.selectedBy(svc('web-x')))).to.deep.equal(['web-x']);
    expect(names(run.selectedBy(svc('in-prod')))).to.deep.equal(['web', 'web-x']);
    expect(run.selectsAny(svc('none'))).to.equal(false);
    expect(run.selectsAny(svc('web-x'))).to.equal(true);
    expect(run.selects(svc('web-x'), wl('web'))).to.equal(false);
    // In run order, whatever order the index finds them in.
    expect(run.servicesOf(wl('web-x')).map((s) => s.name)).to.deep.equal(['web', 'web-x', 'in-prod']);
    expect(run.servicesOf(wl('other-ns')).map((s) => s.name)).to.deep.equal(['web']);
    expect(names(run.workloadsInFolder('b/'))).to.deep.equal(['web-x', 'other-ns']);
    expect(names(run.workloadsIn('a/deploy.yaml'))).to.deep.equal(['web']);
  });

  it('gives what comparing every Service with every workload gives, on the corpus', async function () {
    this.timeout(60_000);
    if (!hasCorpus) {
      console.log(`      SKIPPED: the corpus is not at ${corpusDir}`);
      this.skip();
    }
    const run = await runOf(corpusDir);
    expect(run.services.length).to.be.greaterThan(100);
    const brute = bruteForce(run);
    let pairs = 0;
    for (const s of run.services) {
      const want = brute.selected(s);
      pairs += want.length;
      expect(run.selectedBy(s), s.label).to.deep.equal(want);
      expect(run.selectsAny(s), s.label).to.equal(want.length > 0);
    }
    expect(pairs).to.be.greaterThan(100);
    for (const w of run.workloads) expect(run.servicesOf(w), w.object.label).to.deep.equal(brute.services(w));
  });
});
