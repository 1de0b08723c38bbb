// JSON Schema checks, Polaris style: a check names its target (an object kind, the pod spec, each
// container) and a schema; a target that fails the schema is a finding at the failing field.
//
//   checks:
//     - id: sidecar-memory-limit
//       target: Container            # Container, PodSpec, PodTemplate, Controller, Object, a Kind or group/Kind
//       roles: [sidecar, native-sidecar]
//       severity: warning
//       message: every sidecar needs a memory limit
//       schema: { required: [resources], properties: { resources: { required: [limits] } } }
//
// Polaris' own file shape (`checks: {id: danger|warning|ignore}` with `customChecks: {id: {...}}`)
// is read too, with `failureMessage`, `target`, `containers.exclude` and `schema`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding, NodePath, Severity } from '../types.js';
import type { K8sObject } from '../model/objects.js';
import type { Workload, ContainerInfo } from '../model/workload.js';
import { parsePointer } from './location.js';
import type { PolicyFinding, PolicyRunContext, PolicySet } from './types.js';
import { PolicyLoadError } from './rego.js';

export type CheckTarget = 'Container' | 'PodSpec' | 'PodTemplate' | 'Controller' | 'Object' | string;

export interface SchemaCheck {
  id: string;
  target: CheckTarget;
  schema: Record<string, unknown>;
  severity: Severity;
  message: string;
  /** Container target: the roles to check (app, sidecar, native-sidecar, init, ephemeral). Default: all declared. */
  roles?: string[];
  /** Only objects of these kinds. */
  kinds?: string[];
  validate: ValidateFunction;
}

const ROLES = ['app', 'sidecar', 'native-sidecar', 'init', 'ephemeral'];
const POLARIS_EXCLUDE: Record<string, string[]> = { initContainer: ['init', 'native-sidecar'], container: ['app', 'sidecar'] };

function severityOf(v: unknown, fallback: Severity): Severity | 'off' {
  if (v === undefined || v === null) return fallback;
  if (v === 'danger' || v === 'error') return 'error';
  if (v === 'warning') return 'warning';
  if (v === 'info') return 'info';
  if (v === 'ignore' || v === 'off') return 'off';
  throw new Error(`severity "${String(v)}" is not error, warning, info, danger or ignore`);
}

/** True when a parsed file looks like a checks file (ours or Polaris'). */
export function isChecksDocument(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  if ('apiVersion' in o || 'kind' in o) return false;
  return Array.isArray(o.checks) || (o.customChecks !== null && typeof o.customChecks === 'object');
}

export class JsonSchemaPolicySet implements PolicySet {
  readonly kind = 'jsonschema' as const;

  private constructor(
    readonly name: string,
    readonly checks: SchemaCheck[],
  ) {}

  static async load(file: string, cwd: string, value: unknown): Promise<JsonSchemaPolicySet> {
    const name = path.relative(cwd, file) || file;
    const { Ajv } = await import('ajv');
    const ajv = new Ajv({ allErrors: false, strict: false, validateFormats: false });
    const o = value as Record<string, unknown>;
    const raw: { id: string; def: Record<string, unknown>; severity?: unknown }[] = [];
    if (Array.isArray(o.checks)) {
      for (const c of o.checks) {
        if (!c || typeof c !== 'object') throw new PolicyLoadError(`${name}: each entry of checks must be a mapping`);
        raw.push({ id: String((c as Record<string, unknown>).id ?? ''), def: c as Record<string, unknown> });
      }
    } else if (o.customChecks && typeof o.customChecks === 'object') {
      const levels = (o.checks && typeof o.checks === 'object' ? o.checks : {}) as Record<string, unknown>;
      for (const [id, def] of Object.entries(o.customChecks as Record<string, unknown>)) {
        if (!def || typeof def !== 'object') throw new PolicyLoadError(`${name}: customChecks.${id} must be a mapping`);
        raw.push({ id, def: def as Record<string, unknown>, severity: levels[id] });
      }
    }
    const checks: SchemaCheck[] = [];
    for (const { id, def, severity } of raw) {
      const where = `${name}: check "${id || '?'}"`;
      if (!/^[A-Za-z0-9][\w.:/-]*$/.test(id)) throw new PolicyLoadError(`${where}: an id of letters, digits, - _ . : / is required`);
      if (def.schemaString !== undefined) throw new PolicyLoadError(`${where}: schemaString (Go templates) is not supported; write schema instead`);
      const schema = def.schema;
      if (!schema || typeof schema !== 'object') throw new PolicyLoadError(`${where}: schema is required`);
      const target = String(def.target ?? 'Container');
      let level: Severity | 'off';
      try {
        level = severityOf(def.severity ?? severity, 'error');
      } catch (e) {
        throw new PolicyLoadError(`${where}: ${(e as Error).message}`);
      }
      if (level === 'off') continue;
      let roles = Array.isArray(def.roles) ? def.roles.map(String) : undefined;
      const exclude = (def.containers as { exclude?: unknown } | undefined)?.exclude;
      if (Array.isArray(exclude)) {
        const excluded = new Set(exclude.flatMap((x) => POLARIS_EXCLUDE[String(x)] ?? []));
        roles = (roles ?? ROLES).filter((r) => !excluded.has(r));
      }
      const unknownRole = roles?.find((r) => !ROLES.includes(r));
      if (unknownRole) throw new PolicyLoadError(`${where}: role "${unknownRole}" is not one of ${ROLES.join(', ')}`);
      const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
      let validate: ValidateFunction;
      try {
        validate = ajv.compile(rest);
      } catch (e) {
        throw new PolicyLoadError(`${where}: invalid schema: ${(e as Error).message}`);
      }
      checks.push({
        id,
        target,
        schema: rest,
        severity: level,
        message: String(def.message ?? def.failureMessage ?? `fails check ${id}`),
        roles,
        kinds: Array.isArray(def.kinds) ? def.kinds.map(String) : undefined,
        validate,
      });
    }
    return new JsonSchemaPolicySet(name, checks);
  }

