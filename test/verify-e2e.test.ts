// End to end: `sidecar-lint verify --driver podman` on real containers (podman 4.3 from Debian,
// images built from Debian's busybox-static by integration/images/build.sh). Skipped, with a
// message, where podman is not installed; CI installs it (.ci/run) and fails them without it.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers.js';
import { requirePodman } from './podman-helpers.js';
import { verify, type VerifyResult } from '../src/verify/runner.js';
import { listPodmanLeftovers } from '../src/verify/drivers/podman.js';
import type { CheckResult, VerifyOptions } from '../src/verify/types.js';

const BIN = join(projectRoot, 'bin', 'sidecar-lint.js');
const diagDir = mkdtempSync(join(tmpdir(), 'sidecar-lint-verify-e2e-'));
const timings: string[] = [];

async function run(path: string, options: Partial<VerifyOptions> = {}): Promise<VerifyResult> {
  const r = await verify([path], { driver: 'podman', cwd: projectRoot, config: false, stableMs: 3000, readyTimeoutMs: 30_000, diagnosticsDir: diagDir, ...options });
  timings.push(`${path}: ${(r.ms / 1000).toFixed(1)} s (${r.units.map((u) => `${u.name}: deploy ${(u.phases.deploy / 1000).toFixed(1)} s, checks ${(u.phases.checks / 1000).toFixed(1)} s, teardown ${(u.phases.teardown / 1000).toFixed(1)} s`).join('; ')})`);
  return r;
}

function only(r: VerifyResult, check: CheckResult['check'], status?: CheckResult['status']): CheckResult[] {
  return r.checks.filter((c) => c.check === check && (status === undefined || c.status === status));
}

function failures(r: VerifyResult): string[] {
  return r.checks.filter((c) => c.status === 'fail').map((c) => `${c.check}: ${c.message}`);
}

async function expectNoLeftovers(runId: string): Promise<void> {
  expect(await listPodmanLeftovers(runId)).to.deep.equal([]);
  const all = spawnSync('podman', ['ps', '-a', '--format', '{{.Names}}'], { encoding: 'utf8' }).stdout;
  expect(all).not.to.include(runId);
  const vols = spawnSync('podman', ['volume', 'ls', '--format', '{{.Name}}'], { encoding: 'utf8' }).stdout;
  expect(vols).not.to.include(runId);
}

