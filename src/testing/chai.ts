// A chai plugin for linting in any mocha suite:
//
//   import * as chai from 'chai';
//   import { chaiSidecarLint } from 'sidecar-lint/chai';
//   import { lint } from 'sidecar-lint';
//   chai.use(chaiSidecarLint);
//
//   expect(await lint('k8s/web.yaml')).to.have.finding('port-conflict').at(12, 9);
//   expect(await lint('k8s/clean.yaml')).to.be.clean;
//   expect(result).to.have.findings([{ ruleId: 'main.deny', line: 30 }]);
//   expect(result).to.meetExpectations();        // the caret comments in the linted file
//
// Failure messages list the expected and the actual findings.
import type { Finding, InputError } from '../types.js';
import type { LintResult } from '../engine/lint.js';
import { parseExpectations, compareExpectations, formatFinding, formatExpectation } from './expectations.js';
import { describeMismatch, inScope, toExpectations, type ExpectedFinding } from './harness.js';

export type { ExpectedFinding } from './harness.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Chai {
    interface Assertion {
      /** A finding of this rule (not suppressed); `message` must be contained in (or match) its message. Chain `.at(line, column)`. */
      finding(ruleId: string, message?: string | RegExp): Assertion;
      /**
       * After `.finding(id)`: one of those findings starts at this line (and column). Still the
       * language chain of `.at.least(n)` / `.at.most(n)` when not called.
       */
      at: Assertion & ((line: number, column?: number) => Assertion);
      /** No findings (suppressed ones aside) and no input errors. */
      clean: Assertion;
      /** Exactly these findings: each matched by rule id and, when given, line, column and message text. */
      findings(expected: ExpectedFinding[], options?: { allRules?: boolean }): Assertion;
      /** The caret and `# expect:` comments in the linted file(s) hold, as `sidecar-lint test` checks them. */
      meetExpectations(options?: { allRules?: boolean }): Assertion;
    }
  }
}

interface ChaiUtils {
  flag(obj: object, key: string, value?: unknown): unknown;
}

interface ChaiStatic {
  Assertion: {
    addMethod(name: string, fn: (this: AssertionThis, ...args: never[]) => unknown): void;
    addProperty(name: string, fn: (this: AssertionThis) => unknown): void;
    addChainableMethod(name: string, fn: (this: AssertionThis, ...args: never[]) => unknown, chaining: (this: AssertionThis) => void): void;
  };
}

interface AssertionThis {
  _obj: unknown;
  assert(ok: boolean, message: string, negatedMessage: string, expected?: unknown, actual?: unknown, showDiff?: boolean): void;
}

function findingsOf(obj: unknown): { findings: Finding[]; errors: InputError[]; result?: LintResult } {
  if (Array.isArray(obj)) return { findings: obj as Finding[], errors: [] };
  if (obj && typeof obj === 'object' && Array.isArray((obj as LintResult).findings)) {
    const r = obj as LintResult;
    return { findings: r.findings, errors: r.errors ?? [], result: r };
  }
  throw new TypeError('expected a LintResult (from lint() or lintText()) or an array of findings');
}

function list(findings: readonly Finding[]): string {
  return findings.length ? findings.map((f) => `\n    ${formatFinding(f)}`).join('') : ' none';
}

function describe(m: string | RegExp | undefined): string {
  return m === undefined ? '' : m instanceof RegExp ? ` matching ${m}` : ` saying "${m}"`;
}

