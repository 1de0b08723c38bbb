// The checks derived from the manifests, written once against the Driver interface: containers
// start and become ready, the pod stays stable, declared ports answer on localhost from the other
// containers, shared volumes carry a nonce between containers, Jobs with sidecars complete, native
// sidecars start before the app and stop after it.
import { randomBytes } from 'node:crypto';
import type { NodePath } from '../types.js';
import type { ContainerInfo, Workload } from '../model/workload.js';
import { roleWord } from '../model/workload.js';
import { isPrivatePath, mountsOf, pathMentions, isWithin, normalizePath, type MountInfo } from '../model/mounts.js';
import type { CheckId, CheckResult, CheckStatus, ContainerState, Driver, PlannedWorkload, PodState, Unit } from './types.js';
import { explain } from './explain.js';
import { formatMs } from './names.js';
import { sleep } from './process.js';

export interface CheckOptions {
  readyTimeoutMs: number;
  stableMs: number;
  jobTimeoutMs: number;
  runId: string;
}

export class Checker {
  readonly results: CheckResult[] = [];
  /** First time each container was seen ready (epoch ms). */
  private readonly readyAt = new Map<string, number>();
  private readonly deployedAt = Date.now();

  constructor(
    readonly driver: Driver,
    readonly unit: Unit,
    readonly w: PlannedWorkload,
    readonly pod: string,
    readonly opts: CheckOptions,
  ) {}

  get workload(): Workload {
    return this.w.workload;
  }

  info(name: string): ContainerInfo | undefined {
    return this.workload.declared.find((c) => c.name === name);
  }

  label(name: string): string {
    const c = this.info(name);
    return c ? `${roleWord(c)} "${name}"` : `container "${name}"`;
  }

  add(check: CheckId, status: CheckStatus, message: string, evidence: string[], extra: { path?: NodePath; container?: string; emulated?: boolean; ms?: number } = {}): CheckResult {
    const r: CheckResult = {
      check,
      status,
      message: extra.emulated ? `${message} [emulated by the harness on ${this.driver.name}]` : message,
      evidence,
      emulated: extra.emulated || undefined,
      ms: extra.ms ?? 0,
      test: this.unit.name,
      where: { doc: this.workload.object.doc, path: extra.path ?? this.workload.object.path },
      container: extra.container,
    };
    this.results.push(r);
    return r;
  }

  private emulatedFor(c: ContainerInfo | undefined): boolean {
    return Boolean(this.driver.emulatesNativeSidecars && c?.role === 'native-sidecar');
  }

  private status(readiness = true): Promise<PodState | undefined> {
    return this.driver.status(this.unit, this.w, this.pod, { readiness });
  }

  private noteReady(s: PodState): void {
    for (const c of s.containers) if (c.ready && !this.readyAt.has(c.name)) this.readyAt.set(c.name, Date.now());
  }

  private async lastLog(name: string, previous = false): Promise<string> {
    try {
      return await this.driver.logs(this.unit, this.pod, name, { previous });
    } catch (e) {
      return `(no log: ${(e as Error).message})`;
    }
  }

