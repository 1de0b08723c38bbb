import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { lint, lintText, type LintOptions } from '../engine/lint.js';
import { findConfig } from '../config/config.js';
import { applyFixes } from './apply.js';

export interface FixedFile {
  /** The file as reports name it. */
  file: string;
  before: string;
  after: string;
  /** How many fixes went in, over all passes. */
  applied: number;
}

const MAX_PASSES = 5;

/**
 * Applies every safe fix to the files of a run, re-linting each changed file until nothing more
 * applies (a fix may uncover or unblock another). Works on texts in memory: the caller decides
 * whether to write them (`--fix`) or to show a diff (`--fix-dry-run`).
 */
export async function computeFixes(inputs: readonly string[], options: LintOptions): Promise<FixedFile[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const first = await lint(inputs, options);
  const config = options.config === false ? false : (options.config ?? findConfig(path.resolve(cwd, inputs.find((i) => i !== '-') ?? '.')) ?? false);
  const out: FixedFile[] = [];
  const files = new Set(first.findings.filter((f) => f.fix && !f.suppressed).map((f) => f.file));
  for (const file of files) {
    const doc = first.documents.find((d) => d.source.path === file);
    if (!doc || doc.source.originalText !== undefined) continue; // re-indented to parse: offsets would not fit the file
    const before = doc.source.text;
    let text = before;
    let applied = 0;
    let findings = first.findings.filter((f) => f.file === file);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const result = applyFixes(text, findings);
      if (result.applied.length === 0) break;
      text = result.text;
      applied += result.applied.length;
      findings = (await lintText(text, file, { ...options, config })).findings;
    }
    if (text !== before) out.push({ file, before, after: text, applied });
  }
  return out;
}

export function unifiedDiff(f: FixedFile): string {
  return createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.before, f.after, undefined, undefined, { context: 2 });
}

/** Writes fixed texts back, keeping a file's byte order mark. */
export function writeFixes(cwd: string, fixed: FixedFile[]): void {
  for (const f of fixed) {
    const target = path.resolve(cwd, f.file);
    const raw = fs.readFileSync(target);
    const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? '\ufeff' : '';
    fs.writeFileSync(target, bom + f.after);
  }
}
