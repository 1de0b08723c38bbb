// The oracle: a real kube-apiserver (integration/cluster/up.sh builds and starts one on loopback)
// judges every fixture document of the rules that mirror API validation. Each document is sent as
// a server-side dry-run create (fieldValidation=Strict, as `kubectl apply` does); the server's
// verdict (accepted, accepted with Warning headers, rejected) is compared with ours: an error
// finding of one of those rules means "rejected", a warning finding means "warned".
// Known, documented differences are listed in KNOWN_DIFFERENCES with why; any other disagreement
// fails the test, and so does an entry that no longer disagrees (keep the list true).
//
// Locally the test skips when SIDECAR_LINT_KUBECONFIG is not set; under CI=true (.ci/run starts
// the cluster) it fails. See integration/cluster/README.md.
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent, request } from 'node:https';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { lintText, ALL_RULES } from '../src/index.js';
import type { Finding, LintOptions, RuleSetting } from '../src/index.js';
import { parseFixtureOptions } from '../src/testing/expectations.js';
import { projectRoot } from './helpers.js';

/** The rules whose findings stand for "the API server rejects (or warns about) this". */
const MIRROR_RULES = [
  'schema',
  'duplicate-container-name',
  'undeclared-volume',
  'native-sidecar-misuse',
  'invalid-port-name',
  'duplicate-port-name',
  'duplicate-mount-path',
  'hostport-conflict',
] as const;

/** The server's version (integration/cluster/up.sh): we lint for the same one. */
const KUBE_VERSION = '1.37';
/** Namespaced objects are created (dry-run) here, whatever namespace they name. */
const NAMESPACE = 'sidecar-lint-oracle';

