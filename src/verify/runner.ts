// `sidecar-lint verify`: lint, deploy each test in isolation, check, collect diagnostics on
// failure, tear down (on success, failure, timeout and Ctrl-C), and prove nothing was left behind.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lint, activeFindings, type LintResult } from '../engine/lint.js';
import type { K8sObject } from '../model/objects.js';
import { isWorkloadKind } from '../model/workload.js';
import type { CheckResult, Driver, PlannedWorkload, Unit, VerifyOptions, DriverName } from './types.js';
import { Checker } from './checks.js';
import { DEFAULT_TESTS_DIR, loadTests, runStep, matchesRef, type VerifyTest } from './tests.js';
import { dnsFragment, formatMs, namespaceName, newRunId, podName } from './names.js';
import { DeployError, DriverUnavailable } from './drivers/common.js';
import { killRunning, sleep } from './process.js';

export interface UnitReport {
  id: string;
  name: string;
  ms: number;
  /** Podman pods or the Kubernetes namespace. */
  deployedAs: string[];
  diagnostics?: string;
  notes: string[];
  /** Milliseconds spent deploying, checking (steps included) and tearing down. */
  phases: { deploy: number; checks: number; teardown: number };
}

export interface VerifyResult {
  lint: LintResult;
  checks: CheckResult[];
  runId: string;
  driver: DriverName;
  units: UnitReport[];
  leftovers: string[];
  /** Lint errors stopped the deploy. */
  blocked: boolean;
  interrupted: boolean;
  /** Why the run could not happen at all (driver unavailable): exit code 2. */
  fatal?: string;
  ms: number;
  exitCode: 0 | 1 | 2 | 130;
}

export interface VerifyHooks {
  /** A driver to use instead of the one --driver names (tests). */
  driver?: Driver;
  /** Install SIGINT/SIGTERM handlers that clean up and exit 130 (the CLI does). */
  handleSignals?: boolean;
  /** Called once every unit is deployed and before any check (tests use it to interrupt a run). */
  onDeployed?: (unit: Unit) => void;
}

async function createDriver(options: VerifyOptions, runId: string, workDir: string): Promise<Driver> {
  const common = { runId, workDir, readyTimeoutMs: options.readyTimeoutMs ?? 60_000, graceCapMs: options.graceCapMs ?? 5_000, log: options.log };
  if (options.driver === 'podman') {
    const { PodmanDriver } = await import('./drivers/podman.js');
    return new PodmanDriver(common);
  }
  const { KubeDriver } = await import('./drivers/kube.js');
  return KubeDriver.create({ ...common, mode: options.driver, clusterName: options.clusterName, context: options.context, yes: options.yes, kubeconfig: options.kubeconfig });
}

