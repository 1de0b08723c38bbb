import type { LintResult } from '../engine/lint.js';

export interface ReportOptions {
  /** ANSI colours (stylish only). */
  color: boolean;
  /** Include suppressed findings (marked as such). */
  showSuppressed: boolean;
  /** Folder the reported paths and SARIF URIs are made relative to (the repository root). */
  root: string;
  /** Only findings of severity error. */
  quiet: boolean;
  /** Base of links to files at this revision, e.g. `https://github.com/o/r/blob/<sha>` (markdown only). */
  blobUrl?: string;
}

/** A reporter only formats: it turns a result into text and never decides anything. */
export type Reporter = (result: LintResult, options: ReportOptions) => string;

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'junit', 'checkstyle', 'codeclimate', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** Loads only the reporter a run asks for. */
export async function loadReporter(name: FormatName): Promise<Reporter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'compact':
      return (await import('./compact.js')).compact;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'junit':
      return (await import('./junit.js')).junit;
    case 'checkstyle':
      return (await import('./checkstyle.js')).checkstyle;
    case 'codeclimate':
      return (await import('./codeclimate.js')).codeclimate;
    case 'github':
      return (await import('./github.js')).github;
    case 'markdown':
      return (await import('./markdown.js')).markdown;
  }
}
