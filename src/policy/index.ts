// The user's own policies: finds them under each `--policy` path, loads each kind, runs them after
// the built-in rules. A policy that fails to load is an input error (exit 2) naming it; one that
// fails while it runs becomes a `policy-error` finding, and the run goes on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InputError } from '../types.js';
import { isObject } from '../model/objects.js';
import { RegoPolicySet, PolicyLoadError, type RegoSource } from './rego.js';
import { JsonSchemaPolicySet, isChecksDocument } from './jsonschema.js';
import { CelPolicySet, isCelPolicyObject } from './cel.js';
import { POLICY_ERROR, type LoadedPolicies, type PolicyFinding, type PolicyRunContext, type PolicySet, type PolicySpec } from './types.js';

export * from './types.js';
export { RegoPolicySet, compileRego, opaVersion, PINNED_OPA_VERSION, missingOpaMessage } from './rego.js';
export { JsonSchemaPolicySet } from './jsonschema.js';
export { CelPolicySet, compileExpression } from './cel.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.sidecar-lint-cache']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name), out);
    } else if (entry.isFile()) out.push(path.join(dir, entry.name));
  }
  return out;
}

type Classified = 'cel' | 'jsonschema' | 'data' | 'other';

async function classify(file: string): Promise<Classified> {
  const base = path.basename(file);
  let values: unknown[];
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.json')) values = [JSON.parse(text)];
    else {
      const { parseAllDocuments } = await import('yaml');
      const docs = parseAllDocuments(text);
      values = (Array.isArray(docs) ? docs : [docs]).map((d) => (d.errors.length ? undefined : d.toJS()));
    }
  } catch {
    values = [];
  }
  if (values.some((v) => isCelPolicyObject(v) || (isObject(v) && Array.isArray(v.items) && v.items.some(isCelPolicyObject)))) return 'cel';
  if (values.some(isChecksDocument)) return 'jsonschema';
  if (/^data\.(json|ya?ml)$/.test(base)) return 'data';
  return 'other';
}

export interface ResolvedSpec extends PolicySpec {
  /** Absolute. */
  abs: string;
}

/** Sets by spec and the files' sizes and times: a test suite linting many cases loads each policy once. */
const cache = new Map<string, Promise<LoadedPolicies>>();

function fingerprint(spec: PolicySpec, cwd: string, cacheDir?: string): string {
  const abs = path.resolve(cwd, spec.path);
  let files: string[] = [];
  try {
    files = fs.statSync(abs).isDirectory() ? walk(abs) : [abs];
  } catch {
    // reported by load
  }
  for (const d of spec.data ?? []) {
    const p = path.resolve(cwd, d);
    try {
      files.push(...(fs.statSync(p).isDirectory() ? walk(p) : [p]));
    } catch {
      // reported by load
    }
  }
  const stamps = files.map((f) => {
    const s = fs.statSync(f);
    return `${f}:${s.size}:${s.mtimeMs}`;
  });
  return JSON.stringify([spec, cwd, cacheDir, process.env.SIDECAR_LINT_OPA ?? "", stamps]);
}

/** Loads every policy a spec's path holds (cached while its files do not change). */
export function loadPolicySpec(spec: PolicySpec, cwd: string, cacheDir?: string): Promise<LoadedPolicies> {
  const key = fingerprint(spec, cwd, cacheDir);
  let p = cache.get(key);
  if (!p) {
    p = loadUncached(spec, cwd, cacheDir);
    cache.set(key, p);
  }
  return p;
}

