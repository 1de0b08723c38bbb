#!/usr/bin/env node
// Builds the validators of the `schema` rule from the strict JSON schemas that the PyPI package
// kubernetes-validate ships for Kubernetes 1.25..1.37 (generated from each release's OpenAPI):
//
//   .cache/kubernetes-validate/                   the wheel (pip download) and the _definitions.json we use
//   generated/schemas/v1.NN.js                    one ESM module per minor: ajv standalone validators
//   generated/schemas/index.js                    which apiVersion/kind pairs each minor serves
//
// Nothing is written by hand: the schemas are only cleaned (descriptions dropped, int-or-string's
// oneOf folded into one type list) and compiled ahead of time, so that start-up stays fast.
// Skips all work when every output is newer than this script. `--force` rebuilds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Ajv, { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const PACKAGE = 'kubernetes-validate';
const PACKAGE_VERSION = '1.37.0';
const MINORS = Array.from({ length: 37 - 25 + 1 }, (_, i) => 25 + i);

/**
 * Kinds compiled into the validators (every served apiVersion of each). Chosen by measuring the
 * corpus of real manifests (`grep -h '^kind:' -r corpus | sort | uniq -c`): the workload kinds, then
 * the built-in kinds that occur there, most frequent first. Served kinds left out are known to be
 * served (no "not served" finding) but not validated. Each module costs parse time at start-up:
 * see the figures in rules/schema/README.md before adding more.
 */
const KINDS = [
  // workloads (share PodSpec: the bulk of the code)
  'Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'PodTemplate',
  // core and common
  'Service', 'ServiceAccount', 'ConfigMap', 'Secret', 'Namespace',
  'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding',
  'NetworkPolicy', 'Ingress', 'IngressClass', 'PodDisruptionBudget', 'HorizontalPodAutoscaler',
  'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'PriorityClass', 'LimitRange', 'ResourceQuota',
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService',
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const script = fileURLToPath(import.meta.url);
const cacheDir = join(root, '.cache', PACKAGE);
const defsDir = join(cacheDir, `${PACKAGE_VERSION}-defs`);
const outDir = join(root, 'generated', 'schemas');
const outputs = [...MINORS.map((m) => join(outDir, `v1.${m}.js`)), join(outDir, 'index.js')];

const force = process.argv.includes('--force');
const scriptTime = statSync(script).mtimeMs;
if (!force && outputs.every((f) => existsSync(f) && statSync(f).mtimeMs > scriptTime)) {
  console.log('generated/schemas: up to date');
  process.exit(0);
}

const started = performance.now();

function fail(message) {
  console.error(`build-schemas: ${message}`);
  process.exit(1);
}

// 1. The wheel, downloaded once into the cache.
function wheelPath() {
  if (!existsSync(cacheDir)) return undefined;
  const name = readdirSync(cacheDir).find((f) => f.startsWith(`${PACKAGE.replace(/-/g, '_')}-${PACKAGE_VERSION}-`) && f.endsWith('.whl'));
  return name ? join(cacheDir, name) : undefined;
}
let wheel = wheelPath();
if (!wheel) {
  mkdirSync(cacheDir, { recursive: true });
  console.log(`build-schemas: pip download ${PACKAGE}==${PACKAGE_VERSION}`);
  const r = spawnSync('python3', ['-m', 'pip', 'download', '--quiet', '--no-deps', '--disable-pip-version-check', `${PACKAGE}==${PACKAGE_VERSION}`, '-d', cacheDir], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error) fail(`cannot run python3 (${r.error.message}): python3 with pip is needed to fetch the Kubernetes schemas`);
  if (r.status !== 0) fail(`pip download ${PACKAGE}==${PACKAGE_VERSION} failed (exit ${r.status})`);
  wheel = wheelPath();
  if (!wheel) fail(`pip download left no ${PACKAGE} wheel in ${cacheDir}`);
}

// 2. Only the _definitions.json of each minor's strict schemas (the wheel holds 100 MB of files per kind).
const defsFile = (m) => join(defsDir, `v1.${m}.json`);
if (!MINORS.every((m) => existsSync(defsFile(m)))) {
  mkdirSync(defsDir, { recursive: true });
  const py = `
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for minor in sys.argv[3:]:
        name = 'kubernetes_validate/kubernetes-json-schema/v1.%s.0-local-strict/_definitions.json' % minor
        with open('%s/v1.%s.json.tmp' % (out, minor), 'wb') as f:
            f.write(z.read(name))
`;
  const r = spawnSync('python3', ['-c', py, wheel, defsDir, ...MINORS.map(String)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) fail(`cannot extract the schemas from ${wheel}`);
  for (const m of MINORS) renameSync(`${defsFile(m)}.tmp`, defsFile(m));
}

// 3. Formats the schemas use. The same source is evaluated here (for ajv) and written into each
// module (for the standalone code), so both agree. What the API server's decoder accepts:
// int32 within range, base64 (standard alphabet, padded, line breaks ignored), RFC 3339 times.
const FORMATS_SOURCE = `{
  "int32": { type: "number", validate: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 },
  "int64": { type: "number", validate: (n) => Number.isInteger(n) },
  "double": { type: "number", validate: () => true },
  "byte": (s) => { const t = s.replace(/[\\r\\n]/g, ""); return t.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(t); },
  "date-time": (s) => /^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$/.test(s),
}`;
const FORMATS = new Function(`return ${FORMATS_SOURCE};`)();

// Schema keywords that validate; everything else (descriptions, x-kubernetes-*) is dropped.
const KEEP = new Set(['type', 'properties', 'additionalProperties', 'required', 'items', '$ref', 'enum', 'format', 'oneOf']);
const DEF_PREFIX = '#/$defs/';

/** The schema with only what validates. A oneOf of bare types (int-or-string, Quantity) becomes one type list. */
function clean(s) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return s;
  if (Array.isArray(s.oneOf) && s.oneOf.every((b) => b && Object.keys(b).length === 1 && b.type !== undefined)) {
    return { type: [...new Set(s.oneOf.flatMap((b) => [].concat(b.type)))] };
  }
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (!KEEP.has(k)) continue;
    if (k === 'properties') out[k] = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, clean(x)]));
    else if (k === 'oneOf') out[k] = v.map(clean);
    else if (k === '$ref') out[k] = v.replace(/^.*#\/\$defs\//, DEF_PREFIX);
    else if (k === 'type' || k === 'enum' || k === 'required' || k === 'format') out[k] = v;
    else out[k] = typeof v === 'object' ? clean(v) : v;
  }
  return out;
}