  /** Every container, sidecars and native sidecars included, starts and becomes ready (a Job's: starts). */
  async ready(): Promise<PodState | undefined> {
    const toCompletion = this.workload.runsToCompletion;
    const initFailed = (s: PodState) => s.containers.some((c) => c.kind === 'init' && c.state === 'terminated' && c.exitCode !== 0);
    const blocked = (s: PodState) => s.containers.some((c) => c.state === 'waiting' && /BackOff|ErrImage|InvalidImage|CreateContainer/i.test(c.reason ?? ''));
    const done = (s: PodState) => {
      this.noteReady(s);
      if (initFailed(s) || blocked(s)) return true;
      return s.containers.every((c) => {
        if (c.kind === 'init') return c.state === 'terminated' && c.exitCode === 0;
        if (toCompletion && c.kind === 'regular') return c.state === 'terminated' || this.readyAt.has(c.name);
        return this.readyAt.has(c.name);
      });
    };
    const { state } = await this.driver.wait(this.unit, this.w, this.pod, done, this.opts.readyTimeoutMs);
    if (!state) {
      this.add('container-ready', 'fail', `${this.workload.object.label}: no pod appeared within ${formatMs(this.opts.readyTimeoutMs)}`, [`driver ${this.driver.name}`]);
      return undefined;
    }
    for (const c of state.containers) {
      const info = this.info(c.name);
      const path = info?.path;
      const evidence = [stateLine(c)];
      if (c.probeOutput) evidence.push(`readinessProbe (${c.readyBy === 'harness-probe' ? 'run by the harness' : 'kubelet'}): ${c.probeOutput}`);
      const emulated = this.emulatedFor(info);
      if (c.kind === 'init') {
        if (c.state === 'terminated' && c.exitCode === 0) this.add('container-ready', 'pass', `init container "${c.name}" ran to completion (exit 0)`, evidence, { path, container: c.name });
        else {
          const log = await this.lastLog(c.name);
          const why = explain(this.workload, info, log, c.reason);
          evidence.push(...tail(log, 5).map((l) => `log: ${l}`));
          this.add('container-ready', 'fail', `init container "${c.name}" did not complete: ${stateWords(c)}${why.line ? `; log: "${why.line}"` : ''}`, evidence, { path, container: c.name });
        }
        continue;
      }
      const readyAt = this.readyAt.get(c.name);
      const after = readyAt !== undefined ? formatMs(readyAt - this.deployedAt) : undefined;
      if (readyAt !== undefined || (toCompletion && c.kind === 'regular' && c.state === 'terminated')) {
        const what = toCompletion && c.kind === 'regular' ? 'started' : 'started and is ready';
        const restarts = c.restartCount ? `, ${c.restartCount} restart${c.restartCount === 1 ? '' : 's'} (see verify/stable)` : '';
        this.add('container-ready', 'pass', `${this.label(c.name)} ${what}${after ? ` after ${after}` : ''} (${stateWords(c)}${restarts})`, evidence, { path, container: c.name, emulated, ms: readyAt ? readyAt - this.deployedAt : 0 });
      } else {
        const log = await this.lastLog(c.name);
        const why = explain(this.workload, info, log, c.reason);
        evidence.push(...tail(log, 5).map((l) => `log: ${l}`));
        const because = c.message ? `; ${c.message}` : '';
        this.add(
          'container-ready',
          'fail',
          `${this.label(c.name)} not ready within ${formatMs(this.opts.readyTimeoutMs)}: ${stateWords(c)}${because}${c.probeOutput ? `; readiness: ${c.probeOutput}` : ''}${why.line ? `; log: "${why.line}"` : ''}`,
          evidence,
          { path: why.path ?? path, container: c.name, emulated },
        );
      }
    }
    return state;
  }

  /** No restarts and no container ending for `stableMs`; a restart is explained from the previous log. */
  async stable(): Promise<boolean> {
    const started = performance.now();
    let last: PodState | undefined;
    let unstable = false;
    while (performance.now() - started < this.opts.stableMs) {
      last = await this.status(false);
      if (!last) break;
      if (last.containers.some((c) => c.kind !== 'init' && (c.restartCount > 0 || c.state === 'terminated' || /BackOff/.test(c.reason ?? '')))) {
        unstable = true;
        // Let a crash loop show itself a little longer, for the evidence.
        await sleep(500);
        last = (await this.status(false)) ?? last;
        break;
      }
      await sleep(Math.min(500, Math.max(0, this.opts.stableMs - (performance.now() - started))));
    }
    const ms = performance.now() - started;
    if (!last) {
      this.add('stable', 'fail', `${this.workload.object.label}: the pod disappeared`, [], { ms });
      return false;
    }
    if (!unstable) {
      this.add('stable', 'pass', `${this.workload.object.label} stayed stable for ${formatMs(ms)}: no restarts, every container running`, last.containers.filter((c) => c.kind !== 'init').map(stateLine), { ms });
      return true;
    }
    for (const c of last.containers.filter((c) => c.kind !== 'init' && (c.restartCount > 0 || c.state === 'terminated' || /BackOff/.test(c.reason ?? '')))) {
      const info = this.info(c.name);
      const log = await this.lastLog(c.name, true);
      const why = explain(this.workload, info, log, c.reason);
      const what = c.restartCount > 0 ? `restarted ${c.restartCount} time${c.restartCount === 1 ? '' : 's'} within ${formatMs(Date.now() - this.deployedAt)}${/BackOff/.test(c.reason ?? '') ? ` (${c.reason})` : ''}` : `ended: ${stateWords(c)}`;
      const evidence = [stateLine(c), ...tail(log, 8).map((l) => `previous log: ${l}`)];
      const because = why.line ? `: ${why.text}${why.text === 'last log line' ? '' : ''} (log: "${why.line}")` : `: ${why.text}`;
      this.add('stable', 'fail', `${this.label(c.name)} ${what}${because}`, evidence, { path: why.path ?? info?.path, container: c.name, ms, emulated: this.emulatedFor(info) });
    }
    return false;
  }

