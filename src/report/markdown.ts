import type { Finding, Severity } from '../types.js';
import type { LintResult } from '../engine/lint.js';
import type { ReportOptions, Reporter } from './index.js';
import { counts, shownFindings } from './select.js';
import { isPseudoFile, reportPath } from './paths.js';

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', info: '🔵' };

/** Text for a GFM table cell: no raw HTML, no markdown syntax, no line breaks, no pipes. */
export function mdCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]~|#!])/g, '\\$1')
    .replace(/\r?\n|\r/g, '<br>');
}

/** A URL inside `(...)`: spaces and parentheses would end it. */
function mdUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
}

export interface MarkdownOptions {
  /** Stop adding table rows before the text exceeds this many UTF-8 bytes (GitHub's job summary takes 1 MiB per step). */
  maxBytes?: number;
  /** What the line under a cut table says (default: use the other reports). */
  moreHint?: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The markdown summary with options the plain reporter does not take (the Action uses it for the job summary). */
export function markdownReport(result: LintResult, options: ReportOptions, extra: MarkdownOptions = {}): string {
  const c = counts(result.findings);
  const findings = shownFindings(result, options);
  const head: string[] = [];
  const verdict = result.errors.length ? '✖ input errors' : result.exitCode === 1 ? '✖ failed' : c.error + c.warning + c.info > 0 ? '✔ passed with findings' : '✔ no problems';
  head.push(`## sidecar-lint: ${verdict}`, '');
  head.push('| Severity | Count |', '| --- | ---: |');
  head.push(`| ${ICON.error} error | ${c.error} |`, `| ${ICON.warning} warning | ${c.warning} |`, `| ${ICON.info} info | ${c.info} |`);
  if (c.suppressed) head.push(`| suppressed | ${c.suppressed} |`);
  if (result.errors.length) head.push(`| input errors | ${result.errors.length} |`);
  head.push('');
  head.push(
    `${plural(result.files.length, 'file')}, ${plural(result.counts.objects, 'object')}, Kubernetes ${result.kubeVersion}, fail on: ${result.failOn}.`,
    '',
  );
  if (result.errors.length) {
    head.push('### Input errors', '');
    for (const e of result.errors) head.push(`- ${e.file ? `${mdCell(e.file)}: ` : ''}${mdCell(e.message)}`);
    head.push('');
  }
  const tail: string[] = [];
  if (findings.length) {
    head.push('### Findings', '', '| Severity | Location | Message | Rule |', '| --- | --- | --- | --- |');
    const rows = findings.map((f) => row(f, result, options));
    const budget = extra.maxBytes;
    let size = Buffer.byteLength(head.join('\n') + '\n');
    let shown = rows.length;
    if (budget !== undefined) {
      const reserve = 400; // the line that says how many rows were cut
      for (let i = 0; i < rows.length; i++) {
        size += Buffer.byteLength(rows[i]!) + 1;
        if (size > budget - reserve) {
          shown = i;
          break;
        }
      }
    }
    head.push(...rows.slice(0, shown));
    if (shown < rows.length) {
      tail.push('', `… and ${rows.length - shown} more findings not listed here (the summary is limited in size)${extra.moreHint ? `: ${extra.moreHint}` : ''}.`);
    }
  }
  return [...head, ...tail].join('\n') + '\n';
}

function row(f: Finding, result: LintResult, options: ReportOptions): string {
  const p = reportPath(options.root, result.cwd, f.file);
  const where = `${p.path}:${f.range.start.line}:${f.range.start.column}`;
  const location = options.blobUrl && p.inside && !isPseudoFile(f.file)
    ? `[${mdCell(where)}](${mdUrl(`${options.blobUrl.replace(/\/$/, '')}/${p.path.split('/').map(encodeURIComponent).join('/')}#L${f.range.start.line}`)})`
    : mdCell(where);
  const rule = f.docsUrl ? `[${mdCell(f.ruleId)}](${mdUrl(f.docsUrl)})` : mdCell(f.ruleId);
  const message = mdCell(f.message) + (f.suppressed ? ` _(suppressed${f.suppressed.reason ? ': ' + mdCell(f.suppressed.reason) : ''})_` : '');
  return `| ${ICON[f.severity]} ${f.severity} | ${location} | ${message} | ${rule} |`;
}

/**
 * A markdown summary (job summaries, merge request comments): counts per severity, input errors,
 * and a table of every finding with a link to its rule's docs page.
 */
export const markdown: Reporter = (result, options) => markdownReport(result, options);