/** The objects each definition describes: { apiVersion, kind, def }. Definitions listing several kinds (DeleteOptions, WatchEvent) are not objects. */
function kindsOf(defs) {
  const out = [];
  for (const [name, d] of Object.entries(defs)) {
    const gvk = d['x-kubernetes-group-version-kind'];
    if (!Array.isArray(gvk) || gvk.length !== 1 || !d.properties?.kind || !d.properties?.apiVersion) continue;
    const { group, version, kind } = gvk[0];
    if (kind.endsWith('List') && d.properties.items) continue;
    out.push({ apiVersion: group ? `${group}/${version}` : version, kind, def: name });
  }
  return out;
}

/** The structure the rule walks to name fields ("did you mean"): properties, items, maps and refs only. */
function structureOf(s) {
  if (!s || typeof s !== 'object') return 0;
  if (s.$ref) return s.$ref.slice(DEF_PREFIX.length);
  const out = {};
  if (s.properties) out.p = Object.fromEntries(Object.entries(s.properties).map(([n, x]) => [n, structureOf(x)]));
  if (s.items) out.i = structureOf(s.items);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') out.a = structureOf(s.additionalProperties);
  return Object.keys(out).length ? out : 0;
}

/** Definitions reachable from the given ones. */
function closure(defs, names) {
  const seen = new Set();
  const visit = (s) => {
    if (!s || typeof s !== 'object') return;
    if (Array.isArray(s)) return s.forEach(visit);
    if (typeof s.$ref === 'string') {
      const n = s.$ref.slice(DEF_PREFIX.length);
      if (!seen.has(n) && defs[n]) {
        seen.add(n);
        visit(defs[n]);
      }
    }
    for (const [k, v] of Object.entries(s)) if (k !== '$ref') visit(v);
  };
  for (const n of names) visit({ $ref: DEF_PREFIX + n });
  return seen;
}

/** Post-processing that only shortens ajv's output: the error boilerplate, and schema paths the rule never reads. */
function shrink(code) {
  return code
    .replace(/if\(vErrors === null\)\{vErrors = \[(err\d+)\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g, 'vErrors = push(vErrors, $1);errors++;')
    .replace(/,schemaPath:"(?:[^"\\]|\\.)*"/g, '');
}

/** esbuild's minifier (a dev dependency) when it is there: a smaller module parses faster at start-up. */
async function minify(code) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return code;
  }
  const header = code.slice(0, code.indexOf('\n') + 1);
  return header + (await esbuild.transform(code, { minify: true, format: 'esm', target: 'node20', legalComments: 'none' })).code;
}

mkdirSync(outDir, { recursive: true });
const served = {}; // "apiVersion" -> { kind: bitmask of minors }
const rawByMinor = new Map();
for (const m of MINORS) rawByMinor.set(m, JSON.parse(readFileSync(defsFile(m), 'utf8')).$defs);