export function chaiSidecarLint(chai: unknown, utils: unknown): void {
  const { Assertion } = chai as ChaiStatic;
  const u = utils as ChaiUtils;

  Assertion.addMethod('finding', function (this: AssertionThis, ruleId: string, message?: string | RegExp) {
    const { findings } = findingsOf(this._obj);
    const active = findings.filter((f) => !f.suppressed);
    const matched = active.filter((f) => f.ruleId === ruleId && (message === undefined || (message instanceof RegExp ? message.test(f.message) : f.message.includes(message))));
    u.flag(this, 'sidecarLint.matched', matched);
    u.flag(this, 'sidecarLint.rule', `${ruleId}${describe(message)}`);
    this.assert(
      matched.length > 0,
      `expected a ${ruleId} finding${describe(message)}; actual findings:${list(active)}`,
      `expected no ${ruleId} finding${describe(message)}, but found:${list(matched)}`,
      `${ruleId}${describe(message)}`,
      active.map(formatFinding),
    );
  });

  // `at` is also chai's language chain (`.at.least(3)`): a chainable method keeps both working.
  Assertion.addChainableMethod('at', function (this: AssertionThis, line: number, column?: number) {
    const matched = u.flag(this, 'sidecarLint.matched') as Finding[] | undefined;
    const rule = u.flag(this, 'sidecarLint.rule') as string | undefined;
    if (!matched) throw new Error('.at(line, column) follows .finding(ruleId)');
    const where = `${line}${column !== undefined ? ':' + column : ''}`;
    const ok = matched.some((f) => f.range.start.line === line && (column === undefined || f.range.start.column === column));
    this.assert(
      ok,
      `expected a ${rule} finding at ${where}; ${rule} findings are at:${list(matched)}`,
      `expected no ${rule} finding at ${where}`,
      where,
      matched.map((f) => `${f.range.start.line}:${f.range.start.column}`),
    );
  }, function () {});

  Assertion.addProperty('clean', function (this: AssertionThis) {
    const { findings, errors } = findingsOf(this._obj);
    const active = findings.filter((f) => !f.suppressed);
    this.assert(
      active.length === 0 && errors.length === 0,
      `expected no findings; actual:${list(active)}${errors.length ? `\n  input errors:${errors.map((e) => `\n    ${e.file ? e.file + ': ' : ''}${e.message}`).join('')}` : ''}`,
      'expected findings, but the result is clean',
      [],
      active.map(formatFinding),
    );
  });

  Assertion.addMethod('findings', function (this: AssertionThis, expected: ExpectedFinding[], options: { allRules?: boolean } = {}) {
    const { findings, errors } = findingsOf(this._obj);
    const exp = toExpectations(expected);
    const actual = inScope(findings, exp, options.allRules ?? true);
    const m = compareExpectations(exp, actual);
    this.assert(
      m.missing.length === 0 && m.unexpected.length === 0 && errors.length === 0,
      `expected the findings to match\n${describeMismatch({ ...m, errors, expected: exp, actual })}`,
      'expected the findings not to match, but they do',
      exp.map(formatExpectation),
      actual.map(formatFinding),
      true,
    );
  });

  Assertion.addMethod('meetExpectations', function (this: AssertionThis, options: { allRules?: boolean } = {}) {
    const { findings, errors, result } = findingsOf(this._obj);
    if (!result) throw new TypeError('meetExpectations needs a LintResult (it reads the linted files)');
    const sources = new Map(result.documents.map((d) => [d.source.path, d.source]));
    const mismatches: string[] = [];
    const allExp = [];
    const allActual = [];
    for (const [file, source] of sources) {
      const exp = parseExpectations(source.originalText ?? source.text);
      const actual = inScope(
        findings.filter((f) => f.file === file),
        exp,
        options.allRules ?? false,
      );
      allExp.push(...exp);
      allActual.push(...actual);
      const m = compareExpectations(exp, actual);
      if (m.missing.length || m.unexpected.length) mismatches.push(`${file}:\n${describeMismatch({ ...m, errors: [], expected: exp, actual })}`);
    }
    if (errors.length) mismatches.push(`input errors:${errors.map((e) => `\n    ${e.file ? e.file + ': ' : ''}${e.message}`).join('')}`);
    this.assert(
      mismatches.length === 0,
      `expected the findings the files' comments state\n${mismatches.join('\n')}`,
      'expected the findings not to meet the expectations, but they do',
      allExp.map(formatExpectation),
      allActual.map(formatFinding),
      true,
    );
  });
}

export default chaiSidecarLint;
