// End to end on real Kubernetes: `sidecar-lint verify --driver cluster` against the cluster
// integration/cluster/node/up.sh builds and starts on this machine (kube-apiserver, etcd, kubelet,
// controller-manager, scheduler from the Go module proxy; containerd, runc and CNI plugins from
// Debian). Native sidecars, readiness, Job completion and termination order are Kubernetes' own
// here, not emulated. SIDECAR_LINT_NODE_KUBECONFIG names the cluster's kubeconfig (.ci/run sets
// it); without it the tests are skipped locally and fail under CI=true.
import { expect } from 'chai';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers.js';
import { verify, type VerifyResult } from '../src/verify/runner.js';
import type { CheckResult, VerifyOptions } from '../src/verify/types.js';

const KUBECONFIG = process.env.SIDECAR_LINT_NODE_KUBECONFIG;
const CONTEXT = 'sidecar-lint';
const diagDir = mkdtempSync(join(tmpdir(), 'sidecar-lint-verify-cluster-'));
const timings: string[] = [];

async function run(path: string, options: Partial<VerifyOptions> = {}): Promise<VerifyResult> {
  const r = await verify([path], { driver: 'cluster', context: CONTEXT, kubeconfig: KUBECONFIG, yes: true, cwd: projectRoot, config: false, stableMs: 3000, readyTimeoutMs: 60_000, diagnosticsDir: diagDir, graceCapMs: 2000, ...options });
  timings.push(`${path}: ${(r.ms / 1000).toFixed(1)} s (${r.units.map((u) => `${u.name}: deploy ${(u.phases.deploy / 1000).toFixed(1)} s, checks ${(u.phases.checks / 1000).toFixed(1)} s, teardown ${(u.phases.teardown / 1000).toFixed(1)} s`).join('; ')})`);
  return r;
}

const only = (r: VerifyResult, check: CheckResult['check'], status?: CheckResult['status']) => r.checks.filter((c) => c.check === check && (status === undefined || c.status === status));
const failures = (r: VerifyResult) => r.checks.filter((c) => c.status === 'fail').map((c) => `${c.check}: ${c.message}`);

function expectClean(r: VerifyResult): void {
  expect(r.leftovers, 'namespaces left behind').to.deep.equal([]);
  expect(only(r, 'cleanup', 'pass'), failures(r).join('\n')).to.have.length(1);
}

describe('verify e2e (cluster driver, real Kubernetes)', function () {
  this.timeout(240_000);

  before(function () {
    if (KUBECONFIG && existsSync(KUBECONFIG)) return;
    const why = 'SIDECAR_LINT_NODE_KUBECONFIG is not set to a kubeconfig';
    if (process.env.CI) throw new Error(`${why}: .ci/run starts the cluster with integration/cluster/node/up.sh`);
    console.log(`    SKIPPED: ${why}: start the local cluster with \`export SIDECAR_LINT_NODE_KUBECONFIG=$(integration/cluster/node/up.sh | tail -1)\` (root; builds Kubernetes from the Go module proxy the first time)`);
    this.skip();
  });

  after(() => {
    if (timings.length) console.log(`    timings:\n${timings.map((t) => `      ${t}`).join('\n')}`);
  });

  it('passes the healthy log-shipping pod with its test folder', async () => {
    const r = await run('integration/log-shipping');
    expect(failures(r)).to.deep.equal([]);
    expect(r.exitCode).to.equal(0);
    expect(only(r, 'step', 'pass').length).to.be.at.least(5);
    expect(only(r, 'shared-volume', 'pass')).to.have.length(1);
    expect(r.checks.some((c) => c.emulated)).to.equal(false);
    expectClean(r);
  });

  it('runs a native sidecar for real: started before the app, stopped after it (not emulated)', async () => {
    const r = await run('integration/native-sidecar');
    expect(failures(r)).to.deep.equal([]);
    const order = only(r, 'sidecar-order', 'pass');
    expect(order).to.have.length(1);
    expect(order[0]!.emulated).to.not.equal(true);
    expect(order[0]!.message).to.match(/native sidecar "log-shipper" started \d+ ms before the app and stopped \d+ ms after it/);
    expect(order[0]!.message).not.to.match(/emulated/);
    expectClean(r);
  });

  it('completes the Job with a native-sidecar shipper and fails the one with a regular-container shipper', async () => {
    const r = await run('integration/job-sidecar', { jobTimeoutMs: 15_000 });
    const jobs = only(r, 'job-completes');
    expect(jobs.find((j) => j.status === 'pass')?.message, failures(r).join('\n')).to.match(/Job\/batch-with-shipper completed/);
    expect(jobs.find((j) => j.status === 'fail')?.message).to.match(/Job\/batch-never-completes did not complete within .*sidecar "shipper" still running/);
    expect(r.exitCode).to.equal(1);
    expectClean(r);
  });

  it('fails the port clash and names the port from the crashed container', async () => {
    const r = await run('integration/port-clash', { force: true, stableMs: 8000 });
    expect(r.exitCode).to.equal(1);
    const text = failures(r).join('\n');
    expect(text).to.match(/8080/);
    // A container that crash-loops is reported by stable, not as a port that does not answer.
    expect(only(r, 'port', 'fail').map((c) => c.message).join('\n')).not.to.match(/Unexpected server response/);
    expectClean(r);
  });

  it('fails the nonce check of the reader that does not mount the volume', async () => {
    const r = await run('integration/unshared-volume', { force: true });
    const vol = only(r, 'shared-volume', 'fail');
    expect(vol, failures(r).join('\n')).to.have.length(1);
    expect(vol[0]!.message).to.match(/sidecar "log-shipper" cannot read it/);
    expectClean(r);
  });

  it('passes the ConfigMap and Secret case (created in the test namespace)', async () => {
    const r = await run('integration/config-volume');
    expect(failures(r)).to.deep.equal([]);
    expect(only(r, 'step', 'pass')).to.have.length(4);
    expectClean(r);
  });
});
