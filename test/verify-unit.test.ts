// verify without a runtime: names, what each driver would create, the cluster driver's refusals,
// the Kubernetes-API code path against a fake API server, test files, reports.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers.js';
import { lintText } from '../src/engine/lint.js';
import type { Workload } from '../src/model/workload.js';
import type { JsonObject } from '../src/model/objects.js';
import { namespaceName, newRunId, parseDuration, podName, MANAGED_BY_LABEL, RUN_LABEL, UNIT_LABEL } from '../src/verify/names.js';
import { renderKubeSupport, renderKubeWorkload, renderPodmanPod, WORKLOAD_LABEL } from '../src/verify/render.js';
import { KubeDriver, clusterRefusal, podState, type KubeApi, type CommandRunner } from '../src/verify/drivers/kube.js';
import { DeployError } from '../src/verify/drivers/common.js';
import { removePod } from '../src/verify/drivers/podman.js';
import { parseTest, partialMatch } from '../src/verify/tests.js';
import { explain } from '../src/verify/explain.js';
import { toLintResult } from '../src/verify/report.js';
import { junit } from '../src/report/junit.js';
import type { PlannedWorkload, Unit } from '../src/verify/types.js';
import type { VerifyResult } from '../src/verify/runner.js';

const BIN = join(projectRoot, 'bin', 'sidecar-lint.js');

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
  resourceVersion: "42"
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata:
      labels: { app: web }
    spec:
      initContainers:
        - name: setup
          image: busybox:1
          command: ["true"]
        - name: proxy
          image: envoy:1
          restartPolicy: Always
          ports: [{ containerPort: 9901 }]
          startupProbe: { tcpSocket: { port: 9901 } }
      containers:
        - name: app
          image: localhost/app:dev
          ports: [{ containerPort: 8080 }]
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
          volumeMounts: [{ name: logs, mountPath: /var/log/app }]
      volumes:
        - name: logs
          emptyDir: { medium: Memory }
