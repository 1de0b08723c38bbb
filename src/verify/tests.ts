// Checks the user declares: a folder per test (in the spirit of KUTTL and Chainsaw) holding a
// test.yaml with steps — exec, log, http, assert (a partial object), sleep — run in order against
// the deployed workloads, each with a timeout. docs/verify.md has the format.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NodePath } from '../types.js';
import { asArray, asString, isObject, type JsonObject } from '../model/objects.js';
import { SourceFile } from '../yaml/source.js';
import { parseYaml, type YamlDocument } from '../yaml/parse.js';
import type { CheckResult, Driver, PlannedWorkload, Unit } from './types.js';
import { formatMs, parseDuration } from './names.js';
import { sleep } from './process.js';

export const TEST_FILES = ['test.yaml', 'test.yml'];
/** The folder of tests looked for inside the first path, when --tests is not given. */
export const DEFAULT_TESTS_DIR = 'sidecar-tests';

export type StepKind = 'exec' | 'log' | 'http' | 'assert' | 'sleep';

export interface Step {
  index: number;
  name: string;
  kind: StepKind;
  spec: JsonObject;
  expect: JsonObject;
  timeoutMs: number;
  path: NodePath;
}

export interface VerifyTest {
  name: string;
  dir: string;
  /** test.yaml as reported (relative to cwd). */
  file: string;
  doc: YamlDocument;
  /** `Kind/name` or `name` of the manifests' workloads to deploy; undefined: all. */
  workloads?: string[];
  timeoutMs: number;
  steps: Step[];
  errors: { message: string; path: NodePath }[];
}

const KINDS: StepKind[] = ['exec', 'log', 'http', 'assert', 'sleep'];

/** Every `<dir>/<test>/test.yaml`, in name order (a test.yaml right in `dir` is one test too). */
export function loadTests(dir: string, cwd: string): VerifyTest[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  const folders = [dir, ...fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name)).sort()];
  const out: VerifyTest[] = [];
  for (const folder of folders) {
    const file = TEST_FILES.map((f) => path.join(folder, f)).find((f) => fs.existsSync(f));
    if (file) out.push(parseTest(fs.readFileSync(file, 'utf8'), path.relative(cwd, file) || file, path.basename(folder)));
  }
  return out;
}

export function parseTest(text: string, file: string, folderName: string): VerifyTest {
  const parsed = parseYaml(new SourceFile(file, text));
  const doc = parsed.documents[0]!;
  const v = isObject(doc?.value) ? doc.value : {};
  const errors: VerifyTest['errors'] = [];
  for (const p of doc?.problems ?? []) errors.push({ message: p.message, path: [] });
  const timeoutMs = v.timeout === undefined ? 30_000 : parseDuration(v.timeout);
  if (timeoutMs === undefined) errors.push({ message: `timeout ${String(v.timeout)}: expected a duration such as 30s`, path: ['timeout'] });
  const workloads = v.workloads === undefined ? undefined : asArray(v.workloads).map(String);
  const steps: Step[] = [];
  asArray(v.steps).forEach((s, i) => {
    const at: NodePath = ['steps', i];
    if (!isObject(s)) return errors.push({ message: `steps[${i}]: expected a mapping`, path: at });
    const kinds = KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length !== 1) return errors.push({ message: `steps[${i}]: expected exactly one of ${KINDS.join(', ')}`, path: at });
    const kind = kinds[0]!;
    const t = s.timeout ?? s.within;
    const stepTimeout = t === undefined ? (timeoutMs ?? 30_000) : parseDuration(t);
    if (stepTimeout === undefined) return errors.push({ message: `steps[${i}]: timeout ${String(t)}: expected a duration such as 10s`, path: [...at, s.timeout !== undefined ? 'timeout' : 'within'] });
    const spec = kind === 'sleep' ? { duration: s.sleep } : isObject(s[kind]) ? (s[kind] as JsonObject) : {};
    if (kind === 'sleep' && parseDuration(s.sleep) === undefined) return errors.push({ message: `steps[${i}]: sleep ${String(s.sleep)}: expected a duration`, path: [...at, 'sleep'] });
    if (kind === 'exec' && spec.command === undefined) return errors.push({ message: `steps[${i}]: exec needs a command`, path: [...at, 'exec'] });
    if (kind === 'log' && spec.contains === undefined && spec.matches === undefined) return errors.push({ message: `steps[${i}]: log needs contains or matches`, path: [...at, 'log'] });
    if (kind === 'http' && spec.url === undefined && spec.port === undefined) return errors.push({ message: `steps[${i}]: http needs url or port`, path: [...at, 'http'] });
    if (kind === 'assert' && (typeof spec.kind !== 'string' || !isObject(spec.metadata) || typeof spec.metadata.name !== 'string')) return errors.push({ message: `steps[${i}]: assert needs kind and metadata.name`, path: [...at, 'assert'] });
    steps.push({ index: i, name: asString(s.name) ?? `${kind} #${i + 1}`, kind, spec, expect: isObject(s.expect) ? s.expect : {}, timeoutMs: stepTimeout, path: at });
  });
  if (steps.length === 0 && errors.length === 0) errors.push({ message: 'no steps', path: ['steps'] });
  return { name: asString(v.name) ?? folderName, dir: path.dirname(file), file, doc, workloads, timeoutMs: timeoutMs ?? 30_000, steps, errors };
}