  /** Containers that restarted or ended (their ports and volumes are not checked: the result would be chance). */
  private unsteady(s: PodState | undefined): Set<string> {
    return new Set((s?.containers ?? []).filter((c) => c.restartCount > 0 || c.state !== 'running').map((c) => c.name));
  }

  /** Each declared TCP port answers on 127.0.0.1 from every other container of the pod. */
  async ports(state: PodState | undefined): Promise<void> {
    const unsteady = this.unsteady(state);
    const running = this.workload.running.filter((c) => c.list && c.list !== 'ephemeralContainers');
    for (const c of running) {
      for (const p of c.ports) {
        if (p.protocol !== 'TCP') {
          this.add('port', 'skip', `port ${p.containerPort}/${p.protocol} of ${this.label(c.name)}: only TCP ports are checked`, [], { path: p.path, container: c.name });
          continue;
        }
        if (unsteady.has(c.name)) {
          this.add('port', 'skip', `port ${p.containerPort}/TCP of ${this.label(c.name)} not checked: the container restarted or is not running (see verify/stable)`, [], { path: p.path, container: c.name });
          continue;
        }
        const t = performance.now();
        const from = running.filter((o) => o !== c && !unsteady.has(o.name)).slice(0, 6);
        const evidence: string[] = [];
        let failures: { from: string; text: string }[] = [];
        const okFrom: string[] = [];
        for (const o of from) {
          const r = await this.driver.exec(this.unit, this.pod, o.name, ['nc', '-w', '2', '127.0.0.1', String(p.containerPort)], 8000);
          if (r.notFound) {
            evidence.push(`${o.name}: nc did not run (${r.stderr.trim().split('\n').pop() || 'not in the image'})`);
            continue;
          }
          evidence.push(`${o.name}: nc -w 2 127.0.0.1 ${p.containerPort} → exit ${r.exitCode} in ${formatMs(r.ms)}${r.stderr.trim() ? `: ${r.stderr.trim().split('\n').pop()}` : ''}`);
          if (r.exitCode === 0) okFrom.push(this.label(o.name));
          else failures.push({ from: o.name, text: `from ${this.label(o.name)}: nc exit ${r.exitCode}${r.stderr.trim() ? ` "${r.stderr.trim().split('\n').pop()}"` : ''}` });
        }
        // A container that crashed since the snapshot explains a failure better than the port
        // does: the stability check reports it.
        if (failures.length) {
          const fresh = this.unsteady(await this.status());
          if (fresh.has(c.name)) {
            this.add('port', 'skip', `port ${p.containerPort}/TCP of ${this.label(c.name)} not checked: the container restarted or stopped while it was checked (see verify/stable)`, evidence, { path: p.path, container: c.name });
            continue;
          }
          for (const f of failures.filter((f) => fresh.has(f.from))) evidence.push(`${f.from} restarted or stopped meanwhile: its result is left out`);
          failures = failures.filter((f) => !fresh.has(f.from));
        }
        // No other container could connect (none, or none with nc): the pod's own network, from the harness.
        if (okFrom.length === 0 && failures.length === 0) {
          if (this.driver.probe) {
            const r = await this.driver.probe(this.unit, this.pod, p.containerPort, undefined, 2000);
            evidence.push(`harness, inside the pod's network namespace: ${r.detail}`);
            if (r.ok) okFrom.push("the pod's network namespace (no other container has nc)");
            else failures.push({ from: "", text: `from the pod's network namespace: ${r.detail}` });
          } else {
            this.add('port', 'skip', `port ${p.containerPort}/TCP of ${this.label(c.name)} not checked: no other container has nc`, evidence, { path: p.path, container: c.name });
            continue;
          }
        }
        const ms = performance.now() - t;
        if (failures.length) this.add('port', 'fail', `port ${p.containerPort}/TCP of ${this.label(c.name)} does not answer on 127.0.0.1 ${failures.map((f) => f.text).join('; ')}`, evidence, { path: p.path, container: c.name, ms });
        else this.add('port', 'pass', `port ${p.containerPort}/TCP of ${this.label(c.name)} answers on 127.0.0.1 from ${okFrom.join(', ')} (${formatMs(ms)})`, evidence, { path: p.path, container: c.name, ms });
      }
    }
  }

