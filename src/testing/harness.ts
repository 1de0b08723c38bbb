// The policy test harness behind `sidecar-lint test` and the chai plugin: a case is a manifest
// and the findings it should produce, written as caret comments (as our own rule fixtures do),
// `# expect:` lines, or a `<case>.expect.yaml` list next to it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, InputError } from '../types.js';
import type { LintOptions, LintResult } from '../engine/lint.js';
import { lint, ALL_RULES } from '../engine/lint.js';
import { parseExpectations, parseFixtureOptions, compareExpectations, formatExpectation, formatFinding, type Expectation } from './expectations.js';

export type { Expectation } from './expectations.js';

/** One expected finding, as a test states it: the rule id, and optionally where and what. */
export interface ExpectedFinding {
  ruleId: string;
  line?: number;
  column?: number;
  /** Text the message must contain. */
  message?: string;
}

export interface CaseResult {
  /** The case file, relative to the folder the harness ran in. */
  name: string;
  file: string;
  passed: boolean;
  expected: Expectation[];
  /** The findings compared (see `scope`). */
  actual: Finding[];
  missing: Expectation[];
  unexpected: Finding[];
  errors: InputError[];
  /** Findings in other files (a policy file's unsupported expression): reported once, as the `policies` case. */
  outside: Finding[];
  ms: number;
}

export interface HarnessOptions extends LintOptions {
  /** Compare every finding, built-in rules included (default: the user's policies' findings and the rule ids the case names). */
  allRules?: boolean;
}

const BUILTIN_IDS = new Set<string>(ALL_RULES.map((r) => r.meta.id));

/** Findings a case is judged on: everything but built-in rules it does not mention, unless allRules. */
export function inScope(findings: readonly Finding[], expected: readonly Expectation[], allRules = false): Finding[] {
  const named = new Set(expected.map((e) => e.ruleId));
  return findings.filter((f) => !f.suppressed && (allRules || !BUILTIN_IDS.has(f.ruleId) || named.has(f.ruleId)));
}

const CASE_FILE = /\.(ya?ml|json)$/;
const EXPECT_FILE = /\.expect\.(ya?ml|json)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.sidecar-lint-cache']);

/** The case files under the given paths (folders recursively), sorted; `*.expect.yaml` and config files are not cases. */
export function findCases(paths: readonly string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  const visit = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) if (!SKIP_DIRS.has(e) && !e.startsWith('.')) visit(path.join(p, e));
    } else if (CASE_FILE.test(p) && !EXPECT_FILE.test(p) && !path.basename(p).startsWith('.sidecar-lint')) out.push(p);
  };
  for (const p of paths) visit(path.resolve(cwd, p));
  return out;
}

/** Expectations from a `<case>.expect.yaml` (or .json) file: a list of { rule, line?, column?, message? }. */
export async function readExpectFile(caseFile: string): Promise<Expectation[] | undefined> {
  const base = caseFile.replace(CASE_FILE, '');
  for (const ext of ['.expect.yaml', '.expect.yml', '.expect.json']) {
    const f = base + ext;
    if (!fs.existsSync(f)) continue;
    const text = fs.readFileSync(f, 'utf8');
    const { parse } = await import('yaml');
    const value = f.endsWith('.json') ? JSON.parse(text) : parse(text);
    const list = Array.isArray(value) ? value : (value?.findings ?? []);
    if (!Array.isArray(list)) throw new Error(`${f}: expected a list of findings`);
    return list.map((x: Record<string, unknown>, i: number) => {
      const ruleId = x.rule ?? x.ruleId ?? x.id;
      if (typeof ruleId !== 'string') throw new Error(`${f}: entry ${i + 1} has no rule`);
      return {
        ruleId,
        line: typeof x.line === 'number' ? x.line : undefined,
        column: typeof x.column === 'number' ? x.column : undefined,
        message: typeof x.message === 'string' ? x.message : undefined,
        writtenAt: 0,
      };
    });
  }
  return undefined;
}

export function toExpectations(expected: readonly ExpectedFinding[]): Expectation[] {
  return expected.map((e) => ({ ruleId: e.ruleId, line: e.line, column: e.column, message: e.message, writtenAt: 0 }));
}

/** Runs one case: lints the file with the options (and its `# fixture:` options) and compares. */
export async function runCase(file: string, options: HarnessOptions = {}): Promise<CaseResult> {
  const started = performance.now();
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const abs = path.resolve(cwd, file);
  const text = fs.readFileSync(abs, 'utf8');
  const fixture = parseFixtureOptions(text) as LintOptions & { allRules?: boolean };
  const fromFile = await readExpectFile(abs);
  const expected = [...parseExpectations(text), ...(fromFile ?? [])];
  const { allRules, ...lintOptions } = { ...options, ...fixture };
  const result = await lint(abs, { ...lintOptions, cwd, rules: { ...options.rules, ...fixture.rules } });
  const name = path.relative(cwd, abs) || abs;
  const inFile = result.findings.filter((f) => f.file === name || path.resolve(cwd, f.file) === abs);
  const outside = inScope(result.findings.filter((f) => !inFile.includes(f)), [], allRules ?? false);
  const actual = inScope(inFile, expected, allRules ?? false);
  const { missing, unexpected } = compareExpectations(expected, actual);
  return {
    name,
    file: abs,
    passed: missing.length === 0 && unexpected.length === 0 && result.errors.length === 0,
    expected,
    actual,
    missing,
    unexpected,
    errors: result.errors,
    outside,
    ms: performance.now() - started,
  };
}