/** Does a workload match a reference `Kind/name` or `name`? */
export function matchesRef(w: PlannedWorkload, ref: string): boolean {
  const slash = ref.indexOf('/');
  return slash === -1 ? w.workload.object.name === ref : w.workload.kind === ref.slice(0, slash) && w.workload.object.name === ref.slice(slash + 1);
}

/**
 * Partial object match (Chainsaw/KUTTL style): every key of `expected` must match; a list matches
 * when each expected item matches a distinct actual item, in any order. Returns the mismatches.
 */
export function partialMatch(expected: unknown, actual: unknown, at = ''): string[] {
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${at || '.'}: expected an object, got ${show(actual)}`];
    const out: string[] = [];
    for (const [k, v] of Object.entries(expected)) out.push(...partialMatch(v, actual[k], at ? `${at}.${k}` : k));
    return out;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected a list, got ${show(actual)}`];
    const used = new Set<number>();
    const out: string[] = [];
    expected.forEach((e, i) => {
      const hit = actual.findIndex((a, j) => !used.has(j) && partialMatch(e, a).length === 0);
      if (hit !== -1) used.add(hit);
      else {
        // Name the closest item (same name, when items have names).
        const key = isObject(e) && typeof e.name === 'string' ? `[name=${e.name}]` : `[${i}]`;
        const same = isObject(e) && typeof e.name === 'string' ? actual.find((a) => isObject(a) && a.name === e.name) : actual[i];
        out.push(...(same === undefined ? [`${at}${key}: no such item`] : partialMatch(e, same, `${at}${key}`)));
      }
    });
    return out;
  }
  if (expected === actual || (expected !== null && actual !== null && typeof expected !== 'object' && String(expected) === String(actual) && typeof actual !== 'boolean')) return [];
  return [`${at}: expected ${show(expected)}, got ${show(actual)}`];
}

function show(v: unknown): string {
  return v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 80) ?? String(v);
}

export interface StepContext {
  driver: Driver;
  unit: Unit;
  test: VerifyTest;
}

/** The workload and pod a step addresses: `workload:` in the step, else the test's first workload. */
async function target(ctx: StepContext, spec: JsonObject): Promise<{ w: PlannedWorkload; pod: string; container: string } | string> {
  const ref = asString(spec.workload);
  const w = ref ? ctx.unit.workloads.find((x) => matchesRef(x, ref)) : ctx.unit.workloads[0];
  if (!w) return ref ? `no workload ${ref} in this test` : 'the test deploys no workload';
  const pods = await ctx.driver.pods(ctx.unit, w);
  if (!pods[0]) return `${w.workload.object.label} has no pod`;
  const container = asString(spec.container) ?? asString(spec.from) ?? w.workload.app?.name;
  if (!container) return `${w.workload.object.label} has no container to use`;
  if (!w.workload.declared.some((c) => c.name === container)) return `${w.workload.object.label} has no container "${container}"`;
  return { w, pod: pods[0], container };
}

