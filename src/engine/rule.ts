import type { Fix, NodePath, Severity } from '../types.js';
import type { K8sObject } from '../model/objects.js';
import type { Workload, ContainerInfo } from '../model/workload.js';
import type { KubeVersion } from '../model/kube-version.js';
import type { Span, YamlDocument } from '../yaml/parse.js';
import type { RunModel } from '../model/run.js';

export type RuleCategory =
  | 'syntax'
  | 'schema'
  | 'resources'
  | 'probes'
  | 'ports'
  | 'volumes'
  | 'lifecycle'
  | 'mesh'
  | 'security'
  | 'images'
  | 'services'
  | 'suppression';

export interface RuleMeta {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** One line: what the rule finds. */
  description: string;
  /** Why it matters, in a few sentences. */
  rationale: string;
  /** How to fix it. */
  fix: string;
  /** Off unless the configuration turns it on. */
  optIn?: boolean;
  /** A genuine security rule: SARIF gets a security-severity (code scanning's security tab). */
  security?: boolean;
  /** JSON Schema for the rule's options in the configuration file. */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
}

export interface ReportDescriptor {
  message: string;
  /** The object the finding belongs to (for documents without one, give `doc`). */
  object?: K8sObject;
  doc?: YamlDocument;
  /** Path of the offending node in the document; a path past what exists points at the nearest enclosing node. */
  path?: NodePath;
  /** Point at the map key rather than its value (e.g. an unknown field). */
  key?: boolean;
  /** An exact span, when the rule works on text rather than nodes. */
  span?: Span;
  container?: ContainerInfo | string;
  fix?: Fix;
  /** A severity for this finding alone (e.g. the sure case of a rule); the user's setting for the rule wins. */
  severity?: Severity;
}

export interface RuleContext {
  readonly kubeVersion: KubeVersion;
  readonly options: Readonly<Record<string, unknown>>;
  report(d: ReportDescriptor): void;
}

/**
 * A rule is metadata plus any of four visitors; the engine calls each one where it applies.
 * Rules never parse, print or read files: they look at the model and report node paths.
 */
export interface Rule {
  meta: RuleMeta;
  /** Loads what the rule needs before a run (e.g. the schemas of the target version). */
  prepare?(kubeVersion: KubeVersion): Promise<void>;
  /** Once per YAML document (syntax-level checks). */
  document?(doc: YamlDocument, ctx: RuleContext): void;
  /** Once per Kubernetes object. */
  object?(obj: K8sObject, ctx: RuleContext): void;
  /** Once per pod spec (Pod, Deployment, Job, CronJob...). */
  workload?(w: Workload, ctx: RuleContext): void;
  /** Once per run, after every file is read: rules that relate objects to each other. */
  run?(run: RunModel, ctx: RuleContext): void;
  /**
   * The objects `run` looks at whole (Services, workloads...). Only these are held until the run
   * hook, and a large run's worker threads send back only these: the rest of a file is let go once
   * its own rules are done. A rule with `run` and no `keep` is given every object.
   */
  keep?(obj: K8sObject): boolean;
  /**
   * Plain data `run` needs of an object it does not keep whole (a CRD's schema, reduced), made
   * where the file is linted (possibly another thread) and read back with `run.summaries(id)`.
   */
  summarize?(obj: K8sObject): unknown;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