  /**
   * A nonce written by one container into each shared volume is read by every other container that
   * mounts it, and by every container that mentions a path inside it without mounting it (the
   * reader that forgot its volumeMount).
   */
  async sharedVolumes(state: PodState | undefined): Promise<void> {
    const unsteady = this.unsteady(state);
    const running = this.workload.running.filter((c) => c.list && c.list !== 'ephemeralContainers');
    const byVolume = new Map<string, MountInfo[]>();
    for (const c of running) {
      for (const m of mountsOf(c)) {
        if (m.field !== 'volumeMounts' || !m.name || !m.mountPath || m.subPath) continue;
        const v = this.workload.volumes.get(m.name);
        if (!v || ['configMap', 'secret', 'projected', 'downwardAPI'].includes(v.type)) continue;
        let list = byVolume.get(m.name);
        if (!list) byVolume.set(m.name, (list = []));
        list.push(m);
      }
    }
    for (const [volume, mounts] of byVolume) {
      const mounters = new Set(mounts.map((m) => m.container));
      // Containers that read or write below a mount path of this volume without mounting it.
      const strangers: { c: ContainerInfo; at: MountInfo; mention: string }[] = [];
      for (const c of running) {
        if (mounters.has(c)) continue;
        for (const m of mounts) {
          if (isPrivatePath(m.mountPath!)) continue;
          const mention = pathMentions(c).find((x) => isWithin(x.text, m.mountPath!));
          if (mention && !mountsOf(c).some((own) => own.mountPath && isWithin(mention.text, own.mountPath) && normalizePath(own.mountPath).length >= normalizePath(m.mountPath!).length)) {
            strangers.push({ c, at: m, mention: mention.text });
            break;
          }
        }
      }
      if (mounters.size + strangers.length < 2) continue;
      const volPath = this.workload.volumes.get(volume)?.path;
      const writer = mounts.find((m) => !m.readOnly && !unsteady.has(m.container.name));
      if (!writer) {
        this.add('shared-volume', 'skip', `volume "${volume}": no running container mounts it read-write, no nonce written`, [], { path: volPath });
        continue;
      }
      const t = performance.now();
      const nonce = randomBytes(8).toString('hex');
      const file = `${normalizePath(writer.mountPath!)}/.sidecar-lint-nonce-${this.opts.runId}`;
      const evidence: string[] = [];
      const w = await this.driver.exec(this.unit, this.pod, writer.container.name, ['sh', '-c', 'printf %s "$1" > "$2"', 'sh', nonce, file], 8000);
      evidence.push(`${writer.container.name} wrote nonce ${nonce} to ${file}: exit ${w.exitCode}${w.stderr.trim() ? ` ${w.stderr.trim()}` : ''}`);
      if (w.exitCode !== 0) {
        this.add('shared-volume', w.notFound ? 'skip' : 'fail', `volume "${volume}": ${this.label(writer.container.name)} could not write a nonce to ${file}${w.notFound ? ' (no sh in the image)' : `: exit ${w.exitCode} ${w.stderr.trim()}`}`, evidence, { path: writer.path, container: writer.container.name });
        continue;
      }
      const readers: { c: ContainerInfo; file: string; path: NodePath; stranger?: string }[] = [];
      for (const m of mounts) {
        if (m.container === writer.container) continue;
        readers.push({ c: m.container, file: `${normalizePath(m.mountPath!)}/.sidecar-lint-nonce-${this.opts.runId}`, path: m.path });
      }
      for (const s of strangers) readers.push({ c: s.c, file: `${normalizePath(s.at.mountPath!)}/.sidecar-lint-nonce-${this.opts.runId}`, path: s.c.path, stranger: s.mention });
      const failed: string[] = [];
      const ok: string[] = [];
      let failPath: NodePath | undefined;
      for (const r of readers) {
        if (unsteady.has(r.c.name)) {
          evidence.push(`${r.c.name}: not read, the container restarted or is not running`);
          continue;
        }
        const res = await this.driver.exec(this.unit, this.pod, r.c.name, ['cat', r.file], 8000);
        const got = res.stdout.trim();
        evidence.push(`${r.c.name}: cat ${r.file} → exit ${res.exitCode}${got ? `, "${got.slice(0, 64)}"` : ''}${res.stderr.trim() ? `, ${res.stderr.trim().split('\n').pop()}` : ''}`);
        if (res.exitCode === 0 && got === nonce) ok.push(this.label(r.c.name));
        else {
          const why = r.stranger ? ` (it uses ${r.stranger} but does not mount volume "${volume}")` : res.exitCode === 0 ? ` (read "${got.slice(0, 32)}" instead)` : '';
          failed.push(`${this.label(r.c.name)} cannot read it at ${r.file}: ${res.stderr.trim().split('\n').pop() || `exit ${res.exitCode}`}${why}`);
          failPath ??= r.path;
        }
      }
      await this.driver.exec(this.unit, this.pod, writer.container.name, ['rm', '-f', file], 5000);
      const ms = performance.now() - t;
      if (failed.length) this.add('shared-volume', 'fail', `volume "${volume}": nonce written by ${this.label(writer.container.name)} at ${file}, but ${failed.join('; ')}`, evidence, { path: failPath ?? writer.path, ms });
      else if (ok.length) this.add('shared-volume', 'pass', `volume "${volume}": nonce written by ${this.label(writer.container.name)} was read by ${ok.join(', ')} (${formatMs(ms)})`, evidence, { path: volPath ?? writer.path, ms });
    }
  }

