import { expect } from 'chai';
import {
  annotationMountedVolumes,
  declaredVolumes,
  isCollectorImage,
  isPatchLike,
  isPrivatePath,
  isWithin,
  likelyVolume,
  mentionSpan,
  mountServing,
  mountsByVolume,
  mountsOf,
  namesRelated,
  normalizePath,
  pathMentions,
  pathsIn,
  podMounts,
  usageOf,
} from '../src/model/mounts.js';
import { lintText } from '../src/index.js';
import type { Workload } from '../src/model/workload.js';

async function workloads(yaml: string, file = 'pod.yaml'): Promise<Workload[]> {
  const r = await lintText(yaml, file, { rules: {} });
  return r.workloads;
}

async function workload(yaml: string, file?: string): Promise<Workload> {
  const [w] = await workloads(yaml, file);
  if (!w) throw new Error('no workload');
  return w;
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    sidecar.istio.io/userVolumeMount: '[{"name":"extra","mountPath":"/extra"}]'
    dapr.io/volume-mounts: "comp:/components, more:/more"
    dapr.io/volume-mounts-rw: "rw-vol:/rw"
spec:
  initContainers:
    - name: seed
      image: busybox
      command: [sh, -c, "cp /src/a.conf /work/a.conf"]
      volumeMounts: [{name: work, mountPath: /work/}]
    - name: shipper
      image: cr.fluentbit.io/fluent/fluent-bit:3.1
      restartPolicy: Always
      args: ["tail -F /logs/app.log", "--url=http://host:8080/logs/x", "file:///logs/y"]
      volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}]
  containers:
    - name: app
      image: example/app:1.0
      env:
        - {name: LOG, value: /var/log/app/app.log}
        - {name: N, value: 3}
      volumeMounts:
        - {name: logs, mountPath: /var/log/app}
        - {name: work, mountPath: /work, subPath: app}
        - {name: cfg, mountPath: /var/log/app/conf}
      volumeDevices:
        - {name: disk, devicePath: /dev/xvdb}
      livenessProbe:
        exec: {command: [cat, /var/log/app/healthy]}
  volumes:
    - {name: logs, emptyDir: {}}
    - {name: work}
    - {name: cfg, configMap: {name: app-config}}
    - {name: disk, persistentVolumeClaim: {claimName: raw}}
    - name: 7
    - junk
