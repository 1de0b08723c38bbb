import type { Reporter } from './index.js';
import { shownFindings } from './select.js';

/** `file:line:col: severity: message [rule]`: one line a finding, for editors and problem matchers. */
export const compact: Reporter = (result, options) => {
  const lines = shownFindings(result, options).map(
    (f) =>
      `${f.file}:${f.range.start.line}:${f.range.start.column}: ${f.severity}: ${f.message} [${f.ruleId}]${f.suppressed ? ' (suppressed)' : ''}`,
  );
  for (const e of result.errors) lines.push(`${e.file ?? '<input>'}:1:1: error: ${e.message} [input-error]`);
  return lines.length ? lines.join('\n') + '\n' : '';
};
