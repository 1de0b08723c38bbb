import * as fs from 'node:fs';
import * as os from 'node:os';
import * as v8 from 'node:v8';
import * as path from 'node:path';
import type { Finding, InputError, Severity } from '../types.js';
import { severityRank } from '../types.js';
import { RULES } from '../../rules/index.js';
import type { Rule, RuleMeta } from './rule.js';
import { SourceFile } from '../yaml/source.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits, type YamlDocument } from '../yaml/parse.js';
import type { K8sObject } from '../model/objects.js';
import { RunModel } from '../model/run.js';
import { Collector, lintInput, namespacesOf, type FileInput, type FileOptions, type FileResult, type FileSettings, type RunCounts } from './file.js';
import { LintPool } from './parallel.js';
import { DEFAULT_KUBE_VERSION, formatKubeVersion, parseKubeVersion, type KubeVersion } from '../model/kube-version.js';
import type { Workload } from '../model/workload.js';
import { collectFiles, decodeSource, displayPath, readFileBytes, readStdin, DEFAULT_MAX_FILE_SIZE, STDIN } from '../input/sources.js';
import { findConfig, loadConfig, type Config, type RuleSetting } from '../config/config.js';
import { applyDirectives, findingsByObject, suppressByAnnotations, UNUSED_SUPPRESSION_SEVERITY, type Directive } from './suppress.js';
import type { PolicySpec } from '../policy/types.js';

export interface LintOptions {
  /** Folder paths are resolved and reported against (default: process.cwd()). */
  cwd?: string;
  /** `1.30`; default: the configuration's, else the newest minor the tool knows. */
  kubeVersion?: string;
  /** Severity overrides and options per rule id; `off` turns a rule off. Applied over the config file's. */
  rules?: Record<string, RuleSetting>;
  ignore?: string[];
  /** A configuration file, or false for none; default: `.sidecar-lint.yaml` found upward from the first path. */
  config?: string | false;
  failOn?: Severity | 'none';
  reportUnusedSuppressions?: boolean;
  maxFileSize?: number;
  limits?: Partial<ParseLimits>;
  /** Text to lint for the input `-` (default: read standard input). */
  stdinText?: string;
  /** The name standard input gets in reports (and for config lookup). */
  stdinFilename?: string;
  /** The user's own policies (Rego, JSON Schema checks, ValidatingAdmissionPolicy), run after the rules; added to the config's. */
  policies?: (string | PolicySpec)[];
  /** Where compiled Rego is cached (default `.sidecar-lint-cache` in cwd). */
  policyCacheDir?: string;
  /**
   * Threads for a large run (the files are split; cross-resource rules run after). Default: the
   * cores available, used only for runs over PARALLEL_MIN_BYTES; 1: this thread only.
   */
  threads?: number;
  /**
   * Return every document, object and workload in the result (default true). false: the result
   * holds only what the cross-resource rules kept (its `counts` still count everything), and a run
   * lets go of each file once its rules are done: what the CLI and the Action use, for memory.
   */
  keepModel?: boolean;
  /** Bytes of file content held between the Namespace pre-scan and linting (default HOLD_BYTES); past it files are read again. For tests. */
  holdBytes?: number;
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** The user set the rule's level: it overrides per-finding severities. */
  configured: boolean;
  options: Record<string, unknown>;
}

export interface LintResult {
  /** The folder file names are relative to. */
  cwd: string;
  /** Every finding, suppressed ones included (they carry `suppressed`), sorted by file and position. */
  findings: Finding[];
  /** Problems with the input itself: they make the exit code 2. */
  errors: InputError[];
  /** Files read, as reported. */
  files: string[];
  /** The documents, objects and workloads read (with keepModel false: only those cross-resource rules kept). */
  documents: YamlDocument[];
  objects: K8sObject[];
  workloads: Workload[];
  /** How many documents, objects and workloads the run read, whatever was kept. */
  counts: { documents: number; objects: number; workloads: number };
  /** What was passed over on purpose (ignored paths, documents that are not Kubernetes objects). */
  notes: string[];
  kubeVersion: string;
  failOn: Severity | 'none';
  /** The rules that ran, with their effective severity. */
  rules: { meta: RuleMeta; severity: Severity }[];
  configFile?: string;
  exitCode: 0 | 1 | 2;
}

export const ALL_RULES: readonly Rule[] = RULES;

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** Findings that count: not suppressed. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}

