// "Never crash, no nonsense" over 1,247 real manifest files from public projects. The corpus lives
// next to the project in ../shared and is never copied in: without it these tests are skipped.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../src/index.js';
import type { LintResult } from '../src/index.js';
import { corpusDir, hasCorpus } from './helpers.js';

describe('corpus', function () {
  let result: LintResult;
  const lineCounts = new Map<string, number>();

  before(async function () {
    if (!hasCorpus) {
      console.log(`    (skipped: ${corpusDir} is not on this machine)`);
      this.skip();
    }
    this.timeout(120_000);
    result = await lint([corpusDir], { config: false, cwd: corpusDir });
  });

  it('reads every file without an input error', () => {
    expect(result.errors).to.deep.equal([]);
    expect(result.files.length).to.be.greaterThan(1000);
    expect(result.exitCode).to.not.equal(2);
  });

  it('no rule fails on any document', () => {
    const failures = result.findings.filter((f) => f.ruleId === 'rule-error');
    expect(failures.map((f) => `${f.file}: ${f.message}`)).to.deep.equal([]);
  });

  it('every finding has a sane range inside its file', () => {
    const bad: string[] = [];
    for (const f of result.findings) {
      let lines = lineCounts.get(f.file);
      if (lines === undefined) {
        lines = readFileSync(join(corpusDir, f.file), 'utf8').split('\n').length;
        lineCounts.set(f.file, lines);
      }
      const { start, end } = f.range;
      const ok =
        start.line >= 1 && start.column >= 1 && end.line <= lines &&
        (end.line > start.line || (end.line === start.line && end.column >= start.column));
      if (!ok) bad.push(`${f.file}:${start.line}:${start.column}-${end.line}:${end.column} ${f.ruleId}`);
    }
    expect(bad.slice(0, 20)).to.deep.equal([]);
  });

  it('every message reads as a sentence, with no undefined, NaN or [object Object]', () => {
    const bad = result.findings
      .filter((f) => !f.message.trim() || /\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b.*\bnull\b/.test(f.message) || f.message.includes('\n'))
      .map((f) => `${f.ruleId}: ${f.message}`);
    expect(bad.slice(0, 20)).to.deep.equal([]);
  });
});