  static async loadFile(file: string, cwd: string): Promise<JsonSchemaPolicySet> {
    const text = fs.readFileSync(file, 'utf8');
    const { parse } = await import('yaml');
    return JsonSchemaPolicySet.load(file, cwd, file.endsWith('.json') ? JSON.parse(text) : parse(text));
  }

  ruleIds(): string[] {
    return this.checks.map((c) => c.id);
  }

  async evaluate(ctx: PolicyRunContext): Promise<PolicyFinding[]> {
    const out: PolicyFinding[] = [];
    const workloadOf = new Map<K8sObject, Workload>(ctx.workloads.map((w) => [w.object, w]));
    for (const check of this.checks) {
      for (const obj of ctx.objects) {
        if (check.kinds && !check.kinds.includes(obj.kind)) continue;
        const w = workloadOf.get(obj);
        for (const t of targetsOf(check, obj, w)) {
          if (check.validate(t.value)) continue;
          const err = (check.validate.errors ?? [])[0];
          out.push({ finding: this.finding(check, obj, t, err), object: obj });
        }
      }
    }
    return out;
  }

  private finding(check: SchemaCheck, obj: K8sObject, t: Target, err: ErrorObject | undefined): Finding {
    const rel = err ? parsePointer(err.instancePath) : [];
    let p: NodePath = [...t.path, ...rel];
    let target: 'value' | 'key' = 'value';
    if (err?.keyword === 'additionalProperties') {
      p = [...p, (err.params as { additionalProperty: string }).additionalProperty];
      target = 'key';
    }
    const span = obj.doc.locate(p, target).span;
    const who = t.container ? `${roleLabel(t.container)} "${t.container.name}": ` : '';
    const detail = err ? ` (${describeError(err)})` : '';
    return {
      ruleId: check.id,
      severity: check.severity,
      message: `${who}${fill(check.message, obj, t.container)}${detail}`,
      file: obj.file,
      range: obj.doc.source.range(span[0], span[1]),
      documentIndex: obj.doc.index,
      object: obj.ref,
      container: t.container?.name,
      path: p,
    };
  }
}

interface Target {
  value: unknown;
  path: NodePath;
  container?: ContainerInfo;
}

function targetsOf(check: SchemaCheck, obj: K8sObject, w: Workload | undefined): Target[] {
  switch (check.target) {
    case 'Container':
      if (!w) return [];
      return w.declared.filter((c) => !check.roles || check.roles.includes(c.role)).map((c) => ({ value: c.spec, path: c.path, container: c }));
    case 'PodSpec':
    case 'Pod':
      return w ? [{ value: w.podSpec, path: w.podSpecPath }] : [];
    case 'PodTemplate': {
      if (!w) return [];
      const p = w.podSpecPath.slice(0, -1);
      return [{ value: obj.doc.get(p) ?? obj.value, path: p }];
    }
    case 'Controller':
      return w ? [{ value: obj.value, path: obj.path }] : [];
    case 'Object':
    case '*':
      return [{ value: obj.value, path: obj.path }];
    default: {
      // `Deployment`, or `apps/Deployment` (group/Kind, as Polaris writes it).
      const slash = check.target.lastIndexOf('/');
      const kind = slash === -1 ? check.target : check.target.slice(slash + 1);
      const group = slash === -1 ? undefined : check.target.slice(0, slash);
      if (obj.kind !== kind) return [];
      if (group !== undefined) {
        const objGroup = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : '';
        if (group !== objGroup && !(group === 'core' && objGroup === '')) return [];
      }
      return [{ value: obj.value, path: obj.path }];
    }
  }
}

function roleLabel(c: ContainerInfo): string {
  return c.role === 'native-sidecar' ? 'native sidecar' : c.role === 'app' ? 'app container' : c.role === 'init' ? 'init container' : c.role === 'ephemeral' ? 'ephemeral container' : c.role;
}

function fill(template: string, obj: K8sObject, c?: ContainerInfo): string {
  return template
    .replace(/\{\{\s*\.?container\s*\}\}/gi, c?.name ?? '')
    .replace(/\{\{\s*\.?kind\s*\}\}/gi, obj.kind)
    .replace(/\{\{\s*\.?name\s*\}\}/gi, obj.name ?? '')
    .replace(/\{\{\s*\.?namespace\s*\}\}/gi, obj.namespace ?? '');
}

function describeError(err: ErrorObject): string {
  const where = err.instancePath ? parsePointer(err.instancePath).join('.') : '';
  return `${where ? where + ' ' : ''}${err.message ?? 'is invalid'}`.trim();
}