describe('verify e2e (podman)', function () {
  this.timeout(120_000);

  before(function () {
    requirePodman(this, 'the verify e2e tests');
  });

  after(() => {
    if (timings.length) console.log(`    timings:\n${timings.map((t) => `      ${t}`).join('\n')}`);
  });

  it('passes the healthy log-shipping pod (derived checks and its test folder), reported as JSON and JUnit', async () => {
    const out = mkdtempSync(join(tmpdir(), 'verify-out-'));
    const started = performance.now();
    const cli = spawnSync(process.execPath, [BIN, 'verify', 'integration/log-shipping', '--driver', 'podman', '--no-config', '--stable', '3s', '--diagnostics', diagDir, '-f', `json:${out}/r.json`, '-f', `junit:${out}/r.xml`, '-f', 'stylish'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    timings.push(`integration/log-shipping (CLI): ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(cli.status, cli.stdout + cli.stderr).to.equal(0);
    const json = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as { exitCode: number; findings: { ruleId: string; severity: string; message: string; verify?: { status: string; runId: string; evidence: string[] } }[] };
    const verdicts = json.findings.filter((f) => f.verify);
    expect(verdicts.filter((f) => f.verify!.status === 'fail')).to.deep.equal([]);
    const passed = (id: string) => verdicts.filter((f) => f.ruleId === id && f.verify!.status === 'pass').map((f) => f.message);
    // Both containers of both pods (the derived unit and the test folder's) started and became ready.
    expect(passed('verify/container-ready')).to.have.length(4);
    expect(passed('verify/port').join('\n')).to.match(/port 80\/TCP of app container "main-container" answers on 127\.0\.0\.1 from sidecar "sidecar-container"/);
    expect(passed('verify/shared-volume').join('\n')).to.match(/volume "var-logs": nonce written by app container "main-container" was read by sidecar "sidecar-container"/);
    expect(passed('verify/stable')).to.have.length(1);
    expect(passed('verify/step')).to.have.length(6);
    expect(passed('verify/cleanup')).to.have.length(1);
    // Evidence travels with each verdict.
    const port = verdicts.find((f) => f.ruleId === 'verify/port')!;
    expect(port.verify!.evidence.join('\n')).to.match(/nc -w 2 127\.0\.0\.1 80 → exit 0/);
    const xml = readFileSync(join(out, 'r.xml'), 'utf8');
    expect(xml).to.match(/<testsuites name="sidecar-lint" tests="\d+" failures="0" errors="0"/);
    expect(xml).to.include('verify/step');
    expect(cli.stdout).to.match(/PASS shipper-serves-page › the main container serves it to the sidecar over localhost/);
    expect(cli.stderr).to.match(/verify \(podman, run [a-z0-9]{8}\): \d+ passed, 0 failed/);
    await expectNoLeftovers(verdicts[0]!.verify!.runId);
  });

  it('fails a pod whose sidecar and app bind the same port, naming the port, with a diagnostics bundle', async () => {
    const r = await run('integration/port-clash', { force: true });
    expect(r.exitCode).to.equal(1);
    const stable = only(r, 'stable', 'fail');
    expect(stable, failures(r).join('\n')).to.have.length(1);
    expect(stable[0]!.message).to.match(/(sidecar "metrics"|app container "app") restarted \d+ times? within .*: port 8080\/TCP is also used by (app container "app"|sidecar "metrics") \(log: "httpd: bind: Address already in use"\)/);
    expect(stable[0]!.evidence.join('\n')).to.include('Address already in use');
    const bundle = r.units[0]!.diagnostics!;
    const files = readdirSync(join(projectRoot, bundle));
    expect(files).to.include.members(['rendered.yaml', 'checks.json']);
    expect(files.filter((f) => f.endsWith('.log'))).to.have.length(2);
    expect(files.some((f) => f.endsWith('.inspect.json'))).to.equal(true);
    expect(files.some((f) => f.endsWith('.events.txt'))).to.equal(true);
    expect(only(r, 'diagnostics')[0]!.message).to.include(bundle);
    await expectNoLeftovers(r.runId);
  });

  it('deploys nothing when the lint finds errors, unless --force', async () => {
    const r = await run('integration/port-clash');
    expect(r.blocked).to.equal(true);
    expect(r.exitCode).to.equal(1);
    expect(r.units).to.deep.equal([]);
    expect(only(r, 'lint', 'fail')[0]!.message).to.match(/1 lint error: nothing deployed \(--force deploys anyway\)/);
  });

  it('fails the nonce check of a pod whose reader does not mount the shared volume', async () => {
    const r = await run('integration/unshared-volume', { force: true });
    expect(r.exitCode).to.equal(1);
    const vol = only(r, 'shared-volume', 'fail');
    expect(vol, failures(r).join('\n')).to.have.length(1);
    expect(vol[0]!.message).to.match(/volume "app-logs": nonce written by app container "app" at \/var\/log\/app\/\.sidecar-lint-nonce-\w+, but sidecar "log-shipper" cannot read it .*No such file or directory \(it uses \/var\/log\/app\/app\.log but does not mount volume "app-logs"\)/);
    // Everything else about the pod is fine.
    expect(failures(r)).to.have.length(1);
    await expectNoLeftovers(r.runId);
  });

  it('mounts ConfigMaps and Secrets of the manifests (volumes and env) and removes their volumes', async () => {
    const r = await run('integration/config-volume');
    expect(failures(r), failures(r).join('\n')).to.deep.equal([]);
    const steps = only(r, 'step', 'pass');
    expect(steps.map((c) => c.message).join('\n')).to.match(/the Secret reaches the sidecar's environment/);
    expect(steps).to.have.length(4);
    expect(r.units.flatMap((u) => u.notes).join('\n')).to.match(/Secret "shipper-token" is mounted as a ConfigMap/);
    await expectNoLeftovers(r.runId);
    // podman names a configMap volume after its ConfigMap: those carry the run id too.
    const vols = spawnSync('podman', ['volume', 'ls', '--format', '{{.Name}}'], { encoding: 'utf8' }).stdout;
    expect(vols).not.to.match(/shipper-config|shipper-token/);
  });

  it('runs a native-sidecar pod (emulated): init first, the sidecar before the app, and stopped after it', async () => {
    const r = await run('integration/native-sidecar');
    expect(failures(r)).to.deep.equal([]);
    expect(r.exitCode).to.equal(0);
    const order = only(r, 'sidecar-order', 'pass');
    expect(order).to.have.length(1);
    expect(order[0]!.emulated).to.equal(true);
    expect(order[0]!.message).to.match(/native sidecar "log-shipper" started \d+ ms before the app and stopped \d+ ms after it \[emulated by the harness on podman\]/);
    const ready = only(r, 'container-ready', 'pass').map((c) => c.message);
    expect(ready).to.include('init container "setup" ran to completion (exit 0)');
    expect(ready.join('\n')).to.match(/native sidecar "log-shipper" started and is ready .*\[emulated/);
    // The evidence: start and finish times from podman inspect, and how the harness stopped them.
    const ev = order[0]!.evidence.join('\n');
    expect(ev).to.match(/log-shipper \[native-sidecar\]: terminated, exit 0/);
    expect(ev).to.match(/harness: podman stop -t 2 app/);
    const t = (name: string, field: 'startedAt' | 'finishedAt') => Date.parse(new RegExp(`${name} \\[[a-z-]+\\]:.*${field} (\\S+)`).exec(ev)![1]!.replace(/,$/, ''));
    expect(t('log-shipper', 'startedAt')).to.be.below(t('app', 'startedAt'));
    expect(t('log-shipper', 'finishedAt')).to.be.above(t('app', 'finishedAt'));
    expect(only(r, 'port', 'pass')).to.have.length(1);
    expect(only(r, 'shared-volume', 'pass')).to.have.length(1);
    await expectNoLeftovers(r.runId);
  });

  it('completes a Job whose shipper is a native sidecar, and fails the one whose shipper is a regular container', async () => {
    const r = await run('integration/job-sidecar', { jobTimeoutMs: 4000 });
    const jobs = only(r, 'job-completes');
    expect(jobs.find((j) => j.status === 'pass')!.message).to.match(/Job\/batch-with-shipper completed in .*: regular containers exited 0; native sidecar "shipper" stopped after them \[emulated/);
    expect(jobs.find((j) => j.status === 'fail')!.message).to.match(/Job\/batch-never-completes did not complete within .*: sidecar "shipper" still running: a sidecar in containers keeps a Job from completing/);
    expect(only(r, 'sidecar-order', 'pass')).to.have.length(1);
    expect(r.exitCode).to.equal(1);
    await expectNoLeftovers(r.runId);
  });

  it('gives up on a container that never becomes ready, keeps its diagnostics and cleans up', async () => {
    const r = await run('integration/never-ready', { readyTimeoutMs: 2000, stableMs: 1000 });
    const ready = only(r, 'container-ready', 'fail');
    expect(ready[0]!.message).to.match(/app container "app" not ready within 2\.0 s: running, not ready; readiness: 127\.0\.0\.1:81: ECONNREFUSED/);
    const bundle = join(projectRoot, r.units[0]!.diagnostics!);
    expect(readFileSync(join(bundle, 'rendered.yaml'), 'utf8')).to.include('imagePullPolicy: Never');
    expect(existsSync(join(bundle, `${r.units[0]!.deployedAs[0]}.app.log`))).to.equal(true);
    await expectNoLeftovers(r.runId);
  });

  it('runs in parallel without collisions: unique names per run', async () => {
    const [c, d] = await Promise.all([run('integration/log-shipping'), run('integration/log-shipping')]);
    expect(c.runId).not.to.equal(d.runId);
    expect(failures(c)).to.deep.equal([]);
    expect(failures(d)).to.deep.equal([]);
    await expectNoLeftovers(c.runId);
    await expectNoLeftovers(d.runId);
  });

  it('cleans up on Ctrl-C: exit 130 and nothing left behind', async () => {
    const runId = `int${Date.now().toString(36).slice(-5)}`;
    const child = spawn(process.execPath, [BIN, 'verify', 'integration/native-sidecar', '--driver', 'podman', '--no-config', '--stable', '60s', '--run-id', runId, '--diagnostics', diagDir], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the app container runs, then interrupt.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const s = spawnSync('podman', ['ps', '--format', '{{.Names}}'], { encoding: 'utf8' }).stdout;
      if (s.includes(`${runId}-0-app`)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const running = spawnSync('podman', ['ps', '--format', '{{.Names}}'], { encoding: 'utf8' }).stdout;
    child.kill('SIGINT');
    const code = await exited;
    expect(running).to.include(`${runId}-0-app`);
    expect(code, stderr).to.equal(130);
    expect(stderr).to.match(/SIGINT: cleaning up 1 deployed test/);
    await expectNoLeftovers(runId);
  });

  it('leaves no verify pods, containers or volumes at all', async () => {
    expect(await listPodmanLeftovers(undefined)).to.deep.equal([]);
  });
});
