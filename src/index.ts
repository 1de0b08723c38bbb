// The programmatic API: what the CLI, the GitHub Action and the editor server all call.
export { lint, lintText, exitCodeFor, activeFindings, ALL_RULES, ruleById } from './engine/lint.js';
export type { LintOptions, LintResult } from './engine/lint.js';
export type { Rule, RuleMeta, RuleContext, ReportDescriptor } from './engine/rule.js';
export type { Finding, Severity, Range, Position, NodePath, InputError, Fix, TextEdit, ObjectRef } from './types.js';
export type { Workload, ContainerInfo, ContainerRole, PortDecl, VolumeInfo } from './model/workload.js';
export type { K8sObject } from './model/objects.js';
export type { InjectedProxy } from './model/mesh.js';
export type { RuleSetting, Config } from './config/config.js';
export { loadReporter, FORMATS } from './report/index.js';
export { applyFixes, applyEdits, editsConflict } from './fix/apply.js';
export { computeFixes, unifiedDiff, writeFixes, MAX_PASSES } from './fix/run.js';
export type { FixedFile, FixRun } from './fix/run.js';
export type { FormatName, ReportOptions } from './report/index.js';
export { VERSION } from './version.js';
export { runPolicies, POLICY_ERROR, POLICY_UNSUPPORTED, PINNED_OPA_VERSION } from './policy/index.js';
export type { PolicySpec, PolicyKind, PolicySet, PolicyFinding } from './policy/types.js';
export type { DocumentModel, WorkloadModel, ContainerModel } from './policy/model-input.js';