`;

async function workloadOf(text: string, index = 0): Promise<Workload> {
  const r = await lintText(text, 'w.yaml');
  return r.workloads[index]!;
}

function planned(w: Workload, deployName = w.object.name!): PlannedWorkload {
  return { workload: w, deployName, rendered: [], volumeNames: new Map(), emulatedSidecars: false, notes: [] };
}

/** A fake API server: remembers what was created, can reject objects, records every call. */
class FakeApi implements KubeApi {
  calls: string[] = [];
  namespaces = new Map<string, JsonObject>();
  objects: JsonObject[] = [];
  reject = new Set<string>();
  async serverVersion() {
    this.calls.push('version');
    return 'v1.34.0';
  }
  async createNamespace(ns: JsonObject) {
    const name = String((ns.metadata as JsonObject).name);
    this.calls.push(`createNamespace ${name}`);
    this.namespaces.set(name, ns);
  }
  async readNamespace(name: string) {
    return this.namespaces.get(name);
  }
  async deleteNamespace(name: string) {
    this.calls.push(`deleteNamespace ${name}`);
    this.namespaces.delete(name);
  }
  async listNamespaces(selector: string) {
    const [k, v] = selector.split('=');
    return [...this.namespaces.values()].filter((n) => ((n.metadata as JsonObject).labels as Record<string, string>)[k!] === v).map((n) => String((n.metadata as JsonObject).name));
  }
  async create(obj: JsonObject, dryRun?: boolean) {
    const id = `${String(obj.kind)}/${String((obj.metadata as JsonObject).name)}`;
    this.calls.push(`${dryRun ? 'dry-run' : 'create'} ${id} in ${String((obj.metadata as JsonObject).namespace)}`);
    if (this.reject.has(id)) throw Object.assign(new Error('rejected'), { code: 422, body: JSON.stringify({ message: `${id} is invalid: spec.initContainers[0].restartPolicy: Unsupported value: "Sometimes"` }) });
    if (!dryRun) this.objects.push(obj);
  }
  async read() {
    return undefined;
  }
  async listPods() {
    return [];
  }
  async readPod() {
    return undefined;
  }
  async deletePod(_ns: string, name: string, grace: number) {
    this.calls.push(`deletePod ${name} ${grace}`);
  }
  async podLog() {
    return '';
  }
  async events() {
    return [];
  }
  async exec() {
    return { exitCode: 0, stdout: '', stderr: '', ms: 1 };
  }
}

function kubeOptions(mode: 'kind' | 'cluster', extra: Partial<import('../src/verify/drivers/kube.js').KubeOptions> = {}) {
  return { mode, runId: 'abcd1234', workDir: mkdtempSync(join(tmpdir(), 'kube-')), readyTimeoutMs: 1000, graceCapMs: 1000, ...extra };
}

describe('verify (no runtime)', () => {
  describe('names', () => {
    it('makes unique, valid namespace and pod names that carry the run id', () => {
      const id = newRunId();
      expect(id).to.match(/^[a-z][a-z0-9]{7}$/);
      expect(newRunId()).not.to.equal(id);
      const ns = namespaceName('Deployment/My_Very-Long.Name-'.repeat(4), 'abcd1234', 12);
      expect(ns.length).to.be.at.most(63);
      expect(ns).to.match(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      expect(ns).to.match(/^slv-deployment-my-very-long-name.*-abcd1234-12$/);
      expect(podName('web', 'abcd1234', 0)).to.equal('slv-web-abcd1234-0');
    });

    it('reads durations', () => {
      expect(parseDuration('30s')).to.equal(30_000);
      expect(parseDuration('1m30s')).to.equal(90_000);
      expect(parseDuration('500ms')).to.equal(500);
      expect(parseDuration(2)).to.equal(2000);
      expect(parseDuration('soon')).to.equal(undefined);
    });
  });

  describe('what the podman driver runs', () => {
    it('plays the ConfigMaps and Secrets a pod uses as renamed ConfigMaps, and says what is missing', async () => {
      const w = await workloadOf(
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: x\n      env:\n        - {name: T, valueFrom: {secretKeyRef: {name: tok, key: t}}}\n        - {name: M, valueFrom: {configMapKeyRef: {name: gone, key: k}}}\n      envFrom: [{configMapRef: {name: cfg}}, {secretRef: {name: nope}}]\n  volumes:\n    - {name: a, configMap: {name: cfg, items: [{key: k, path: k.conf}]}}\n    - {name: b, secret: {secretName: tok}}\n    - {name: c, configMap: {name: missing}}\n',
      );
      const support = [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { k: 'v' } },
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'tok' }, data: { t: Buffer.from('s3cret').toString('base64'), bin: Buffer.from([0xff, 0x00]).toString('base64') } },
      ];
      const r = renderPodmanPod(w, 'slv-p-abcd1234-0', 'abcd1234', 'u0', support);
      expect(r.configMaps.map((c) => (c.metadata as JsonObject).name)).to.deep.equal(['slv-p-abcd1234-0-cm-cfg', 'slv-p-abcd1234-0-sec-tok']);
      expect(r.configMaps[1]).to.deep.include({ data: { t: 's3cret' }, binaryData: { bin: '/wA=' } });
      const spec = r.pod.spec as JsonObject;
      const vols = spec.volumes as JsonObject[];
      expect(vols[0]).to.deep.equal({ name: 'slv-p-abcd1234-0-a', configMap: { name: 'slv-p-abcd1234-0-cm-cfg', items: [{ key: 'k', path: 'k.conf' }] } });
      expect(vols[1]).to.deep.equal({ name: 'slv-p-abcd1234-0-b', configMap: { name: 'slv-p-abcd1234-0-sec-tok' } });
      expect(vols[2]).to.deep.equal({ name: 'slv-p-abcd1234-0-c', emptyDir: {} });
      const c = (spec.containers as JsonObject[])[0]!;
      expect(c.env).to.deep.equal([
        { name: 'T', valueFrom: { configMapKeyRef: { name: 'slv-p-abcd1234-0-sec-tok', key: 't' } } },
        { name: 'M', value: '' },
      ]);
      expect(c.envFrom).to.deep.equal([{ configMapRef: { name: 'slv-p-abcd1234-0-cm-cfg' } }]);
      // Teardown removes the volumes podman makes for them (named after the ConfigMap).
      expect([...r.volumeNames.values()]).to.include.members(['slv-p-abcd1234-0-cm-cfg', 'slv-p-abcd1234-0-sec-tok']);
      expect(r.notes.join('\n')).to.match(/configMap volume "c": ConfigMap "missing" is not in the manifests/).and.match(/env M: ConfigMap "gone"/).and.match(/envFrom: Secret "nope"/).and.match(/Secret "tok" is mounted as a ConfigMap/);
    });

    it('runs native sidecars as the first regular containers, drops ports and probes, renames emptyDirs, never pulls', async () => {
      const w = await workloadOf(DEPLOYMENT);
      const r = renderPodmanPod(w, 'slv-web-abcd1234-0', 'abcd1234', 'u0');
      const spec = r.pod.spec as JsonObject;
      const names = (list: unknown) => (list as JsonObject[]).map((c) => c.name);
      expect(names(spec.initContainers)).to.deep.equal(['setup']);
      expect(names(spec.containers)).to.deep.equal(['proxy', 'app']);
      const [proxy, app] = spec.containers as JsonObject[];
      expect(proxy!.restartPolicy).to.equal(undefined);
      expect(proxy!.ports).to.equal(undefined);
      expect(proxy!.startupProbe).to.equal(undefined);
      expect(app!.readinessProbe).to.equal(undefined);
      expect(app!.imagePullPolicy).to.equal('Never');
      expect(spec.restartPolicy).to.equal('OnFailure');
      expect(spec.volumes).to.deep.equal([{ name: 'slv-web-abcd1234-0-logs', emptyDir: {} }]);
      expect((app!.volumeMounts as JsonObject[])[0]!.name).to.equal('slv-web-abcd1234-0-logs');
      expect(r.emulatedSidecars).to.equal(true);
      expect(r.notes.join('\n')).to.match(/native sidecars "proxy" run as regular containers.*emulated/);
      expect(r.notes.join('\n')).to.match(/medium Memory is not supported/);
      expect(((r.pod.metadata as JsonObject).labels as JsonObject)[RUN_LABEL]).to.equal('abcd1234');
      // The model is not touched.
      expect((w.podSpec.containers as JsonObject[])[0]!.ports).to.have.length(1);
    });

    it('runs a Job as a bare pod that does not restart', async () => {
      const w = await workloadOf('apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: x}]\n');
      const r = renderPodmanPod(w, 'p', 'abcd1234', 'u0');
      expect((r.pod.spec as JsonObject).restartPolicy).to.equal('Never');
      expect(r.notes.join()).to.include('podman 4.3 kube play skips Jobs');
    });

    // A stand-in podman (a shell script) whose `pod rm` fails as podman 4.3's did in CI: containers
    // removed, the pod kept. The real removal runs in every podman e2e test.
    function fakePodman(failures: number, lies = 0): { bin: string; calls: () => string[] } {
      const dir = mkdtempSync(join(tmpdir(), 'fake-podman-'));
      const bin = join(dir, 'podman');
      writeFileSync(bin, `#!/bin/sh