`;

describe('mounts', () => {
  describe('paths', () => {
    it('normalizes slashes and dots', () => {
      expect(normalizePath('/a//b/./c/')).to.equal('/a/b/c');
      expect(normalizePath('/')).to.equal('/');
      expect(normalizePath('//')).to.equal('/');
      expect(normalizePath('rel/x/')).to.equal('rel/x');
    });
    it('knows what lies within a directory, by whole segments', () => {
      expect(isWithin('/var/log/app/x.log', '/var/log/app')).to.equal(true);
      expect(isWithin('/var/log/app', '/var/log/app/')).to.equal(true);
      expect(isWithin('/var/logs', '/var/log')).to.equal(false);
      expect(isWithin('/anything', '/')).to.equal(true);
      expect(isWithin('/var/log', '/var/log/app')).to.equal(false);
    });
    it('treats scratch and kubelet paths as private', () => {
      for (const p of ['/tmp', '/tmp/', '/dev/shm', '/var/run/secrets/kubernetes.io/serviceaccount', '/etc']) expect(isPrivatePath(p), p).to.equal(true);
      for (const p of ['/var/log/app', '/data', '/var/run/app', '/etc/envoy', '/tmp/git']) expect(isPrivatePath(p), p).to.equal(false);
    });
  });

  describe('pathsIn', () => {
    it('finds absolute paths in commands, with offsets', () => {
      expect(pathsIn('tail -F /var/log/app.log')).to.deep.equal([{ raw: '/var/log/app.log', text: '/var/log/app.log', offset: 8 }]);
      expect(pathsIn('--config=/etc/x.yaml; cat "/a/b"').map((p) => p.text)).to.deep.equal(['/etc/x.yaml', '/a/b']);
      expect(pathsIn('PATH=/usr/bin:/bin').map((p) => p.text)).to.deep.equal(['/usr/bin', '/bin']);
    });
    it('skips URLs, host:port paths and variables, but keeps file:// paths', () => {
      expect(pathsIn('http://localhost:8080/var/log/x')).to.deep.equal([]);
      expect(pathsIn('127.0.0.1:8081/metrics $(DIR)/x ${HOME}/y')).to.deep.equal([]);
      expect(pathsIn('file:///var/log/y').map((p) => p.text)).to.deep.equal(['/var/log/y']);
    });
    it('cuts globs to their directory and trailing punctuation off', () => {
      expect(pathsIn('Path /var/log/app/*.log').map((p) => p.text)).to.deep.equal(['/var/log/app']);
      expect(pathsIn('see /data/x.')[0]).to.deep.include({ raw: '/data/x', text: '/data/x' });
      expect(pathsIn('/')).to.deep.equal([]);
    });
  });

  describe('on a pod', () => {
    it('lists declared volumes, defaulting a bare one to emptyDir and skipping junk', async () => {
      const w = await workload(POD);
      expect(declaredVolumes(w).map((d) => `${d.name}:${d.type}`)).to.deep.equal(['logs:emptyDir', 'work:emptyDir', 'cfg:configMap', 'disk:persistentVolumeClaim']);
      expect(declaredVolumes(w)[0]!.namePath).to.deep.equal(['spec', 'volumes', 0, 'name']);
    });
    it("reads every container's mounts and devices", async () => {
      const w = await workload(POD);
      const all = podMounts(w);
      expect(all.map((m) => `${m.container.name}:${m.name}@${m.mountPath}`)).to.deep.equal([
        'seed:work@/work/',
        'shipper:logs@/logs',
        'app:logs@/var/log/app',
        'app:work@/work',
        'app:cfg@/var/log/app/conf',
        'app:disk@/dev/xvdb',
      ]);
      const device = all.find((m) => m.field === 'volumeDevices')!;
      expect(device).to.deep.include({ pathKey: 'devicePath', index: 0 });
      expect(device.path).to.deep.equal(['spec', 'containers', 0, 'volumeDevices', 0]);
      expect(all.find((m) => m.container.name === 'shipper')!.readOnly).to.equal(true);
      expect(all.find((m) => m.name === 'work' && m.container.name === 'app')!.subPath).to.equal('app');
      expect([...mountsByVolume(all).get('work')!.map((m) => m.container.name)]).to.deep.equal(['seed', 'app']);
    });
    it('finds the mount that serves a path: the deepest', async () => {
      const w = await workload(POD);
      const app = mountsOf(w.containers.find((c) => c.name === 'app')!);
      expect(mountServing(app, '/var/log/app/conf/x.yaml')?.name).to.equal('cfg');
      expect(mountServing(app, '/var/log/app/app.log')?.name).to.equal('logs');
      expect(mountServing(app, '/dev/xvdb')).to.equal(undefined);
      expect(mountServing(app, '/srv')).to.equal(undefined);
    });
    it('collects path mentions from command, args, env values and exec probes', async () => {
      const w = await workload(POD);
      const shipper = pathMentions(w.containers.find((c) => c.name === 'shipper')!);
      expect(shipper.map((m) => `${m.where}:${m.text}`)).to.deep.equal(['args:/logs/app.log', 'args:/logs/y']);
      expect(shipper[0]!.path).to.deep.equal(['spec', 'initContainers', 1, 'args', 0]);
      const app = pathMentions(w.containers.find((c) => c.name === 'app')!);
      expect(app.map((m) => `${m.where}:${m.text}`)).to.deep.equal(['env:/var/log/app/app.log', 'probe:/var/log/app/healthy']);
    });
    it('points a mention at the path inside its string', async () => {
      const w = await workload(POD);
      const [m] = pathMentions(w.containers.find((c) => c.name === 'shipper')!);
      const [start, end] = mentionSpan(w, m!);
      expect(w.object.doc.source.text.slice(start, end)).to.equal('/logs/app.log');
    });
    it('tells readers from writers', async () => {
      const w = await workload(POD);
      const by = (n: string) => w.containers.find((c) => c.name === n)!;
      expect(usageOf(by('shipper'), '/logs')).to.equal('read');
      expect(usageOf(by('seed'), '/work')).to.equal('write');
      expect(usageOf(by('seed'), '/nowhere')).to.equal('none');
      // An env value is given to the program: it may write there.
      expect(usageOf(by('app'), '/var/log/app')).to.equal('write');
    });
    it('looks at where a redirection writes', async () => {
      const w = await workload(`apiVersion: v1
kind: Pod
metadata: {name: r}
spec:
  containers:
    - name: quiet
      command: [sh, -c, "tail -F /logs/a.log 2>&1 > /dev/stdout | grep x"]
    - name: appender
      command: [sh, -c, "while true; do date >> /logs/a.log; sleep 1; done"]
    - name: pruner
      command: [sh, -c, "find /logs -mtime +1 -delete"]