export function exitCodeFor(findings: readonly Finding[], errors: readonly InputError[], failOn: Severity | 'none'): 0 | 1 | 2 {
  if (errors.length > 0) return 2;
  if (failOn === 'none') return 0;
  const threshold = severityRank(failOn);
  return findings.some((f) => !f.suppressed && severityRank(f.severity) >= threshold) ? 1 : 0;
}

interface Resolved {
  cwd: string;
  kubeVersion: KubeVersion;
  failOn: Severity | 'none';
  active: ActiveRule[];
  ignore: string[];
  reportUnused: boolean;
  maxFileSize: number;
  limits: ParseLimits;
  configFile?: string;
  errors: InputError[];
  policies: PolicySpec[];
  policyCacheDir?: string;
  threads?: number;
  keepModel: boolean;
}

async function resolveOptions(inputs: readonly string[], options: LintOptions): Promise<Resolved> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const errors: InputError[] = [];
  let config: Config = {};
  let configFile: string | undefined;
  if (options.config !== false) {
    const first = inputs.find((i) => i !== STDIN) ?? options.stdinFilename ?? '.';
    configFile = options.config ? path.resolve(cwd, options.config) : findConfig(path.resolve(cwd, first));
    if (configFile) {
      const loaded = await loadConfig(configFile, RULES.map((r) => r.meta.id));
      errors.push(...loaded.errors);
      config = loaded.config ?? {};
    }
  }
  const versionText = options.kubeVersion ?? (config.kubeVersion !== undefined ? String(config.kubeVersion) : undefined);
  let kubeVersion = DEFAULT_KUBE_VERSION;
  if (versionText !== undefined) {
    const parsed = parseKubeVersion(versionText);
    if (parsed) kubeVersion = parsed;
    else errors.push({ message: `kube version "${versionText}" is not of the form 1.30` });
  }
  const settings: Record<string, RuleSetting> = { ...config.rules, ...options.rules };
  for (const id of Object.keys(options.rules ?? {})) {
    if (!ruleById(id)) errors.push({ message: `no rule "${id}"` });
  }
  errors.push(...(await validateRuleOptions(settings)));
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings[rule.meta.id];
    const level = typeof setting === 'string' ? setting : setting?.severity;
    if (level === 'off' || (rule.meta.optIn && level === undefined && setting === undefined)) continue;
    const ruleOptions = typeof setting === 'object' ? setting.options : undefined;
    active.push({
      rule,
      severity: level ?? rule.meta.severity,
      configured: level !== undefined,
      options: { ...rule.meta.defaultOptions, ...ruleOptions },
    });
  }
  return {
    cwd,
    kubeVersion,
    failOn: options.failOn ?? config.failOn ?? 'error',
    active,
    ignore: [...(config.ignore ?? []), ...(options.ignore ?? [])],
    reportUnused: options.reportUnusedSuppressions ?? config.reportUnusedSuppressions ?? false,
    maxFileSize: options.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    limits: { ...DEFAULT_PARSE_LIMITS, ...config.limits, ...options.limits },
    configFile,
    errors,
    // Config paths are relative to the config file's folder; option paths to cwd.
    policies: [
      ...(config.policies ?? []).map((p) => {
        const spec = typeof p === 'string' ? { path: p } : p;
        const base = configFile ? path.dirname(configFile) : cwd;
        return { ...spec, path: path.relative(cwd, path.resolve(base, spec.path)) || '.', data: spec.data?.map((d) => path.resolve(base, d)) };
      }),
      ...(options.policies ?? []).map((p) => (typeof p === 'string' ? { path: p } : p)),
    ],
    policyCacheDir: options.policyCacheDir,
    threads: options.threads,
    keepModel: options.keepModel ?? true,
  };
}

/** Checks each configured rule's options against the rule's own schema (ajv is loaded only then). */
async function validateRuleOptions(settings: Record<string, RuleSetting>): Promise<InputError[]> {
  const withOptions = Object.entries(settings).filter(([, s]) => typeof s === 'object' && s.options !== undefined);
  if (withOptions.length === 0) return [];
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const errors: InputError[] = [];
  for (const [id, setting] of withOptions) {
    const rule = ruleById(id);
    if (!rule) continue;
    const options = (setting as { options: unknown }).options;
    if (!rule.meta.optionsSchema) {
      errors.push({ message: `rules.${id}.options: the rule takes no options` });
      continue;
    }
    const validate = ajv.compile(rule.meta.optionsSchema);
    if (!validate(options)) {
      for (const e of validate.errors ?? []) {
        const extra = (e.params as { additionalProperty?: string }).additionalProperty;
        const where = `rules.${id}.options${e.instancePath.replace(/\//g, '.')}${extra ? '.' + extra : ''}`;
        errors.push({ message: `${where}: ${extra ? 'unknown option' : e.message}` });
      }
    }
  }
  return errors;
}