echo "$*" >> "${dir}/calls"
if [ "$1 $2" = "pod rm" ]; then
  n=$(cat "${dir}/fails" 2>/dev/null || echo 0)
  if [ "$n" -lt ${failures} ]; then echo $((n + 1)) > "${dir}/fails"; echo "Error: removing pod $4 cgroup: device or resource busy" >&2; exit 125; fi
  m=$(cat "${dir}/lies" 2>/dev/null || echo 0)
  if [ "$m" -lt ${lies} ]; then echo $((m + 1)) > "${dir}/lies"; exit 0; fi
  touch "${dir}/removed"
fi
if [ "$1 $2" = "pod exists" ]; then [ -e "${dir}/removed" ] && exit 1; exit 0; fi
exit 0
`, { mode: 0o755 });
      return { bin, calls: () => readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n') };
    }

    it('tries `pod rm` again when podman fails to remove the pod or leaves it, and names the error when it keeps failing', async () => {
      const once = fakePodman(1);
      expect(await removePod('slv-x-abcd1234-0', once.bin, [0, 0, 0])).to.equal(true);
      expect(once.calls()).to.deep.equal(['pod stop --time 0 slv-x-abcd1234-0', 'pod rm --force slv-x-abcd1234-0', 'pod rm --force slv-x-abcd1234-0', 'pod exists slv-x-abcd1234-0']);
      // An rm that exits 0 and leaves the pod is caught by `pod exists` and tried again.
      const lying = fakePodman(0, 1);
      expect(await removePod('slv-x-abcd1234-0', lying.bin, [0, 0, 0])).to.equal(true);
      expect(lying.calls().slice(1)).to.deep.equal(['pod rm --force slv-x-abcd1234-0', 'pod exists slv-x-abcd1234-0', 'pod rm --force slv-x-abcd1234-0', 'pod exists slv-x-abcd1234-0']);
      const always = fakePodman(99);
      const gone = await removePod('slv-x-abcd1234-0', always.bin, [0, 0, 0]);
      expect(gone).to.equal('podman pod rm failed 4 times: Error: removing pod slv-x-abcd1234-0 cgroup: device or resource busy');
      expect(always.calls().filter((c) => c.startsWith('pod rm'))).to.have.length(4);
    });
  });

  describe('what the Kubernetes drivers would create', () => {
    it('puts the workload in the test namespace, labelled, with one replica and its pods findable', async () => {
      const w = await workloadOf(DEPLOYMENT);
      const ns = namespaceName('web', 'abcd1234', 0);
      const { objects, notes } = renderKubeWorkload(w, ns, 'abcd1234', 'u0', new Set(['localhost/app:dev']));
      const d = objects[0]!;
      const meta = d.metadata as JsonObject;
      expect(meta.namespace).to.equal(ns);
      expect(meta.resourceVersion).to.equal(undefined);
      expect(meta.labels).to.include({ [MANAGED_BY_LABEL]: 'sidecar-lint-verify', [RUN_LABEL]: 'abcd1234', [UNIT_LABEL]: 'u0' });
      const spec = d.spec as JsonObject;
      expect(spec.replicas).to.equal(1);
      const tmpl = spec.template as JsonObject;
      expect((tmpl.metadata as JsonObject).labels).to.include({ app: 'web', [UNIT_LABEL]: 'u0', [WORKLOAD_LABEL]: 'deployment-web' });
      // Native sidecars stay native on a real API server; a loaded image is not pulled.
      const podSpec = tmpl.spec as JsonObject;
      expect((podSpec.initContainers as JsonObject[])[1]!.restartPolicy).to.equal('Always');
      expect((podSpec.containers as JsonObject[])[0]!.imagePullPolicy).to.equal('IfNotPresent');
      expect(notes.join('\n')).to.match(/namespace prod replaced by the test namespace/);
      expect(notes.join('\n')).to.match(/replicas 3 → 1/);
    });

    it('runs a CronJob once as a Job and never creates cluster-scoped objects', async () => {
      const w = await workloadOf('apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec:\n  schedule: "0 0 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: c, image: x}]\n');
      const { objects } = renderKubeWorkload(w, 'slv-x', 'abcd1234', 'u0');
      expect(objects[0]!.kind).to.equal('Job');
      expect(((objects[0]!.spec as JsonObject).template as JsonObject).metadata).to.deep.include({ labels: { [UNIT_LABEL]: 'u0', [WORKLOAD_LABEL]: 'cronjob-nightly', [RUN_LABEL]: 'abcd1234' } });
      expect(renderKubeSupport({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'admin' } }, 'slv-x', 'abcd1234', 'u0').note).to.match(/cluster-scoped: verify never creates it/);
      expect(renderKubeSupport({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'prod' } }, 'slv-x', 'abcd1234', 'u0').object!.metadata).to.deep.include({ namespace: 'slv-x' });
    });
  });

  describe('the cluster driver refuses', () => {
    it('without --context, with an unknown context, and without --yes', () => {
      expect(clusterRefusal({ mode: 'cluster' }, ['staging'])).to.match(/needs --context/);
      expect(clusterRefusal({ mode: 'cluster', context: 'prod' }, ['staging'])).to.match(/no context "prod"/);
      expect(clusterRefusal({ mode: 'cluster', context: 'staging' }, ['staging'])).to.match(/refusing to deploy to context "staging" without --yes/);
      expect(clusterRefusal({ mode: 'cluster', context: 'staging', yes: true }, ['staging'])).to.equal(undefined);
      expect(clusterRefusal({ mode: 'kind' }, [])).to.equal(undefined);
    });

    it('from the CLI, before contacting anything (exit 2)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'verify-cli-'));
      writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: x}]\n');
      // A context whose server does not exist: a refused run never gets as far as connecting.
      writeFileSync(
        join(dir, 'kubeconfig'),
        'apiVersion: v1\nkind: Config\nclusters: [{name: s, cluster: {server: "https://127.0.0.1:9"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: staging, context: {cluster: s, user: u}}]\ncurrent-context: staging\n',
      );
      const run = (args: string[]) => spawnSync(process.execPath, [BIN, 'verify', ...args], { cwd: dir, encoding: 'utf8', input: '' });
      const noContext = run(['pod.yaml', '--driver', 'cluster', '--no-config', '--kubeconfig', 'kubeconfig']);
      expect(noContext.status).to.equal(2);
      expect(noContext.stderr).to.match(/--driver cluster needs --context <name>/);
      const noYes = run(['pod.yaml', '--driver', 'cluster', '--context', 'staging', '--no-config', '--kubeconfig', 'kubeconfig']);
      expect(noYes.status).to.equal(2);
      expect(noYes.stderr).to.match(/refusing to deploy to context "staging" without --yes/);
      expect(run(['pod.yaml', '--driver', 'kind', '--context', 'staging']).status).to.equal(2);
      expect(run(['pod.yaml', '--driver', 'minikube']).stderr).to.match(/expected podman, kind or cluster/);
    });
  });

  describe('the Kubernetes-API code path (fake API server)', () => {
    async function unitFor(text: string): Promise<Unit> {
      const r = await lintText(text, 'w.yaml');
      const support = r.objects.filter((o) => o.kind !== 'Deployment').map((o) => o.value);
      return { id: 'u0', name: 'Deployment/web', workloads: [planned(r.workloads[0]!)], support, derived: true, namespace: namespaceName('web', 'abcd1234', 0) };
    }
    const withConfigMap = `${DEPLOYMENT}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {a: "1"}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: crb}\n`;

    it('creates a labelled namespace, dry-runs every object before creating any, and deletes only its own namespace', async () => {
      const api = new FakeApi();
      const d = new KubeDriver(kubeOptions('cluster', { context: 'staging', yes: true }), api);
      await d.prepare();
      const unit = await unitFor(withConfigMap);
      d.plan(unit);
      await d.deploy(unit);
      const ns = unit.namespace!;
      expect(api.calls).to.deep.equal([
        'version',
        `createNamespace ${ns}`,
        `dry-run ConfigMap/cfg in ${ns}`,
        `dry-run Deployment/web in ${ns}`,
        `create ConfigMap/cfg in ${ns}`,
        `create Deployment/web in ${ns}`,
      ]);
      expect(unit.workloads[0]!.notes.join()).to.match(/ClusterRoleBinding\/crb is cluster-scoped/);
      expect(((api.namespaces.get(ns)!.metadata as JsonObject).labels as JsonObject)[RUN_LABEL]).to.equal('abcd1234');
      expect(await d.leftovers()).to.deep.equal([`namespace ${ns}`]);
      // Someone else's namespace with the same name is never deleted.
      api.namespaces.set('other', { metadata: { name: 'other', labels: {} } });
      await d.teardown({ ...unit, namespace: 'other' });
      expect(api.namespaces.has('other')).to.equal(true);
      await d.teardown(unit);
      expect(api.calls).to.include(`deleteNamespace ${ns}`);
      expect(await d.leftovers()).to.deep.equal([]);
    });

    it('refuses to delete a namespace that lost its run label', async () => {
      const api = new FakeApi();
      const d = new KubeDriver(kubeOptions('cluster'), api);
      const unit = await unitFor(DEPLOYMENT);
      d.plan(unit);
      await d.deploy(unit);
      (api.namespaces.get(unit.namespace!)!.metadata as JsonObject).labels = { [RUN_LABEL]: 'zzzz9999' };
      let error: Error | undefined;
      await d.teardown(unit).catch((e: Error) => (error = e));
      expect(error?.message).to.match(/is not this run's .* not deleted/);
      expect(api.calls.filter((c) => c.startsWith('deleteNamespace'))).to.deep.equal([]);
    });

    it('creates nothing when the API server rejects an object (server-side dry run)', async () => {
      const api = new FakeApi();
      api.reject.add('Deployment/web');
      const d = new KubeDriver(kubeOptions('cluster'), api);
      const unit = await unitFor(withConfigMap);
      d.plan(unit);
      let error: unknown;
      await d.deploy(unit).catch((e) => (error = e));
      expect(error).to.be.instanceOf(DeployError);
      expect((error as Error).message).to.match(/the API server rejected Deployment\/web: .*restartPolicy: Unsupported value/);
      expect(api.objects).to.deep.equal([]);
      await d.teardown(unit);
      expect(api.namespaces.size).to.equal(0);
    });

    it('kind: creates a cluster when none is named and deletes it; reuses --cluster-name and leaves it', async () => {
      const calls: string[] = [];
      const runner =
        (clusters: string): CommandRunner =>
        async (cmd, args) => {
          calls.push(`${cmd} ${args.join(' ')}`);
          const stdout = args[0] === 'get' && args[1] === 'clusters' ? clusters : '';
          return { code: 0, stdout, stderr: '', ms: 1, timedOut: false, missing: false };
        };
      const created = new KubeDriver(kubeOptions('kind'), undefined, runner(''), async () => new FakeApi());
      await created.prepare();
      expect(created.ownsCluster).to.equal(true);
      await created.close();
      expect(calls).to.deep.equal(['kind get clusters', 'kind create cluster --name slv-abcd1234 --wait 120s', 'kind get kubeconfig --name slv-abcd1234', 'kind delete cluster --name slv-abcd1234']);
      calls.length = 0;
      const reused = new KubeDriver(kubeOptions('kind', { clusterName: 'chart-testing' }), undefined, runner('kind\nchart-testing\n'), async () => new FakeApi());
      await reused.prepare();
      await reused.close();
      expect(calls).to.deep.equal(['kind get clusters', 'kind get kubeconfig --name chart-testing']);
    });

    it('keeps the last status of a deleted pod from the watch, when the pod is gone before a poll sees it', async () => {
      const w = planned(await workloadOf(DEPLOYMENT));
      const status = (proxy: JsonObject, app: JsonObject) => ({ metadata: { name: 'web-1' }, status: { initContainerStatuses: [{ name: 'setup', state: { terminated: { exitCode: 0, startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:01Z' } } }, { name: 'proxy', state: proxy }], containerStatuses: [{ name: 'app', state: app }] } });
      const running = { running: { startedAt: '2026-01-01T00:00:02Z' } };
      const events: [string, JsonObject][] = [
        ['ADDED', status({ running: { startedAt: '2026-01-01T00:00:01Z' } }, running)],
        ['MODIFIED', status({ running: { startedAt: '2026-01-01T00:00:01Z' } }, { terminated: { exitCode: 0, startedAt: '2026-01-01T00:00:02Z', finishedAt: '2026-01-01T00:00:05Z' } })],
        ['DELETED', status({ terminated: { exitCode: 0, startedAt: '2026-01-01T00:00:01Z', finishedAt: '2026-01-01T00:00:06Z' } }, { terminated: { exitCode: 0, startedAt: '2026-01-01T00:00:02Z', finishedAt: '2026-01-01T00:00:05Z' } })],
      ];
      // The API server: the pod is already gone when read; the watch delivers what it went through.
      const api = new (class extends FakeApi {
        async watchPod(_ns: string, name: string, onEvent: (type: string, pod: JsonObject) => boolean) {
          this.calls.push(`watchPod ${name}`);
          const done = (async () => {
            await new Promise((r) => setTimeout(r, 5));
            for (const [type, pod] of events) if (onEvent(type, pod)) return;
          })();
          return { done, stop: () => undefined };
        }
      })();
      const d = new KubeDriver(kubeOptions('cluster'), api);
      const unit: Unit = { id: 'u0', name: 'Deployment/web', workloads: [w], support: [], derived: true, namespace: 'slv-web' };
      const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
      const before = timers();
      const stop = await d.stopOrdered(unit, w, 'web-1');
      // No timer is left waiting out the deadline (it held `sidecar-lint verify` open a minute after its report).
      expect(timers()).to.equal(before);
      // The watch opens before the delete, so no status is lost in between.
      expect(api.calls).to.deep.equal(['watchPod web-1', 'deletePod web-1 1']);
      expect(stop.final?.containers.map((c) => `${c.name} ${c.state}`)).to.deep.equal(['setup terminated', 'proxy terminated', 'app terminated']);
      expect(stop.stopped.map((c) => [c.name, new Date(c.finishedAt!).toISOString()])).to.deep.equal([
        ['proxy', '2026-01-01T00:00:06.000Z'],
        ['app', '2026-01-01T00:00:05.000Z'],
      ]);
      expect(stop.evidence.join()).to.match(/\(watched\)/);
      // Without a watch, the same API server leaves nothing to judge by (the pod was gone at the first read).
      const polled = await new KubeDriver(kubeOptions('cluster'), new FakeApi()).stopOrdered(unit, w, 'web-1');
      expect(polled.final).to.equal(undefined);
      expect(polled.evidence.join()).to.match(/\(polled\)/);
    });

    it('reads a pod status, native sidecars included', async () => {
      const w = await workloadOf(DEPLOYMENT);
      const s = podState(planned(w), {
        metadata: { name: 'web-1' },
        status: {
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'True' }],
          initContainerStatuses: [
            { name: 'setup', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:01Z' } } },
            { name: 'proxy', ready: true, started: true, restartCount: 0, state: { running: { startedAt: '2026-01-01T00:00:01Z' } } },
          ],
          containerStatuses: [{ name: 'app', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1 } } }],
        },
      });
      expect(s.ready).to.equal(true);
      expect(s.containers.map((c) => [c.name, c.kind, c.state, c.ready])).to.deep.equal([
        ['setup', 'init', 'terminated', true],
        ['proxy', 'native-sidecar', 'running', true],
        ['app', 'regular', 'waiting', false],
      ]);
      expect(s.containers[2]).to.include({ reason: 'CrashLoopBackOff', restartCount: 4 });
    });
  });

  describe('test folders', () => {
    it('reads steps and reports mistakes with their place', () => {
      const t = parseTest('timeout: 5s\nsteps:\n  - exec: {command: "true"}\n  - log: {container: a}\n  - http: {port: 80}\n    within: soon\n  - sleep: 1s\n', 'x/test.yaml', 'x');
      expect(t.name).to.equal('x');
      expect(t.steps.map((s) => s.kind)).to.deep.equal(['exec', 'sleep']);
      expect(t.steps[0]!.timeoutMs).to.equal(5000);
      expect(t.errors.map((e) => e.message)).to.deep.equal(['steps[1]: log needs contains or matches', 'steps[2]: timeout soon: expected a duration such as 10s']);
    });

    it('matches partial objects (lists in any order)', () => {
      const live = { status: { phase: 'Running', containerStatuses: [{ name: 'b', ready: false, restartCount: 2 }, { name: 'a', ready: true, restartCount: 0 }] } };
      expect(partialMatch({ status: { containerStatuses: [{ name: 'a', ready: true }] } }, live)).to.deep.equal([]);
      expect(partialMatch({ status: { phase: 'Running', containerStatuses: [{ name: 'b', ready: true }] } }, live)).to.deep.equal(['status.containerStatuses[name=b].ready: expected true, got false']);
      expect(partialMatch({ status: { phase: 'Succeeded' } }, live)).to.deep.equal(['status.phase: expected "Succeeded", got "Running"']);
    });
  });

  it('explains a bind failure with the port the manifest declares twice', async () => {
    const w = await workloadOf('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: app, image: a, ports: [{containerPort: 8080}]}\n    - {name: metrics, image: m, ports: [{containerPort: 8080}, {containerPort: 9090}]}\n');
    const metrics = w.containers.find((c) => c.name === 'metrics')!;
    const e = explain(w, metrics, 'starting\nlisten tcp :8080: bind: address already in use\n');
    expect(e.text).to.equal('port 8080/TCP is also used by app container "app"');
    expect(e.ports).to.deep.equal([8080]);
    expect(explain(w, metrics, 'panic: open /etc/app/config.yaml: no such file or directory').text).to.match(/a file or folder is missing/);
  });

  it('reports checks through the lint reporters: a failure is a JUnit failure at the container', async () => {
    const lint = await lintText('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: a\n', 'pod.yaml');
    const w = lint.workloads[0]!;
    const app = w.containers[0]!;
    const result: VerifyResult = {
      lint,
      runId: 'abcd1234',
      driver: 'podman',
      units: [],
      leftovers: [],
      blocked: false,
      interrupted: false,
      ms: 1000,
      exitCode: 1,
      checks: [
        { check: 'container-ready', status: 'fail', message: 'app container "app" not ready within 30.0 s', evidence: ['app: waiting (ImagePullBackOff)'], ms: 30_000, test: 'Pod/p', where: { doc: w.object.doc, path: app.path }, container: 'app' },
        { check: 'cleanup', status: 'pass', message: 'nothing left behind', evidence: [], ms: 0, test: 'verify' },
      ],
    };
    const r = toLintResult(result);
    expect(r.exitCode).to.equal(1);
    const f = r.findings.find((x) => x.ruleId === 'verify/container-ready')!;
    expect(f).to.deep.include({ severity: 'error', file: 'pod.yaml', container: 'app' });
    expect(f.range.start).to.deep.equal({ line: 6, column: 7 });
    expect((f as unknown as { verify: { evidence: string[] } }).verify.evidence).to.deep.equal(['app: waiting (ImagePullBackOff)']);
    const xml = junit(r, { color: false, showSuppressed: false, root: process.cwd(), quiet: false });
    expect(xml).to.match(/<failure message="FAIL app container &quot;app&quot; not ready within 30\.0 s" type="error">/);
    expect(xml).to.match(/failures="1"/);
  });
});
