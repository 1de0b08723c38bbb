// Verify results as findings, so the same reporters (stylish, json, junit, sarif...) print them:
// a failed check is an error, a passed or skipped one an info finding, each pointing at the
// container, port or volume (or test step) it is about, with its evidence attached.
import * as path from 'node:path';
import type { Finding, Severity } from '../types.js';
import { mdCell } from '../report/markdown.js';
import type { LintResult } from '../engine/lint.js';
import type { RuleMeta } from '../engine/rule.js';
import { compareFindings } from '../engine/lint.js';
import { REPOSITORY_URL } from '../engine/docs.js';
import type { CheckId, CheckResult } from './types.js';
import type { VerifyResult } from './runner.js';

/** A finding of a verify check: the evidence travels with it (JSON shows it whole). */
export interface VerifyFinding extends Finding {
  verify: {
    status: CheckResult['status'];
    test: string;
    evidence: string[];
    emulated?: boolean;
    ms: number;
    driver: string;
    runId: string;
  };
}

const DESCRIPTIONS: Record<CheckId, string> = {
  lint: 'The manifests lint without errors before anything is deployed.',
  deploy: 'The objects are accepted and the pods created.',
  'container-ready': 'Every container, sidecars and native sidecars included, starts and becomes ready.',
  stable: 'The pod stays up for the stability window: no restarts, no CrashLoopBackOff.',
  port: 'Each declared port answers on localhost from the other containers of the pod.',
  'shared-volume': 'A nonce written into a shared volume by one container is read by every other container that uses it.',
  'job-completes': 'A Job (or run-to-completion pod) with sidecars completes.',
  'sidecar-order': 'Native sidecars start before the app and stop after it.',
  step: 'A step of a user-declared test (exec, log, http, assert).',
  cleanup: 'Nothing the run created is left behind.',
  diagnostics: 'Where the diagnostics bundle of a failed test is.',
};

export function verifyDocsUrl(check: CheckId): string {
  return `${REPOSITORY_URL}/blob/main/docs/verify.md#${check}`;
}

export function verifyRuleMetas(): RuleMeta[] {
  return (Object.keys(DESCRIPTIONS) as CheckId[]).map((id) => ({
    id: `verify/${id}`,
    severity: 'error' as Severity,
    category: 'lifecycle' as const,
    description: DESCRIPTIONS[id],
    rationale: 'Proved on running pods by sidecar-lint verify.',
    fix: 'See the message, the evidence and the diagnostics bundle.',
  }));
}

const PREFIX: Record<CheckResult['status'], string> = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP', info: 'NOTE' };

export function toFinding(r: CheckResult, v: Pick<VerifyResult, 'driver' | 'runId'>): VerifyFinding {
  const severity: Severity = r.status === 'fail' ? 'error' : 'info';
  let file = '<verify>';
  let range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  let documentIndex: number | undefined;
  if (r.where) {
    const span = r.where.doc.locate(r.where.path).span;
    file = r.where.doc.source.path;
    range = r.where.doc.source.range(span[0], span[1]);
    documentIndex = r.where.doc.index;
  }
  return {
    ruleId: `verify/${r.check}`,
    severity,
    message: `${PREFIX[r.status]} ${r.message}`,
    file,
    range,
    documentIndex,
    container: r.container,
    docsUrl: verifyDocsUrl(r.check),
    verify: { status: r.status, test: r.test, evidence: r.evidence, emulated: r.emulated, ms: Math.round(r.ms), driver: v.driver, runId: v.runId },
  };
}

/**
 * The run as a LintResult: the lint's findings plus one finding per check. The fail-on level is
 * `error`: a failed check fails the run; passes are info, shown by stylish and as passing JUnit cases.
 */