/** Lints files, folders (recursive), globs and `-` (standard input). */
export async function lint(inputs: string | readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const list = typeof inputs === 'string' ? [inputs] : inputs;
  const resolved = await resolveOptions(list, options);
  const collected = collectFiles(list, { cwd: resolved.cwd, ignore: resolved.ignore });
  const errors = [...resolved.errors, ...collected.errors.map((e) => ({ ...e, file: e.file && displayPath(resolved.cwd, path.resolve(resolved.cwd, e.file)) }))];
  // A run too large for this process's heap stops here with a clear error, not a crash later.
  const { total: size, sizes } = runSize(collected.files);
  const budget = runSizeBudget();
  if (size > budget) {
    errors.push({
      message: `${mib(size)} MiB of YAML in one run is more than this process's heap (${mib(v8.getHeapStatistics().heap_size_limit)} MiB) can hold (about ${mib(budget)} MiB): lint the folders in separate runs, or raise the heap with NODE_OPTIONS=--max-old-space-size=<MiB>`,
      runBytes: size,
    });
    return lintSources([], resolved, errors, collected.notes);
  }
  // A large run starts its worker threads now: they load the rules while this thread reads.
  const threads = plannedThreads(collected.files, resolved, size);
  const pool = threads > 1 ? LintPool.start(threads, resolved.active, resolved.kubeVersion, perFile(resolved)) : undefined;
  const runFiles = await runInputs(collected.files, sizes, resolved, options);
  try {
    return await lintSources(runFiles, resolved, errors, collected.notes, pool);
  } finally {
    pool?.close();
  }
}

/**
 * A file of the run: its name in reports, its size, and its text, read when it is linted. Files
 * are read once up front (for the Namespace pre-scan) and their bytes held until they are linted
 * while the run is small; past HOLD_BYTES they are read again when their turn comes, so that a
 * large run never holds every file's text at once.
 */
export interface RunInput extends FileInput {
  readonly path: string;
  readonly size: number;
  /** Whether the text may declare a Namespace (a cheap test of the bytes). */
  readonly mayDeclareNamespace: boolean;
}

/** Bytes of YAML held between the pre-scan and linting; beyond this files are read twice. */
export const HOLD_BYTES = 64 * 1024 * 1024;

async function runInputs(files: readonly string[], sizes: ReadonlyMap<string, number>, resolved: Resolved, options: LintOptions): Promise<RunInput[]> {
  const inputs: RunInput[] = [];
  let held = 0;
  for (const file of files) {
    const name = file === STDIN ? (options.stdinFilename ?? '<stdin>') : displayPath(resolved.cwd, file);
    const decodeOrError = (b: Uint8Array | InputError | { tooLarge: number }) => ('message' in b ? b : decodeSource(name, b, resolved.maxFileSize));
    const read = (): Uint8Array | InputError | { tooLarge: number } => {
      if (file === STDIN) return { file: name, message: 'standard input was already read' }; // never: it is held
      const bytes = readFileBytes(file, resolved.maxFileSize, sizes.get(file));
      return !(bytes instanceof Uint8Array) && !('tooLarge' in bytes) ? { file: name, message: bytes.message } : bytes;
    };
    let bytes: Uint8Array | InputError | { tooLarge: number } | undefined =
      file === STDIN ? (options.stdinText !== undefined ? new TextEncoder().encode(options.stdinText) : await readStdin()) : read();
    const size = bytes instanceof Uint8Array ? bytes.length : 0;
    const mayDeclareNamespace = bytes instanceof Uint8Array && mayHoldNamespace(bytes);
    // Standard input cannot be read twice; files past the budget are.
    if (file !== STDIN && bytes instanceof Uint8Array && (held += size) > (options.holdBytes ?? HOLD_BYTES)) bytes = undefined;
    inputs.push({
      path: name,
      size,
      mayDeclareNamespace,
      load: () => decodeOrError(bytes ?? read()),
      release() {
        if (file !== STDIN) bytes = undefined;
      },
      reread:
        file === STDIN
          ? undefined
          : () => {
              const again = decodeOrError(read());
              if (again instanceof SourceFile) return again.text;
              throw new Error(`${name} can no longer be read: ${again.message}`);
            },
    });
  }
  return inputs;
}

/** The text may say `Namespace` (UTF-16 files are decoded to look). */
function mayHoldNamespace(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('Namespace');
}

