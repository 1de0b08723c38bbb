// ValidatingAdmissionPolicy (admissionregistration.k8s.io/v1) evaluated offline: the CEL policies
// a cluster enforces, run against the manifests before they are applied. Bindings' match rules
// apply; a policy with no binding among the policy files is evaluated as if bound with
// validationActions [Deny]. Each manifest object is taken as a CREATE request.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Environment } from '@marcbachmann/cel-js';
import type { Finding, NodePath, Severity } from '../types.js';
import { SourceFile } from '../yaml/source.js';
import { parseYaml, type YamlDocument } from '../yaml/parse.js';
import { objectsOf, isObject, type K8sObject, type JsonObject } from '../model/objects.js';
import { parseFieldPath } from './location.js';
import { registerKubernetesLibraries, toCel, fromCel } from './cel-k8s.js';
import { byDocument, documentModel } from './model-input.js';
import { POLICY_ERROR, POLICY_UNSUPPORTED, type PolicyFinding, type PolicyRunContext, type PolicySet } from './types.js';

export const VAP_KIND = 'ValidatingAdmissionPolicy';
export const VAPB_KIND = 'ValidatingAdmissionPolicyBinding';

const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

let baseEnv: Environment | undefined;

/** The environment every expression is checked and run in: CEL, the Kubernetes libraries, the VAP variables. */
export function celEnvironment(): Environment {
  if (!baseEnv) {
    const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false, unlistedVariablesAreDyn: false });
    for (const v of ['object', 'oldObject', 'params', 'namespaceObject', 'request', 'variables', 'sidecarLint']) env.registerVariable(v, 'dyn');
    baseEnv = registerKubernetesLibraries(env);
  }
  return baseEnv;
}

interface Compiled {
  text: string;
  /** Path of the expression in the policy document, for positions of load-time problems. */
  at: NodePath;
  run?: (ctx: Record<string, unknown>) => unknown;
  /** Why it cannot run here. */
  unsupported?: string;
  invalid?: string;
}

type AstNode = { op: string; args: unknown };

function walkAst(node: unknown, visit: (n: AstNode) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) walkAst(x, visit);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as AstNode).op !== 'string') return;
  visit(node as AstNode);
  walkAst((node as AstNode).args, visit);
}

/** Compiles one expression, or says why it is outside the supported subset. */
export function compileExpression(text: string, at: NodePath = []): Compiled {
  const env = celEnvironment();
  let parsed: ReturnType<Environment['parse']>;
  try {
    parsed = env.parse(text);
  } catch (e) {
    return { text, at, invalid: `does not parse: ${firstLine(e)}` };
  }
  const known = new Set(env.getDefinitions().functions.map((f) => f.name));
  const reasons: string[] = [];
  const functions: string[] = [];
  let authorizer = false;
  walkAst(parsed.ast, (n) => {
    if (n.op === 'id' && n.args === 'authorizer') authorizer = true;
    if (n.op === 'call' || n.op === 'rcall') {
      const args = n.args as unknown[];
      const name = String(args[0]);
      const callArgs = (n.op === 'rcall' ? args[2] : args[1]) as unknown[];
      if (n.op === 'rcall' && MACROS.has(name) && Array.isArray(callArgs) && callArgs.length === 3 && name !== 'map') {
        reasons.push(`the two-variable comprehension ${name}(i, v, ...)`);
      } else if (!known.has(name) && !functions.includes(`${name}()`)) functions.push(`${name}()`);
    }
  });
  if (authorizer) reasons.unshift('the authorizer library');
  else if (functions.length) reasons.push(`the function${functions.length > 1 ? 's' : ''} ${functions.reverse().join(', ')}`);
  let unsupported = reasons.length ? reasons.join(' and ') : undefined;
  if (!unsupported) {
    const checked = env.check(text);
    if (!checked.valid) {
      const msg = firstLine(checked.error);
      const variable = /Unknown variable: (\w+)/.exec(msg);
      if (variable) unsupported = variable[1] === 'authorizer' ? 'the authorizer library' : `the variable ${variable[1]}`;
      else return { text, at, invalid: `does not type-check: ${msg}` };
    }
  }
  if (unsupported) return { text, at, unsupported: `uses ${unsupported}, outside the supported CEL subset` };
  return { text, at, run: (ctx) => parsed(ctx) };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
}

interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export function selectorMatches(sel: unknown, labels: Record<string, unknown>): boolean {
  if (!isObject(sel)) return true;
  const s = sel as LabelSelector;
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) if (String(labels[k]) !== String(v) || labels[k] === undefined) return false;
  for (const e of s.matchExpressions ?? []) {
    const has = labels[e.key] !== undefined;
    const val = has ? String(labels[e.key]) : undefined;
    const values = (e.values ?? []).map(String);
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(val!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(val!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'StorageClass', 'CustomResourceDefinition',
  'PriorityClass', 'IngressClass', 'RuntimeClass', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'APIService', 'CSIDriver', 'CSINode', 'VolumeAttachment',
]);

const IRREGULAR: Record<string, string> = { Endpoints: 'endpoints', PodSecurityPolicy: 'podsecuritypolicies' };

/** Kind -> resource (plural, lower case), as the API's discovery would say. */
export function resourceOf(kind: string): string {
  if (IRREGULAR[kind]) return IRREGULAR[kind];
  const k = kind.toLowerCase();
  if (/(s|x|z|ch|sh)$/.test(k)) return `${k}es`;
  if (/[^aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
}

function groupVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i === -1 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

interface MatchTarget {
  group: string;
  version: string;
  resource: string;
  name: string;
  namespaced: boolean;
  labels: Record<string, unknown>;
  namespaceLabels: Record<string, unknown> | undefined;
}

function listHas(list: unknown, value: string): boolean {
  return Array.isArray(list) && list.some((x) => x === '*' || x === value);
}

function ruleMatches(rule: unknown, t: MatchTarget): boolean {
  if (!isObject(rule)) return false;
  if (!listHas(rule.apiGroups, t.group) || !listHas(rule.apiVersions, t.version)) return false;
  if (!Array.isArray(rule.resources) || !rule.resources.some((r) => r === '*' || r === '*/*' || r === t.resource)) return false;
  if (!listHas(rule.operations, 'CREATE')) return false;
  const scope = rule.scope ?? '*';
  if (scope === 'Cluster' && t.namespaced) return false;
  if (scope === 'Namespaced' && !t.namespaced) return false;
  if (Array.isArray(rule.resourceNames) && rule.resourceNames.length > 0 && !rule.resourceNames.includes(t.name)) return false;
  return true;
}

/** matchConstraints / matchResources: resource rules, exclusions, namespace and object selectors. */
export function matchResources(match: unknown, t: MatchTarget, requireRules: boolean): boolean {
  if (!isObject(match)) return !requireRules;
  const rules = Array.isArray(match.resourceRules) ? match.resourceRules : [];
  if (rules.length > 0 && !rules.some((r) => ruleMatches(r, t))) return false;
  if (rules.length === 0 && requireRules) return false;
  if (Array.isArray(match.excludeResourceRules) && match.excludeResourceRules.some((r) => ruleMatches(r, t))) return false;
  if (t.namespaced && isObject(match.namespaceSelector) && !selectorMatches(match.namespaceSelector, t.namespaceLabels ?? {})) return false;
  if (isObject(match.objectSelector) && !selectorMatches(match.objectSelector, t.labels)) return false;
  return true;
}

interface Policy {
  name: string;
  doc: YamlDocument;
  obj: K8sObject;
  failurePolicy: 'Fail' | 'Ignore';
  paramKind?: { apiVersion: string; kind: string };
  matchConstraints: unknown;
  matchConditions: { name: string; c: Compiled }[];
  variables: { name: string; c: Compiled }[];
  validations: { c: Compiled; message?: string; messageExpression?: Compiled; fieldPath?: string; reason?: string; index: number }[];
  problems: Compiled[];
}

interface Binding {
  name: string;
  policyName: string;
  actions: string[];
  paramRef?: JsonObject;
  matchResources: unknown;
}

function severityOf(actions: string[]): Severity {
  if (actions.includes('Deny')) return 'error';
  if (actions.includes('Warn')) return 'warning';
  return 'info';
}

export function isCelPolicyObject(v: unknown): boolean {
  return isObject(v) && (v.kind === VAP_KIND || v.kind === VAPB_KIND) && typeof v.apiVersion === 'string' && v.apiVersion.startsWith('admissionregistration.k8s.io/');
}

export class CelPolicySet implements PolicySet {
  readonly kind = 'cel' as const;

  private constructor(
    readonly name: string,
    private readonly policies: Policy[],
    private readonly bindings: Binding[],
    /** Other objects in the policy files: candidates for paramRef. */
    private readonly paramObjects: JsonObject[],
    private readonly cwd: string,
  ) {}

  static load(files: string[], cwd: string, name: string): CelPolicySet {
    const policies: Policy[] = [];
    const bindings: Binding[] = [];
    const params: JsonObject[] = [];
    for (const file of files) {
      const rel = path.relative(cwd, file) || file;
      const source = new SourceFile(rel, fs.readFileSync(file, 'utf8'));
      for (const doc of parseYaml(source).documents) {
        if (!doc.usable) continue;
        for (const obj of objectsOf(doc).objects) {
          if (obj.kind === VAP_KIND) policies.push(readPolicy(obj, doc));
          else if (obj.kind === VAPB_KIND) {
            const spec = isObject(obj.value.spec) ? obj.value.spec : {};
            bindings.push({
              name: obj.name ?? '<unnamed>',
              policyName: String(spec.policyName ?? ''),
              actions: Array.isArray(spec.validationActions) ? spec.validationActions.map(String) : ['Deny'],
              paramRef: isObject(spec.paramRef) ? spec.paramRef : undefined,
              matchResources: spec.matchResources,
            });
          } else params.push(obj.value);
        }
      }
    }
    return new CelPolicySet(name, policies, bindings, params, cwd);
  }

  ruleIds(): string[] {
    return this.policies.map((p) => p.name);
  }

  async evaluate(ctx: PolicyRunContext): Promise<PolicyFinding[]> {
    const out: PolicyFinding[] = [];
    // Load-time problems: findings in the policy file, every run, so they are never passed silently.
    for (const p of this.policies) {
      for (const c of p.problems) {
        const span = p.doc.locate(c.at).span;
        out.push({
          finding: {
            ruleId: c.unsupported ? POLICY_UNSUPPORTED : POLICY_ERROR,
            severity: 'error',
            message: `ValidatingAdmissionPolicy ${p.name}: expression ${JSON.stringify(c.text)} ${c.unsupported ?? c.invalid}`,
            file: p.doc.source.path,
            range: p.doc.source.range(span[0], span[1]),
            documentIndex: p.doc.index,
            object: p.obj.ref,
          },
        });
      }
    }
    const namespaces = new Map<string, JsonObject>();
    for (const o of ctx.objects) if (o.kind === 'Namespace' && o.name) namespaces.set(o.name, o.value);
    const groups = byDocument(ctx.objects, ctx.workloads);
    for (const obj of ctx.objects) {
      if (obj.kind === VAP_KIND || obj.kind === VAPB_KIND) continue;
      const g = groups.get(obj.doc) ?? { objects: [], workloads: [] };
      const nsName = CLUSTER_SCOPED.has(obj.kind) ? undefined : (obj.namespace ?? 'default');
      const nsObject = nsName === undefined ? null : (namespaces.get(nsName) ?? { apiVersion: 'v1', kind: 'Namespace', metadata: { name: nsName, labels: { 'kubernetes.io/metadata.name': nsName } } });
      // The API server labels every namespace with its name.
      const nsLabels = nsName === undefined ? {} : { ...(nsObject && isObject(nsObject.metadata) && isObject(nsObject.metadata.labels) ? nsObject.metadata.labels : {}), 'kubernetes.io/metadata.name': nsName };
      const { group, version } = groupVersion(obj.apiVersion);
      const target: MatchTarget = {
        group,
        version,
        resource: resourceOf(obj.kind),
        name: obj.name ?? '',
        namespaced: nsName !== undefined,
        labels: isObject(obj.metadata.labels) ? obj.metadata.labels : {},
        namespaceLabels: nsLabels,
      };
      for (const p of this.policies) {
        if (!matchResources(p.matchConstraints, target, true)) continue;
        const bound = this.bindings.filter((b) => b.policyName === p.name);
        const effective: Binding[] = bound.length ? bound : [{ name: '(none)', policyName: p.name, actions: ['Deny'], matchResources: undefined }];
        for (const b of effective) {
          if (!matchResources(b.matchResources, target, false)) continue;
          const base = {
            object: toCel(obj.value),
            oldObject: null,
            namespaceObject: nsObject ? toCel(nsObject) : null,
            request: toCel({
              kind: { group, version, kind: obj.kind },
              resource: { group, version, resource: target.resource },
              requestKind: { group, version, kind: obj.kind },
              requestResource: { group, version, resource: target.resource },
              name: obj.name ?? '',
              namespace: nsName ?? '',
              operation: 'CREATE',
              userInfo: { username: 'sidecar-lint', groups: ['system:authenticated'] },
              dryRun: true,
              options: null,
            }),
            sidecarLint: toCel(documentModel(obj.doc, g.objects, g.workloads, ctx.kubeVersion)),
          };
          const paramSets = this.paramsFor(p, b, nsName, ctx);
          if (paramSets === 'missing') {
            out.push({ finding: this.finding(p, b, obj, 'info', `params for binding ${b.name} were not found in the given files; the policy was not evaluated`, undefined, POLICY_ERROR), object: obj });
            continue;
          }
          for (const params of paramSets) out.push(...this.evaluateOne(p, b, obj, { ...base, params: params === null ? null : toCel(params) }));
        }
      }
    }
    return out;
  }

  private paramsFor(p: Policy, b: Binding, ns: string | undefined, ctx: PolicyRunContext): (JsonObject | null)[] | 'missing' {
    if (!p.paramKind || !b.paramRef) return [null];
    const ref = b.paramRef;
    const candidates = [...this.paramObjects, ...ctx.objects.map((o) => o.value)].filter((o) => o.kind === p.paramKind!.kind && o.apiVersion === p.paramKind!.apiVersion);
    const meta = (o: JsonObject) => (isObject(o.metadata) ? o.metadata : {});
    const wantNs = typeof ref.namespace === 'string' ? ref.namespace : ns;
    let found = candidates.filter((o) => wantNs === undefined || meta(o).namespace === undefined || meta(o).namespace === wantNs);
    if (typeof ref.name === 'string') found = found.filter((o) => meta(o).name === ref.name);
    else if (isObject(ref.selector)) found = found.filter((o) => selectorMatches(ref.selector, isObject(meta(o).labels) ? (meta(o).labels as Record<string, unknown>) : {}));
    if (found.length > 0) return found;
    return ref.parameterNotFoundAction === 'Allow' ? [] : 'missing';
  }

  private evaluateOne(p: Policy, b: Binding, obj: K8sObject, base: Record<string, unknown>): PolicyFinding[] {
    const severity = severityOf(b.actions);
    const out: PolicyFinding[] = [];
    const fail = (what: string, err: unknown): PolicyFinding[] =>
      p.failurePolicy === 'Ignore' ? [] : [{ finding: this.finding(p, b, obj, severity, `${what} could not be evaluated (failurePolicy Fail rejects the request): ${firstLine(err)}`), object: obj }];
    // variables, lazily, each seeing the ones before it
    const variables: Record<string, unknown> = {};
    const ctx = { ...base, variables };
    for (const v of p.variables) {
      let cached: { value?: unknown; error?: unknown } | undefined;
      Object.defineProperty(variables, v.name, {
        enumerable: true,
        get: () => {
          if (!cached) {
            try {
              cached = { value: v.c.run!(ctx) };
            } catch (error) {
              cached = { error };
            }
          }
          if (cached.error) throw cached.error;
          return cached.value;
        },
      });
    }
    for (const mc of p.matchConditions) {
      try {
        const r = mc.c.run!(ctx);
        if (r !== true) return [];
      } catch (err) {
        return fail(`matchCondition ${mc.name}`, err);
      }
    }
    for (const v of p.validations) {
      if (!v.c.run) continue;
      let ok: unknown;
      try {
        ok = v.c.run(ctx);
      } catch (err) {
        out.push(...fail(`validation ${JSON.stringify(v.c.text)}`, err));
        continue;
      }
      if (ok === true) continue;
      if (ok !== false) {
        out.push(...fail(`validation ${JSON.stringify(v.c.text)}`, `it returned ${JSON.stringify(fromCel(ok))}, not a bool`));
        continue;
      }
      let message = v.message ?? `failed expression: ${v.c.text}`;
      if (v.messageExpression?.run) {
        try {
          const m = v.messageExpression.run(ctx);
          if (typeof m === 'string' && m.trim() !== '' && !m.includes('\n')) message = m;
        } catch {
          // Kubernetes falls back to `message` when messageExpression fails.
        }
      }
      out.push({ finding: this.finding(p, b, obj, severity, message, v.fieldPath), object: obj });
    }
    return out;
  }

  private finding(p: Policy, b: Binding, obj: K8sObject, severity: Severity, message: string, fieldPath?: string, ruleId?: string): Finding {
    const rel = fieldPath ? parseFieldPath(fieldPath) : undefined;
    const at = rel ? obj.at(...rel) : obj.path;
    const span = obj.doc.locate(at).span;
    return {
      ruleId: ruleId ?? p.name,
      severity,
      message: b.name === '(none)' ? message : `${message} (binding ${b.name})`,
      file: obj.file,
      range: obj.doc.source.range(span[0], span[1]),
      documentIndex: obj.doc.index,
      object: obj.ref,
      path: rel ? at : undefined,
    };
  }
}

function readPolicy(obj: K8sObject, doc: YamlDocument): Policy {
  const spec = isObject(obj.value.spec) ? obj.value.spec : {};
  const problems: Compiled[] = [];
  const compile = (text: unknown, at: NodePath): Compiled => {
    const c = typeof text === 'string' ? compileExpression(text, obj.at(...at)) : { text: String(text), at: obj.at(...at), invalid: 'is not a string' };
    if (!c.run) problems.push(c);
    return c;
  };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
  const policy: Policy = {
    name: obj.name ?? '<unnamed>',
    doc,
    obj,
    failurePolicy: spec.failurePolicy === 'Ignore' ? 'Ignore' : 'Fail',
    paramKind: isObject(spec.paramKind) ? { apiVersion: String(spec.paramKind.apiVersion), kind: String(spec.paramKind.kind) } : undefined,
    matchConstraints: spec.matchConstraints,
    matchConditions: list(spec.matchConditions).map((m, i) => ({ name: String(m.name ?? i), c: compile(m.expression, ['spec', 'matchConditions', i, 'expression']) })),
    variables: list(spec.variables).map((v, i) => ({ name: String(v.name ?? i), c: compile(v.expression, ['spec', 'variables', i, 'expression']) })),
    validations: list(spec.validations).map((v, i) => ({
      c: compile(v.expression, ['spec', 'validations', i, 'expression']),
      message: typeof v.message === 'string' ? v.message : undefined,
      messageExpression: v.messageExpression !== undefined ? compile(v.messageExpression, ['spec', 'validations', i, 'messageExpression']) : undefined,
      fieldPath: typeof v.fieldPath === 'string' ? v.fieldPath : undefined,
      reason: typeof v.reason === 'string' ? v.reason : undefined,
      index: i,
    })),
    problems,
  };
  // A matchCondition or variable that cannot run leaves the whole policy unrunnable: run none of it.
  if (policy.matchConditions.some((m) => !m.c.run) || policy.variables.some((v) => !v.c.run)) policy.validations = [];
  return policy;
}
