// `sidecar-lint/testing`: typed helpers for test suites that lint (with or without chai).
export { runCase, runCases, findCases, toJUnit, describeMismatch, assertFindings, inScope, toExpectations, readExpectFile } from './harness.js';
export type { CaseResult, HarnessOptions, ExpectedFinding } from './harness.js';
export { parseExpectations, compareExpectations, formatExpectation, formatFinding, parseFixtureOptions } from './expectations.js';
export type { Expectation, Mismatch } from './expectations.js';
export { chaiSidecarLint } from './chai.js';
export { lint, lintText } from '../engine/lint.js';
export type { LintResult, LintOptions } from '../engine/lint.js';
