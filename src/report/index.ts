import type { LintResult } from '../engine/lint.js';

export interface ReportOptions {
  /** ANSI colours (stylish only). */
  color: boolean;
  /** Include suppressed findings (marked as such). */
  showSuppressed: boolean;
  /** Folder the SARIF URIs are made relative to (the repository root). */
  root: string;
  /** Only findings of severity error. */
  quiet: boolean;
}

/** A reporter only formats: it turns a result into text and never decides anything. */
export type Reporter = (result: LintResult, options: ReportOptions) => string;

export const FORMATS = ['stylish', 'compact', 'json', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

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
  }
}
