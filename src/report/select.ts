import type { Finding } from '../types.js';
import type { LintResult } from '../engine/lint.js';
import type { ReportOptions } from './index.js';

/** The findings a report shows, given --quiet and --show-suppressed. */
export function shownFindings(result: LintResult, options: ReportOptions): Finding[] {
  return result.findings.filter(
    (f) => (options.showSuppressed || !f.suppressed) && (!options.quiet || f.severity === 'error'),
  );
}

export function counts(findings: readonly Finding[]): { error: number; warning: number; info: number; suppressed: number } {
  const c = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) c.suppressed++;
    else c[f.severity]++;
  }
  return c;
}
