import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { K8sObject } from '../../src/model/objects.js';
import { isObject } from '../../src/model/objects.js';
import type { KubeVersion } from '../../src/model/kube-version.js';
import { closest } from '../../src/config/config.js';
import { enumProblems } from './enums.js';
import { crdToJsonSchema, shapeValidator, type ShapeSchema } from './crd.js';

// Validators compiled ahead of time by scripts/build-schemas.mjs (npm run build) from the
// kubernetes-validate schemas: generated/schemas/v1.NN.js, one module per Kubernetes minor, and
// generated/schemas/index.js, which apiVersion/kind pairs each minor serves.

/** An ajv standalone validator. */
interface Validate {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

interface SchemaModule {
  /** `apiVersion/kind` -> [validator, definition name]. */
  kinds: Record<string, [Validate, string]>;
  /** JSON text: definition -> structure (p: properties, i: items, a: map values; a string is a definition). */
  structure: string;
  /** JSON text: definition -> { field: the minor that adds it }. */
  later: string;
}

interface SchemaIndex {
  minors: number[];
  /** apiVersion -> kind -> bitmask of minors (bit 0: the first of `minors`). */
  served: Record<string, Record<string, number>>;
  source: string;
}

type Struct = string | 0 | { p?: Record<string, Struct>; i?: Struct; a?: Struct };

interface Loaded {
  index: SchemaIndex;
  module: SchemaModule;
  minor: number;
  structure?: Record<string, Struct>;
  later?: Record<string, Record<string, number>>;
}

const generated = (file: string) => new URL(`../../../generated/schemas/${file}`, import.meta.url).href;
const loaded = new Map<string, Promise<Loaded | undefined>>();
const ready = new Map<string, Loaded | undefined>();
const key = (v: KubeVersion) => `${v.major}.${v.minor}`;
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function why(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e.code === 'ERR_MODULE_NOT_FOUND' ? 'not found' : String(e.message ?? err).split('\n')[0]!;
}

async function load(v: KubeVersion): Promise<Loaded | undefined> {
  let index: SchemaIndex;
  try {
    index = (await import(generated('index.js'))) as SchemaIndex;
  } catch (err) {
    throw new Error(`the schema validators are missing (generated/schemas/index.js: ${why(err)}): run \`npm run build\``);
  }
  // Versions the schemas do not cover: the rule stays silent rather than guess.
  if (v.major !== 1 || !index.minors.includes(v.minor)) return undefined;
  try {
    const module = (await import(generated(`v1.${v.minor}.js`))) as SchemaModule;
    return { index, module, minor: v.minor };
  } catch (err) {
    throw new Error(`the schema validators for Kubernetes 1.${v.minor} are missing (generated/schemas/v1.${v.minor}.js: ${why(err)}): run \`npm run build\``);
  }
}

const CONTAINER_LISTS: Record<string, string> = { containers: 'container', initContainers: 'init container', ephemeralContainers: 'ephemeral container' };
/** Kinds of the core group that are files rather than API objects. */
const NOT_API_OBJECTS = new Set(['Config']);
const TYPE_WORDS: Record<string, string> = { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean', object: 'a map', array: 'a list' };
type Seg = string | number;

export default defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
    category: 'schema',
    description:
      'An object does not match the Kubernetes API schema of the target version: an unknown or misspelt field, a wrong type, a missing required field, or an apiVersion that version does not serve.',
    rationale:
      'The API server rejects such an object (kubectl applies with strict field validation), or, with validation off, silently drops the unknown field: a misspelt `imagePullPolicy` or `restartPolicy` on an init container then does nothing, and the sidecar does not behave as written. An apiVersion the cluster no longer serves fails the whole apply.',
    fix: 'Fix the field name (the message suggests the closest one), quote values that must be strings, add the missing field, or move to the apiVersion the message names. Check the target version (--kube-version): a field added in a later Kubernetes is unknown to an older one.',
  },

