// Rego policies, conftest style, run through OPA's WebAssembly target (@open-policy-agent/opa-wasm).
//
// Sources: `.rego` files (compiled with `opa build -t wasm` when opa is on PATH, cached by content
// hash under .sidecar-lint-cache/), a compiled `policy.wasm`, or an OPA `bundle.tar.gz` holding one
// and its data. Conventions are conftest's, so its policies run unchanged: package `main` unless
// told otherwise, rules `deny`/`violation` (failures) and `warn` (warnings) with `_suffix` variants,
// results as strings or objects with `msg`, `exception` rules, `data.conftest.file`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import type { Finding, Severity } from '../types.js';
import type { YamlDocument } from '../yaml/parse.js';
import { readTar } from './tar.js';
import { parseFieldPath } from './location.js';
import { byDocument, documentModel } from './model-input.js';
import { HOST_BUILTINS, LIBRARY_BUILTINS } from './rego-builtins.js';
import type { WorkerReply, WorkerRequest } from './rego-worker.js';
import { POLICY_ERROR, type PolicyFinding, type PolicyRunContext, type PolicySet } from './types.js';

/** The OPA release CI installs and the docs name (`go install github.com/open-policy-agent/opa@...`). */
export const PINNED_OPA_VERSION = 'v1.22.2';
export const DEFAULT_TIMEOUT_MS = 5000;
const MAX_MEMORY_PAGES = 4096; // 256 MiB of wasm memory per policy

const FAILURE = /^(deny|violation)(_[a-zA-Z0-9]+)*$/;
const WARNING = /^warn(_[a-zA-Z0-9]+)*$/;

export class PolicyLoadError extends Error {}

export interface RegoSource {
  /** The spec path, for messages. */
  name: string;
  cwd: string;
  /** Exactly one of: `.rego` files to compile, a `policy.wasm`, an OPA bundle. */
  regoFiles?: string[];
  wasmFile?: string;
  bundleFile?: string;
  /** Data files found with the policy (`data.json`/`data.yaml`, OPA's bundle convention), by the folder they hold data for. */
  dataFiles?: { file: string; root: string }[];
  /** Data paths the user named (conftest's --data): files merge at the root, folders by sub-path. */
  dataPaths?: string[];
  namespaces?: string[];
  allNamespaces?: boolean;
  regoVersion?: 'v0' | 'v1';
  timeoutMs?: number;
  severity?: Severity;
  cacheDir?: string;
}

// ---------------------------------------------------------------------------------------------
// Compiling

