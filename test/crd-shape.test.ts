// The schema rule checks custom resources against their CRD by interpreting the CRD's schema
// (rules/schema/crd.ts). It replaced compiling the schema with ajv at run time; this holds the two
// together: for every CRD of our fixtures and of the corpus, the interpreter must give ajv's errors,
// in ajv's order, on the run's resources and on generated values shaped after the schema.
import { expect } from 'chai';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../src/yaml/parse.js';
import { SourceFile } from '../src/yaml/source.js';
import { objectsOf, type K8sObject } from '../src/model/objects.js';
import { ALL_RULES } from '../src/index.js';
import { crdToJsonSchema, shapeValidator, type ShapeSchema } from '../rules/schema/crd.js';
import { corpusDir, hasCorpus, projectRoot } from './helpers.js';

const ajv = new Ajv({ allErrors: true, strict: false, messages: false, validateSchema: false, validateFormats: false });

function objectsIn(dir: string): K8sObject[] {
  const out: K8sObject[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(name)) {
        for (const doc of parseYaml(new SourceFile(p, readFileSync(p, 'utf8'))).documents) if (doc.usable) out.push(...objectsOf(doc).objects);
      }
    }
  };
  walk(dir);
  return out;
}

interface Crd {
  name: string;
  versions: { id: string; schema: ShapeSchema }[];
}

/** The CRDs as the schema rule reduces them (its own `summarize`). */
function crdsOf(objects: K8sObject[]): Crd[] {
  const rule = ALL_RULES.find((r) => r.meta.id === 'schema')!;
  return objects.map((o) => rule.summarize!(o) as Crd | undefined).filter((c): c is Crd => c !== undefined);
}

/** Both validators on one value: the same verdict and the same errors in the same order. */
function agree(schema: ShapeSchema, compiled: ReturnType<typeof ajv.compile>, value: unknown): void {
  const shape = shapeValidator(schema);
  const ok = compiled(value);
  expect(shape(value), JSON.stringify(value).slice(0, 200)).to.equal(ok);
  const theirs = (compiled.errors ?? []).map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params }));
  expect(shape.errors ?? []).to.deep.equal(theirs);
}

/** Values shaped after a schema (its fields, with wrong types, extra keys and nulls mixed in). */
function valueFor(schema: ShapeSchema, depth = 0): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), ...(schema.enum ?? []).map((e) => fc.constant(e)));
  if (depth > 4) return leaf;
  const options: fc.Arbitrary<unknown>[] = [leaf];
  if (schema.properties) {
    const keys = Object.keys(schema.properties).slice(0, 12);
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const k of keys) record[k] = valueFor(schema.properties[k]!, depth + 1);
    options.push(
      fc.tuple(fc.record(record, { requiredKeys: [] }), fc.dictionary(fc.constantFrom('extra', 'spce', 'x/y', 'a~b'), leaf, { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...a })),
    );
  }
  if (schema.additionalProperties) options.push(fc.dictionary(fc.string({ maxLength: 3 }), valueFor(schema.additionalProperties, depth + 1), { maxKeys: 3 }));
  if (schema.items) options.push(fc.array(valueFor(schema.items, depth + 1), { maxLength: 3 }));
  return fc.oneof(...options);
}

function checkAll(objects: K8sObject[]): { crds: number; resources: number } {
  const crds = crdsOf(objects);
  let resources = 0;
  for (const crd of crds) {
    for (const { id, schema } of crd.versions) {
      const compiled = ajv.compile(schema);
      for (const o of objects) {
        if (`${o.apiVersion}/${o.kind}` !== id) continue;
        resources++;
        agree(schema, compiled, o.value);
      }
      fc.assert(
        fc.property(valueFor(schema), (v) => agree(schema, compiled, v)),
        { numRuns: 30, seed: 7 },
      );
    }
  }
  return { crds: crds.length, resources };
}

describe('CRD schemas: the interpreter agrees with ajv', () => {
  it('on the CRDs and custom resources of our fixtures', () => {
    const { crds, resources } = checkAll(objectsIn(join(projectRoot, 'rules')));
    expect(crds).to.be.greaterThan(0);
    expect(resources).to.be.greaterThan(0);
  });

  it('on the corpus CRDs and their resources', function () {
    if (!hasCorpus) this.skip(); // ../shared/corpus is not on this machine
    this.timeout(120_000);
    const { crds } = checkAll(objectsIn(corpusDir));
    expect(crds).to.be.greaterThan(20);
  });

  it('on edge values: numbers, nulls, keys that need escaping', () => {
    const schema = crdToJsonSchema(
      {
        type: 'object',
        required: ['spec'],
        properties: {
          spec: {
            type: 'object',
            properties: { n: { type: 'integer' }, f: { type: 'number' }, e: { type: 'string', enum: ['a', 'b'] }, ios: { 'x-kubernetes-int-or-string': true } },
            additionalProperties: false,
          },
          free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
          map: { type: 'object', additionalProperties: { type: 'array', items: { type: 'boolean' } } },
        },
      },
      true,
    );
    const compiled = ajv.compile(schema);
    for (const value of [
      {},
      { spec: null },
      { spec: { n: 1.5, f: Infinity, e: 'c', ios: true, 'a/b': 1, 'c~d': 2 } },
      { spec: { n: Infinity, f: NaN, e: null, ios: '1' } },
      { spec: { n: -0, f: 1e308 }, free: { anything: [1] }, map: { x: [true, 1], y: 'no' } },
      [],
      'text',
    ]) {
      agree(schema, compiled, value);
    }
  });
});