  /** A run-to-completion pod (Job) finishes: its regular containers exit 0, and its sidecars do not hold it. */
  async completes(): Promise<PodState | undefined> {
    const t = performance.now();
    const allRegularDone = (s: PodState) => s.containers.filter((c) => c.kind === 'regular').every((c) => c.state === 'terminated');
    const { state, met } = await this.driver.wait(this.unit, this.w, this.pod, allRegularDone, this.opts.jobTimeoutMs);
    const ms = performance.now() - t;
    if (!state) {
      this.add('job-completes', 'fail', `${this.workload.object.label}: the pod disappeared before it completed`, [], { ms });
      return undefined;
    }
    if (!met) {
      const still = state.containers.filter((c) => c.kind === 'regular' && c.state !== 'terminated');
      const names = still.map((c) => this.label(c.name)).join(', ');
      const advice = this.workload.isJob ? ': a sidecar in containers keeps a Job from completing (run it as a native sidecar: initContainers with restartPolicy: Always)' : '';
      this.add('job-completes', 'fail', `${this.workload.object.label} did not complete within ${formatMs(ms)}: ${names} still running${advice}`, state.containers.map(stateLine), { path: this.info(still[0]?.name ?? '')?.path, container: still[0]?.name, ms });
      return state;
    }
    // The kubelet stops native sidecars once the regular containers are done; podman needs the harness.
    if (this.driver.finishJob) await this.driver.finishJob(this.unit, this.w, this.pod);
    const after = (await this.driver.wait(this.unit, this.w, this.pod, (s) => s.containers.filter((c) => c.kind === 'native-sidecar').every((c) => c.state === 'terminated'), 30_000)).state ?? state;
    const failed = after.containers.filter((c) => c.kind === 'regular' && c.exitCode !== 0);
    const emulated = this.driver.emulatesNativeSidecars && after.containers.some((c) => c.kind === 'native-sidecar');
    if (failed.length) {
      const parts: string[] = [];
      for (const c of failed) {
        const log = await this.lastLog(c.name);
        const why = explain(this.workload, this.info(c.name), log, c.reason);
        parts.push(`${this.label(c.name)} exited ${c.exitCode}${why.line ? ` (log: "${why.line}")` : ''}`);
      }
      this.add('job-completes', 'fail', `${this.workload.object.label} failed: ${parts.join('; ')}`, after.containers.map(stateLine), { path: this.info(failed[0]!.name)?.path, container: failed[0]!.name, ms });
    } else {
      const sidecars = after.containers.filter((c) => c.kind === 'native-sidecar');
      const extra = sidecars.length ? `; native sidecar${sidecars.length === 1 ? '' : 's'} ${sidecars.map((c) => `"${c.name}"`).join(', ')} stopped after them` : '';
      this.add('job-completes', 'pass', `${this.workload.object.label} completed in ${formatMs(ms)}: regular containers exited 0${extra}`, after.containers.map(stateLine), { ms, emulated });
    }
    return after;
  }

