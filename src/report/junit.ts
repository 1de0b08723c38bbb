import type { Finding } from '../types.js';
import { severityRank } from '../types.js';
import type { Reporter } from './index.js';
import { shownFindings } from './select.js';
import { reportPath } from './paths.js';
import { attrs, xmlText, XML_DECLARATION } from './xml.js';

/**
 * JUnit XML (Jenkins, GitLab test reports, Azure Pipelines): a `<testsuite>` per file read, a
 * `<testcase>` per finding. A finding at or above the run's fail-on level is a `<failure>`, so the
 * test report and the exit code agree; findings below it are passing test cases whose text is in
 * `<system-out>`. A file without findings is one passing test case. Suppressed findings (with
 * --show-suppressed) are `<skipped>`; input errors are `<error>`s in a suite named `input`.
 */
export const junit: Reporter = (result, options) => {
  const pathOf = (file: string) => reportPath(options.root, result.cwd, file).path;
  const failing = (f: Finding) => !f.suppressed && result.failOn !== 'none' && severityRank(f.severity) >= severityRank(result.failOn);
  const suites = new Map<string, Finding[]>();
  for (const file of result.files) suites.set(pathOf(file), []);
  for (const f of shownFindings(result, options)) {
    const file = pathOf(f.file);
    let list = suites.get(file);
    if (!list) suites.set(file, (list = []));
    list.push(f);
  }
  const body: string[] = [];
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const [file, findings] of suites) {
    const cases: string[] = [];
    const count = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    if (findings.length === 0) {
      count.tests++;
      cases.push(`    <testcase${attrs({ classname: file, name: 'sidecar-lint', file })}/>`);
    }
    for (const f of findings) {
      count.tests++;
      const where = `${file}:${f.range.start.line}:${f.range.start.column}`;
      const text = `${f.severity}: ${f.message}\nat ${where}\nrule: ${f.ruleId}${f.docsUrl ? `\ndocs: ${f.docsUrl}` : ''}`;
      const head = `    <testcase${attrs({ classname: file, name: `${f.ruleId} at ${f.range.start.line}:${f.range.start.column}`, file, line: f.range.start.line })}>`;
      if (f.suppressed) {
        count.skipped++;
        cases.push(head, `      <skipped${attrs({ message: `suppressed (${f.suppressed.kind})${f.suppressed.reason ? ': ' + f.suppressed.reason : ''}: ${f.message}` })}/>`, '    </testcase>');
      } else if (failing(f)) {
        count.failures++;
        cases.push(head, `      <failure${attrs({ message: f.message, type: f.severity })}>${xmlText(text)}</failure>`, '    </testcase>');
      } else {
        cases.push(head, `      <system-out>${xmlText(text)}</system-out>`, '    </testcase>');
      }
    }
    total.tests += count.tests;
    total.failures += count.failures;
    total.skipped += count.skipped;
    body.push(`  <testsuite${attrs({ name: file, tests: count.tests, failures: count.failures, errors: 0, skipped: count.skipped })}>`, ...cases, '  </testsuite>');
  }
  if (result.errors.length) {
    const cases = result.errors.map(
      (e) =>
        `    <testcase${attrs({ classname: 'input', name: e.file ?? 'input', file: e.file ? pathOf(e.file) : undefined })}>\n      <error${attrs({ message: e.message, type: 'input-error' })}>${xmlText(`${e.file ? e.file + ': ' : ''}${e.message}`)}</error>\n    </testcase>`,
    );
    total.tests += cases.length;
    total.errors += cases.length;
    body.push(`  <testsuite${attrs({ name: 'input', tests: cases.length, failures: 0, errors: cases.length, skipped: 0 })}>`, ...cases, '  </testsuite>');
  }
  return [XML_DECLARATION, `<testsuites${attrs({ name: 'sidecar-lint', ...total })}>`, ...body, '</testsuites>'].join('\n') + '\n';
};
