import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { lint, lintText, type LintOptions } from '../engine/lint.js';
import { findConfig } from '../config/config.js';
import { decodeSource, STDIN } from '../input/sources.js';
import { SourceFile } from '../yaml/source.js';
import { applyFixes } from './apply.js';

export interface FixedFile {
  /** The file as reports name it. */
  file: string;
  before: string;
  after: string;
  /** How many fixes went in, over all passes. */
  applied: number;
}

export interface FixRun {
  fixed: FixedFile[];
  /** Files with fixes that were not applied, and why. */
  skipped: { file: string; reason: string }[];
}

/** Passes per file: a fix may unblock another (edits that touched) or uncover one. */
export const MAX_PASSES = 10;

/**
 * Applies every safe fix to the files of a run, re-linting each changed file until nothing more
 * applies or MAX_PASSES is reached. Works on texts in memory: the caller decides whether to write
 * them (`--fix`) or to show a diff (`--fix-dry-run`). Later passes lint each file on its own, so
 * they can only find fewer cross-file problems than the first, never invent a fix.
 */
export async function computeFixes(inputs: readonly string[], options: LintOptions): Promise<FixRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const first = await lint(inputs, options);
  const config = options.config === false ? false : (options.config ?? findConfig(path.resolve(cwd, inputs.find((i) => i !== STDIN) ?? options.stdinFilename ?? '.')) ?? false);
  const run: FixRun = { fixed: [], skipped: [] };
  const files = new Set(first.findings.filter((f) => f.fix && !f.suppressed).map((f) => f.file));
  for (const file of files) {
    const doc = first.documents.find((d) => d.source.path === file);
    if (!doc) continue;
    if (doc.source.originalText !== undefined) {
      // Re-indented to parse: the fixes' offsets would not fit the file.
      run.skipped.push({ file, reason: 'its quoted strings had to be re-indented to parse' });
      continue;
    }
    const before = doc.source.text;
    let text = before;
    let applied = 0;
    let findings = first.findings.filter((f) => f.file === file);
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const result = applyFixes(text, findings);
      if (result.applied.length === 0) break;
      text = result.text;
      applied += result.applied.length;
      findings = (await lintText(text, file, { ...options, config, cwd })).findings;
    }
    if (text !== before) run.fixed.push({ file, before, after: text, applied });
  }
  return run;
}

export function unifiedDiff(f: FixedFile): string {
  return createTwoFilesPatch(`a/${f.file}`, `b/${f.file}`, f.before, f.after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/**
 * Writes fixed texts back in the file's own encoding (a UTF-8 byte order mark, UTF-16) and only
 * when the file still holds what was linted: returns the files it left alone.
 */
export function writeFixes(cwd: string, fixed: readonly FixedFile[]): { file: string; reason: string }[] {
  const refused: { file: string; reason: string }[] = [];
  for (const f of fixed) {
    const target = path.resolve(cwd, f.file);
    let raw: Buffer;
    try {
      raw = fs.readFileSync(target);
    } catch (e) {
      refused.push({ file: f.file, reason: `cannot read it again: ${(e as Error).message}` });
      continue;
    }
    const now = decodeSource(f.file, raw, Number.MAX_SAFE_INTEGER);
    if (!(now instanceof SourceFile) || now.text !== f.before) {
      refused.push({ file: f.file, reason: 'it changed while it was being fixed' });
      continue;
    }
    let bytes: Buffer;
    if (raw[0] === 0xff && raw[1] === 0xfe) bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(f.after, 'utf16le')]);
    else if (raw[0] === 0xfe && raw[1] === 0xff) bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(f.after, 'utf16le').swap16()]);
    else {
      const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? '\ufeff' : '';
      bytes = Buffer.from(bom + f.after, 'utf8');
    }
    try {
      fs.writeFileSync(target, bytes);
    } catch (e) {
      refused.push({ file: f.file, reason: `cannot write it: ${(e as Error).message}` });
    }
  }
  return refused;
}
