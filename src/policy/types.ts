// The common shape of the user's own policies (Rego, JSON Schema, CEL): each kind loads into a
// PolicySet that turns the run's documents into findings through the same Finding model.
import type { Finding, InputError, Severity } from '../types.js';
import type { YamlDocument } from '../yaml/parse.js';
import type { K8sObject } from '../model/objects.js';
import type { Workload } from '../model/workload.js';
import type { KubeVersion } from '../model/kube-version.js';

export type PolicyKind = 'rego' | 'jsonschema' | 'cel';

/** One `--policy` path, or one entry of the configuration's `policies` list. */
export interface PolicySpec {
  /** A file or folder: `.rego` files, `policy.wasm`, an OPA `bundle.tar.gz`, check files, ValidatingAdmissionPolicy files. */
  path: string;
  /** Only this kind of policy from the path (default: every kind found). */
  kind?: PolicyKind;
  /** Rego: the packages to query (conftest's --namespace; glob wildcards allowed). Default `main`. */
  namespaces?: string[];
  /** Rego: query every package (conftest's --all-namespaces). */
  allNamespaces?: boolean;
  /** Rego: files or folders of JSON/YAML data (conftest's --data). */
  data?: string[];
  /** Rego syntax of `.rego` files (default v1, as conftest and OPA 1.x). */
  regoVersion?: 'v0' | 'v1';
  /** Rego: milliseconds one document may take before the policy is stopped (default 5000). */
  timeoutMs?: number;
  /** Severity for findings of this policy that carry none (default: by rule: deny error, warn warning). */
  severity?: Severity;
}

/** What a policy sees of one lint run. */
export interface PolicyRunContext {
  cwd: string;
  kubeVersion: KubeVersion;
  documents: readonly YamlDocument[];
  objects: readonly K8sObject[];
  /** Every workload of the run (policies see the whole model). */
  workloads: readonly Workload[];
}

export interface PolicyFinding {
  finding: Finding;
  /** The object it belongs to, for annotation suppressions. */
  object?: K8sObject;
}

export interface PolicySet {
  kind: PolicyKind;
  /** Where it came from, for messages (`policy/`, `checks.yaml`). */
  name: string;
  /** Rule ids this set reports under (for the harness and `--list-rules`-like output). */
  ruleIds(): string[];
  evaluate(ctx: PolicyRunContext): Promise<PolicyFinding[]>;
  /** Frees workers and the like; the set may not be used after. */
  dispose?(): Promise<void>;
}

export interface LoadedPolicies {
  sets: PolicySet[];
  errors: InputError[];
}

/** A policy that failed while it ran (trapped, timed out, threw): reported, and the run goes on. */
export const POLICY_ERROR = 'policy-error';
/** An expression or builtin outside what the offline engine supports: reported, never passed silently. */
export const POLICY_UNSUPPORTED = 'policy-unsupported';