  async prepare(kubeVersion) {
    const k = key(kubeVersion);
    let p = loaded.get(k);
    if (!p) {
      p = load(kubeVersion);
      loaded.set(k, p);
      // A failed load is retried by the next run (e.g. after `npm run build`).
      p.catch(() => loaded.delete(k));
    }
    ready.set(k, await p);
  },

  object(obj, ctx) {
    const l = ready.get(key(ctx.kubeVersion));
    if (!l) return;
    const bit = 1 << (l.minor - l.index.minors[0]!);
    const { apiVersion, kind } = obj;
    const kinds = hasOwn(l.index.served, apiVersion) ? l.index.served[apiVersion]! : undefined;
    if (!kinds || !hasOwn(kinds, kind) || !(kinds[kind]! & bit)) {
      notServed(obj, l, ctx);
      return;
    }
    const id = `${apiVersion}/${kind}`;
    if (!hasOwn(l.module.kinds, id)) return; // served, but not among the kinds compiled
    const [validate, def] = l.module.kinds[id]!;
    // Enum values the schema source does not carry (protocol: tcp).
    for (const e of enumProblems(obj)) ctx.report({ object: obj, path: obj.at(...e.path), message: e.message });
    if (validate(obj.value)) return;
    for (const p of problems(obj, builtinLookup(l, def), validate.errors ?? [])) {
      ctx.report({ object: obj, path: obj.at(...p.path), key: p.key, message: p.message });
    }
  },

  // Custom resources whose CustomResourceDefinition is part of the same run: the run keeps the
  // custom resources, and of each CRD only its schemas, reduced to the shape that is checked.
  keep: (obj) => isCustomResource(obj),
  summarize: (obj) => crdSummary(obj),

  run(run, ctx) {
    if (!ready.get(key(ctx.kubeVersion))) return;
    const crds = customResourceSchemas(run.summaries('schema') as CrdSummary[]);
    if (crds.size === 0) return;
    const compiled = new Map<string, { validate: Validate; struct: Struct; crd: string }>();
    for (const obj of run.objects) {
      const id = `${obj.apiVersion}/${obj.kind}`;
      const crd = crds.get(id);
      if (!crd) continue;
      if (!compiled.has(id)) compiled.set(id, { validate: shapeValidator(crd.schema), struct: structOfSchema(crd.schema), crd: crd.name });
      const c = compiled.get(id)!;
      if (c.validate(obj.value)) continue;
      const lookup: Lookup = {
        fieldsAt: (path) => structureAt({}, c.struct, path),
        addedIn: () => undefined,
        version: `CustomResourceDefinition ${c.crd}`,
      };
      for (const p of problems(obj, lookup, c.validate.errors ?? [])) {
        ctx.report({ object: obj, path: obj.at(...p.path), key: p.key, message: `${p.message} (schema of CustomResourceDefinition ${c.crd})` });
      }
    }
  },
});

/** An object of a group no Kubernetes release serves: it may be an instance of a CRD of the run. */
function isCustomResource(obj: K8sObject): boolean {
  const slash = obj.apiVersion?.indexOf('/') ?? -1;
  if (slash === -1) return false;
  const group = obj.apiVersion.slice(0, slash);
  return group.includes('.') && !group.endsWith('.k8s.io');
}

/** What the run needs of a CRD: its name and, per served version, `group/version/Kind` and the reduced schema. */
interface CrdSummary {
  name: string;
  versions: { id: string; schema: ShapeSchema }[];
}