/**
 * Documents on which we and the API server disagree, on purpose or for now: key
 * `<rule>/<valid|invalid>/<file>#<document, 1-based>`, value one line of why. `BUG:` marks a
 * disagreement that is a bug in our rule, to be fixed there (then remove the entry).
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  // Custom resources: the oracle cluster has no CRDs but the ones a fixture defines.
  'schema/valid/custom-resources.yaml#1': 'CRD not installed (404); by design schema skips custom resources whose CRD is not in the run',
  'schema/valid/custom-resources.yaml#2': 'CRD not installed (404); by design schema skips custom resources whose CRD is not in the run',
  'schema/valid/custom-resources.yaml#3': 'CRD not installed (404); Gateway API is CRDs too, skipped by design like other custom resources',
  'schema/valid/two-releases-of-a-crd.yaml#3':
    'the server has whichever of the two CRDs was applied last; which one a cluster has is unknown, so by design neither is trusted',
  // Kustomize patches and partial bases: incomplete objects on purpose, completed by kustomize.
  'schema/valid/kustomize-patch.yaml#1': 'a Kustomize patch (no selector, no image): by design no "missing required field" findings',
  'schema/valid/kustomize-patch.yaml#2': 'a Kustomize base whose selector and pod labels come from kustomize labels: by design',
  'undeclared-volume/valid/kustomize-strategic-merge.yaml#1': 'a strategic-merge patch ($patch: delete, volumes in the base): by design',
  // Checks no rule of ours makes.
  'duplicate-container-name/valid/unique.yaml#1':
    'GAP: no rule checks container names are DNS labels ("Web" is rejected) or that ephemeralContainers are not set on create; duplicate-container-name itself agrees',
  // duplicate-port-name warns only about names a Service targets; the server warns about every name shared by two containers.
  'invalid-port-name/valid/good-names.yaml#1': 'server warns about "http" in two containers; duplicate-port-name by design only reports names a Service targets',
  'duplicate-port-name/valid/distinct-names.yaml#2': 'server warns about per-container "admin-http"; by design (README) a name no Service targets is left alone',
  'duplicate-port-name/valid/distinct-names.yaml#5':
    'server also warns across protocols and about a plain init container (FindPort skips both); by design not reported',
  // Stricter than the API by design: conflicts the API does not see but the node does.
  'schema/valid/enum-placeholders.yaml#1': 'by design: a placeholder (${SERVICE_TYPE:-ClusterIP}, {{ ... }}) is filled in before deploying; the server sees it unsubstituted here',
  'schema/valid/enum-placeholders.yaml#2': 'by design: a placeholder ($PULL_POLICY) is filled in before deploying; the server sees it unsubstituted here',
  'hostport-conflict/valid/suppressed.yaml#1': 'stricter by design: a native sidecar and the app on one hostPort pass validation (checked apart) but clash on the node',
  'hostport-conflict/invalid/regular-and-native.yaml#2 hostport-conflict at spec.containers[0].ports[0].hostPort':
    'stricter by design: native sidecar vs app on one hostPort; the message says the API accepts it (the pod is rejected for the sidecar\'s own duplicate)',
  'duplicate-mount-path/invalid/native-sidecar-and-job.yaml#1 duplicate-mount-path at spec.template.spec.initContainers[0].volumeMounts[1].mountPath':
    'stricter by design: "/data/" and "/data" are one directory; the API compares the strings and accepts it',
  'hostport-conflict/invalid/host-ip.yaml#1 hostport-conflict at spec.containers[1].ports[0].hostPort':
    'stricter by design: hostIP 0.0.0.0 and unset pass validation (compared as written) but both bind every address of the node; the message says the API accepts it',
};

// ---------------------------------------------------------------------------------------------
// A minimal client: the kubeconfig up.sh writes (embedded CA, client cert and key).

interface Cluster {
  host: string;
  port: number;
  agent: Agent;
}

interface Reply {
  status: number;
  body: any;
  warnings: string[];
}

function loadCluster(file: string): Cluster {
  const kc = parseYaml(readFileSync(file, 'utf8'));
  const ctxName = kc['current-context'];
  const ctx = (kc.contexts ?? []).find((c: any) => c.name === ctxName)?.context ?? kc.contexts?.[0]?.context;
  const cluster = (kc.clusters ?? []).find((c: any) => c.name === ctx?.cluster)?.cluster;
  const user = (kc.users ?? []).find((u: any) => u.name === ctx?.user)?.user;
  if (!cluster?.server || !user) throw new Error(`${file}: no cluster/user for context "${ctxName}"`);
  const b64 = (s: string | undefined) => (s ? Buffer.from(s, 'base64') : undefined);
  const url = new URL(cluster.server);
  return {
    host: url.hostname,
    port: Number(url.port || 443),
    agent: new Agent({
      keepAlive: true,
      ca: b64(cluster['certificate-authority-data']) ?? (cluster['certificate-authority'] ? readFileSync(cluster['certificate-authority']) : undefined),
      cert: b64(user['client-certificate-data']) ?? (user['client-certificate'] ? readFileSync(user['client-certificate']) : undefined),
      key: b64(user['client-key-data']) ?? (user['client-key'] ? readFileSync(user['client-key']) : undefined),
    }),
  };
}

/** `299 - "text"` (RFC 7234 warn-value, as the API server writes it) to `text`. */
function warningText(value: string): string {
  const m = /^\d{3} \S+ "((?:[^"\\]|\\.)*)"/.exec(value);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : value;
}

