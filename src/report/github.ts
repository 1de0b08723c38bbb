import type { Finding } from '../types.js';
import type { LintResult } from '../engine/lint.js';
import type { ReportOptions, Reporter } from './index.js';
import { shownFindings } from './select.js';
import { isPseudoFile, reportPath } from './paths.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** GitHub keeps at most this many annotations of each level per step (and 50 per job); the rest are dropped. */
export const ANNOTATIONS_PER_STEP: Readonly<Record<AnnotationLevel, number>> = { error: 10, warning: 10, notice: 10 };

/** A workflow command's message: `%`, CR and LF escaped (what @actions/core does). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(command: string, props: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${list ? ' ' + list : ''}::${escapeData(message)}`;
}

export interface Annotation {
  level: AnnotationLevel;
  props: Record<string, string | number | undefined>;
  message: string;
}

function findingAnnotation(f: Finding, result: LintResult, options: ReportOptions): Annotation {
  const start = f.range.start;
  let endLine = Math.max(f.range.end.line, start.line);
  // A range that ends at the start of a line ends, for a reader, on the line before.
  if (endLine > start.line && f.range.end.column === 1) endLine--;
  const sameLine = endLine === start.line && f.range.end.line === start.line;
  const props: Annotation['props'] = {
    file: isPseudoFile(f.file) ? undefined : reportPath(options.root, result.cwd, f.file).path,
    line: start.line,
    endLine,
    // Columns only when the annotation stays on one line (GitHub ignores them otherwise); endColumn inclusive.
    col: sameLine ? start.column : undefined,
    endColumn: sameLine ? Math.max(start.column, f.range.end.column - 1) : undefined,
    title: f.suppressed ? `${f.ruleId} (suppressed)` : f.ruleId,
  };
  const note = f.suppressed ? ` (suppressed${f.suppressed.reason ? ': ' + f.suppressed.reason : ''})` : '';
  return {
    level: f.suppressed ? 'notice' : f.severity === 'info' ? 'notice' : f.severity,
    props,
    message: `${f.message}${note}${f.docsUrl ? `\n${f.docsUrl}` : ''}`,
  };
}

/** Every annotation a result makes: input errors first, then findings in file order. */
export function annotationsOf(result: LintResult, options: ReportOptions): Annotation[] {
  const list: Annotation[] = result.errors.map((e) => ({
    level: 'error',
    props: { file: e.file && !isPseudoFile(e.file) ? reportPath(options.root, result.cwd, e.file).path : undefined, title: 'sidecar-lint: input error' },
    message: e.message,
  }));
  for (const f of shownFindings(result, options)) list.push(findingAnnotation(f, result, options));
  return list;
}

export type HiddenCounts = Record<AnnotationLevel, number>;

export interface GithubOptions {
  /** Print only what GitHub keeps (10 per level), then a notice from `more`; default: print all, with a leading notice when over the caps. */
  cap?: boolean;
  /** The notice's text, given how many annotations of each level were not printed (cap) or will be dropped (no cap). */
  more?: (hidden: HiddenCounts, total: number) => string;
}

function defaultMore(hidden: HiddenCounts, total: number, capped: boolean): string {
  const parts = [`${hidden.error} error${hidden.error === 1 ? '' : 's'}`, `${hidden.warning} warning${hidden.warning === 1 ? '' : 's'}`, `${hidden.notice} notice${hidden.notice === 1 ? '' : 's'}`];
  return capped
    ? `sidecar-lint: ${total} more findings (${parts.join(', ')}) are not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step. Use the SARIF report (code scanning) or the job summary for all of them.`
    : `sidecar-lint: GitHub shows at most 10 errors, 10 warnings and 10 notices per step: ${total} findings below (${parts.join(', ')}) are in this log but not annotated.`;
}

/** Workflow commands for a result, within GitHub's per-step annotation caps. */
export function githubAnnotations(result: LintResult, options: ReportOptions, opts: GithubOptions = {}): string {
  const all = annotationsOf(result, options);
  const count: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of all) count[a.level]++;
  const over = (level: AnnotationLevel, limit: number) => Math.max(0, count[level] - limit);
  let overflow = over('error', ANNOTATIONS_PER_STEP.error) + over('warning', ANNOTATIONS_PER_STEP.warning) + over('notice', ANNOTATIONS_PER_STEP.notice) > 0;
  // The notice about the rest is a notice too: it takes one of the notice slots.
  const limits = { ...ANNOTATIONS_PER_STEP };
  if (overflow || count.notice > limits.notice) {
    overflow = true;
    limits.notice--;
  }
  const hidden: HiddenCounts = { error: over('error', limits.error), warning: over('warning', limits.warning), notice: over('notice', limits.notice) };
  const totalHidden = hidden.error + hidden.warning + hidden.notice;
  const lines: string[] = [];
  const printed: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const notice = () => workflowCommand('notice', { title: 'sidecar-lint' }, (opts.more ?? ((h, t) => defaultMore(h, t, Boolean(opts.cap))))(hidden, totalHidden));
  if (overflow && !opts.cap) lines.push(notice());
  for (const a of all) {
    if (opts.cap && printed[a.level] >= limits[a.level]) continue;
    printed[a.level]++;
    lines.push(workflowCommand(a.level, a.props, a.message));
  }
  if (overflow && opts.cap) lines.push(notice());
  return lines.length ? lines.join('\n') + '\n' : '';
}

/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`): annotations on the
 * pull request's diff. Prints every finding (the log keeps them all); when there are more than
 * GitHub annotates per step, a notice first says how many will not be annotated.
 */
export const github: Reporter = (result, options) => githubAnnotations(result, options);