function crdSummary(o: K8sObject): CrdSummary | undefined {
  if (o.apiVersion !== 'apiextensions.k8s.io/v1' || o.kind !== 'CustomResourceDefinition') return undefined;
  const spec = o.value.spec;
  if (!isObject(spec) || typeof spec.group !== 'string' || !isObject(spec.names) || typeof spec.names.kind !== 'string') return undefined;
  const versions: CrdSummary['versions'] = [];
  for (const v of Array.isArray(spec.versions) ? spec.versions : []) {
    if (!isObject(v) || typeof v.name !== 'string' || v.served === false) continue;
    const schema = isObject(v.schema) ? v.schema.openAPIV3Schema : undefined;
    if (!isObject(schema)) continue;
    versions.push({ id: `${spec.group}/${v.name}/${spec.names.kind}`, schema: crdToJsonSchema(schema, true) });
  }
  return { name: o.name ?? `${spec.group}/${spec.names.kind}`, versions };
}

/** `group/version/Kind` -> the reduced schema of each served version of the run's CustomResourceDefinitions (apiextensions.k8s.io/v1). */
function customResourceSchemas(crds: readonly CrdSummary[]): Map<string, { schema: ShapeSchema; name: string }> {
  // `json`: the schema as text, made once per kind when a second definition of it comes.
  const out = new Map<string, { schema: ShapeSchema; name: string; json?: string } | undefined>();
  for (const crd of crds) {
    for (const { id, schema } of crd.versions) {
      // Two definitions of one kind that check different shapes (two releases of an operator in one repository): trust neither.
      if (out.has(id)) {
        const had = out.get(id);
        if (!had) continue;
        had.json ??= JSON.stringify(had.schema);
        out.set(id, had.json === JSON.stringify(schema) ? { schema, name: crd.name, json: had.json } : undefined);
      } else out.set(id, { schema, name: crd.name });
    }
  }
  return new Map([...out].flatMap(([id, v]) => (v ? [[id, { schema: v.schema, name: v.name }] as const] : [])));
}

function structOfSchema(s: ShapeSchema): Struct {
  const out: { p?: Record<string, Struct>; i?: Struct; a?: Struct } = {};
  if (isObject(s.properties)) out.p = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, structOfSchema(v)]));
  if (isObject(s.items)) out.i = structOfSchema(s.items);
  if (isObject(s.additionalProperties)) out.a = structOfSchema(s.additionalProperties);
  return Object.keys(out).length ? out : 0;
}

/** apiVersion of a group that Kubernetes itself serves (CRDs' groups always have a dot and are not among these). */
function builtinGroup(apiVersion: string, index: SchemaIndex): boolean {
  const slash = apiVersion.indexOf('/');
  if (slash === -1) return /^v\d+((alpha|beta)\d+)?$/.test(apiVersion);
  const group = apiVersion.slice(0, slash);
  if (!group.includes('.')) return true;
  return Object.keys(index.served).some((av) => av.startsWith(`${group}/`));
}

function versionRank(apiVersion: string): number {
  const m = /(?:^|\/)v(\d+)(?:(alpha|beta)(\d+))?$/.exec(apiVersion);
  if (!m) return 0;
  const level = m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1;
  return level * 1e6 + Number(m[1]) * 1e3 + Number(m[3] ?? 0);
}