export function toLintResult(v: VerifyResult): LintResult {
  const lint = v.lint;
  const findings = [...lint.findings, ...v.checks.map((c) => toFinding(c, v))].sort(compareFindings);
  const files = [...lint.files];
  for (const f of findings) if (!files.includes(f.file)) files.push(f.file);
  const errors = [...lint.errors, ...(v.fatal ? [{ message: v.fatal }] : [])];
  return {
    ...lint,
    findings,
    files,
    errors,
    failOn: 'error',
    rules: [...lint.rules, ...verifyRuleMetas().map((meta) => ({ meta, severity: meta.severity }))],
    exitCode: v.exitCode === 130 ? 2 : v.exitCode,
  };
}

/** One line for the end of the run: counts and time. */
export function summaryLine(v: VerifyResult): string {
  const c = { pass: 0, fail: 0, skip: 0, info: 0 };
  for (const r of v.checks) c[r.status]++;
  const emulated = v.checks.filter((r) => r.emulated).length;
  return `verify (${v.driver}, run ${v.runId}): ${c.pass} passed, ${c.fail} failed, ${c.skip} skipped${emulated ? `, ${emulated} emulated` : ''} in ${(v.ms / 1000).toFixed(1)} s${v.units.some((u) => u.diagnostics) ? `; diagnostics: ${v.units.filter((u) => u.diagnostics).map((u) => u.diagnostics).join(', ')}` : ''}`;
}

/**
 * A job-summary section for a verify run: the verdict, then one row per check (failures first),
 * with the diagnostics bundles named. Rows stop before `maxBytes`.
 */
export function verifyMarkdown(v: VerifyResult, options: { maxBytes?: number; root?: string; cwd?: string } = {}): string {
  const c = { pass: 0, fail: 0, skip: 0, info: 0 };
  for (const r of v.checks) c[r.status]++;
  const emulated = v.checks.filter((r) => r.emulated).length;
  const verdict = v.fatal ? '✖ could not run' : v.blocked ? '✖ not deployed: lint errors' : c.fail ? '✖ failed' : '✔ passed';
  const head = [
    `## sidecar-lint verify (${v.driver}): ${verdict}`,
    '',
    `${c.pass} passed, ${c.fail} failed, ${c.skip} skipped${emulated ? `, ${emulated} emulated` : ''} in ${(v.ms / 1000).toFixed(1)} s; run ${v.runId}.`,
    '',
  ];
  if (v.fatal) head.push(`> ${mdCell(v.fatal)}`, '');
  const bundles = v.units.filter((u) => u.diagnostics).map((u) => `- ${mdCell(u.name)}: \`${options.root ? path.relative(options.root, path.resolve(options.cwd ?? process.cwd(), u.diagnostics!)) || '.' : u.diagnostics}\``);
  if (bundles.length) head.push('Diagnostics bundles (logs, events, inspect output, rendered objects):', '', ...bundles, '');
  const order: Record<CheckResult['status'], number> = { fail: 0, skip: 1, pass: 2, info: 3 };
  const rows = [...v.checks].sort((a, b) => order[a.status] - order[b.status]);
  if (!rows.length) return head.join('\n') + '\n';
  const table = ['| Result | Test | Check | Container | Message |', '| --- | --- | --- | --- | --- |'];
  const mark: Record<CheckResult['status'], string> = { fail: '✖ fail', pass: '✔ pass', skip: '– skip', info: 'ℹ note' };
  let bytes = Buffer.byteLength(head.join('\n') + table.join('\n'));
  let shown = 0;
  for (const r of rows) {
    const row = `| ${mark[r.status]}${r.emulated ? ' (emulated)' : ''} | ${mdCell(r.test)} | \`verify/${r.check}\` | ${mdCell(r.container ?? '')} | ${mdCell(r.message)} |`;
    bytes += Buffer.byteLength(row) + 1;
    if (options.maxBytes !== undefined && bytes > options.maxBytes) break;
    table.push(row);
    shown++;
  }
  if (shown < rows.length) table.push('', `${rows.length - shown} more check results not shown: see the JUnit report and the log.`);
  return [...head, ...table, ''].join('\n');
}
