import type { Finding, Severity } from '../types.js';
import type { Reporter } from './index.js';
import type { RuleCategory, RuleMeta } from '../engine/rule.js';
import { docsUrl } from '../engine/docs.js';
import { VERSION } from '../version.js';
import { ruleMarkdown } from './rule-docs.js';
import { fingerprints } from './fingerprint.js';
import { folderUri, reportPath, reportUri } from './paths.js';
import { shownFindings } from './select.js';

// SARIF 2.1.0 as GitHub code scanning ingests it:
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
// Checked in test/sarif.test.ts against the official schema and the SARIF Multitool's GitHub rules.

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** Code scanning's `problem.severity` for non-security rules. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'recommendation' };
/** GitHub reads security-severity as CVSS-like: critical > 9, high >= 7, medium >= 4, low >= 0.1. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };
/** GitHub rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
/** GitHub's limits on rule texts and tags. */
const MAX_DESCRIPTION = 1024;
const MAX_TAGS = 20;

/** Findings the engine itself makes, which have no rule module and so no metadata of their own. */
const ENGINE_RULES: Record<string, Omit<RuleMeta, 'id' | 'severity'>> = {
  'rule-error': {
    category: 'syntax',
    description: 'A rule failed with an internal error on this input.',
    rationale: 'One broken rule never takes the run down: its failure is reported where it happened, and the other rules still ran.',
    fix: 'Report the failure with the input that triggers it; turn the rule off meanwhile if it blocks you.',
  },
  'unused-suppression': {
    category: 'suppression',
    description: 'A suppression comment or annotation suppresses nothing.',
    rationale: 'Stale suppressions hide the findings they were never meant for once the manifest changes.',
    fix: 'Remove the suppression, or correct the rule ids it names.',
  },
  'policy-error': {
    category: 'syntax',
    description: 'One of your policies failed while it ran (trapped, timed out or threw).',
    rationale: 'A failing policy checks nothing: it is reported where it failed, and the run goes on.',
    fix: 'Run the policy on the manifest it failed on and fix it.',
  },
  'policy-unsupported': {
    category: 'syntax',
    description: 'One of your policies uses an expression or builtin the offline engine does not support.',
    rationale: 'An unsupported call is reported rather than passed silently, so a policy never approves by accident.',
    fix: 'Rewrite the expression with supported builtins, or check the manifest with the tool the policy was written for.',
  },
};

function clip(text: string, max = MAX_DESCRIPTION): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function ruleDescriptor(meta: RuleMeta, severity: Severity, extra: { helpUri?: string; tag?: string } = {}) {
  const markdown = ruleMarkdown(meta.id);
  const description = meta.description || meta.id;
  const full = [meta.description, meta.rationale].filter(Boolean).join(' ') || meta.id;
  const helpText = [meta.rationale, meta.fix ? `How to fix: ${meta.fix}` : ''].filter(Boolean).join('\n\n') || description;
  // Only a genuine security rule carries the `security` tag and a security-severity (the security tab).
  const tags = [...new Set([meta.security ? 'security' : undefined, extra.tag ?? (meta.category === 'security' && !meta.security ? undefined : meta.category), 'kubernetes'])].filter(
    (t): t is string => Boolean(t),
  );
  return {
    id: meta.id,
    // SARIF1001: a name equal to the id (ignoring case, e.g. `schema`) must be left out.
    ...(pascal(meta.id).toLowerCase() !== meta.id.toLowerCase() ? { name: pascal(meta.id) } : {}),
    shortDescription: { text: clip(description) },
    fullDescription: { text: clip(full) },
    help: {
      text: helpText,
      markdown: markdown ?? ([meta.rationale, meta.fix ? `**How to fix:** ${meta.fix}` : ''].filter(Boolean).join('\n\n') || helpText),
    },
    ...(extra.helpUri === '' ? {} : { helpUri: extra.helpUri ?? docsUrl(meta.id) }),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: tags.slice(0, MAX_TAGS),
      precision: 'high',
      ...(meta.security ? { 'security-severity': SECURITY_SEVERITY[severity] } : { 'problem.severity': PROBLEM_SEVERITY[severity] }),
    },
  };
}

type Descriptor = ReturnType<typeof ruleDescriptor>;