function commandOf(v: unknown): string[] {
  return typeof v === 'string' ? ['sh', '-c', v] : asArray(v).map(String);
}

export async function runStep(ctx: StepContext, step: Step): Promise<CheckResult> {
  const t = performance.now();
  const res = (status: CheckResult['status'], message: string, evidence: string[], container?: string): CheckResult => ({
    check: 'step',
    status,
    message: `${ctx.test.name} › ${step.name}: ${message}`,
    evidence,
    ms: performance.now() - t,
    test: ctx.test.name,
    where: { doc: ctx.test.doc, path: step.path },
    container,
  });
  if (step.kind === 'sleep') {
    const ms = parseDuration(step.spec.duration) ?? 0;
    await sleep(ms);
    return res('pass', `slept ${formatMs(ms)}`, []);
  }
  if (step.kind === 'assert') {
    const kind = String(step.spec.kind);
    const name = String((step.spec.metadata as JsonObject).name);
    const expected: JsonObject = { ...step.spec };
    delete expected.apiVersion;
    expected.metadata = { ...(step.spec.metadata as JsonObject) };
    delete (expected.metadata as JsonObject).namespace;
    let mismatches: string[] = [];
    let seen = false;
    const deadline = performance.now() + step.timeoutMs;
    do {
      const live = await ctx.driver.object(ctx.unit, kind, name);
      seen = Boolean(live);
      mismatches = live ? partialMatch(expected, live) : [`${kind}/${name} not found`];
      if (mismatches.length === 0) return res('pass', `${kind}/${name} matches (${formatMs(performance.now() - t)})`, []);
      await sleep(500);
    } while (performance.now() < deadline);
    return res('fail', `${kind}/${name} ${seen ? 'does not match' : 'not found'} after ${formatMs(step.timeoutMs)}: ${mismatches.slice(0, 3).join('; ')}`, mismatches);
  }
  const tgt = await target(ctx, step.spec);
  if (typeof tgt === 'string') return res('fail', tgt, []);
  const { pod, container } = tgt;
  if (step.kind === 'exec') {
    const cmd = commandOf(step.spec.command);
    const r = await ctx.driver.exec(ctx.unit, pod, container, cmd, step.timeoutMs);
    const evidence = [`exec in "${container}": ${JSON.stringify(cmd)} → exit ${r.exitCode} in ${formatMs(r.ms)}`, ...r.stdout.split('\n').filter(Boolean).slice(-10).map((l) => `stdout: ${l}`), ...r.stderr.split('\n').filter(Boolean).slice(-10).map((l) => `stderr: ${l}`)];
    const problems: string[] = [];
    const wantExit = typeof step.expect.exitCode === 'number' ? step.expect.exitCode : 0;
    if (r.timedOut) problems.push(`timed out after ${formatMs(step.timeoutMs)}`);
    else if (r.exitCode !== wantExit) problems.push(`exit ${r.exitCode}, expected ${wantExit}${r.stderr.trim() ? ` (${r.stderr.trim().split('\n').pop()})` : ''}`);
    problems.push(...textExpectations(step.expect, 'stdout', r.stdout), ...textExpectations(step.expect, 'stderr', r.stderr));
    return problems.length ? res('fail', `exec in "${container}": ${problems.join('; ')}`, evidence, container) : res('pass', `exec in "${container}" → exit ${r.exitCode} as expected (${formatMs(r.ms)})`, evidence, container);
  }
  if (step.kind === 'log') {
    const contains = asString(step.spec.contains);
    const matches = asString(step.spec.matches);
    const re = matches !== undefined ? new RegExp(matches, 'm') : undefined;
    const deadline = performance.now() + step.timeoutMs;
    let log = '';
    do {
      log = await ctx.driver.logs(ctx.unit, pod, container);
      const line = log.split('\n').find((l) => (contains !== undefined ? l.includes(contains) : re!.test(l)));
      if (line !== undefined) return res('pass', `"${container}" logged ${JSON.stringify(contains ?? matches)} after ${formatMs(performance.now() - t)}`, [`log: ${line}`], container);
      await sleep(300);
    } while (performance.now() < deadline);
    return res('fail', `"${container}" did not log ${JSON.stringify(contains ?? matches)} within ${formatMs(step.timeoutMs)}`, log.split('\n').filter(Boolean).slice(-10).map((l) => `log: ${l}`), container);
  }
  // http
  const url = asString(step.spec.url) ?? `http://127.0.0.1:${String(step.spec.port)}${asString(step.spec.path) ?? '/'}`;
  const wantStatus = typeof step.expect.status === 'number' ? step.expect.status : 200;
  const fromHarness = step.spec.from === undefined && step.spec.container === undefined;
  const deadline = performance.now() + step.timeoutMs;
  let last: { status?: number; body: string; detail: string } = { body: '', detail: 'not run' };
  do {
    if (fromHarness && ctx.driver.probe) {
      const u = new URL(url);
      const p = await ctx.driver.probe(ctx.unit, pod, Number(u.port || 80), { path: u.pathname + u.search }, 5000);
      last = { status: p.status, body: p.body ?? '', detail: `harness in the pod's network: ${p.detail}` };
    } else {
      // Headers (-S) and progress go to stderr, the body to stdout (busybox 1.35 wget crashes with -T: the exec has its own time limit).
      const r = await ctx.driver.exec(ctx.unit, pod, container, ['wget', '-S', '-O', '-', url], 10_000);
      const codes = [...(r.stderr + r.stdout).matchAll(/HTTP\/\d(?:\.\d)?\s+(\d{3})/g)].map((m) => Number(m[1]));
      last = { status: codes[codes.length - 1], body: r.stdout, detail: `wget in "${container}" → exit ${r.exitCode}${r.notFound ? ' (no wget in the image)' : ''}${codes.length ? `, HTTP ${codes[codes.length - 1]}` : `: ${r.stderr.trim().split('\n').pop() ?? ''}`}` };
      if (r.notFound) break;
    }
    const problems = last.status !== wantStatus ? [`status ${last.status ?? 'none'}, expected ${wantStatus}`] : textExpectations(step.expect, 'body', last.body);
    if (problems.length === 0) return res('pass', `GET ${url} from ${fromHarness ? "the pod's network" : `"${container}"`} → ${last.status} as expected (${formatMs(performance.now() - t)})`, [last.detail, ...last.body.split('\n').slice(0, 3).map((l) => `body: ${l}`)], container);
    await sleep(500);
  } while (performance.now() < deadline);
  const problems = last.status !== wantStatus ? [`status ${last.status ?? 'none'}, expected ${wantStatus}`] : textExpectations(step.expect, 'body', last.body);
  return res('fail', `GET ${url} from ${fromHarness ? "the pod's network" : `"${container}"`}: ${problems.join('; ')} (${last.detail})`, [last.detail, ...last.body.split('\n').slice(0, 5).map((l) => `body: ${l}`)], container);
}

/** `stdout: text` (substring) and `stdoutMatches: regex`, likewise for stderr and body. */
function textExpectations(expect: JsonObject, field: string, text: string): string[] {
  const out: string[] = [];
  const sub = asString(expect[field]);
  if (sub !== undefined && !text.includes(sub)) out.push(`${field} does not contain ${JSON.stringify(sub)} (got ${JSON.stringify(text.trim().slice(0, 80))})`);
  const re = asString(expect[`${field}Matches`]);
  if (re !== undefined && !new RegExp(re, 'm').test(text)) out.push(`${field} does not match /${re}/ (got ${JSON.stringify(text.trim().slice(0, 80))})`);
  return out;
}