/** Runs `fn` over `items`, at most `limit` at once. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  });
  await Promise.all(workers);
}

function resultAt(check: CheckResult['check'], status: CheckResult['status'], test: string, message: string, evidence: string[] = [], where?: CheckResult['where']): CheckResult {
  return { check, status, message, evidence, ms: 0, test, where };
}

function whereOf(obj: K8sObject): CheckResult['where'] {
  return { doc: obj.doc, path: obj.path };
}

export async function verify(paths: readonly string[], options: VerifyOptions, hooks: VerifyHooks = {}): Promise<VerifyResult> {
  const started = performance.now();
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const runId = options.runId ?? newRunId();
  const log = options.log ?? (() => {});
  const checks: CheckResult[] = [];
  const units: UnitReport[] = [];

  // The tests folder: given, or sidecar-tests/ inside the first folder; never linted or deployed.
  const first = paths[0] ? path.resolve(cwd, paths[0]) : cwd;
  const testsDir = options.tests ? path.resolve(cwd, options.tests) : fs.existsSync(path.join(first, DEFAULT_TESTS_DIR)) ? path.join(first, DEFAULT_TESTS_DIR) : undefined;
  const ignore = testsDir ? [path.relative(cwd, testsDir).replace(/\\/g, '/') + '/'] : [];
  const lintResult = await lint(paths, { cwd, kubeVersion: options.kubeVersion, config: options.config, ignore });
  const base = { lint: lintResult, checks, runId, driver: options.driver, units, leftovers: [] as string[], blocked: false, interrupted: false };
  const finish = (extra: Partial<VerifyResult> = {}): VerifyResult => {
    const failed = checks.some((c) => c.status === 'fail');
    const lintErrors = activeFindings(lintResult.findings).some((f) => f.severity === 'error');
    const exitCode = extra.fatal || lintResult.errors.length ? 2 : failed || lintErrors ? 1 : 0;
    return { ...base, ms: performance.now() - started, exitCode, ...extra };
  };
  if (lintResult.errors.length) return finish();

  const lintErrors = activeFindings(lintResult.findings).filter((f) => f.severity === 'error');
  if (lintErrors.length && !options.force) {
    checks.push(resultAt('lint', 'fail', 'lint', `${lintErrors.length} lint error${lintErrors.length === 1 ? '' : 's'}: nothing deployed (--force deploys anyway)`, lintErrors.slice(0, 20).map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}: ${f.message}`)));
    return finish({ blocked: true });
  }
  if (lintErrors.length) log(`verify: deploying despite ${lintErrors.length} lint error(s) (--force)`);

  if (testsDir && !fs.existsSync(testsDir)) return finish({ fatal: `--tests ${options.tests}: no such folder` });
  const tests: VerifyTest[] = testsDir ? loadTests(testsDir, cwd) : [];

  // Units: one per workload for the derived checks, one per test folder.
  const workloads = lintResult.workloads.filter((w) => !w.object.isPatch && w.declared.some((c) => c.list === 'containers'));
  const support = lintResult.objects.filter((o) => !isWorkloadKind(o.kind) && !o.isPatch);
  const planned: Unit[] = [];
  let n = 0;
  const plan = (w: (typeof workloads)[number], index: number): PlannedWorkload => ({
    workload: w,
    deployName: options.driver === 'podman' ? podName(w.object.name ?? 'pod', runId, index) : (w.object.name ?? 'unnamed'),
    rendered: [],
    volumeNames: new Map(),
    emulatedSidecars: false,
    notes: [],
  });
  if (options.derived !== false) {
    for (const w of workloads) {
      const i = n++;
      planned.push({ id: `u${i}`, name: w.object.label, workloads: [plan(w, i)], support: support.map((o) => o.value), derived: true, namespace: namespaceName(w.object.name ?? w.kind, runId, i) });
    }
  }
  for (const t of tests) {
    if (t.errors.length) {
      for (const e of t.errors) checks.push(resultAt('step', 'fail', t.name, `${t.name}: ${e.message}`, [], { doc: t.doc, path: e.path }));
      continue;
    }
    const chosen = t.workloads ? workloads.filter((w) => t.workloads!.some((ref) => matchesRef({ workload: w } as PlannedWorkload, ref))) : workloads;
    const missing = (t.workloads ?? []).filter((ref) => !workloads.some((w) => matchesRef({ workload: w } as PlannedWorkload, ref)));
    if (missing.length || chosen.length === 0) {
      checks.push(resultAt('step', 'fail', t.name, `${t.name}: ${missing.length ? `no workload ${missing.join(', ')} in the manifests` : 'no workload to deploy'}`, [], { doc: t.doc, path: ['workloads'] }));
      continue;
    }
    const i = n++;
    planned.push({ id: `u${i}`, name: t.name, workloads: chosen.map((w, k) => plan(w, k === 0 ? i : n++)), support: support.map((o) => o.value), derived: false, test: t, namespace: namespaceName(t.name, runId, i) });
  }
  if (planned.length === 0) {
    checks.push(resultAt('deploy', 'info', 'verify', 'nothing to deploy: no workload with containers in the manifests'));
    return finish();
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `sidecar-lint-verify-${runId}-`));
  let driver: Driver;
  try {
    driver = hooks.driver ?? (await createDriver(options, runId, workDir));
    await driver.prepare();
  } catch (e) {
    fs.rmSync(workDir, { recursive: true, force: true });
    if (e instanceof DriverUnavailable) return finish({ fatal: e.message });
    throw e;
  }

  // Everything deployed and not yet torn down: what Ctrl-C must clean.
  const active = new Set<Unit>();
  let interrupted = false;
  let cleaning: Promise<void> | undefined;
  const cleanupAll = async () => {
    await Promise.allSettled([...active].map((u) => driver.teardown(u)));
    active.clear();
    await driver.close().catch(() => {});
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (cleaning) return;
    interrupted = true;
    log(`verify: ${signal}: cleaning up ${active.size} deployed test(s)...`);
    killRunning();
    cleaning = cleanupAll().finally(() => {
      fs.rmSync(workDir, { recursive: true, force: true });
      process.exit(130);
    });
  };
  if (hooks.handleSignals) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  const diagRoot = path.resolve(cwd, options.diagnosticsDir ?? '.sidecar-lint-verify');
  const checkOpts = { readyTimeoutMs: options.readyTimeoutMs ?? 60_000, stableMs: options.stableMs ?? 10_000, jobTimeoutMs: options.jobTimeoutMs ?? 120_000, runId };
  try {
    await pool(planned, options.parallel ?? 2, async (unit) => {
      if (interrupted) return;
      const t0 = performance.now();
      const results: CheckResult[] = [];
      const report: UnitReport = { id: unit.id, name: unit.name, ms: 0, deployedAs: [], notes: [], phases: { deploy: 0, checks: 0, teardown: 0 } };
      units.push(report);
      try {
        driver.plan(unit);
        report.deployedAs = driver.name === 'podman' ? unit.workloads.map((w) => w.deployName) : [`namespace ${unit.namespace}`];
        report.notes = unit.workloads.flatMap((w) => w.notes);
        active.add(unit);
        log(`verify: ${unit.name}: deploying (${report.deployedAs.join(', ')})`);
        try {
          await driver.deploy(unit);
          for (const w of unit.workloads) {
            results.push({ ...resultAt('deploy', 'pass', unit.name, `${w.workload.object.label} deployed with ${driver.name} as ${driver.name === 'podman' ? `pod ${w.deployName}` : `${w.workload.kind}/${w.deployName} in namespace ${unit.namespace}`} (${formatMs(performance.now() - t0)})`, w.notes, whereOf(w.workload.object)), ms: performance.now() - t0 });
          }
        } catch (e) {
          if (!(e instanceof DeployError)) throw e;
          results.push(resultAt('deploy', 'fail', unit.name, `${unit.name}: ${e.message}`, unit.workloads.flatMap((w) => w.notes), whereOf(unit.workloads[0]!.workload.object)));
        }
        report.phases.deploy = performance.now() - t0;
        hooks.onDeployed?.(unit);
        const tChecks = performance.now();
        if (!results.some((r) => r.status === 'fail')) {
          for (const w of unit.workloads) {
            if (interrupted) break;
            const pod = await waitForPod(driver, unit, w, checkOpts.readyTimeoutMs);
            if (!pod) {
              results.push(resultAt('container-ready', 'fail', unit.name, `${w.workload.object.label}: no pod appeared within ${formatMs(checkOpts.readyTimeoutMs)}`, [], whereOf(w.workload.object)));
              continue;
            }
            const checker = new Checker(driver, unit, w, pod, checkOpts);
            if (unit.derived) await checker.runAll();
            else await checker.ready();
            results.push(...checker.results);
          }
          if (unit.test && !interrupted && !results.some((r) => r.status === 'fail')) {
            let failed = false;
            for (const step of unit.test.steps) {
              if (failed) {
                results.push({ ...resultAt('step', 'skip', unit.name, `${unit.test.name} › ${step.name}: not run, an earlier step failed`, [], { doc: unit.test.doc, path: step.path }) });
                continue;
              }
              const r = await runStep({ driver, unit, test: unit.test }, step);
              results.push(r);
              failed = r.status === 'fail';
            }
          }
        }
        report.phases.checks = performance.now() - tChecks;
        if (results.some((r) => r.status === 'fail') && !interrupted) {
          const dir = path.join(diagRoot, runId, `${unit.id}-${dnsFragment(unit.name, 40)}`);
          try {
            const files = await driver.diagnostics(unit, dir);
            fs.writeFileSync(path.join(dir, 'checks.json'), JSON.stringify(results.map(({ where: _w, ...r }) => r), null, 2));
            report.diagnostics = path.relative(cwd, dir) || dir;
            results.push(resultAt('diagnostics', 'info', unit.name, `${unit.name}: diagnostics in ${report.diagnostics}/ (${files.length + 1} files: logs, ${driver.name === 'podman' ? 'podman inspect' : 'pod objects'}, events, rendered objects, checks.json)`, files.map((f) => path.relative(cwd, f)), unit.workloads[0] ? whereOf(unit.workloads[0].workload.object) : undefined));
          } catch (e) {
            results.push(resultAt('diagnostics', 'info', unit.name, `${unit.name}: diagnostics could not be collected: ${(e as Error).message}`));
          }
        }
      } catch (e) {
        results.push(resultAt('deploy', 'fail', unit.name, `${unit.name}: the harness failed: ${(e as Error).message}`, [(e as Error).stack ?? '']));
      } finally {
        if (!interrupted) {
          const tDown = performance.now();
          await driver.teardown(unit).catch((e) => results.push(resultAt('cleanup', 'fail', unit.name, `${unit.name}: teardown failed: ${(e as Error).message}`, [], unit.workloads[0] ? whereOf(unit.workloads[0].workload.object) : undefined)));
          active.delete(unit);
          report.phases.teardown = performance.now() - tDown;
        }
        report.ms = performance.now() - t0;
        checks.push(...results);
        log(`verify: ${unit.name}: ${results.filter((r) => r.status === 'fail').length ? 'FAIL' : 'pass'} (${formatMs(report.ms)}: deploy ${formatMs(report.phases.deploy)}, checks ${formatMs(report.phases.checks)}, teardown ${formatMs(report.phases.teardown)})`);
      }
    });
  } finally {
    if (hooks.handleSignals) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
  if (cleaning) await cleaning;
  // Prove it: nothing this run created is still there.
  let leftovers: string[] = [];
  try {
    await cleanupAll();
    leftovers = await driver.leftovers();
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  if (leftovers.length) checks.push(resultAt('cleanup', 'fail', 'verify', `left behind after the run: ${leftovers.join(', ')}`, leftovers));
  else checks.push(resultAt('cleanup', 'pass', 'verify', `nothing left behind: every ${driver.name === 'podman' ? 'pod, container and volume' : 'namespace'} of run ${runId} is gone`));
  return finish({ leftovers, interrupted });
}

async function waitForPod(driver: Driver, unit: Unit, w: PlannedWorkload, timeoutMs: number): Promise<string | undefined> {
  const deadline = performance.now() + timeoutMs;
  while (true) {
    const pods = await driver.pods(unit, w);
    if (pods[0]) return pods[0];
    if (performance.now() > deadline) return undefined;
    await sleep(300);
  }
}
