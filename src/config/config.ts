import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InputError, Severity } from '../types.js';
import { SourceFile } from '../yaml/source.js';
import { parseYaml, DEFAULT_PARSE_LIMITS } from '../yaml/parse.js';
import type { PolicySpec } from '../policy/types.js';

export const CONFIG_NAMES = ['.sidecar-lint.yaml', '.sidecar-lint.yml', '.sidecar-lint.json'];

export type RuleLevel = Severity | 'off';
export type RuleSetting = RuleLevel | { severity?: RuleLevel; options?: Record<string, unknown> };

export interface Config {
  kubeVersion?: string;
  failOn?: Severity | 'none';
  ignore?: string[];
  rules?: Record<string, RuleSetting>;
  reportUnusedSuppressions?: boolean;
  maxFileSize?: number;
  limits?: { maxAliasExpansion?: number; maxDepth?: number };
  /** The user's own policies: paths (relative to this file), or specs with options. See docs/policies.md. */
  policies?: (string | PolicySpec)[];
}

const LEVELS = ['error', 'warning', 'info', 'off'];

/** The configuration file's JSON Schema; `ruleIds` closes `rules` to the rules that exist. */
export function configSchema(ruleIds: readonly string[]): Record<string, unknown> {
  const setting = {
    anyOf: [
      { enum: LEVELS },
      {
        type: 'object',
        additionalProperties: false,
        properties: { severity: { enum: LEVELS }, options: { type: 'object' } },
      },
    ],
  };
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      kubeVersion: { type: ['string', 'number'], pattern: '^v?\\d+\\.\\d+(\\.\\d+)?$' },
      failOn: { enum: ['error', 'warning', 'info', 'none'] },
      ignore: { type: 'array', items: { type: 'string' } },
      rules: {
        type: 'object',
        propertyNames: { enum: [...ruleIds] },
        additionalProperties: setting,
      },
      reportUnusedSuppressions: { type: 'boolean' },
      maxFileSize: { type: 'integer', minimum: 1 },
      policies: {
        type: 'array',
        items: {
          anyOf: [
            { type: 'string' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['path'],
              properties: {
                path: { type: 'string' },
                kind: { enum: ['rego', 'jsonschema', 'cel'] },
                namespaces: { type: 'array', items: { type: 'string' } },
                allNamespaces: { type: 'boolean' },
                data: { type: 'array', items: { type: 'string' } },
                regoVersion: { enum: ['v0', 'v1'] },
                timeoutMs: { type: 'integer', minimum: 1 },
                severity: { enum: ['error', 'warning', 'info'] },
              },
            },
          ],
        },
      },
      limits: {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxAliasExpansion: { type: 'integer', minimum: 0 },
          maxDepth: { type: 'integer', minimum: 1 },
        },
      },
    },
  };
}

/** The first configuration file in `start` or a folder above it. */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates a configuration file; problems come back as input errors naming the key. */
export async function loadConfig(file: string, ruleIds: readonly string[]): Promise<{ config?: Config; errors: InputError[] }> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { errors: [{ file, message: `cannot read configuration: ${(e as NodeJS.ErrnoException).code}` }] };
  }
  const source = new SourceFile(file, text);
  const parsed = parseYaml(source, DEFAULT_PARSE_LIMITS, '1.2');
  const doc = parsed.documents[0];
  const problems = parsed.documents.flatMap((d) => d.problems);
  if (problems.length > 0) {
    return {
      errors: problems.map((p) => {
        const at = source.position(p.span[0]);
        return { file, message: `${at.line}:${at.column}: ${p.message}` };
      }),
    };
  }
  const value = doc?.value ?? {};
  if (value === null) return { config: {}, errors: [] };
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(configSchema(ruleIds));
  if (validate(value)) return { config: value as Config, errors: [] };
  const errors: InputError[] = [];
  for (const err of validate.errors ?? []) {
    // The branches of an anyOf each fail on their own; the anyOf error says it once.
    if (err.schemaPath.includes('/anyOf/')) continue;
    const segs = err.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let key = segs.join('.');
    let message: string;
    if (err.keyword === 'additionalProperties') {
      const extra = (err.params as { additionalProperty: string }).additionalProperty;
      segs.push(extra);
      key = segs.join('.');
      message = `unknown key "${key}"`;
    } else if (err.keyword === 'propertyNames') {
      const name = (err.params as { propertyName: string }).propertyName;
      segs.push(name);
      key = segs.join('.');
      const guess = closest(name, ruleIds);
      message = `"${key}": no rule "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
    } else if (err.keyword === 'anyOf' && segs[0] === 'policies') {
      message = `"${key}" must be a path or { path, kind, namespaces, allNamespaces, data, regoVersion, timeoutMs, severity }`;
    } else if (err.keyword === 'anyOf') {
      message = `"${key}" must be one of ${LEVELS.join(', ')} or { severity, options }`;
    } else if (err.keyword === 'enum') {
      message = `"${key}" must be one of ${((err.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`;
    } else {
      message = `"${key || '(top level)'}" ${err.message ?? 'is invalid'}`;
    }
    if (err.keyword === 'propertyNames' && errors.some((e) => e.message.includes(`"${key}"`))) continue;
    const span = doc!.locate(segs, err.keyword === 'additionalProperties' || err.keyword === 'propertyNames' ? 'key' : 'value').span;
    const at = source.position(span[0]);
    errors.push({ file, message: `${at.line}:${at.column}: ${message}` });
  }
  return { errors: dedupe(errors) };
}

function dedupe(errors: InputError[]): InputError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.message) ? false : (seen.add(e.message), true)));
}

/** The known name nearest to a misspelt one (edit distance at most 3). */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
