// Integration mode (`sidecar-lint verify`): the shapes shared by the checks, the runner and the
// drivers. Checks are written once against `Driver`; podman and the Kubernetes API implement it.
import type { NodePath } from '../types.js';
import type { JsonObject } from '../model/objects.js';
import type { Workload } from '../model/workload.js';
import type { YamlDocument } from '../yaml/parse.js';

export type DriverName = 'podman' | 'kind' | 'cluster';
/** `info`: a note that is no verdict (where the diagnostics bundle is, what was emulated). */
export type CheckStatus = 'pass' | 'fail' | 'skip' | 'info';

/** Check ids, reported as `verify/<id>`. */
export type CheckId =
  | 'lint'
  | 'deploy'
  | 'container-ready'
  | 'stable'
  | 'port'
  | 'shared-volume'
  | 'job-completes'
  | 'sidecar-order'
  | 'step'
  | 'cleanup'
  | 'diagnostics';

export interface CheckResult {
  check: CheckId;
  status: CheckStatus;
  /** One line naming the containers, ports or volumes, with the key evidence. */
  message: string;
  /** Status fields, exit codes, log lines, timings: everything the verdict rests on. */
  evidence: string[];
  /** The behaviour was produced by the harness, not by the runtime (podman and native sidecars). */
  emulated?: boolean;
  ms: number;
  /** The test (unit) it belongs to. */
  test: string;
  /** Where to point in the report: a workload's node, or a test file's step. */
  where?: { doc: YamlDocument; path: NodePath };
  container?: string;
}

/** A container's state, the same for every driver (Kubernetes' containerStatuses, podman inspect). */
export interface ContainerState {
  name: string;
  kind: 'init' | 'native-sidecar' | 'regular';
  state: 'waiting' | 'running' | 'terminated' | 'unknown';
  /** CrashLoopBackOff, ImagePullBackOff, Error, Completed, OOMKilled... */
  reason?: string;
  message?: string;
  ready: boolean;
  restartCount: number;
  exitCode?: number;
  /** Epoch milliseconds. */
  startedAt?: number;
  finishedAt?: number;
  /** How readiness was decided: by the runtime, or by the harness running the probe (podman). */
  readyBy?: 'runtime' | 'harness-probe' | 'running';
  probeOutput?: string;
}

export interface PodState {
  name: string;
  phase: string;
  ready: boolean;
  containers: ContainerState[];
  /** The pod as a Kubernetes object (status included), for `assert` steps. */
  object: JsonObject;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
  /** The command could not run at all (no such executable in the image, exec refused...). */
  notFound?: boolean;
  timedOut?: boolean;
}

/** A workload planned for deployment, with the names it gets in this run. */
export interface PlannedWorkload {
  workload: Workload;
  /** Name of the deployed pod (podman) or of the object (Kubernetes). */
  deployName: string;
  /** The objects sent to the driver, rendered for it. */
  rendered: JsonObject[];
  /** Volume names as deployed (podman renames emptyDirs so runs never share one). */
  volumeNames: Map<string, string>;
  /** Native sidecars run as regular containers, ordered by the harness. */
  emulatedSidecars: boolean;
  notes: string[];
}

/** One test: deployed in isolation (a podman pod set, a Kubernetes namespace), checked, torn down. */
export interface Unit {
  /** Unique in the run, DNS-1123. */
  id: string;
  /** What reports call it: the workload label, or the test folder's name. */
  name: string;
  workloads: PlannedWorkload[];
  /** Objects deployed beside the workloads (ConfigMaps, Secrets, Services...). */
  support: JsonObject[];
  /** Kubernetes namespace of the unit (kube drivers). */
  namespace?: string;
  /** Run derived checks (false for a user test, which runs its steps instead). */
  derived: boolean;
  test?: import('./tests.js').VerifyTest;
}

export interface StopRecord {
  /** Container name → epoch ms it stopped, and how. */
  stopped: { name: string; finishedAt?: number; exitCode?: number; killed: boolean }[];
  emulated: boolean;
  evidence: string[];
  /** The last state seen (the Kubernetes driver: just before the deleted pod was gone). */
  final?: PodState;
}