// Fields of each definition in each minor, to tell "added in 1.NN" for a field the target lacks.
const fieldsByMinor = new Map();
for (const [m, defs] of rawByMinor) {
  const fields = new Map();
  for (const [name, d] of Object.entries(defs)) if (d.properties) fields.set(name, new Set(Object.keys(d.properties)));
  fieldsByMinor.set(m, fields);
}

const report = [];
for (const m of MINORS) {
  const t0 = performance.now();
  const raw = rawByMinor.get(m);
  const kinds = kindsOf(raw);
  for (const k of kinds) {
    const byKind = (served[k.apiVersion] ??= {});
    byKind[k.kind] = (byKind[k.kind] ?? 0) | (1 << (m - MINORS[0]));
  }
  const compiled = kinds.filter((k) => KINDS.includes(k.kind));
  const defs = Object.fromEntries(Object.entries(raw).map(([n, d]) => [n, clean(d)]));
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    messages: false,
    inlineRefs: false,
    validateSchema: false,
    addUsedSchema: false,
    formats: FORMATS,
    code: { source: true, esm: true, optimize: true, formats: _`formats` },
  });
  ajv.addSchema({ $id: 'k8s', $defs: defs });
  const refs = {};
  compiled.forEach((k, i) => (refs[`v${i}`] = `k8s${DEF_PREFIX}${k.def}`));
  let code = shrink(standaloneCode(ajv, refs));
  if (/\brequire\(/.test(code)) throw new Error(`v1.${m}: the generated code needs a runtime require: ${/require\([^)]*\)/.exec(code)[0]}`);

  // Structure of the compiled kinds' definitions, and the fields later minors add to them.
  const reach = closure(defs, compiled.map((k) => k.def));
  const structure = {};
  const later = {};
  for (const n of reach) {
    structure[n] = structureOf(defs[n]);
    const own = fieldsByMinor.get(m).get(n) ?? new Set();
    for (const next of MINORS.filter((x) => x > m)) {
      for (const f of fieldsByMinor.get(next).get(n) ?? []) {
        if (!own.has(f) && !(later[n] && f in later[n])) (later[n] ??= {})[f] = next;
      }
    }
  }
  const roots = Object.fromEntries(compiled.map((k, i) => [`${k.apiVersion}/${k.kind}`, [`v${i}`, k.def]]));
  const header = `// Generated by scripts/build-schemas.mjs from ${PACKAGE} ${PACKAGE_VERSION} (Kubernetes 1.${m} strict schemas). Do not edit.\n`;
  code = code.replace(/^"use strict";/, '');
  const body =
    `${header}"use strict";\n` +
    `const formats = ${FORMATS_SOURCE};\n` +
    `function push(list, err) { if (list === null) return [err]; list.push(err); return list; }\n` +
    `${code}\n` +
    `/** apiVersion/kind -> [validator, definition]. */\n` +
    `export const kinds = {${Object.entries(roots).map(([key, [v, def]]) => `${JSON.stringify(key)}: [${v}, ${JSON.stringify(def)}]`).join(', ')}};\n` +
    `/** Properties, items and maps of each definition (JSON text, parsed only when a finding needs a field name). */\n` +
    `export const structure = ${JSON.stringify(JSON.stringify(structure))};\n` +
    `/** Fields that later minors add to a definition: { definition: { field: minor } }. */\n` +
    `export const later = ${JSON.stringify(JSON.stringify(later))};\n`;
  const file = join(outDir, `v1.${m}.js`);
  writeFileSync(`${file}.tmp`, await minify(body));
  renameSync(`${file}.tmp`, file);
  report.push(`v1.${m}.js ${(statSync(file).size / 1024).toFixed(0)} KiB, ${compiled.length} of ${kinds.length} kinds, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const index =
  `// Generated by scripts/build-schemas.mjs from ${PACKAGE} ${PACKAGE_VERSION}. Do not edit.\n` +
  `/** Minors with validators (generated/schemas/v1.NN.js). */\n` +
  `export const minors = ${JSON.stringify(MINORS)};\n` +
  `/** apiVersion -> kind -> bitmask of the minors that serve it (bit 0: 1.${MINORS[0]}). */\n` +
  `export const served = ${JSON.stringify(served)};\n` +
  `export const source = ${JSON.stringify(`${PACKAGE} ${PACKAGE_VERSION}`)};\n`;
writeFileSync(join(outDir, 'index.js.tmp'), index);
renameSync(join(outDir, 'index.js.tmp'), join(outDir, 'index.js'));
for (const line of report) console.log(`  ${line}`);
console.log(`generated/schemas: ${MINORS.length} minors in ${((performance.now() - started) / 1000).toFixed(1)} s`);