export async function runCases(paths: readonly string[], options: HarnessOptions = {}): Promise<CaseResult[]> {
  const files = findCases(paths, options.cwd);
  const out: CaseResult[] = [];
  for (const f of files) {
    try {
      out.push(await runCase(f, options));
    } catch (e) {
      const cwd = path.resolve(options.cwd ?? process.cwd());
      out.push({ name: path.relative(cwd, f), file: f, passed: false, expected: [], actual: [], missing: [], unexpected: [], errors: [{ file: f, message: (e as Error).message }], outside: [], ms: 0 });
    }
  }
  // Problems in the policies themselves (e.g. an unsupported CEL expression) fail the run once.
  const seen = new Set<string>();
  const outside: Finding[] = [];
  for (const r of out) {
    for (const f of r.outside) {
      const key = `${f.file}:${formatFinding(f)}`;
      if (!seen.has(key)) {
        seen.add(key);
        outside.push(f);
      }
    }
  }
  if (outside.length > 0) {
    out.push({ name: 'policies', file: '', passed: false, expected: [], actual: outside, missing: [], unexpected: outside, errors: [], outside: [], ms: 0 });
  }
  return out;
}

/** Expected against actual, as a failure message prints it. */
export function describeMismatch(r: Pick<CaseResult, 'missing' | 'unexpected' | 'errors' | 'expected' | 'actual'>): string {
  const lines: string[] = [];
  for (const e of r.errors) lines.push(`  error: ${e.file ? e.file + ': ' : ''}${e.message}`);
  if (r.missing.length) {
    lines.push('  expected but not found:');
    for (const e of r.missing) lines.push(`    - ${formatExpectation(e)}`);
  }
  if (r.unexpected.length) {
    lines.push('  found but not expected:');
    for (const f of r.unexpected) lines.push(`    + ${formatFinding(f)}`);
  }
  lines.push(`  expected (${r.expected.length}): ${r.expected.length ? '' : 'no findings'}`);
  for (const e of r.expected) lines.push(`    ${formatExpectation(e)}`);
  lines.push(`  actual (${r.actual.length}): ${r.actual.length ? '' : 'no findings'}`);
  for (const f of r.actual) lines.push(`    ${formatFinding(f)}`);
  return lines.join('\n');
}

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** JUnit XML (the schema Jenkins, GitLab and GitHub test reporters read): a testsuite per folder. */
export function toJUnit(results: readonly CaseResult[], name = 'sidecar-lint test'): string {
  const bySuite = new Map<string, CaseResult[]>();
  for (const r of results) {
    const suite = path.dirname(r.name) === '.' ? name : path.dirname(r.name);
    let list = bySuite.get(suite);
    if (!list) bySuite.set(suite, (list = []));
    list.push(r);
  }
  const secs = (ms: number) => (ms / 1000).toFixed(3);
  const failures = results.filter((r) => !r.passed).length;
  const total = results.reduce((a, r) => a + r.ms, 0);
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="${xml(name)}" tests="${results.length}" failures="${failures}" errors="0" time="${secs(total)}">`];
  for (const [suite, list] of bySuite) {
    const f = list.filter((r) => !r.passed).length;
    out.push(`  <testsuite name="${xml(suite)}" tests="${list.length}" failures="${f}" errors="0" skipped="0" time="${secs(list.reduce((a, r) => a + r.ms, 0))}">`);
    for (const r of list) {
      const open = `    <testcase classname="${xml(suite)}" name="${xml(path.basename(r.name))}" file="${xml(r.name)}" time="${secs(r.ms)}"`;
      if (r.passed) out.push(`${open}/>`);
      else {
        const summary = [
          r.errors.length ? `${r.errors.length} error(s)` : '',
          r.missing.length ? `${r.missing.length} expected finding(s) missing` : '',
          r.unexpected.length ? `${r.unexpected.length} unexpected finding(s)` : '',
        ]
          .filter(Boolean)
          .join(', ');
        out.push(`${open}>`, `      <failure message="${xml(summary)}" type="FindingsMismatch">${xml(describeMismatch(r))}</failure>`, `    </testcase>`);
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

/** Asserts a lint result holds exactly the expected findings (in scope); throws an Error showing both. */
export function assertFindings(result: LintResult | readonly Finding[], expected: readonly ExpectedFinding[], options: { allRules?: boolean } = {}): void {
  const findings = Array.isArray(result) ? (result as Finding[]) : (result as LintResult).findings;
  const exp = toExpectations(expected);
  const actual = inScope(findings, exp, options.allRules ?? true);
  const { missing, unexpected } = compareExpectations(exp, actual);
  const errors = Array.isArray(result) ? [] : (result as LintResult).errors;
  if (missing.length || unexpected.length || errors.length) {
    const err = new Error(`findings do not match\n${describeMismatch({ missing, unexpected, errors, expected: exp, actual })}`);
    Object.assign(err, { expected: exp.map(formatExpectation), actual: actual.map(formatFinding), showDiff: true });
    throw err;
  }
}
