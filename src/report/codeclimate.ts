import type { Severity } from '../types.js';
import type { Reporter } from './index.js';
import { fingerprints, hashOf } from './fingerprint.js';
import { reportPath } from './paths.js';

/** GitLab Code Quality's severities: info, minor, major, critical, blocker. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality (a subset of the Code Climate issue format): a JSON array of issues with
 * description, check_name, fingerprint, severity and location (repo-relative path, lines). The
 * format has no notion of suppression, so suppressed findings are left out; input errors are
 * `blocker` issues named `input-error`. Fingerprints hold no line numbers and are unique per report.
 */
export const codeclimate: Reporter = (result, options) => {
  const findings = result.findings.filter((f) => !f.suppressed && (!options.quiet || f.severity === 'error'));
  const pathOf = new Map(findings.map((f) => [f, reportPath(options.root, result.cwd, f.file).path]));
  const prints = fingerprints(findings, (f) => pathOf.get(f)!);
  const issues: object[] = findings.map((f) => ({
    type: 'issue',
    check_name: f.ruleId,
    description: f.message,
    ...(f.docsUrl ? { content: { body: `See ${f.docsUrl}` } } : {}),
    categories: ['Bug Risk'],
    severity: SEVERITY[f.severity],
    fingerprint: prints.get(f)!,
    location: { path: pathOf.get(f)!, lines: { begin: f.range.start.line, end: Math.max(f.range.end.line, f.range.start.line) } },
    engine_name: 'sidecar-lint',
  }));
  const seen = new Map<string, number>();
  for (const e of result.errors) {
    const path = e.file ? reportPath(options.root, result.cwd, e.file).path : '.';
    const key = `input-error\u0000${path}\u0000${e.message}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    issues.push({
      type: 'issue',
      check_name: 'input-error',
      description: e.message,
      categories: ['Bug Risk'],
      severity: 'blocker',
      fingerprint: n === 1 ? hashOf(key) : `${hashOf(key)}:${n}`,
      location: { path, lines: { begin: 1, end: 1 } },
      engine_name: 'sidecar-lint',
    });
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