function notServed(obj: K8sObject, l: Loaded, ctx: RuleContext): void {
  const { apiVersion, kind } = obj;
  if (!builtinGroup(apiVersion, l.index)) return; // a custom resource: skipped
  if (apiVersion === 'v1' && NOT_API_OBJECTS.has(kind)) return;
  const minors = l.index.minors;
  const bit = (m: number) => 1 << (m - minors[0]!);
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const sameGroup = (av: string) => (av.includes('/') ? av.slice(0, av.indexOf('/')) : '') === group;
  const alternatives = Object.entries(l.index.served)
    .filter(([, kinds]) => hasOwn(kinds, kind) && kinds[kind]! & bit(l.minor))
    .map(([av]) => av)
    .sort((a, b) => Number(sameGroup(b)) - Number(sameGroup(a)) || versionRank(b) - versionRank(a));
  const version = `Kubernetes 1.${l.minor}`;
  const kindKnown = alternatives.length > 0 || Object.values(l.index.served).some((kinds) => hasOwn(kinds, kind));
  const servedHere = hasOwn(l.index.served, apiVersion) ? l.index.served[apiVersion]! : undefined;
  if (!kindKnown && servedHere) {
    // A served apiVersion with a kind it does not have: most likely a misspelt kind.
    const guess = closestName(kind, Object.keys(servedHere).filter((k) => servedHere[k]! & bit(l.minor)));
    ctx.report({
      object: obj,
      path: obj.at('kind'),
      message: `kind "${kind}" is not served by ${apiVersion} in ${version}${guess ? ` (did you mean "${guess}"?)` : ''}`,
    });
    return;
  }
  const mask = hasOwn(l.index.served, apiVersion) && hasOwn(l.index.served[apiVersion]!, kind) ? l.index.served[apiVersion]![kind]! : 0;
  const earlier = minors.filter((m) => m < l.minor && mask & bit(m));
  const later = minors.filter((m) => m > l.minor && mask & bit(m));
  const when = earlier.length ? ` (removed in 1.${earlier[earlier.length - 1]! + 1})` : later.length ? ` (served from 1.${later[0]})` : '';
  const use = alternatives.length ? `: use ${alternatives[0]}` : kindKnown ? `, and no apiVersion serves ${kind} there` : '';
  ctx.report({
    object: obj,
    path: obj.at('apiVersion'),
    message: `${kind} ${apiVersion} is not served by ${version}${when}${use}`,
  });
}

/** A known name close to a misspelt one: the same letters in another case, else within a small edit distance. */
function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  return name.length >= 4 ? closest(name, candidates) : undefined;
}

interface Problem {
  path: Seg[];
  key?: boolean;
  message: string;
}

/** JSON pointer → path segments, numbers where the data holds a list. */
function segmentsOf(pointer: string, data: unknown): Seg[] | undefined {
  if (pointer === '') return [];
  const out: Seg[] = [];
  let cur: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur)) {
      const i = Number(s);
      if (!Number.isInteger(i)) return undefined;
      out.push(i);
      cur = cur[i];
    } else if (isObject(cur)) {
      out.push(s);
      cur = cur[s];
    } else return undefined;
  }
  return out;
}

function valueAt(data: unknown, path: readonly Seg[]): unknown {
  let cur = data;
  for (const s of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

function dotted(path: readonly Seg[]): string {
  return path
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z0-9_-]+$/.test(s) ? `${i ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`))
    .join('');
}

/** Where a node is, for messages: `env[0].value of container "app"`, `spec.replicas`, or the kind. */
function describe(obj: K8sObject, path: readonly Seg[]): string {
  for (let i = path.length - 2; i >= 0; i--) {
    const list = path[i];
    if (typeof list !== 'string' || !hasOwn(CONTAINER_LISTS, list) || typeof path[i + 1] !== 'number') continue;
    const item = valueAt(obj.value, path.slice(0, i + 2));
    const name = isObject(item) && typeof item.name === 'string' ? item.name : undefined;
    if (name === undefined) break;
    const container = `${CONTAINER_LISTS[list]} "${name}"`;
    const rest = dotted(path.slice(i + 2));
    return rest ? `${rest} of ${container}` : container;
  }
  return path.length ? dotted(path) : obj.kind;
}

