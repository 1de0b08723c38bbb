// The shape check of a CustomResourceDefinition's structural schema, interpreted rather than
// compiled: a CRD is data met at run time, and generating code for one of the large operator
// schemas (ajv, as before) cost more than validating every resource of the corpus against it.
// crdToJsonSchema (index.ts) reduces a CRD schema to the few keywords checked here; errors come
// out in ajv's shape ({ instancePath, keyword, params }) so that one `problems()` reads both.
import { isObject } from '../../src/model/objects.js';

export interface ShapeSchema {
  type?: string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, ShapeSchema>;
  /** false: no field beyond `properties`; a schema: every other field's. */
  additionalProperties?: ShapeSchema | false;
  items?: ShapeSchema;
}

const TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/**
 * A CRD's structural schema as JSON Schema, as the API server reads it: unknown fields are
 * rejected unless x-kubernetes-preserve-unknown-fields, null is accepted anywhere (the server
 * prunes it), int-or-string takes both. Only the shape is checked: value rules (pattern, ranges,
 * CEL, oneOf) are the server's and differ in regex dialect, so they are left out.
 */
export function crdToJsonSchema(s: unknown, top = false): ShapeSchema {
  if (!isObject(s)) return {};
  const out: ShapeSchema = {};
  const preserve = s['x-kubernetes-preserve-unknown-fields'] === true;
  if (s['x-kubernetes-int-or-string'] === true) out.type = ['integer', 'string', 'null'];
  else if (typeof s.type === 'string' && TYPES.has(s.type)) out.type = [s.type, 'null'];
  if (Array.isArray(s.enum) && s.enum.every((e) => e === null || typeof e !== 'object')) out.enum = [...s.enum, null];
  if (Array.isArray(s.required) && s.required.every((r) => typeof r === 'string')) out.required = s.required;
  if (isObject(s.items)) out.items = crdToJsonSchema(s.items);
  const props: Record<string, ShapeSchema> = {};
  if (isObject(s.properties)) for (const [k, v] of Object.entries(s.properties)) props[k] = crdToJsonSchema(v);
  if (top || s['x-kubernetes-embedded-resource'] === true) for (const k of ['apiVersion', 'kind', 'metadata']) props[k] ??= {};
  if (Object.keys(props).length) out.properties = props;
  if (isObject(s.additionalProperties)) out.additionalProperties = crdToJsonSchema(s.additionalProperties);
  else if (s.additionalProperties === true || preserve) {
    // any field
  } else if (out.properties && (out.type === undefined || out.type.includes('object'))) out.additionalProperties = false;
  return out;
}

export interface ShapeError {
  instancePath: string;
  keyword: 'type' | 'enum' | 'required' | 'additionalProperties';
  params: Record<string, unknown>;
}

/** A validator with ajv's calling convention: returns whether `data` fits, errors in `.errors`. */
export interface ShapeValidate {
  (data: unknown): boolean;
  errors?: ShapeError[] | null;
}

export function shapeValidator(schema: ShapeSchema): ShapeValidate {
  const validate: ShapeValidate = (data: unknown) => {
    const errors: ShapeError[] = [];
    check(schema, data, '', errors);
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return validate;
}

/** JSON type names as JSON Schema uses them (an integral number is both "integer" and "number"). */
function fitsType(types: string[], v: unknown): boolean {
  for (const t of types) {
    switch (t) {
      case 'null':
        if (v === null) return true;
        break;
      case 'string':
      case 'boolean':
        if (typeof v === t) return true;
        break;
      // ajv's tests, kept so that the two agree: any number (NaN and infinities too), and an
      // integer is a number with no fraction (an infinity passes).
      case 'number':
        if (typeof v === 'number') return true;
        break;
      case 'integer':
        if (typeof v === 'number' && !(v % 1) && !Number.isNaN(v)) return true;
        break;
      case 'array':
        if (Array.isArray(v)) return true;
        break;
      case 'object':
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) return true;
        break;
    }
  }
  return false;
}

const pointer = (key: string) => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}

// In ajv's order: type, enum, then the object keywords (required, additionalProperties,
// properties) or the array's items. Like ajv with allErrors, a wrong type stops nothing, but the
// object and array keywords only apply to objects and arrays.
function check(s: ShapeSchema, v: unknown, at: string, errors: ShapeError[]): void {
  if (s.type && !fitsType(s.type, v)) errors.push({ instancePath: at, keyword: 'type', params: { type: s.type } });
  if (s.enum && !s.enum.some((e) => sameValue(e, v))) errors.push({ instancePath: at, keyword: 'enum', params: { allowedValues: s.enum } });
  if (Array.isArray(v)) {
    if (s.items) for (let i = 0; i < v.length; i++) check(s.items, v[i], `${at}/${i}`, errors);
    return;
  }
  if (v === null || typeof v !== 'object') return;
  const obj = v as Record<string, unknown>;
  if (s.required) {
    for (const r of s.required) if (!Object.prototype.hasOwnProperty.call(obj, r)) errors.push({ instancePath: at, keyword: 'required', params: { missingProperty: r } });
  }
  const props = s.properties;
  const extra = s.additionalProperties;
  if (extra !== undefined) {
    for (const k of Object.keys(obj)) {
      if (props && Object.prototype.hasOwnProperty.call(props, k)) continue;
      if (extra === false) errors.push({ instancePath: at, keyword: 'additionalProperties', params: { additionalProperty: k } });
      else check(extra, obj[k], at + pointer(k), errors);
    }
  }
  if (props) {
    for (const k of Object.keys(props)) {
      if (Object.prototype.hasOwnProperty.call(obj, k)) check(props[k]!, obj[k], at + pointer(k), errors);
    }
  }
}