export interface ProbeResult {
  ok: boolean;
  detail: string;
  status?: number;
  body?: string;
}

export interface Driver {
  readonly name: DriverName;
  /** Native sidecars are run by the harness (podman 4.3 ignores `restartPolicy: Always` on init containers). */
  readonly emulatesNativeSidecars: boolean;
  /** Ensures the runtime or cluster is there (kind: creates or reuses the cluster). */
  prepare(): Promise<void>;
  /** Renders the workloads of a unit for this driver (names, namespace, image pull policy...). */
  plan(unit: Unit): void;
  /** Creates everything of the unit and starts it (podman: in Kubernetes order, driven by the harness). */
  deploy(unit: Unit): Promise<void>;
  /** The pods of a planned workload (empty while they are being created). */
  pods(unit: Unit, w: PlannedWorkload): Promise<string[]>;
  /** With `readiness: false`, a driver that runs readiness probes itself (podman) skips them (ready stays as last seen). */
  status(unit: Unit, w: PlannedWorkload, pod: string, opts?: { readiness?: boolean }): Promise<PodState | undefined>;
  /** Polls status until `done` says so or the time is up; returns the last state seen. */
  wait(unit: Unit, w: PlannedWorkload, pod: string, done: (s: PodState) => boolean, timeoutMs: number): Promise<{ state?: PodState; met: boolean }>;
  exec(unit: Unit, pod: string, container: string, command: string[], timeoutMs: number): Promise<ExecResult>;
  logs(unit: Unit, pod: string, container: string, opts?: { previous?: boolean }): Promise<string>;
  /** A TCP connect or HTTP GET made from inside the pod's network, without any container's tools. */
  probe?(unit: Unit, pod: string, port: number, http?: { path: string; scheme?: string }, timeoutMs?: number): Promise<ProbeResult>;
  /** A live object of the unit (for `assert` steps). */
  object(unit: Unit, kind: string, name: string): Promise<JsonObject | undefined>;
  /** Stops a long-running pod the way the kubelet would (app first, sidecars after, in reverse order) and records it. */
  stopOrdered(unit: Unit, w: PlannedWorkload, pod: string): Promise<StopRecord>;
  /** Called when every regular container of a run-to-completion pod has exited. */
  finishJob?(unit: Unit, w: PlannedWorkload, pod: string): Promise<void>;
  /** Writes logs, inspect output or pod YAML, and events into `dir`; returns the files written. */
  diagnostics(unit: Unit, dir: string): Promise<string[]>;
  /** Removes everything the unit created; safe to call twice and after a partial deploy. */
  teardown(unit: Unit): Promise<void>;
  /** What this run created that still exists (pods, containers, volumes, namespaces). */
  leftovers(): Promise<string[]>;
  /** Ends the driver (kind: deletes the cluster if this run created it). */
  close(): Promise<void>;
}

export interface VerifyOptions {
  driver: DriverName;
  /** Deploy even when the lint finds errors. */
  force?: boolean;
  /** How long each container gets to start and become ready (ms). */
  readyTimeoutMs?: number;
  /** How long a pod must stay without restarts (ms). */
  stableMs?: number;
  /** How long a run-to-completion pod gets to finish (ms). */
  jobTimeoutMs?: number;
  /** The longest grace period the harness waits when it stops containers (ms). */
  graceCapMs?: number;
  /** Test folders (default: `sidecar-tests/` inside the first path, when it exists). */
  tests?: string;
  /** Run the checks derived from the manifests (default true). */
  derived?: boolean;
  /** Units run at once. */
  parallel?: number;
  /** Where diagnostics bundles go (default `.sidecar-lint-verify/` in cwd). */
  diagnosticsDir?: string;
  /** kind: the cluster to create or reuse. */
  clusterName?: string;
  /** cluster: the kubeconfig context, required. */
  context?: string;
  /** cluster: the user confirmed (--yes). */
  yes?: boolean;
  kubeconfig?: string;
  /** A run id (default random); names of everything created carry it. */
  runId?: string;
  cwd?: string;
  kubeVersion?: string;
  config?: string | false;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}