async function loadUncached(spec: PolicySpec, cwd: string, cacheDir?: string): Promise<LoadedPolicies> {
  const abs = path.resolve(cwd, spec.path);
  const name = spec.path;
  const errors: InputError[] = [];
  const sets: PolicySet[] = [];
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    return { sets, errors: [{ file: name, message: `policy path ${name} does not exist` }] };
  }
  const files = stat.isDirectory() ? walk(abs) : [abs];
  const root = stat.isDirectory() ? abs : path.dirname(abs);
  const want = (k: PolicySet['kind']) => !spec.kind || spec.kind === k;
  const rego = files.filter((f) => f.endsWith('.rego'));
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  const bundles = files.filter((f) => /\.(tar\.gz|tgz)$/.test(f));
  const yamls = files.filter((f) => /\.(ya?ml|json)$/.test(f));
  const kinds = new Map<string, Classified>();
  for (const f of yamls) kinds.set(f, await classify(f));
  const regoCommon: Omit<RegoSource, 'name'> = {
    cwd,
    namespaces: spec.namespaces,
    allNamespaces: spec.allNamespaces,
    dataPaths: spec.data,
    regoVersion: spec.regoVersion,
    timeoutMs: spec.timeoutMs,
    severity: spec.severity,
    cacheDir,
  };
  const tryLoad = async (what: string, fn: () => Promise<PolicySet>) => {
    try {
      sets.push(await fn());
    } catch (e) {
      const message = (e as Error).message;
      errors.push({ file: what, message: e instanceof PolicyLoadError ? message.replace(new RegExp(`^${escapeRe(what)}: `), '') : `cannot load policy: ${message}` });
    }
  };
  if (want('rego')) {
    if (rego.length > 0) {
      const dataFiles = yamls.filter((f) => kinds.get(f) === 'data').map((file) => ({ file, root }));
      await tryLoad(name, () => RegoPolicySet.load({ ...regoCommon, name, regoFiles: rego, dataFiles }));
    }
    for (const f of wasm) await tryLoad(rel(cwd, f), () => RegoPolicySet.load({ ...regoCommon, name: rel(cwd, f), wasmFile: f }));
    for (const f of bundles) await tryLoad(rel(cwd, f), () => RegoPolicySet.load({ ...regoCommon, name: rel(cwd, f), bundleFile: f }));
  }
  if (want('jsonschema')) {
    for (const f of yamls.filter((x) => kinds.get(x) === 'jsonschema')) await tryLoad(rel(cwd, f), () => JsonSchemaPolicySet.loadFile(f, cwd));
  }
  if (want('cel')) {
    const cel = yamls.filter((x) => kinds.get(x) === 'cel');
    if (cel.length > 0) {
      // Params for paramRef may sit beside the policies.
      const others = yamls.filter((x) => kinds.get(x) === 'other');
      await tryLoad(name, async () => CelPolicySet.load([...cel, ...others], cwd, name));
    }
  }
  if (sets.length === 0 && errors.length === 0) {
    errors.push({ file: name, message: `no policies in ${name} (looked for .rego, .wasm, bundle .tar.gz, JSON Schema checks, ValidatingAdmissionPolicy files)` });
  }
  return { sets, errors };
}

function rel(cwd: string, f: string): string {
  return path.relative(cwd, f) || f;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PolicyRunResult {
  findings: PolicyFinding[];
  errors: InputError[];
  sets: PolicySet[];
}

/** Loads and runs the policies over one lint run's documents. Never throws. */
export async function runPolicies(specs: readonly PolicySpec[], ctx: PolicyRunContext, options: { cacheDir?: string } = {}): Promise<PolicyRunResult> {
  const findings: PolicyFinding[] = [];
  const errors: InputError[] = [];
  const sets: PolicySet[] = [];
  for (const spec of specs) {
    let loaded: LoadedPolicies;
    try {
      loaded = await loadPolicySpec(spec, ctx.cwd, options.cacheDir);
    } catch (e) {
      errors.push({ file: spec.path, message: `cannot load policy: ${(e as Error).message}` });
      continue;
    }
    errors.push(...loaded.errors);
    for (const set of loaded.sets) {
      sets.push(set);
      try {
        const found = await set.evaluate(ctx);
        for (const f of found) {
          if (f.object && !f.finding.object) f.finding.object = f.object.ref;
          findings.push(f);
        }
      } catch (e) {
        // One broken policy never takes the run down.
        findings.push({
          finding: {
            ruleId: POLICY_ERROR,
            severity: 'error',
            message: `policy ${set.name} (${set.kind}) failed: ${(e as Error).message}`,
            file: set.name,
            range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
          },
        });
      }
    }
  }
  return { findings, errors, sets };
}

/** Reads `--policy` values: a path, optionally with options after `?`... kept simple: a path. */
export function toSpec(p: string | PolicySpec): PolicySpec {
  return typeof p === 'string' ? { path: p } : p;
}