`);
      const by = (n: string) => w.containers.find((c) => c.name === n)!;
      expect(usageOf(by('quiet'), '/logs')).to.equal('read');
      expect(usageOf(by('appender'), '/logs')).to.equal('write');
      expect(usageOf(by('pruner'), '/logs')).to.equal('write');
    });
    it('reads the volumes injectors mount by annotation', async () => {
      const w = await workload(POD);
      expect([...annotationMountedVolumes(w).keys()].sort()).to.deep.equal(['comp', 'extra', 'more', 'rw-vol']);
    });
    it('recognises log shippers and collectors by image', async () => {
      const w = await workload(POD);
      expect(isCollectorImage(w.containers.find((c) => c.name === 'shipper')!)).to.equal(true);
      expect(isCollectorImage(w.containers.find((c) => c.name === 'app')!)).to.equal(false);
    });
  });

  describe('likelyVolume', () => {
    it('prefers an unused volume, by spelling then by a shared word', async () => {
      const w = await workload(`apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: x}]
  volumes:
    - {name: app-logs, emptyDir: {}}
    - {name: proxy-config, configMap: {name: envoy}}
    - {name: ca, secret: {secretName: ca}}
`);
      const d = declaredVolumes(w);
      expect(likelyVolume('app-log', d, new Set())).to.equal('app-logs');
      expect(likelyVolume('envoy-conf', d, new Set())).to.equal('proxy-config');
      expect(likelyVolume('ca-certs', d, new Set(['app-logs', 'proxy-config']))).to.equal('ca');
      expect(likelyVolume('zzz', d, new Set())).to.equal(undefined);
      expect(namesRelated('conf', 'config')).to.equal(true);
      expect(namesRelated('data', undefined)).to.equal(false);
    });
  });

  describe('isPatchLike', () => {
    it('spots strategic-merge patches by directive or by file name', async () => {
      const plain = `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  template:
    spec:
      containers: [{name: a, image: x}]
`;
      const isPatch = async (text: string, file: string) => {
        const r = await lintText(text, file);
        // Patches are objects, but never workloads: workload rules pass them over.
        expect(r.workloads.length).to.equal(r.objects[0]!.isPatch ? 0 : 1);
        return r.objects[0]!.isPatch;
      };
      expect(await isPatch(plain, 'deploy.yaml')).to.equal(false);
      expect(isPatchLike(await workload(plain, 'deploy.yaml'))).to.equal(false);
      expect(await isPatch(plain, 'overlays/prod/deployment-patch.yaml')).to.equal(true);
      expect(await isPatch(plain, 'patches/deployment.yaml')).to.equal(true);
      expect(await isPatch(plain, 'dispatcher.yaml')).to.equal(false);
      expect(await isPatch(plain, 'overlays/prod-patches/deployment.yaml')).to.equal(true);
      expect(await isPatch(plain, 'patch_resources.yml')).to.equal(true);
      // Only a name that starts or ends with the word: a base in a folder about empty patches is whole.
      expect(await isPatch(plain, 'util/kustomize/testdata/kustomization_yaml_patches_empty/deployment.yaml')).to.equal(false);
      expect(await isPatch(plain, 'patchwork/app.yaml')).to.equal(false);
      expect(await isPatch(plain.replace('containers:', 'volumes: [{name: v, $patch: delete}]\n      containers:'), 'x.yaml')).to.equal(true);
    });
  });

  it('never throws on odd input', async () => {
    const ws = await workloads(`apiVersion: v1
kind: Pod
metadata: {name: odd}
spec:
  containers:
    - name: a
      command: 5
      args: [1, null, {x: 1}]
      env: [null, {name: x, value: [1]}]
      volumeMounts: [null, 3, {name: 5, mountPath: 7}, {mountPath: /x}]
      volumeDevices: {}
      livenessProbe: {exec: {command: "not a list"}}
      lifecycle: {postStart: 1}
    - junk
  volumes: {a: 1}
`);
    const w = ws[0]!;
    expect(declaredVolumes(w)).to.deep.equal([]);
    const mounts = podMounts(w);
    expect(mounts.map((m) => [m.name, m.mountPath])).to.deep.equal([
      [undefined, undefined],
      [undefined, '/x'],
    ]);
    expect(pathMentions(w.containers[0]!)).to.deep.equal([]);
    expect(usageOf(w.containers[0]!, '/x')).to.equal('none');
    expect(annotationMountedVolumes(w).size).to.equal(0);
  });
});