/** A descriptor for a finding whose id no rule module declares: the engine's own, or a user policy's. */
function otherDescriptor(f: Finding): Descriptor {
  const known = ENGINE_RULES[f.ruleId];
  if (known) return ruleDescriptor({ id: f.ruleId, severity: f.severity, ...known }, f.severity, { helpUri: f.docsUrl ?? '', tag: 'sidecar-lint' });
  const meta: RuleMeta = {
    id: f.ruleId,
    severity: f.severity,
    category: 'syntax' as RuleCategory,
    description: `${f.ruleId}: a check of your own policies.`,
    rationale: `Reported by the policy that defines ${f.ruleId} (passed with --policy or the configuration's policies).`,
    fix: 'See the policy that defines it.',
  };
  return ruleDescriptor(meta, f.severity, { helpUri: f.docsUrl ?? '', tag: 'policy' });
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** SARIF 2.1.0 as GitHub code scanning ingests it. */
export const sarif: Reporter = (result, options) => {
  const rules: Descriptor[] = result.rules.map((r) => ruleDescriptor(r.meta, r.severity));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // Suppressed findings only with --show-suppressed: code scanning ignores `suppressions` and would
  // open an alert for each of them.
  let findings = shownFindings(result, options);
  // SARIF: in one run, either every result has `suppressions` or none has.
  const withSuppressions = findings.some((f) => f.suppressed);
  const notifications: { level: 'error' | 'warning'; message: { text: string } }[] = result.errors.map((e) => ({
    level: 'error',
    message: { text: `${e.file ? e.file + ': ' : ''}${e.message}` },
  }));
  if (findings.length > MAX_SARIF_RESULTS) {
    // Over the limit GitHub rejects the whole file: keep the most severe, say what was left out.
    const dropped = findings.length - MAX_SARIF_RESULTS;
    findings = findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
      .slice(0, MAX_SARIF_RESULTS)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.f);
    notifications.push({ level: 'warning', message: { text: `${dropped} less severe findings were left out: code scanning accepts at most ${MAX_SARIF_RESULTS} results per run` } });
  }
  const paths = new Map(findings.map((f) => [f, reportPath(options.root, result.cwd, f.file)]));
  const prints = fingerprints(findings, (f) => paths.get(f)!.path);
  const results = findings.map((f) => {
    if (!index.has(f.ruleId)) {
      // Findings of engine-level ids (rule-error, unused-suppression) get descriptors too.
      index.set(f.ruleId, rules.length);
      rules.push(otherDescriptor(f));
    }
    const p = paths.get(f)!;
    const sameLine = f.range.start.line === f.range.end.line;
    const physicalLocation = {
      // Pseudo-files (`<stdin>`, `<run>`) keep their name: code scanning cannot place them but accepts them.
      artifactLocation: p.inside ? { uri: reportUri(p), uriBaseId: '%SRCROOT%' } : { uri: reportUri(p) },
      region: {
        startLine: f.range.start.line,
        startColumn: f.range.start.column,
        endLine: f.range.end.line,
        // endColumn is exclusive; an empty range still marks one character.
        endColumn: sameLine && f.range.end.column <= f.range.start.column ? f.range.start.column + 1 : f.range.end.column,
      },
    };
    const logical = f.object
      ? {
          logicalLocations: [
            {
              name: f.container ?? f.object.name ?? f.object.kind,
              fullyQualifiedName: [f.object.kind, f.object.namespace, f.object.name, f.container].filter(Boolean).join('/'),
              kind: 'object',
            },
          ],
        }
      : {};
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: f.message || f.ruleId },
      locations: [{ physicalLocation, ...logical }],
      partialFingerprints: { 'sidecarLint/v1': prints.get(f)! },
      ...(withSuppressions
        ? {
            suppressions: f.suppressed
              ? [{ kind: f.suppressed.kind === 'comment' ? 'inSource' : 'external', status: 'accepted', ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}) }]
              : [],
          }
        : {}),
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
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(options.root), description: { text: 'The repository root.' } } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            workingDirectory: { uri: folderUri(result.cwd) },
            toolExecutionNotifications: notifications,
          },
        ],
        properties: { kubeVersion: result.kubeVersion },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
