// The Action's verify step, loaded only when the `verify` input asks for it: the bundle keeps it in
// dist/verify.mjs (with the Kubernetes client), so a lint-only run does not load it.
import * as path from 'node:path';
import type { LintResult } from '../engine/lint.js';
import { loadReporter, type ReportOptions } from '../report/index.js';
import { githubAnnotations, workflowCommand } from '../report/github.js';
import type { ParsedVerifyArgs } from '../cli/verify-command.js';

function log(line = ''): void {
  process.stdout.write(line + '\n');
}

/**
 * Runs `verify` after a passing lint (a failing lint skips it: verify would not deploy anyway):
 * progress in a log group, the checks in the log, annotations on failed checks, a JUnit report, a
 * job-summary section and outputs.
 */
export async function runVerify(
  request: { parsed: ParsedVerifyArgs; report?: string },
  lintCode: number,
  options: ReportOptions,
  workspace: string,
  write: (file: string, text: string) => void,
  annotate: boolean,
): Promise<{ code: number; summary: string; line: string; outputs: Record<string, string> }> {
  const driver = request.parsed.options.driver;
  if (lintCode !== 0) {
    log(workflowCommand('notice', { title: 'sidecar-lint verify' }, `verify (${driver}) skipped: the lint failed`));
    return { code: 0, line: `; verify (${driver}): skipped`, summary: `## sidecar-lint verify (${driver}): skipped\n\nThe lint failed, so nothing was deployed.\n`, outputs: { 'verify-exit-code': 'skipped', 'verify-passed': '0', 'verify-failed': '0', 'verify-report': '', 'verify-diagnostics': '' } };
  }
  const { verify } = await import('../verify/runner.js');
  const { toLintResult, summaryLine, verifyMarkdown } = await import('../verify/report.js');
  log(`::group::sidecar-lint verify (${driver})`);
  const result = await verify(request.parsed.paths, { ...request.parsed.options, log }, { handleSignals: true });
  log('::endgroup::');
  if (result.fatal) log(workflowCommand('error', { title: 'sidecar-lint verify' }, result.fatal));
  // The lint's findings were reported above: here only the checks.
  const whole = toLintResult(result);
  const checks: LintResult = { ...whole, findings: whole.findings.filter((f) => f.ruleId.startsWith('verify/')) };
  const { stylish } = await import('../report/stylish.js');
  process.stdout.write(stylish(checks, options));
  if (annotate) {
    process.stdout.write(githubAnnotations({ ...checks, findings: checks.findings.filter((f) => f.severity === 'error') }, { ...options, color: false }, { cap: true }));
  }
  if (request.report) {
    const junit = await loadReporter('junit');
    write(request.report, junit(checks, { ...options, color: false }));
  }
  log(summaryLine(result));
  const cwd = request.parsed.options.cwd ?? process.cwd();
  const passed = result.checks.filter((r) => r.status === 'pass').length;
  const failed = result.checks.filter((r) => r.status === 'fail').length;
  const bundles = result.units.map((u) => u.diagnostics).filter((d): d is string => Boolean(d)).map((d) => path.resolve(cwd, d));
  return {
    code: result.exitCode === 130 ? 2 : result.exitCode,
    summary: verifyMarkdown(result, { root: workspace, cwd, maxBytes: 256 * 1024 }),
    line: `; verify (${driver}): ${passed} passed, ${failed} failed`,
    outputs: {
      'verify-exit-code': String(result.exitCode),
      'verify-passed': String(passed),
      'verify-failed': String(failed),
      'verify-report': request.report ?? '',
      'verify-diagnostics': bundles.length ? path.dirname(bundles[0]!) : '',
    },
  };
}