/** Lints text held in memory (editors, tests): the same engine with no file access but the config. */
export async function lintText(text: string, filename = '<text>', options: LintOptions = {}): Promise<LintResult> {
  const resolved = await resolveOptions([filename], { ...options, config: options.config ?? false });
  const source = new SourceFile(filename, text);
  const input: RunInput = { path: filename, size: text.length, load: () => source, release: () => undefined, mayDeclareNamespace: true };
  return lintSources([input], resolved, [...resolved.errors], []);
}

async function lintSources(inputs: RunInput[], resolved: Resolved, errors: InputError[], notes: string[], pool?: LintPool): Promise<LintResult> {
  const { kubeVersion } = resolved;
  const findings: Finding[] = [];
  // A rule that cannot start (e.g. its generated schemas are missing) is reported and left out.
  const prepared = await Promise.allSettled(resolved.active.map((a) => a.rule.prepare?.(kubeVersion)));
  const active = resolved.active.filter((a, i) => {
    const p = prepared[i]!;
    if (p.status === 'fulfilled') return true;
    findings.push({
      ruleId: 'rule-error',
      severity: 'error',
      message: `rule ${a.rule.meta.id} could not start: ${(p.reason as Error)?.message ?? String(p.reason)}`,
      file: '<run>',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    });
    return false;
  });
  const documents: YamlDocument[] = [];
  const objects: K8sObject[] = [];
  const workloads: Workload[] = [];
  const kept: K8sObject[] = [];
  const counts: RunCounts = { documents: 0, objects: 0, workloads: 0 };
  const directivesByFile = new Map<string, Directive[]>();
  // Which kept object each finding belongs to, for annotation suppressions (the other objects'
  // annotations are applied file by file).
  const objectOf = new Map<Finding, K8sObject>();
  const built = new Map<K8sObject, Workload>();
  const summaries = new Map<string, unknown[]>();

  // Workload rules run file by file, so that a file's position data can be dropped once its rules
  // are done. A workload takes mesh settings from a Namespace declared in any file of the run:
  // files that mention one are read for their Namespaces first.
  const namespaces = namespacesOf(inputs, resolved.limits);
  const settings: FileSettings = { ...perFile(resolved), active, kubeVersion, namespaces };
  // File by file: each file's text is read, linted and let go (unless a kept object needs it).
  const fileNames: string[] = [];
  // What the run keeps of one file; the rest of it (its text among them) can go.
  const take = (r: FileResult | InputError): void => {
    if (!('source' in r)) {
      errors.push(r);
      return;
    }
    fileNames.push(r.source.path);
    directivesByFile.set(r.source.path, r.directives);
    documents.push(...r.documents);
    objects.push(...r.objects);
    kept.push(...r.kept);
    notes.push(...r.notes);
    findings.push(...r.collector.findings);
    for (const [f, o] of r.collector.objectOf) objectOf.set(f, o);
    for (const [o, w] of r.workloads) {
      built.set(o, w);
      workloads.push(w);
    }
    for (const { rule, data } of r.summaries) {
      let list = summaries.get(rule);
      if (!list) summaries.set(rule, (list = []));
      list.push(data);
    }
    counts.documents += r.counts.documents;
    counts.objects += r.counts.objects;
    counts.workloads += r.counts.workloads;
  };
  if (pool && inputs.length > 1) for (const r of await pool.lint(inputs, settings)) take(r);
  else for (const input of inputs) take(lintInput(input, settings));

  const run = new RunModel(kept, kubeVersion, built, summaries);
  const runCollector = new Collector(kubeVersion);
  for (const a of active) if (a.rule.run) runCollector.guarded(a, 'the run', undefined, () => a.rule.run!(run, runCollector.context(a)));
  findings.push(...runCollector.findings);
  for (const [f, o] of runCollector.objectOf) objectOf.set(f, o);

  // The user's policies, after the rules; runPolicies turns a failing policy into a finding and never throws.
  if (resolved.policies.length > 0) {
    try {
      const { runPolicies } = await import('../policy/index.js');
      const out = await runPolicies(resolved.policies, { cwd: resolved.cwd, kubeVersion, documents, objects, workloads }, { cacheDir: resolved.policyCacheDir });
      errors.push(...out.errors);
      for (const p of out.findings) {
        findings.push(p.finding);
        if (p.object) objectOf.set(p.finding, p.object);
      }
    } catch (err) {
      errors.push({ message: `policies could not run: ${(err as Error).message}` });
    }
  }

  applySuppressions(findings, objectOf, kept, built, directivesByFile, resolved);
  findings.sort(compareFindings);
  return {
    cwd: resolved.cwd,
    findings,
    errors,
    files: fileNames,
    documents,
    objects,
    workloads,
    counts,
    notes,
    kubeVersion: formatKubeVersion(kubeVersion),
    failOn: resolved.failOn,
    rules: active.map((a) => ({ meta: a.rule.meta, severity: a.severity })),
    configFile: resolved.configFile,
    exitCode: exitCodeFor(findings, errors, resolved.failOn),
  };
}

