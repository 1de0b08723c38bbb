import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Severity } from '../types.js';
import type { Reporter } from './index.js';
import type { RuleMeta } from '../engine/rule.js';
import { docsUrl } from '../engine/docs.js';
import { VERSION } from '../version.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub reads security-severity as CVSS-like: high >= 7, medium >= 4. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

const here = path.dirname(fileURLToPath(import.meta.url));

/** The rule's docs page, which ships next to its code (rules/<id>/README.md). */
function ruleMarkdown(id: string): string | undefined {
  for (const candidate of [path.join(here, '..', '..', '..', 'rules', id, 'README.md'), path.join(here, '..', '..', 'rules', id, 'README.md')]) {
    try {
      return readFileSync(candidate, 'utf8');
    } catch {
      /* try the next layout */
    }
  }
  return undefined;
}

function toUri(root: string, cwd: string, file: string): string {
  if (file.startsWith('<')) return file.replace(/[<>]/g, '');
  const abs = path.resolve(cwd, file);
  const rel = path.relative(root, abs);
  const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
  return (inside ? rel : abs).split(path.sep).map(encodeURIComponent).join('/');
}

/** A fingerprint that survives edits elsewhere in the file: no line numbers in it. */
function fingerprint(f: Finding, uri: string): string {
  const o = f.object;
  const basis = [f.ruleId, uri, o?.kind, o?.namespace, o?.name, f.container, f.message].join('\u0000');
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}

function ruleDescriptor(meta: RuleMeta, severity: Severity) {
  const markdown = ruleMarkdown(meta.id);
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description} ${meta.rationale}` },
    help: { text: `${meta.rationale}\n\nHow to fix: ${meta.fix}`, markdown: markdown ?? `${meta.rationale}\n\n**How to fix:** ${meta.fix}` },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: meta.security ? ['security', meta.category, 'kubernetes'] : [meta.category, 'kubernetes'],
      ...(meta.security ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
    },
  };
}

/** SARIF 2.1.0 as GitHub code scanning ingests it. */
export const sarif: Reporter = (result, options) => {
  const rules = result.rules.map((r) => ruleDescriptor(r.meta, r.severity));
  // Findings of engine-level ids (rule-error, unused-suppression) get descriptors too.
  const extra = new Map<string, ReturnType<typeof ruleDescriptor>>();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = result.findings
    .filter((f) => !options.quiet || f.severity === 'error')
    .map((f) => {
      if (!index.has(f.ruleId)) {
        const d = ruleDescriptor(
          { id: f.ruleId, severity: f.severity, category: 'suppression', description: f.ruleId, rationale: '', fix: '' },
          f.severity,
        );
        extra.set(f.ruleId, d);
        index.set(f.ruleId, rules.length + extra.size - 1);
      }
      const uri = toUri(options.root, result.cwd, f.file);
      const sameLine = f.range.start.line === f.range.end.line;
      return {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId)!,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: {
                startLine: f.range.start.line,
                startColumn: f.range.start.column,
                endLine: f.range.end.line,
                endColumn: sameLine && f.range.end.column <= f.range.start.column ? f.range.start.column + 1 : f.range.end.column,
              },
            },
            ...(f.object
              ? { logicalLocations: [{ name: f.container ?? f.object.name ?? f.object.kind, fullyQualifiedName: [f.object.kind, f.object.namespace, f.object.name, f.container].filter(Boolean).join('/'), kind: 'object' }] }
              : {}),
          },
        ],
        partialFingerprints: { 'sidecarLint/v1': fingerprint(f, uri) },
        ...(f.suppressed ? { suppressions: [{ kind: f.suppressed.kind === 'comment' ? 'inSource' : 'external', justification: f.suppressed.reason ?? '' }] } : {}),
      };
    });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sidecar-lint',
            semanticVersion: VERSION,
            version: VERSION,
            informationUri: 'https://github.com/sidecar-lint/sidecar-lint',
            rules: [...rules, ...extra.values()],
          },
        },
        results,
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            toolExecutionNotifications: result.errors.map((e) => ({
              level: 'error',
              message: { text: `${e.file ? e.file + ': ' : ''}${e.message}` },
            })),
          },
        ],
        properties: { kubeVersion: result.kubeVersion },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
