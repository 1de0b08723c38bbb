// The podman driver: `podman kube play` on a laptop or CI machine with no cluster. See
// docs/verify.md for what podman 4.3 does not do and how the harness stands in for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { asArray, isObject, type JsonObject } from '../../model/objects.js';
import type { ContainerInfo } from '../../model/workload.js';
import type { ContainerState, Driver, ExecResult, PlannedWorkload, PodState, ProbeResult, StopRecord, Unit } from '../types.js';
import { run, sleep, type RunOutput } from '../process.js';
import { renderPodmanPod } from '../render.js';
import { runProbe, probeUntil } from '../probes.js';
import { DeployError, DriverUnavailable, epoch, iso, pollWait } from './common.js';
import { NAME_PREFIX, formatMs } from '../names.js';

const NETPROBE = fileURLToPath(new URL('../netprobe.js', import.meta.url));

export interface PodmanOptions {
  runId: string;
  /** Where rendered manifests are written for `podman kube play`. */
  workDir: string;
  readyTimeoutMs: number;
  graceCapMs: number;
  podman?: string;
  log?: (line: string) => void;
}

interface PodStart {
  /** Init containers that ran, with their exit codes. */
  init: { name: string; exitCode: number; ms: number }[];
  /** Native sidecars started by the harness: when, and their startup probe. */
  sidecars: { name: string; startedAt: number; startupMs: number; detail: string; ok: boolean }[];
  /** What kept the regular containers from starting (a failed init container or startup probe). */
  blockedBy?: string;
  appStartedAt?: number;
}

/** Containers of a workload as podman knows them: every declared one but ephemeral containers. */
function declaredContainers(w: PlannedWorkload): ContainerInfo[] {
  return w.workload.declared.filter((c) => c.list !== 'ephemeralContainers');
}

function kindOf(c: ContainerInfo): ContainerState['kind'] {
  return c.role === 'init' ? 'init' : c.role === 'native-sidecar' ? 'native-sidecar' : 'regular';
}

export class PodmanDriver implements Driver {
  readonly name = 'podman' as const;
  readonly emulatesNativeSidecars = true;
  private readonly podman: string;
  private readonly livePods = new Set<string>();
  private readonly volumes = new Set<string>();
  private readonly starts = new Map<string, PodStart>();
  private readonly infraPid = new Map<string, number>();
  private readonly startedAt = new Map<string, number>();
  /** The last readiness probe result of each container (for status without probes). */
  private readonly lastReady = new Map<string, boolean>();

  constructor(private readonly opts: PodmanOptions) {
    this.podman = opts.podman ?? 'podman';
  }

  private p(args: string[], timeoutMs = 60_000, input?: string): Promise<RunOutput> {
    return run(this.podman, args, { timeoutMs, input });
  }

  async prepare(): Promise<void> {
    const r = await this.p(['version', '--format', '{{.Client.Version}}'], 30_000);
    if (r.missing) throw new DriverUnavailable('podman is not installed (Debian: apt-get install podman runc; see docs/verify.md)');
    if (r.code !== 0) throw new DriverUnavailable(`podman does not run here: ${r.stderr.trim().split('\n').pop()}`);
    fs.mkdirSync(this.opts.workDir, { recursive: true });
  }

  plan(unit: Unit): void {
    for (const w of unit.workloads) {
      const r = renderPodmanPod(w.workload, w.deployName, this.opts.runId, unit.id, unit.support);
      // ConfigMaps first: podman reads them from the same file when it makes the pod.
      w.rendered = [...r.configMaps, r.pod];
      w.volumeNames = r.volumeNames;
      w.emulatedSidecars = r.emulatedSidecars;
      w.notes.push(...r.notes);
    }
  }

  renderedYaml(unit: Unit): string {
    return unit.workloads.flatMap((w) => w.rendered.map((o) => stringify(o))).join('---\n');
  }

