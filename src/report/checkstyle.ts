import type { Finding, Severity } from '../types.js';
import type { Reporter } from './index.js';
import { shownFindings } from './select.js';
import { reportPath } from './paths.js';
import { attrs, XML_DECLARATION } from './xml.js';

/** Checkstyle's severities; suppressed findings (with --show-suppressed) become `ignore`. */
const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };

/**
 * Checkstyle XML (Jenkins warnings-ng, reviewdog, SonarQube imports): one `<file>` per file read,
 * one `<error>` per finding; `source` is `sidecar-lint.<rule>`. Input errors are `<error>`s with
 * source `sidecar-lint.input-error` on the file they concern.
 */
export const checkstyle: Reporter = (result, options) => {
  const byFile = new Map<string, string[]>();
  const pathOf = (file: string) => reportPath(options.root, result.cwd, file).path;
  const add = (file: string, line: string) => {
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    list.push(line);
  };
  for (const file of result.files) byFile.set(pathOf(file), []);
  for (const f of shownFindings(result, options)) add(pathOf(f.file), errorElement(f));
  for (const e of result.errors) {
    add(e.file ? pathOf(e.file) : '<input>', `    <error${attrs({ line: 1, column: 1, severity: 'error', message: e.message, source: 'sidecar-lint.input-error' })}/>`);
  }
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const [file, lines] of byFile) {
    if (lines.length === 0) out.push(`  <file${attrs({ name: file })}/>`);
    else out.push(`  <file${attrs({ name: file })}>`, ...lines, '  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
};

function errorElement(f: Finding): string {
  const message = f.suppressed ? `${f.message} (suppressed${f.suppressed.reason ? ': ' + f.suppressed.reason : ''})` : f.message;
  return `    <error${attrs({
    line: f.range.start.line,
    column: f.range.start.column,
    severity: f.suppressed ? 'ignore' : SEVERITY[f.severity],
    message,
    source: `sidecar-lint.${f.ruleId}`,
  })}/>`;
}