/** The settings of the per-file phase that come from the options (the same on every thread). */
function perFile(resolved: Resolved): FileOptions {
  // The user's policies see every document with its positions.
  const policies = resolved.policies.length > 0;
  return { limits: resolved.limits, keepAllPositions: policies, keepModel: resolved.keepModel || policies, reportUnused: resolved.reportUnused };
}

/**
 * Below this much YAML a second thread costs more than it saves: one thread already keeps the
 * second core busy with garbage collection, and on the 2-core machine we measure on two
 * processes linting side by side each take about 1.5 times as long as one alone (allocation-heavy
 * work sharing memory bandwidth). Measured: the 15 MB corpus takes about as long on two threads
 * as on one; ten times the corpus is faster on two.
 */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

/** The files' sizes on disk and their total (standard input not counted); read once, used again to refuse oversized files. */
function runSize(files: readonly string[]): { total: number; sizes: Map<string, number> } {
  const sizes = new Map<string, number>();
  let total = 0;
  for (const f of files) {
    if (f === STDIN) continue;
    try {
      const st = fs.statSync(f);
      if (!st.isFile()) continue;
      sizes.set(f, st.size);
      total += st.size;
    } catch {
      // reported when it is read
    }
  }
  return { total, sizes };
}

/**
 * How much YAML one run can hold: what the cross-resource rules keep stays to the end, and for
 * YAML that is all workloads and Services that is about 5 times the text's size (measured on the
 * corpus's 1,207 files without a CRD: 4.1 MiB of YAML, 22 MiB held); the run's working memory
 * comes on top. A tenth of the heap keeps such a run at about half of it. (The whole corpus, 59%
 * CRDs, holds about 1.8 times its size: 100 copies of it ran with the default heap when allowed.)
 */
export function runSizeBudget(): number {
  return v8.getHeapStatistics().heap_size_limit / HEAP_PER_BYTE;
}

/** Bytes of heap a run is given per byte of YAML (see runSizeBudget). */
export const HEAP_PER_BYTE = 10;

const mib = (n: number) => Math.round(n / 1048576);

/** Threads for a run: one unless it is large (by the files' sizes on disk) or --threads says so. */
function plannedThreads(files: readonly string[], resolved: Resolved, bytes: number): number {
  // The user's policies see every document with its positions: one thread.
  if (files.length < 2 || resolved.policies.length > 0) return 1;
  const wanted = resolved.threads ?? (os.availableParallelism?.() ?? os.cpus().length);
  if (wanted <= 1) return 1;
  if (resolved.threads === undefined && bytes < PARALLEL_MIN_BYTES) return 1;
  return Math.min(wanted, files.length, 8);
}

function applySuppressions(
  findings: Finding[],
  objectOf: Map<Finding, K8sObject>,
  kept: readonly K8sObject[],
  workloadOf: ReadonlyMap<K8sObject, Workload>,
  directivesByFile: Map<string, Directive[]>,
  resolved: Resolved,
): void {
  // Annotations of the kept objects (lintFile did the others'), over the findings that belong to each.
  const byObject = findingsByObject(objectOf);
  const unused: Finding[] = [];
  for (const obj of kept) {
    const w = workloadOf.get(obj);
    unused.push(...suppressByAnnotations(obj, w?.annotations, w?.podMetaPath, byObject.get(obj) ?? [], resolved.reportUnused));
  }
  // Comments: per file, by line.
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  for (const [file, directives] of directivesByFile) {
    applyDirectives(byFile.get(file) ?? [], directives);
    if (resolved.reportUnused) {
      for (const d of directives.filter((d) => !d.used)) {
        unused.push({
          ruleId: 'unused-suppression',
          severity: UNUSED_SUPPRESSION_SEVERITY,
          message: `sidecar-lint-disable-${d.kind}${d.rules.length ? ' ' + d.rules.join(', ') : ''} suppresses nothing`,
          file,
          range: { start: { line: d.line, column: d.column }, end: { line: d.line, column: d.endColumn } },
        });
      }
    }
  }
  findings.push(...unused);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