function describeValue(v: unknown): string {
  if (v === null) return 'empty (null)';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `the ${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return 'a list';
  return 'a map';
}

function typeWords(types: unknown): string[] {
  const list = (Array.isArray(types) ? types : [types]).filter((t): t is string => typeof t === 'string' && t !== 'null');
  // int-or-string and Quantity: integer and number say the same to a reader next to string.
  return [...new Set(list.map((t) => TYPE_WORDS[t] ?? t))];
}

const FORMAT_WORDS: Record<string, string> = {
  int32: 'a 32-bit integer',
  int64: 'a 64-bit integer',
  byte: 'base64 text (use stringData for plain values)',
  'date-time': 'an RFC 3339 time such as 2024-01-31T12:00:00Z',
};

/** What problems() needs to know of a schema beyond ajv's errors. */
interface Lookup {
  /** The fields the schema has at a path, and the definition it is (for built-in kinds). */
  fieldsAt(path: readonly Seg[]): { fields: string[]; def?: string } | undefined;
  /** For a field a definition lacks: the later minor that adds it. */
  addedIn(def: string | undefined, field: string): number | undefined;
  /** The version, for messages: `Kubernetes 1.27`. */
  version: string;
}

function builtinLookup(l: Loaded, def: string): Lookup {
  return {
    fieldsAt: (path) => structureAt((l.structure ??= JSON.parse(l.module.structure) as Record<string, Struct>), def, path),
    addedIn: (d, field) => addedLater(l, d, field),
    version: `Kubernetes 1.${l.minor}`,
  };
}

function structureAt(defs: Record<string, Struct>, root: Struct, path: readonly Seg[]): { fields: string[]; def?: string } | undefined {
  let node: Struct = root;
  let name: string | undefined = typeof root === 'string' ? root : undefined;
  const resolve = () => {
    for (let hops = 0; typeof node === 'string' && hops < 50; hops++) {
      name = node;
      node = hasOwn(defs, node) ? defs[node]! : 0;
    }
  };
  for (const s of path) {
    resolve();
    if (!node || typeof node !== 'object') return undefined;
    const n: { p?: Record<string, Struct>; i?: Struct; a?: Struct } = node;
    name = undefined;
    if (typeof s === 'number') node = n.i ?? 0;
    else node = n.p && hasOwn(n.p, s) ? n.p[s]! : (n.a ?? 0);
  }
  resolve();
  if (!node || typeof node !== 'object' || !node.p) return undefined;
  return { fields: Object.keys(node.p), def: name };
}

function addedLater(l: Loaded, def: string | undefined, field: string): number | undefined {
  if (!def) return undefined;
  l.later ??= JSON.parse(l.module.later) as Record<string, Record<string, number>>;
  const fields = hasOwn(l.later, def) ? l.later[def]! : undefined;
  return fields && hasOwn(fields, field) ? fields[field] : undefined;
}

const PLACEHOLDER = /\$\{[^}]*\}|\{\{.*\}\}/;

/** The pod spec of a workload kind, where it is. */
function podSpecPath(kind: string): Seg[] | undefined {
  switch (kind) {
    case 'Pod':
      return ['spec'];
    case 'PodTemplate':
      return ['template', 'spec'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return ['spec', 'template', 'spec'];
    default:
      return undefined;
  }
}

/**
 * A workload none of whose containers names an image: a Kustomize patch or base that another
 * layer completes (no pod runs without images), so missing fields are not missing.
 */
function partialWorkload(obj: K8sObject): boolean {
  const at = podSpecPath(obj.kind);
  if (!at) return false;
  const spec = valueAt(obj.value, at);
  const containers = isObject(spec) ? spec.containers : undefined;
  return !Array.isArray(containers) || !containers.some((c) => isObject(c) && typeof c.image === 'string' && c.image !== '');
}

/** No selector and no pod labels: Kustomize's labels/commonLabels add both, a hand-written workload cannot lack both. */
function selectorFromKustomize(obj: K8sObject, path: readonly Seg[]): boolean {
  if (path.length !== 1 || path[0] !== 'spec') return false;
  const labels = valueAt(obj.value, ['spec', 'template', 'metadata', 'labels']);
  return !isObject(labels) || Object.keys(labels).length === 0;
}

/** ajv's errors, one problem per node: the most specific error, cascades folded. */
function problems(obj: K8sObject, lookup: Lookup, errors: readonly AjvError[]): Problem[] {
  const out = new Map<string, Problem & { rank: number }>();
  const put = (p: Problem, rank: number) => {
    const id = `${p.key ? 'k' : 'v'}${JSON.stringify(p.path)}`;
    const had = out.get(id);
    if (!had || rank < had.rank) out.set(id, { ...p, rank });
  };
  const missing = new Map<string, { path: Seg[]; fields: string[] }>();
  const suggested = new Map<string, Set<string>>();
  const patch = obj.isPatch;
  const partial = patch || partialWorkload(obj);

  for (const err of errors) {
    const path = segmentsOf(err.instancePath, obj.value);
    // status is the cluster's report, copied from a live object, not something one writes.
    if (!path || path[0] === 'status') continue;
    const where = describe(obj, path);
    const value = valueAt(obj.value, path);
    switch (err.keyword) {
      case 'additionalProperties': {
        const field = String(err.params.additionalProperty);
        // Strategic-merge directives ($patch, $setElementOrder/...) belong to patches.
        if (patch && field.startsWith('$')) break;
        const known = lookup.fieldsAt(path);
        const since = lookup.addedIn(known?.def, field);
        let message = `unknown field "${field}" in ${where}`;
        if (since !== undefined) {
          message += `: ${lookup.version} does not have it (added in 1.${since})`;
        } else {
          const guess = known ? closestName(field, known.fields.filter((f) => !(isObject(value) && hasOwn(value, f)))) : undefined;
          if (guess) {
            message += ` (did you mean "${guess}"?)`;
            const at = JSON.stringify(path);
            if (!suggested.has(at)) suggested.set(at, new Set());
            suggested.get(at)!.add(guess);
          }
        }
        put({ path: [...path, field], key: true, message }, 0);
        break;
      }
      case 'required': {
        // A patch, or a base that Kustomize completes, holds only part of the object.
        if (partial) break;
        const field = String(err.params.missingProperty);
        if (field === 'selector' && selectorFromKustomize(obj, path)) break;
        const at = JSON.stringify(path);
        if (!missing.has(at)) missing.set(at, { path, fields: [] });
        missing.get(at)!.fields.push(field);
        break;
      }
      case 'type': {
        // envsubst and Helm placeholders: a template, not yet a manifest.
        if (typeof value === 'string' && PLACEHOLDER.test(value)) break;
        const expected = typeWords(err.params.type);
        const quote = expected.length === 1 && expected[0] === 'a string' && (typeof value === 'number' || typeof value === 'boolean') ? ': quote it' : '';
        put({ path, message: `${where} must be ${expected.join(' or ')}, not ${describeValue(value)}${quote}` }, 1);
        break;
      }
      case 'format': {
        const format = String(err.params.format);
        put({ path, message: `${where} must be ${FORMAT_WORDS[format] ?? `of format ${format}`}, not ${describeValue(value)}` }, 2);
        break;
      }
      case 'enum': {
        const allowed = Array.isArray(err.params.allowedValues) ? err.params.allowedValues.map(String) : [];
        put({ path, message: `${where} must be one of ${allowed.join(', ')}, not ${describeValue(value)}` }, 3);
        break;
      }
      default:
        put({ path, message: `${where} does not match the Kubernetes schema (${err.keyword})` }, 9);
    }
  }

  for (const [at, m] of missing) {
    // A misspelt required field is one mistake: the unknown-field finding already names it.
    const fields = m.fields.filter((f) => !suggested.get(at)?.has(f));
    if (!fields.length) continue;
    const names = fields.map((f) => `"${f}"`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    // Point at the node where the field is missing (the engine lands on the nearest existing one).
    put({ path: [...m.path, fields[0]!], message: `${describe(obj, m.path)} is missing the required field${fields.length > 1 ? 's' : ''} ${list}` }, 4);
  }
  return [...out.values()].map(({ rank: _rank, ...p }) => p);
}