/** `package a.b` of each file (quoted segments included): the namespaces a folder holds. */
export function packagesOf(text: string): string[] {
  const out: string[] = [];
  const re = /^[ \t]*package[ \t]+([A-Za-z_][\w]*(?:(?:\.[A-Za-z_][\w]*)|(?:\[\s*"[^"]*"\s*\]))*)/gm;
  for (const m of text.matchAll(re)) out.push(m[1]!.replace(/\[\s*"([^"]*)"\s*\]/g, '.$1'));
  return out;
}

/** conftest's namespace globs: `*` matches anything (dots included), `?` one character, `[...]` a class. */
export function namespaceMatches(glob: string, ns: string): boolean {
  const re = glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(ns);
}

const opaVersionCache = new Map<string, Promise<string | undefined>>();

export function opaCommand(): string {
  return process.env.SIDECAR_LINT_OPA || 'opa';
}

function run(cmd: string, args: string[], cwd: string, timeout = 300_000): Promise<{ code: number; stdout: string; stderr: string; missing?: boolean }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string }) | null;
      if (e && e.code === 'ENOENT') resolve({ code: -1, stdout: '', stderr: '', missing: true });
      else resolve({ code: e ? (typeof e.code === 'number' ? e.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** `opa version`'s first line, or undefined when opa is not installed. */
export function opaVersion(): Promise<string | undefined> {
  const cmd = opaCommand();
  let v = opaVersionCache.get(cmd);
  if (!v) {
    v = run(cmd, ['version'], process.cwd(), 30_000).then((r) => (r.missing || r.code !== 0 ? undefined : (/Version:\s*(\S+)/.exec(r.stdout)?.[1] ?? r.stdout.split('\n')[0])));
    opaVersionCache.set(cmd, v);
  }
  return v;
}

export function missingOpaMessage(name: string): string {
  return (
    `${name}: compiling .rego files needs the opa binary, and it is not on PATH (or SIDECAR_LINT_OPA). ` +
    `Install it (with Go: go install github.com/open-policy-agent/opa@${PINNED_OPA_VERSION}; or a release binary from the OPA project), ` +
    `or compile ahead of time with \`opa build -t wasm -e main ${name}\` and pass the bundle.tar.gz it writes.`
  );
}

export interface CompileResult {
  bundle: Uint8Array;
  entrypoints: string[];
  cached: boolean;
  ms: number;
}

/** Compiles `.rego` files to an OPA wasm bundle, reusing a cached one when nothing changed. */
export async function compileRego(files: string[], entrypoints: string[], options: { name: string; cwd: string; regoVersion?: 'v0' | 'v1'; cacheDir?: string }): Promise<CompileResult> {
  const started = performance.now();
  const version = await opaVersion();
  if (!version) throw new PolicyLoadError(missingOpaMessage(options.name));
  const hash = createHash('sha256');
  hash.update(`opa ${version}\nrego ${options.regoVersion ?? 'v1'}\nentrypoints ${entrypoints.join(',')}\n`);
  const sorted = [...files].sort();
  for (const f of sorted) hash.update(`${path.relative(options.cwd, f)}\0${fs.readFileSync(f)}\0`);
  const key = hash.digest('hex').slice(0, 32);
  const cacheDir = path.resolve(options.cwd, options.cacheDir ?? process.env.SIDECAR_LINT_CACHE_DIR ?? '.sidecar-lint-cache', 'rego');
  const cached = path.join(cacheDir, `${key}.tar.gz`);
  if (fs.existsSync(cached)) return { bundle: fs.readFileSync(cached), entrypoints, cached: true, ms: performance.now() - started };
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = `${cached}.${process.pid}.tmp`;
  const args = ['build', '-t', 'wasm', ...entrypoints.flatMap((e) => ['-e', e]), '-o', tmp];
  if (options.regoVersion === 'v0') args.push('--v0-compatible');
  args.push(...sorted.map((f) => path.relative(options.cwd, f) || f));
  const r = await run(opaCommand(), args, options.cwd);
  if (r.missing) throw new PolicyLoadError(missingOpaMessage(options.name));
  if (r.code !== 0) {
    fs.rmSync(tmp, { force: true });
    const detail = (r.stderr || r.stdout).trim().replace(/\n\s*/g, '; ');
    throw new PolicyLoadError(`${options.name}: opa build failed: ${detail}`);
  }
  fs.renameSync(tmp, cached);
  return { bundle: fs.readFileSync(cached), entrypoints, cached: false, ms: performance.now() - started };
}

// ---------------------------------------------------------------------------------------------
// Data

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isPlainObject(out[k]) && isPlainObject(v) ? deepMerge(out[k] as Record<string, unknown>, v) : v;
  return out;
}

function atPath(segments: string[], value: unknown): Record<string, unknown> {
  let v: unknown = value;
  for (let i = segments.length - 1; i >= 0; i--) v = { [segments[i]!]: v };
  return isPlainObject(v) ? v : {};
}

async function readDataFile(file: string): Promise<unknown> {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return JSON.parse(text);
  const { parseAllDocuments } = await import('yaml');
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [docs];
  for (const d of list) if (d.errors.length) throw new Error(d.errors[0]!.message.split('\n')[0]);
  const values = list.map((d) => d.toJS());
  return values.length === 1 ? values[0] : values;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** conftest's --data: JSON and YAML files; a file in a folder lands under the folder's path. */
export async function loadDataPaths(paths: string[], cwd: string): Promise<Record<string, unknown>> {
  let data: Record<string, unknown> = {};
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    const stat = fs.statSync(abs);
    const files = stat.isDirectory() ? walk(abs).filter((f) => /\.(json|ya?ml)$/.test(f)) : [abs];
    for (const f of files) {
      const rel = stat.isDirectory() ? path.relative(abs, path.dirname(f)) : '';
      const value = await readDataFile(f);
      const segs = rel === '' ? [] : rel.split(path.sep);
      if (segs.length === 0 && !isPlainObject(value)) throw new Error(`${path.relative(cwd, f)}: data at the root must be an object`);
      data = deepMerge(data, atPath(segs, value));
    }
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// The worker that runs the wasm

type EvalOutcome = { ok: true; results: Record<string, unknown> } | { ok: false; message: string; timeout?: boolean };

/** Documents queued in a policy's worker at once: enough that it never waits, few enough to bound the copies. */
const IN_FLIGHT = 16;

class RegoRunner {
  private worker: Worker | undefined;
  private ready: Promise<{ entrypoints: string[]; builtins: string[] }> | undefined;
  private nextId = 1;
  private pending = new Map<number, (r: EvalOutcome, ms: number) => void>();
  readonly prints: string[] = [];

  constructor(
    private readonly module: WebAssembly.Module,
    private readonly data: Record<string, unknown>,
  ) {}

  start(): Promise<{ entrypoints: string[]; builtins: string[] }> {
    if (this.ready) return this.ready;
    const worker = new Worker(new URL('./rego-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (msg: WorkerReply) => {
        if (this.worker !== worker) return;
        if (msg.type === 'loaded') resolve({ entrypoints: msg.entrypoints, builtins: msg.builtins });
        else if (msg.type === 'load-error') reject(new PolicyLoadError(msg.message));
        else if (msg.type === 'print') this.prints.push(msg.text);
        else {
          const done = this.pending.get(msg.id);
          this.pending.delete(msg.id);
          if (this.pending.size === 0) worker.unref();
          done?.(msg.type === 'result' ? { ok: true, results: msg.results } : { ok: false, message: msg.message }, msg.ms);
        }
      });
      worker.on('error', (err) => {
        reject(err);
        if (this.worker === worker) this.fail(`the policy's worker stopped: ${err.message}`);
      });
      worker.on('exit', () => {
        if (this.worker === worker) this.fail('the policy stopped');
      });
    });
    worker.postMessage({ type: 'load', module: this.module, data: this.data, maxMemoryPages: MAX_MEMORY_PAGES } satisfies WorkerRequest);
    return this.ready;
  }

  private fail(message: string): void {
    for (const done of this.pending.values()) done({ ok: false, message }, 0);
    this.pending.clear();
    this.worker = undefined;
    this.ready = undefined;
  }

  /**
   * Evaluates `count` inputs in order (`inputAt` makes each when it is sent), keeping up to
   * IN_FLIGHT of them queued in the worker, so that it never waits for this thread between two
   * documents. The time limit applies to each input from when the worker starts it (when the one
   * before it is answered). After a failure or a time-out the worker is replaced, and the inputs
   * after that one are sent again.
   */
  async evaluateAll(
    count: number,
    inputAt: (i: number) => { input: unknown; extraData: Record<string, unknown> },
    entrypoints: string[],
    timeoutMs: number,
  ): Promise<{ outcome: EvalOutcome; ms: number }[]> {
    const out: { outcome: EvalOutcome; ms: number }[] = new Array(count);
    let next = 0;
    while (next < count) {
      await this.start();
      const worker = this.worker!;
      worker.ref();
      next = await new Promise<number>((resolve) => {
        let sent = next;
        let current = next;
        let timer: NodeJS.Timeout | undefined;
        const stop = (resume: number) => {
          clearTimeout(timer);
          this.pending.clear();
          resolve(resume);
        };
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            out[current] = { outcome: { ok: false, timeout: true, message: `did not finish within ${timeoutMs} ms (a loop, or an input too large for it?) and was stopped` }, ms: timeoutMs };
            stop(current + 1);
          }, timeoutMs);
        };
        const send = () => {
          for (; sent < count && sent - current < IN_FLIGHT; sent++) {
            const i = sent;
            const id = this.nextId++;
            this.pending.set(id, (outcome, ms) => {
              out[i] = { outcome, ms };
              current = i + 1;
              if (!outcome.ok || current === count) stop(current);
              else {
                arm();
                send();
              }
            });
            const { input, extraData } = inputAt(i);
            worker.postMessage({ type: 'eval', id, input, extraData, entrypoints } satisfies WorkerRequest);
          }
        };
        arm();
        send();
      });
      // A failure or a time-out leaves an instance not to be trusted.
      if (!out[next - 1]!.outcome.ok) await this.restart();
    }
    return out;
  }

  /** After a trap or a time-out the instance is not to be trusted: a fresh one from the compiled module. */
  async restart(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (w) await w.terminate();
  }

  async dispose(): Promise<void> {
    await this.restart();
  }
}

// ---------------------------------------------------------------------------------------------
// The policy set

interface Loaded {
  module: WebAssembly.Module;
  data: Record<string, unknown>;
  entrypoints: string[];
  /** Host builtins the policy calls that nothing here implements. */
  unsupported: string[];
  compile?: { ms: number; cached: boolean };
}

/** Compiled modules by bundle hash: a test suite that lints many cases compiles each policy once. */
const moduleCache = new Map<string, WebAssembly.Module>();

function moduleFor(wasm: Uint8Array): WebAssembly.Module {
  const key = createHash('sha256').update(wasm).digest('hex');
  let m = moduleCache.get(key);
  if (!m) moduleCache.set(key, (m = new WebAssembly.Module(new Uint8Array(wasm))));
  return m;
}

function bundleParts(bytes: Uint8Array): { wasm: Uint8Array; data: Record<string, unknown> } {
  const entries = readTar(bytes);
  let manifest: { wasm?: { module: string }[] } = {};
  const m = entries.find((e) => e.name === '.manifest');
  if (m) manifest = JSON.parse(new TextDecoder().decode(m.data)) as typeof manifest;
  const wasmName = manifest.wasm?.[0]?.module?.replace(/^\//, '') ?? 'policy.wasm';
  const wasm = entries.find((e) => e.name === wasmName) ?? entries.find((e) => e.name.endsWith('.wasm'));
  if (!wasm) throw new PolicyLoadError('the bundle holds no policy.wasm (build it with `opa build -t wasm`)');
  let data: Record<string, unknown> = {};
  for (const e of entries) {
    const base = path.posix.basename(e.name);
    if (base !== 'data.json') continue;
    const dir = path.posix.dirname(e.name);
    const value = JSON.parse(new TextDecoder().decode(e.data)) as unknown;
    data = deepMerge(data, atPath(dir === '.' ? [] : dir.split('/'), value));
  }
  return { wasm: wasm.data, data };
}

export class RegoPolicySet implements PolicySet {
  readonly kind = 'rego' as const;
  readonly name: string;
  private runner: RegoRunner | undefined;
  /** Namespaces (packages) that are queried, in entrypoint form `a/b`. */
  private namespaces: string[] = [];

  private constructor(
    private readonly source: RegoSource,
    private readonly loaded: Loaded,
  ) {
    this.name = source.name;
  }

  get compileInfo(): { ms: number; cached: boolean } | undefined {
    return this.loaded.compile;
  }

  static async load(source: RegoSource): Promise<RegoPolicySet> {
    const name = source.name;
    let bundle: { wasm: Uint8Array; data: Record<string, unknown> };
    let compile: Loaded['compile'];
    let wanted: string[] | undefined;
    if (source.regoFiles) {
      if (source.regoFiles.length === 0) throw new PolicyLoadError(`${name}: no .rego files`);
      const packages = [...new Set(source.regoFiles.flatMap((f) => packagesOf(fs.readFileSync(f, 'utf8'))))].sort();
      const globs = source.namespaces?.length ? source.namespaces : ['main'];
      const selected = source.allNamespaces ? packages : packages.filter((p) => globs.some((g) => namespaceMatches(g, p)));
      if (selected.length === 0) {
        throw new PolicyLoadError(`${name}: no package ${globs.join(' or ')} (the policies declare ${packages.join(', ') || 'no package'}; choose with namespaces, or allNamespaces)`);
      }
      wanted = selected.map((p) => p.replace(/\./g, '/'));
      const c = await compileRego(source.regoFiles, wanted, { name, cwd: source.cwd, regoVersion: source.regoVersion, cacheDir: source.cacheDir });
      compile = { ms: c.ms, cached: c.cached };
      bundle = bundleParts(c.bundle);
    } else if (source.bundleFile) {
      bundle = bundleParts(fs.readFileSync(source.bundleFile));
    } else if (source.wasmFile) {
      bundle = { wasm: fs.readFileSync(source.wasmFile), data: {} };
    } else throw new PolicyLoadError(`${name}: nothing to load`);

    let data = bundle.data;
    for (const d of source.dataFiles ?? []) {
      const rel = path.relative(d.root, path.dirname(d.file));
      data = deepMerge(data, atPath(rel === '' ? [] : rel.split(path.sep), await readDataFile(d.file)));
    }
    if (source.dataPaths?.length) data = deepMerge(data, await loadDataPaths(source.dataPaths, source.cwd));

    let module: WebAssembly.Module;
    try {
      module = moduleFor(bundle.wasm);
    } catch (e) {
      throw new PolicyLoadError(`${name}: not a WebAssembly module: ${(e as Error).message}`);
    }
    const set = new RegoPolicySet(source, { module, data, entrypoints: [], unsupported: [], compile });
    const runner = new RegoRunner(module, data);
    const info = await runner.start().catch((e: Error) => {
      throw new PolicyLoadError(`${name}: cannot load the policy: ${e.message}`);
    });
    set.runner = runner;
    set.loaded.entrypoints = info.entrypoints;
    const known = new Set([...LIBRARY_BUILTINS, ...Object.keys(HOST_BUILTINS)]);
    set.loaded.unsupported = info.builtins.filter((b) => !known.has(b));
    if (wanted) set.namespaces = wanted.filter((w) => info.entrypoints.includes(w));
    else {
      // A precompiled policy: its entrypoints are the packages it was built for.
      const globs = source.namespaces?.length ? source.namespaces : ['main'];
      set.namespaces = info.entrypoints.filter((e) => source.allNamespaces || globs.some((g) => namespaceMatches(g, e.replace(/\//g, '.'))));
      if (set.namespaces.length === 0) {
        await runner.dispose();
        throw new PolicyLoadError(`${name}: no entrypoint for package ${globs.join(' or ')} (it has ${info.entrypoints.join(', ') || 'none'}; build with \`opa build -t wasm -e main\`)`);
      }
    }
    return set;
  }

  /** Host builtins the policy uses that the wasm runtime lacks. */
  get unsupportedBuiltins(): string[] {
    return this.loaded.unsupported;
  }

  ruleIds(): string[] {
    return this.namespaces.map((n) => `${n.replace(/\//g, '.')}.*`);
  }

  async evaluate(ctx: PolicyRunContext): Promise<PolicyFinding[]> {
    const out: PolicyFinding[] = [];
    const runner = this.runner!;
    this.evalMs.length = 0;
    const timeoutMs = this.source.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const groups = byDocument(ctx.objects, ctx.workloads);
    const missingBuiltinDocs: string[] = [];
    const docs = ctx.documents.filter((doc) => doc.usable && doc.value !== null && doc.value !== undefined);
    const groupOf = (doc: YamlDocument) => groups.get(doc) ?? { objects: [], workloads: [] };
    const evaluated = await runner.evaluateAll(
      docs.length,
      (i) => {
        const doc = docs[i]!;
        const g = groupOf(doc);
        const abs = path.resolve(ctx.cwd, doc.source.path);
        const extraData = {
          conftest: { file: { name: path.basename(abs), dir: path.dirname(abs) } },
          sidecar_lint: documentModel(doc, g.objects, g.workloads, ctx.kubeVersion),
        };
        return { input: doc.value, extraData };
      },
      this.namespaces,
      timeoutMs,
    );
    evaluated.forEach(({ outcome: r, ms }, i) => {
      const doc = docs[i]!;
      const g = groupOf(doc);
      this.evalMs.push(ms);
      if (!r.ok) {
        const builtin = /not implemented: built-in function \d+: (\S+)/.exec(r.message);
        if (builtin) missingBuiltinDocs.push(`${doc.source.path}#${doc.index + 1}`);
        else out.push({ finding: this.errorAt(doc, r.timeout ? `${r.message}` : `failed: ${r.message}`), object: g.objects.length === 1 ? g.objects[0] : undefined });
        return;
      }
      for (const ns of this.namespaces) out.push(...this.toFindings(ns, r.results[ns], doc, g.objects.length === 1 ? g.objects[0] : undefined));
    });
    for (const p of runner.prints.splice(0)) process.stderr.write(`${this.name}: print: ${p}\n`);
    if (this.loaded.unsupported.length > 0) {
      const where = this.source.regoFiles?.[0] ?? this.source.bundleFile ?? this.source.wasmFile ?? this.name;
      const skipped = missingBuiltinDocs.length ? `; not checked for lack of it: ${missingBuiltinDocs.length} document(s) (${missingBuiltinDocs.slice(0, 3).join(', ')}${missingBuiltinDocs.length > 3 ? ', ...' : ''})` : '';
      out.push({
        finding: {
          ruleId: POLICY_ERROR,
          severity: 'error',
          message: `policy ${this.name} uses ${this.loaded.unsupported.join(', ')}, which the wasm runtime lacks${skipped}`,
          file: path.relative(ctx.cwd, path.resolve(ctx.cwd, where)) || where,
          range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        },
      });
    }
    return out;
  }

  /** Milliseconds each document's evaluation took (the last run), for benchmarks. */
  readonly evalMs: number[] = [];

  private errorAt(doc: YamlDocument, what: string): Finding {
    const span = doc.locate([]).span;
    return {
      ruleId: POLICY_ERROR,
      severity: 'error',
      message: `policy ${this.name} ${what} (on ${doc.source.path} document ${doc.index + 1})`,
      file: doc.source.path,
      range: doc.source.range(span[0], span[0]),
      documentIndex: doc.index,
    };
  }

  private toFindings(entrypoint: string, result: unknown, doc: YamlDocument, object: PolicyFinding['object']): PolicyFinding[] {
    const ns = entrypoint.replace(/\//g, '.');
    // The package document: [{ result: { deny: [...], warn: [...], exception: [...] } }]
    const pkg = Array.isArray(result) ? (result[0] as { result?: unknown } | undefined)?.result : undefined;
    if (!isPlainObject(pkg)) return [];
    const exempted = new Set<string>();
    if (Array.isArray(pkg.exception)) {
      for (const e of pkg.exception) if (Array.isArray(e)) for (const name of e) if (typeof name === 'string') exempted.add(name);
    }
    const out: PolicyFinding[] = [];
    for (const [rule, value] of Object.entries(pkg).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const failure = FAILURE.test(rule);
      if (!failure && !WARNING.test(rule)) continue;
      // conftest takes set and array values; a rule of another shape (deny if ..., deny = "x") yields nothing.
      if (!Array.isArray(value) || value.length === 0) continue;
      if (exempted.has(removeRulePrefix(rule))) continue;
      for (const item of value) {
        const f = this.resultToFinding(ns, rule, failure, item, doc);
        out.push({ finding: f, object });
      }
    }
    return out;
  }

  private resultToFinding(ns: string, rule: string, failure: boolean, item: unknown, doc: YamlDocument): Finding {
    let message: string;
    let meta: Record<string, unknown> = {};
    if (typeof item === 'string') message = item;
    else if (isPlainObject(item) && typeof item.msg === 'string') {
      message = item.msg;
      meta = item;
    } else {
      return this.errorAt(doc, `rule ${ns}.${rule} returned ${JSON.stringify(item)?.slice(0, 80)}: conftest wants a string or an object with a "msg" string`);
    }
    const fieldPath = parseFieldPath(meta.path ?? meta.field ?? meta.fieldPath);
    const span = doc.locate(fieldPath ?? []).span;
    const sev = meta.severity;
    const severity: Severity =
      sev === 'error' || sev === 'warning' || sev === 'info' ? sev : (this.source.severity ?? (failure ? 'error' : 'warning'));
    const id = typeof meta.id === 'string' && meta.id ? meta.id : typeof meta.rule === 'string' && meta.rule ? meta.rule : `${ns}.${rule}`;
    return {
      ruleId: id,
      severity,
      message,
      file: doc.source.path,
      range: doc.source.range(span[0], span[1]),
      documentIndex: doc.index,
      container: typeof meta.container === 'string' ? meta.container : undefined,
      path: fieldPath,
    };
  }

  async dispose(): Promise<void> {
    await this.runner?.dispose();
  }
}

/** `deny_latest` -> `latest`: the name `exception` rules list. */
export function removeRulePrefix(rule: string): string {
  if (rule === 'violation' || rule === 'deny' || rule === 'warn') return '';
  return rule.replace(/^violation_/, '').replace(/^deny_/, '').replace(/^warn_/, '');
}