function call(c: Cluster, method: string, path: string, body?: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: c.host,
        port: c.port,
        path,
        method,
        agent: c.agent,
        timeout: 30_000,
        headers: { accept: 'application/json', ...(data ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON: keep the text */
          }
          const warnings: string[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            if (res.rawHeaders[i]!.toLowerCase() === 'warning') warnings.push(warningText(res.rawHeaders[i + 1]!));
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, warnings });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

// ---------------------------------------------------------------------------------------------
// The server's verdict on one object, and on one document (a List is its items).

interface Verdict {
  rejected: boolean;
  /** The Status message (rejected), or what was created. */
  message: string;
  warnings: string[];
  /** The fields the server names as wrong (`spec.containers[1].name`; `items[0].` in a List). */
  causes: string[];
  /**
   * True when `causes` is the whole list: accepted, or rejected by validation (HTTP 422), which
   * reports every field error. A decoding error (a number where a string belongs) stops at the first.
   */
  complete: boolean;
}

interface ApiResource {
  name: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
}

class Server {
  private readonly discovery = new Map<string, ApiResource[]>();
  /** CustomResourceDefinitions created for real (so their resources can be tried), to delete. */
  readonly createdCrds: string[] = [];
  version = '';

  constructor(readonly cluster: Cluster) {}

  call(method: string, path: string, body?: unknown): Promise<Reply> {
    return call(this.cluster, method, path, body);
  }

  /** The resources an apiVersion serves; undefined when the server does not serve it. */
  async resources(apiVersion: string): Promise<ApiResource[] | undefined> {
    const cached = this.discovery.get(apiVersion);
    if (cached) return cached;
    const r = await this.call('GET', apiVersion === 'v1' ? '/api/v1' : `/apis/${apiVersion}`);
    if (r.status === 404) return undefined; // not cached: a CRD created later may serve it
    if (r.status !== 200) throw new Error(`discovery of ${apiVersion}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
    const list = (r.body.resources ?? []) as ApiResource[];
    this.discovery.set(apiVersion, list);
    return list;
  }

  /** Where `obj` would be created, or why it cannot be. */
  async collection(obj: any): Promise<{ path: string; namespaced: boolean } | { error: string }> {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { error: 'not an object' };
    const { apiVersion, kind } = obj;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') return { error: 'apiVersion and kind are required' };
    const resources = await this.resources(apiVersion);
    if (!resources) return { error: `HTTP 404: the server does not serve apiVersion ${apiVersion}` };
    const res = resources.find((r) => r.kind === kind && !r.name.includes('/'));
    if (!res) return { error: `no kind "${kind}" is served by ${apiVersion}` };
    const base = apiVersion === 'v1' ? '/api/v1' : `/apis/${apiVersion}`;
    return { path: res.namespaced ? `${base}/namespaces/${NAMESPACE}/${res.name}` : `${base}/${res.name}`, namespaced: res.namespaced };
  }

  /** Server-side dry-run create of one object, with strict field validation (kubectl's default). */
  async tryCreate(obj: any): Promise<Verdict> {
    const where = await this.collection(obj);
    if ('error' in where) {
      const field = where.error.includes('apiVersion') ? 'apiVersion' : 'kind';
      return { rejected: true, message: where.error, warnings: [], causes: [field], complete: true };
    }
    const body = structuredClone(obj);
    if (where.namespaced && body.metadata && typeof body.metadata === 'object') body.metadata.namespace = NAMESPACE;
    const post = (validation: string) => this.call('POST', `${where.path}?dryRun=All&fieldValidation=${validation}`, body);
    const r = await post('Strict');
    // 409 AlreadyExists comes from storage, after validation passed (a CRD created for real).
    if (r.status === 200 || r.status === 201 || r.status === 409) {
      return { rejected: false, message: `accepted (HTTP ${r.status})`, warnings: r.warnings, causes: [], complete: true };
    }
    const message = typeof r.body === 'object' && r.body?.message ? String(r.body.message) : `HTTP ${r.status}: ${String(r.body).slice(0, 300)}`;
    if (r.status === 422) {
      const causes = ((r.body?.details?.causes ?? []) as { field?: string }[]).map((c) => c.field ?? '');
      return { rejected: true, message, warnings: r.warnings, causes, complete: true };
    }
    // Unknown fields only: the server stopped before validation. Their paths are in the message;
    // a second dry run that drops them (fieldValidation=Ignore) gives validation's own causes.
    if (r.status === 400 && /^[^:]*: strict decoding error: /.test(message)) {
      const unknown = [...message.matchAll(/unknown field "([^"]+)"/g)].map((m) => m[1]!);
      const again = await post('Ignore');
      const rest = again.status === 422 ? ((again.body?.details?.causes ?? []) as { field?: string }[]).map((c) => c.field ?? '') : [];
      const complete = again.status === 422 || again.status === 200 || again.status === 201 || again.status === 409;
      return { rejected: true, message, warnings: r.warnings, causes: [...unknown, ...rest], complete };
    }
    return { rejected: true, message, warnings: r.warnings, causes: [], complete: false };
  }

  /** Creates a CRD for real (after the dry run accepted it) and waits until it is established. */
  async installCrd(crd: any): Promise<void> {
    const name = crd.metadata?.name;
    const path = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
    let r = await this.call('POST', path, crd);
    if (r.status === 409) {
      // Left over from an earlier run: replace it, so the schema is this fixture's.
      await this.deleteCrd(name);
      r = await this.call('POST', path, crd);
    }
    if (r.status !== 201) throw new Error(`creating CRD ${name}: HTTP ${r.status} ${r.body?.message ?? ''}`);
    this.createdCrds.push(name);
    // Established, and served: discovery of a new group can lag the condition by a moment.
    const served = ((crd.spec?.versions ?? []) as { name: string; served?: boolean }[]).filter((v) => v.served !== false);
    const kind = crd.spec?.names?.kind;
    for (let i = 0; i < 300; i++) {
      const g = await this.call('GET', `${path}/${name}`);
      if ((g.body?.status?.conditions ?? []).some((c: any) => c.type === 'Established' && c.status === 'True')) {
        let ready = true;
        for (const v of served) {
          const d = await this.call('GET', `/apis/${crd.spec.group}/${v.name}`);
          ready &&= d.status === 200 && (d.body?.resources ?? []).some((r: ApiResource) => r.kind === kind);
        }
        if (ready) {
          this.discovery.clear();
          return;
        }
      }
      await sleep(100);
    }
    throw new Error(`CRD ${name} did not become established and served`);
  }

  async deleteCrd(name: string): Promise<void> {
    const path = `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`;
    await this.call('DELETE', path);
    for (let i = 0; i < 300; i++) {
      if ((await this.call('GET', path)).status === 404) return;
      await sleep(100);
    }
    throw new Error(`CRD ${name} was not deleted`);
  }

  /** One YAML document: an object, or a List whose items are tried one by one. */
  async judge(value: any): Promise<Verdict> {
    const items: any[] = value?.kind === 'List' && Array.isArray(value.items) ? value.items : [value];
    const verdicts = [];
    for (const item of items) verdicts.push(await this.tryCreate(item));
    const label = (i: number) => (items.length > 1 || value?.kind === 'List' ? `items[${i}]: ` : '');
    const rejected = verdicts.map((v, i) => (v.rejected ? label(i) + v.message : undefined)).filter((m) => m !== undefined);
    const prefix = (i: number) => (value?.kind === 'List' ? `items[${i}].` : '');
    return {
      rejected: rejected.length > 0,
      message: rejected.length ? rejected.join('; ') : verdicts.map((v, i) => label(i) + v.message).join('; '),
      warnings: verdicts.flatMap((v) => v.warnings),
      causes: verdicts.flatMap((v, i) => v.causes.map((c) => prefix(i) + c)),
      complete: verdicts.every((v) => v.complete),
    };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---------------------------------------------------------------------------------------------
// The fixtures, our verdict and theirs.

interface DocResult {
  key: string;
  rule: string;
  label: string;
  server: Verdict;
  ours: { errors: Finding[]; warnings: Finding[] };
  /** The server's warnings that a warning-level rule mirrors (MIRRORED_WARNINGS). */
  serverWarns: string[];
  /** Same verdict: both reject, or neither rejects and both warn or neither does. */
  agree: boolean;
  /** In a document both reject: our error findings at a field the server names, or not. */
  confirmed: Finding[];
  unconfirmed: { finding: Finding; key: string }[];
  /** Error findings that could not be checked field by field (the server stopped early). */
  unchecked: Finding[];
  /** Fields the server rejects that none of our findings points at (rules we do not have). */
  serverOnly: string[];
}

/** Server warnings that a warning-level rule mirrors; the others (port-conflict's "duplicate port definition", ...) are reported, not compared. */
const MIRRORED_WARNINGS: Record<string, RegExp> = {
  'duplicate-port-name': /: duplicate port name "/,
};

/** A finding's YAML path as the server writes field paths: `spec.containers[1].ports[0].name`. */
function fieldOf(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : (out ? '.' : '') + seg;
  return out;
}

/** The same field, or one inside the other (a finding on a container, a cause on its port). */
function related(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const inside = (x: string, y: string) => x.startsWith(y + '.') || x.startsWith(y + '[');
  return inside(a, b) || inside(b, a);
}

function fixtureFiles(rule: string): { kind: 'valid' | 'invalid'; file: string; path: string }[] {
  const out = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const dir = join(projectRoot, 'rules', rule, 'fixtures', kind);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) out.push({ kind, file, path: join(dir, file) });
  }
  return out;
}

function mirrorRuleSettings(): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const id of MIRROR_RULES) {
    const meta = ALL_RULES.find((r) => r.meta.id === id)?.meta;
    if (!meta) throw new Error(`no rule ${id}`);
    if (meta.optIn) settings[id] = meta.severity;
  }
  return settings;
}

async function judgeFile(server: Server, rule: string, kind: 'valid' | 'invalid', file: string, path: string): Promise<DocResult[]> {
  const text = readFileSync(path, 'utf8');
  // Ours: the whole file in one run (rules such as duplicate-port-name need its Services), for the
  // server's version whatever the fixture targets; suppressed findings count (a suppression
  // records that the user knows, not that the API would accept it).
  const fixtureOptions = parseFixtureOptions(text) as LintOptions;
  const result = await lintText(text, `rules/${rule}/fixtures/${kind}/${file}`, {
    ...fixtureOptions,
    kubeVersion: KUBE_VERSION,
    rules: { ...mirrorRuleSettings(), ...fixtureOptions.rules },
  });
  const mirror = result.findings.filter((f) => (MIRROR_RULES as readonly string[]).includes(f.ruleId));

  // Theirs: the documents as kubectl reads them (YAML 1.1, merge keys) with an independent parser.
  const docs = parseAllDocuments(text, { version: '1.1', merge: true });
  if (!Array.isArray(docs)) throw new Error(`${path}: not YAML documents`);
  const objects = docs
    .filter((d) => d.contents !== null)
    .map((d) => {
      if (d.errors.length) throw new Error(`${path}: ${d.errors[0]!.message}`);
      const start = d.contents!.range![0];
      // Our document index for the same text (findings carry it).
      const ourDoc = result.documents.find((o) => o.span[0] <= start && start < o.span[1]);
      if (!ourDoc) throw new Error(`${path}: no document of ours at offset ${start}`);
      return { index: ourDoc.index, value: d.toJS({ maxAliasCount: -1 }) };
    });

  // CustomResourceDefinitions first, for real when accepted: their resources are tried next.
  const verdicts = new Map<number, Verdict>();
  for (const o of objects.filter((o) => o.value?.kind === 'CustomResourceDefinition')) {
    const v = await server.judge(o.value);
    verdicts.set(o.index, v);
    if (!v.rejected) await server.installCrd(o.value);
  }
  for (const o of objects) if (!verdicts.has(o.index)) verdicts.set(o.index, await server.judge(o.value));

  return objects.map((o) => {
    const server = verdicts.get(o.index)!;
    const mine = mirror.filter((f) => f.documentIndex === o.index);
    const ours = { errors: mine.filter((f) => f.severity === 'error'), warnings: mine.filter((f) => f.severity === 'warning') };
    const serverWarns = server.warnings.filter((w) => Object.values(MIRRORED_WARNINGS).some((re) => re.test(w)));
    const weReject = ours.errors.length > 0;
    const agree = weReject === server.rejected && (server.rejected || ours.warnings.length > 0 === serverWarns.length > 0);
    const key = `${rule}/${kind}/${file}#${o.index + 1}`;
    const confirmed: Finding[] = [];
    const unconfirmed: DocResult['unconfirmed'] = [];
    const unchecked: Finding[] = [];
    let serverOnly: string[] = [];
    if (weReject && server.rejected) {
      for (const f of ours.errors) {
        if (!server.complete || !f.path) unchecked.push(f);
        else if (server.causes.some((c) => related(fieldOf(f.path!), c))) confirmed.push(f);
        else unconfirmed.push({ finding: f, key: `${key} ${f.ruleId} at ${fieldOf(f.path)}` });
      }
      if (server.complete) serverOnly = server.causes.filter((c) => !mine.some((f) => f.path && related(fieldOf(f.path), c)));
    }
    const v = o.value ?? {};
    return { key, rule, label: `${v.kind ?? '?'}/${v.metadata?.name ?? '?'}`, server, ours, serverWarns, agree, confirmed, unconfirmed, unchecked, serverOnly };
  });
}

function describeFinding(f: Finding): string {
  return `${f.ruleId}${f.suppressed ? ' (suppressed)' : ''} ${f.range.start.line}:${f.range.start.column}${f.path ? ` [${fieldOf(f.path)}]` : ''} ${f.message}`;
}

function describeResult(d: DocResult): string {
  const s = d.server;
  const theirs = s.rejected ? `rejected: ${s.message}` : s.warnings.length ? `accepted with warnings: ${s.warnings.join(' | ')}` : 'accepted';
  const list = (fs: Finding[]) => fs.map(describeFinding).join(' | ');
  const ours = d.ours.errors.length ? `error: ${list(d.ours.errors)}` : d.ours.warnings.length ? `warning: ${list(d.ours.warnings)}` : 'nothing';
  return `${d.key} (${d.label})\n        server: ${theirs}\n        ours:   ${ours}`;
}

// ---------------------------------------------------------------------------------------------

function clusterKubeconfig(): string | undefined {
  return process.env.SIDECAR_LINT_KUBECONFIG || undefined;
}

describe('oracle: fixtures against a real kube-apiserver', function () {
  this.timeout(300_000);
  let server: Server;
  const results: DocResult[] = [];

  before(async function () {
    const kubeconfig = clusterKubeconfig();
    if (!kubeconfig) {
      const how = 'start one with `export SIDECAR_LINT_KUBECONFIG=$(integration/cluster/up.sh | tail -1)` (builds kube-apiserver and etcd from the Go module proxy the first time)';
      if (process.env.CI) throw new Error(`SIDECAR_LINT_KUBECONFIG is not set: .ci/run starts the cluster; ${how}`);
      console.log(`    SKIPPED: no API server (SIDECAR_LINT_KUBECONFIG is not set): ${how}`);
      this.skip();
    }
    if (!existsSync(kubeconfig)) throw new Error(`SIDECAR_LINT_KUBECONFIG=${kubeconfig} does not exist: run integration/cluster/up.sh`);
    server = new Server(loadCluster(kubeconfig));
    const ready = await server.call('GET', '/readyz').catch((e: Error) => ({ status: 0, body: e.message, warnings: [] }) as Reply);
    if (ready.status !== 200) throw new Error(`the API server of ${kubeconfig} is not ready (${ready.status}: ${String(ready.body).slice(0, 200)}): run integration/cluster/up.sh`);
    const version = (await server.call('GET', '/version')).body;
    server.version = version?.gitVersion ?? '?';
    if (`${version?.major}.${version?.minor}` !== KUBE_VERSION) throw new Error(`the API server is ${server.version}, the oracle lints for ${KUBE_VERSION}: keep KUBE_VERSION in step with integration/cluster/up.sh`);
    const ns = await server.call('POST', '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } });
    if (ns.status !== 201 && ns.status !== 409) throw new Error(`creating namespace ${NAMESPACE}: HTTP ${ns.status} ${ns.body?.message ?? ''}`);
    try {
      for (const rule of MIRROR_RULES) {
        for (const f of fixtureFiles(rule)) results.push(...(await judgeFile(server, rule, f.kind, f.file, f.path)));
      }
    } finally {
      for (const name of server.createdCrds) await server.deleteCrd(name);
      server.cluster.agent.destroy();
    }
  });

  for (const rule of MIRROR_RULES) {
    it(`${rule}: every fixture document gets the server's verdict, or a known difference`, function () {
      const mine = results.filter((r) => r.rule === rule);
      expect(mine, `${rule} has fixture documents`).to.not.be.empty;
      const fresh = [
        ...mine.filter((r) => !r.agree && !(r.key in KNOWN_DIFFERENCES)).map(describeResult),
        ...mine.flatMap((r) =>
          r.unconfirmed
            .filter((u) => !(u.key in KNOWN_DIFFERENCES))
            .map((u) => `${u.key}: the server rejects the document, but not at this field\n        server: ${r.server.message}\n        ours:   ${describeFinding(u.finding)}`),
        ),
      ];
      expect(fresh, 'new disagreements with kube-apiserver (fix the rule, or list them in KNOWN_DIFFERENCES with why)').to.deep.equal([]);
    });
  }

  it('lists only differences that still exist, and reports the agreement figure', function () {
    const live = new Set([...results.filter((r) => !r.agree).map((r) => r.key), ...results.flatMap((r) => r.unconfirmed.map((u) => u.key))]);
    const agreeing = results.filter((r) => r.agree).length;
    const confirmed = results.reduce((n, r) => n + r.confirmed.length, 0);
    const unconfirmed = results.reduce((n, r) => n + r.unconfirmed.length, 0);
    const unchecked = results.reduce((n, r) => n + r.unchecked.length, 0);
    console.log(`    oracle: ${agreeing}/${results.length} fixture documents get the same verdict from kube-apiserver ${server.version} and from us`);
    console.log(`    oracle: in documents both reject, ${confirmed}/${confirmed + unconfirmed} of our error findings point at a field the server names (${unchecked} more not checkable: the server stopped at a decoding error)`);
    const known = Object.keys(KNOWN_DIFFERENCES).filter((k) => live.has(k));
    console.log(`    oracle: ${known.length} known differences (test/oracle.test.ts):`);
    for (const k of known) console.log(`      ${k}: ${KNOWN_DIFFERENCES[k]}`);
    const serverOnly = results.flatMap((r) => r.serverOnly.map((c) => `${r.key}: ${c}`));
    if (serverOnly.length) console.log(`    oracle: fields the server names that no finding of ours points at, in documents both reject: ${serverOnly.join('; ')}`);
    const otherWarnings = results.flatMap((r) => r.server.warnings.filter((w) => !r.serverWarns.includes(w)).map((w) => `${r.key}: ${w}`));
    if (otherWarnings.length) console.log(`    oracle: server warnings no mirrored rule covers (not compared): ${otherWarnings.length}`);
    if (process.env.SIDECAR_LINT_ORACLE_VERBOSE) {
      for (const r of results) console.log(`    [${r.agree ? 'agree' : 'DIFF '}] ${describeResult(r)}${r.server.causes.length ? `\n        causes: ${r.server.causes.join(', ')}` : ''}`);
      for (const w of otherWarnings) console.log(`    other warning: ${w}`);
    }
    const stale = Object.keys(KNOWN_DIFFERENCES).filter((k) => !live.has(k));
    expect(stale, 'KNOWN_DIFFERENCES entries that agree now, or name no fixture document: remove them').to.deep.equal([]);
  });
});