  async deploy(unit: Unit): Promise<void> {
    const file = path.join(this.opts.workDir, `${unit.id}.yaml`);
    fs.writeFileSync(file, this.renderedYaml(unit));
    // Recorded before anything exists, so a teardown after a partial deploy finds it all.
    for (const w of unit.workloads) {
      this.livePods.add(w.deployName);
      for (const v of w.volumeNames.values()) this.volumes.add(v);
    }
    // --start=false: the harness starts the containers in Kubernetes order; --network none: the
    // pod has its own loopback and nothing else (no host ports, nothing shared between runs).
    const r = await this.p(['kube', 'play', '--start=false', '--network', 'none', file], 120_000);
    if (r.code !== 0) throw new DeployError(`podman kube play failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
    for (const w of unit.workloads) this.startedAt.set(w.deployName, Date.now());
    await Promise.all(unit.workloads.map((w) => this.startPod(unit, w)));
  }

  private ctr(pod: string, container: string): string {
    return `${pod}-${container}`;
  }

  /** Init containers one by one, then native sidecars (each started and past its startup probe), then the rest at once. */
  private async startPod(unit: Unit, w: PlannedWorkload): Promise<void> {
    const pod = w.deployName;
    const start: PodStart = { init: [], sidecars: [] };
    this.starts.set(pod, start);
    for (const c of declaredContainers(w)) {
      if (start.blockedBy) break;
      if (c.role === 'init') {
        const t = performance.now();
        // Not `start --attach` or `podman wait`: both take ~20 s to return for an init container of a played pod (podman 4.3).
        const r = await this.p(['start', this.ctr(pod, c.name)]);
        const exit = r.code === 0 ? await this.waitExit(this.ctr(pod, c.name), this.opts.readyTimeoutMs) : -1;
        start.init.push({ name: c.name, exitCode: exit ?? -1, ms: performance.now() - t });
        if (exit !== 0) start.blockedBy = exit === undefined ? `init container "${c.name}" did not finish within ${formatMs(this.opts.readyTimeoutMs)}` : `init container "${c.name}" exited ${exit}`;
      } else if (c.role === 'native-sidecar') {
        const r = await this.p(['start', this.ctr(pod, c.name)]);
        const startedAt = Date.now();
        if (r.code !== 0) {
          start.blockedBy = `native sidecar "${c.name}" did not start: ${r.stderr.trim()}`;
          break;
        }
        // The kubelet moves on once the sidecar's startup probe succeeded (or, with none, once it runs).
        const probe = isObject(c.spec.startupProbe)
          ? await probeUntil(this, unit, pod, c.name, c.spec, 'startupProbe', this.opts.readyTimeoutMs)
          : { ok: true, detail: 'no startupProbe: started once running', ms: 0, attempts: 0 };
        start.sidecars.push({ name: c.name, startedAt, startupMs: probe.ms, detail: probe.detail, ok: probe.ok });
        if (!probe.ok) start.blockedBy = `native sidecar "${c.name}" startupProbe failed: ${probe.detail}`;
      }
    }
    if (start.blockedBy) return;
    const regular = declaredContainers(w).filter((c) => c.list === 'containers');
    start.appStartedAt = Date.now();
    const r = await this.p(['start', ...regular.map((c) => this.ctr(pod, c.name))]);
    if (r.code !== 0) start.blockedBy = `podman start failed: ${r.stderr.trim().split('\n').pop()}`;
  }

  /** Polls until the container has run and exited; its exit code, or undefined on timeout. */
  private async waitExit(name: string, timeoutMs: number): Promise<number | undefined> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      const r = await this.p(['inspect', '--type', 'container', '--format', '{{.State.Status}} {{.State.ExitCode}} {{.State.StartedAt.UnixNano}} {{.State.FinishedAt.UnixNano}}', name]);
      if (r.code !== 0) return -1;
      const [status, code, startedAt, finishedAt] = r.stdout.trim().split(' ');
      // Both times set: it ran and ended (conmon's finish time may read a few ms before the start time).
      if ((status === 'exited' || status === 'stopped') && BigInt(startedAt ?? '0') > 0n && BigInt(finishedAt ?? '0') > 0n) return Number(code);
      await sleep(100);
    }
    return undefined;
  }

  async pods(_unit: Unit, w: PlannedWorkload): Promise<string[]> {
    return [w.deployName];
  }

  /** `podman inspect` of the pod's containers (only those that exist), by container name. */
  private async inspect(pod: string): Promise<Map<string, JsonObject> | undefined> {
    const p = await this.p(['pod', 'inspect', pod]);
    if (p.code !== 0) return undefined;
    const info = JSON.parse(p.stdout) as JsonObject;
    const ids = asArray(info.Containers)
      .filter(isObject)
      .filter((c) => !String(c.Name).endsWith('-infra'))
      .map((c) => String(c.Id));
    const out = new Map<string, JsonObject>();
    if (ids.length === 0) return out;
    const r = await this.p(['inspect', '--type', 'container', ...ids]);
    if (r.code !== 0) return out;
    for (const c of JSON.parse(r.stdout) as JsonObject[]) out.set(String(c.Name), c);
    return out;
  }

  async status(unit: Unit, w: PlannedWorkload, pod: string, opts: { readiness?: boolean } = {}): Promise<PodState | undefined> {
    const inspected = await this.inspect(pod);
    if (!inspected) return undefined;
    const start = this.starts.get(pod);
    const containers: ContainerState[] = [];
    for (const c of declaredContainers(w)) {
      const i = inspected.get(this.ctr(pod, c.name));
      const st = i && isObject(i.State) ? i.State : undefined;
      const s: ContainerState = { name: c.name, kind: kindOf(c), state: 'unknown', ready: false, restartCount: Number(i?.RestartCount ?? 0) };
      if (st) {
        s.startedAt = epoch(st.StartedAt);
        const status = String(st.Status);
        if (status === 'running' || status === 'paused') s.state = 'running';
        else if (status === 'exited' || status === 'stopped') {
          s.state = 'terminated';
          s.exitCode = Number(st.ExitCode);
          s.finishedAt = epoch(st.FinishedAt);
          s.reason = st.OOMKilled ? 'OOMKilled' : s.exitCode === 0 ? 'Completed' : 'Error';
        } else {
          s.state = 'waiting';
          s.reason = start?.blockedBy ? (c.role === 'init' ? 'Waiting' : 'PodInitializing') : 'ContainerCreating';
          if (start?.blockedBy) s.message = start.blockedBy;
        }
        if (st.Error) s.message = String(st.Error);
      }
      if (s.state === 'running') {
        if (s.restartCount > 0 && s.kind !== 'init') s.reason = 'Restarted';
        if (isObject(c.spec.readinessProbe) && opts.readiness === false) {
          s.ready = this.lastReady.get(this.ctr(pod, c.name)) ?? false;
          s.readyBy = 'harness-probe';
        } else if (isObject(c.spec.readinessProbe)) {
          const r = await runProbe(this, unit, pod, c.name, c.spec, 'readinessProbe');
          this.lastReady.set(this.ctr(pod, c.name), Boolean(r?.ok));
          s.ready = Boolean(r?.ok);
          s.readyBy = 'harness-probe';
          s.probeOutput = r?.detail;
        } else {
          s.ready = true;
          s.readyBy = 'running';
        }
      } else if (s.kind === 'init') s.ready = s.state === 'terminated' && s.exitCode === 0;
      containers.push(s);
    }
    const regular = containers.filter((c) => c.kind === 'regular');
    let phase = 'Pending';
    if (regular.length && regular.every((c) => c.state === 'terminated')) phase = regular.every((c) => c.exitCode === 0) ? 'Succeeded' : 'Failed';
    else if (regular.some((c) => c.state === 'running' || c.state === 'terminated')) phase = 'Running';
    const ready = phase === 'Running' && containers.filter((c) => c.kind !== 'init').every((c) => c.ready);
    return { name: pod, phase, ready, containers, object: this.podObject(w, pod, phase, ready, containers) };
  }

  /** The pod as the Kubernetes API would show it, for `assert` steps. */
  private podObject(w: PlannedWorkload, pod: string, phase: string, ready: boolean, containers: ContainerState[]): JsonObject {
    const statusOf = (c: ContainerState): JsonObject => {
      const state =
        c.state === 'running'
          ? { running: { startedAt: iso(c.startedAt) } }
          : c.state === 'terminated'
            ? { terminated: { exitCode: c.exitCode, reason: c.reason, startedAt: iso(c.startedAt), finishedAt: iso(c.finishedAt) } }
            : { waiting: { reason: c.reason ?? 'ContainerCreating', ...(c.message ? { message: c.message } : {}) } };
      const spec = declaredContainers(w).find((d) => d.name === c.name)?.spec ?? {};
      return { name: c.name, image: spec.image, ready: c.ready, started: c.state === 'running', restartCount: c.restartCount, state };
    };
    const cond = (type: string, ok: boolean) => ({ type, status: ok ? 'True' : 'False' });
    const initialized = containers.filter((c) => c.kind !== 'regular').every((c) => (c.kind === 'init' ? c.ready : c.state === 'running' || c.state === 'terminated'));
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: w.workload.object.name, namespace: 'podman', annotations: { 'sidecar-lint.io/podman-pod': pod } },
      spec: w.workload.podSpec,
      status: {
        phase,
        conditions: [cond('Initialized', initialized), cond('ContainersReady', ready), cond('Ready', ready)],
        initContainerStatuses: containers.filter((c) => c.kind !== 'regular').map(statusOf),
        containerStatuses: containers.filter((c) => c.kind === 'regular').map(statusOf),
      },
    };
  }

  wait(unit: Unit, w: PlannedWorkload, pod: string, done: (s: PodState) => boolean, timeoutMs: number): Promise<{ state?: PodState; met: boolean }> {
    return pollWait(() => this.status(unit, w, pod), done, timeoutMs);
  }

  async exec(_unit: Unit, pod: string, container: string, command: string[], timeoutMs: number): Promise<ExecResult> {
    const r = await this.p(['exec', this.ctr(pod, container), ...command], timeoutMs);
    const notFound = (r.code === 126 || r.code === 127) && /executable file not found|no such file or directory|not found in \$PATH|permission denied/i.test(r.stderr);
    return { exitCode: r.timedOut ? -1 : r.code, stdout: r.stdout, stderr: r.stderr, ms: r.ms, notFound, timedOut: r.timedOut };
  }

  async logs(_unit: Unit, pod: string, container: string): Promise<string> {
    // podman keeps one log across restarts: the previous run's lines are in it.
    const r = await this.p(['logs', this.ctr(pod, container)]);
    return [r.stdout, r.stderr].filter(Boolean).join(r.stdout.endsWith('\n') || !r.stdout ? '' : '\n');
  }

  private async pidOf(pod: string): Promise<number | undefined> {
    const known = this.infraPid.get(pod);
    if (known) return known;
    const r = await this.p(['pod', 'inspect', '--format', '{{.InfraContainerID}}', pod]);
    if (r.code !== 0) return undefined;
    const pid = await this.p(['inspect', '--type', 'container', '--format', '{{.State.Pid}}', r.stdout.trim()]);
    const n = Number(pid.stdout.trim());
    if (!(n > 0)) return undefined;
    this.infraPid.set(pod, n);
    return n;
  }

  /** Connects from inside the pod's network namespace (nsenter into the infra container's), to 127.0.0.1 only. */
  async probe(_unit: Unit, pod: string, port: number, http?: { path: string }, timeoutMs = 2000): Promise<ProbeResult> {
    const pid = await this.pidOf(pod);
    if (!pid) return { ok: false, detail: `pod ${pod} has no running infra container` };
    const args = http ? ['http', String(port), http.path, String(timeoutMs)] : ['tcp', String(port), String(timeoutMs)];
    const r = await run('nsenter', ['-t', String(pid), '-n', process.execPath, NETPROBE, ...args], { timeoutMs: timeoutMs + 5000 });
    if (r.missing) return { ok: false, detail: 'nsenter (util-linux) is not installed' };
    try {
      return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as ProbeResult;
    } catch {
      return { ok: false, detail: `probe failed: ${r.stderr.trim() || `exit ${r.code}`}` };
    }
  }

  async object(unit: Unit, kind: string, name: string): Promise<JsonObject | undefined> {
    const w = unit.workloads.find((x) => x.workload.object.name === name && (kind === 'Pod' || x.workload.kind === kind));
    if (!w) return undefined;
    const s = await this.status(unit, w, w.deployName);
    if (!s) return undefined;
    if (kind === 'Pod' || w.workload.kind === 'Pod') return s.object;
    return undefined;
  }

  private graceSeconds(w: PlannedWorkload): number {
    const g = w.workload.podSpec.terminationGracePeriodSeconds;
    const ms = Math.min(typeof g === 'number' ? g * 1000 : 30_000, this.opts.graceCapMs);
    return Math.max(0, Math.ceil(ms / 1000));
  }

  async stopOrdered(unit: Unit, w: PlannedWorkload, pod: string): Promise<StopRecord> {
    const grace = this.graceSeconds(w);
    const regular = declaredContainers(w).filter((c) => c.list === 'containers');
    const sidecars = declaredContainers(w).filter((c) => c.role === 'native-sidecar');
    const evidence: string[] = [];
    let t = performance.now();
    // The kubelet sends SIGTERM to every regular container at once...
    await this.p(['stop', '-t', String(grace), ...regular.map((c) => this.ctr(pod, c.name))], (grace + 30) * 1000);
    evidence.push(`harness: podman stop -t ${grace} ${regular.map((c) => c.name).join(' ')} (${formatMs(performance.now() - t)})`);
    // ...and to sidecars only after the last one exited, one by one in reverse order.
    for (const c of [...sidecars].reverse()) {
      t = performance.now();
      await this.p(['stop', '-t', String(grace), this.ctr(pod, c.name)], (grace + 30) * 1000);
      evidence.push(`harness: podman stop -t ${grace} ${c.name} (${formatMs(performance.now() - t)})`);
    }
    const s = await this.status(unit, w, pod);
    const stopped = (s?.containers ?? [])
      .filter((c) => c.kind !== 'init')
      .map((c) => ({ name: c.name, finishedAt: c.finishedAt, exitCode: c.exitCode, killed: c.exitCode === 137 }));
    return { stopped, emulated: true, evidence };
  }

  /** A run-to-completion pod's regular containers exited: stop its native sidecars, last first (the kubelet's job). */
  async finishJob(_unit: Unit, w: PlannedWorkload, pod: string): Promise<void> {
    const grace = this.graceSeconds(w);
    for (const c of declaredContainers(w).filter((c) => c.role === 'native-sidecar').reverse()) {
      await this.p(['stop', '-t', String(grace), this.ctr(pod, c.name)], (grace + 30) * 1000);
    }
  }

  /** The harness's record of how it started a pod (for evidence). */
  startRecord(pod: string): PodStart | undefined {
    return this.starts.get(pod);
  }

  async diagnostics(unit: Unit, dir: string): Promise<string[]> {
    fs.mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    const write = (name: string, text: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      files.push(f);
    };
    write('rendered.yaml', this.renderedYaml(unit));
    for (const w of unit.workloads) {
      const pod = w.deployName;
      const podInspect = await this.p(['pod', 'inspect', pod]);
      const inspected = await this.inspect(pod);
      write(`${pod}.inspect.json`, JSON.stringify({ pod: podInspect.code === 0 ? JSON.parse(podInspect.stdout) : podInspect.stderr, containers: inspected ? Object.fromEntries(inspected) : null, harness: this.starts.get(pod) ?? null }, null, 2));
      for (const c of declaredContainers(w)) write(`${pod}.${c.name}.log`, await this.logs(unit, pod, c.name));
      const since = this.startedAt.get(pod);
      const ev = await this.p(['events', '--stream=false', '--filter', `pod=${pod}`, ...(since ? ['--since', new Date(since - 5000).toISOString()] : [])], 30_000);
      write(`${pod}.events.txt`, ev.stdout || ev.stderr);
    }
    return files;
  }

  async teardown(unit: Unit): Promise<void> {
    const problems: string[] = [];
    await Promise.all(
      unit.workloads.map(async (w) => {
        const gone = await removePod(w.deployName, this.podman);
        if (gone === true) this.livePods.delete(w.deployName);
        else problems.push(`pod ${w.deployName}: ${gone}`);
        for (const v of w.volumeNames.values()) {
          const rv = await this.p(['volume', 'rm', '--force', v], 60_000);
          if (rv.code === 0 || /no such volume/i.test(rv.stderr)) this.volumes.delete(v);
          else problems.push(`volume ${v}: ${lastLine(rv)}`);
        }
        this.infraPid.delete(w.deployName);
      }),
    );
    if (problems.length) throw new Error(problems.join('; '));
  }

  async leftovers(): Promise<string[]> {
    return listPodmanLeftovers(this.opts.runId, this.podman);
  }

  async close(): Promise<void> {
    fs.rmSync(this.opts.workDir, { recursive: true, force: true });
  }
}

/** Pods, containers and volumes whose names carry the run id (`slv-…-<run>-<n>`), or any run's when runId is undefined. */
export async function listPodmanLeftovers(runId: string | undefined, podman = 'podman'): Promise<string[]> {
  const mark = runId ? new RegExp(`^${NAME_PREFIX}-.*-${runId}-\\d+(-|$)`) : new RegExp(`^${NAME_PREFIX}-.*-[a-z][a-z0-9]{7}-\\d+(-|$)`);
  const out: string[] = [];
  const list = async (what: string, args: string[]) => {
    const r = await run(podman, args, { timeoutMs: 60_000 });
    if (r.code !== 0) return;
    for (const n of r.stdout.split('\n').map((s) => s.trim()).filter(Boolean)) if (mark.test(n)) out.push(`${what} ${n}`);
  };
  await list('pod', ['pod', 'ps', '--format', '{{.Name}}']);
  await list('container', ['ps', '-a', '--format', '{{.Names}}']);
  await list('volume', ['volume', 'ls', '--format', '{{.Name}}']);
  return out;
}

/** Removes what verify runs left behind (after a kill -9): `sidecar-lint verify --cleanup --driver podman`. */
export async function cleanupPodman(runId: string | undefined, podman = 'podman'): Promise<string[]> {
  const found = await listPodmanLeftovers(runId, podman);
  for (const item of found.filter((f) => f.startsWith('pod '))) await removePod(item.slice(4), podman);
  for (const item of found.filter((f) => f.startsWith('container '))) await run(podman, ['rm', '--force', '--time', '0', item.slice(10)], { timeoutMs: 60_000 });
  for (const item of found.filter((f) => f.startsWith('volume '))) await run(podman, ['volume', 'rm', '--force', item.slice(7)], { timeoutMs: 60_000 });
  return found;
}

function lastLine(r: RunOutput): string {
  return (r.stderr || r.stdout).trim().split('\n').pop() || `exit ${r.code}`;
}

/**
 * Stops and removes a pod: true once it is gone, else podman's last error. `pod rm` is tried again
 * after a pause: on podman 4.3 it can remove the containers and still fail on the pod itself while a
 * crash-looping container's process leaves its cgroup (seen in CI on the port-clash pod), and the
 * second try then succeeds.
 */
export async function removePod(name: string, podman = 'podman', pausesMs = [500, 2000, 5000]): Promise<true | string> {
  // `pod stop -t 0` then `pod rm` takes a fraction of a second; `pod rm -f -t 0` alone takes ~4 s on podman 4.3.
  await run(podman, ['pod', 'stop', '--time', '0', name], { timeoutMs: 120_000 });
  for (let attempt = 0; ; attempt++) {
    const r = await run(podman, ['pod', 'rm', '--force', name], { timeoutMs: 120_000 });
    let problem = r.code === 0 || /no such pod/i.test(r.stderr) ? undefined : lastLine(r);
    // Trust but check: `pod exists` exits 1 once the pod is gone.
    if (!problem && (await run(podman, ['pod', 'exists', name], { timeoutMs: 60_000 })).code !== 1) problem = 'the pod is still there after podman pod rm';
    if (!problem) return true;
    const pause = pausesMs[attempt];
    if (pause === undefined) return `podman pod rm failed ${attempt + 1} times: ${problem}`;
    await sleep(pause);
  }
}