  /** Native sidecars started before the app (and past their startup probe) and stopped after it. */
  async sidecarOrder(final: PodState | undefined, stopEvidence: string[], emulated: boolean): Promise<void> {
    const sidecars = (final?.containers ?? []).filter((c) => c.kind === 'native-sidecar');
    if (!final || sidecars.length === 0) return;
    const regular = final.containers.filter((c) => c.kind === 'regular');
    const appStart = Math.min(...regular.map((c) => c.startedAt ?? Infinity));
    const appEnd = Math.max(...regular.map((c) => c.finishedAt ?? -Infinity));
    const evidence = [...final.containers.map(stateLine), ...stopEvidence];
    const problems: string[] = [];
    const sidecarNames = sidecars.map((c) => c.name);
    for (const s of sidecars) {
      if (s.startedAt === undefined || !(s.startedAt <= appStart)) problems.push(`native sidecar "${s.name}" did not start before the app (${s.startedAt ? new Date(s.startedAt).toISOString() : 'never'} vs ${Number.isFinite(appStart) ? new Date(appStart).toISOString() : 'never'})`);
      if (s.finishedAt === undefined || !Number.isFinite(appEnd) || !(s.finishedAt >= appEnd)) problems.push(`native sidecar "${s.name}" did not stop after the app (${s.finishedAt ? new Date(s.finishedAt).toISOString() : 'still running'} vs ${Number.isFinite(appEnd) ? new Date(appEnd).toISOString() : 'app still running'})`);
      if (s.exitCode === 137) evidence.push(`${s.name}: exit 137, killed at the end of its grace period (it did not exit on SIGTERM)`);
    }
    // Reverse order: a later sidecar stops before an earlier one.
    for (let i = 1; i < sidecars.length; i++) {
      const a = sidecars[i - 1]!;
      const b = sidecars[i]!;
      if (a.finishedAt !== undefined && b.finishedAt !== undefined && b.finishedAt > a.finishedAt) problems.push(`native sidecar "${b.name}" stopped after "${a.name}" (expected reverse order)`);
    }
    const firstPath = this.info(sidecarNames[0]!)?.path;
    if (problems.length) this.add('sidecar-order', 'fail', `${this.workload.object.label}: ${problems.join('; ')}`, evidence, { path: firstPath, emulated });
    else {
      const lead = Number.isFinite(appStart) ? Math.round(appStart - Math.min(...sidecars.map((s) => s.startedAt!))) : 0;
      const lag = Number.isFinite(appEnd) ? Math.round(Math.max(...sidecars.map((s) => s.finishedAt!)) - appEnd) : 0;
      this.add('sidecar-order', 'pass', `native sidecar${sidecars.length === 1 ? '' : 's'} ${sidecarNames.map((n) => `"${n}"`).join(', ')} started ${lead} ms before the app and stopped ${lag} ms after it${sidecars.length > 1 ? ', in reverse order' : ''}`, evidence, { path: firstPath, emulated });
    }
  }

  /** The whole derived sequence for one workload's pod. */
  async runAll(): Promise<void> {
    const state = await this.ready();
    if (!state) return;
    if (state.containers.some((c) => c.kind === 'init' && !c.ready)) return;
    if (this.workload.runsToCompletion) {
      // Ports and volumes of a Job are checked while it runs, when it runs long enough to be there.
      const final = await this.completes();
      const emulated = this.driver.emulatesNativeSidecars;
      await this.sidecarOrder(final, [], emulated);
      return;
    }
    // The stability window runs while the ports and volumes are checked.
    const stable = this.stable();
    const now = await this.status();
    await this.ports(now);
    await this.sharedVolumes(now);
    await stable;
    if (state.containers.some((c) => c.kind === 'native-sidecar')) {
      const stop = await this.driver.stopOrdered(this.unit, this.w, this.pod);
      const final = stop.final ?? (await this.status());
      await this.sidecarOrder(final, stop.evidence, stop.emulated);
    }
  }
}

export function stateWords(c: ContainerState): string {
  switch (c.state) {
    case 'running':
      return `running${c.ready ? ', ready' : ', not ready'}`;
    case 'terminated':
      return `terminated, exit ${c.exitCode}${c.reason ? ` (${c.reason})` : ''}`;
    case 'waiting':
      return `waiting${c.reason ? ` (${c.reason})` : ''}`;
    default:
      return 'not created';
  }
}

export function stateLine(c: ContainerState): string {
  const t = (ms?: number) => (ms ? new Date(ms).toISOString() : '-');
  return `${c.name} [${c.kind}]: ${stateWords(c)}, restarts ${c.restartCount}, startedAt ${t(c.startedAt)}${c.finishedAt ? `, finishedAt ${t(c.finishedAt)}` : ''}${c.readyBy ? `, readiness by ${c.readyBy}` : ''}`;
}

function tail(log: string, n: number): string[] {
  return log
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-n);
}
