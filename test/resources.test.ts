import { expect } from 'chai';
import { podRequests, requestOf, limitOf, hasAnyRequest, hasPodLevelResources } from '../src/model/resources.js';
import { completedByInjector } from '../src/model/mesh.js';

const c = (name: string, requests?: Record<string, unknown>, limits?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name,
  image: 'x',
  resources: { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) },
  ...extra,
});
const sidecar = (name: string, requests: Record<string, unknown>) => c(name, requests, undefined, { restartPolicy: 'Always' });

describe('resources', () => {
  describe('requestOf', () => {
    it('reads a written request', () => {
      const r = requestOf(c('a', { cpu: '100m' }), 'cpu');
      expect(r).to.deep.include({ value: 0.1, from: 'requests' });
      expect(r?.rel).to.deep.equal(['resources', 'requests', 'cpu']);
    });
    it('defaults a missing request to the limit, per resource', () => {
      const spec = c('a', { cpu: '100m' }, { cpu: '1', memory: '1Gi' });
      expect(requestOf(spec, 'cpu')).to.deep.include({ value: 0.1, from: 'requests' });
      expect(requestOf(spec, 'memory')).to.deep.include({ value: 2 ** 30, from: 'limits' });
      expect(limitOf(spec, 'cpu')?.value).to.equal(1);
    });
    it('keeps junk as present but unreadable', () => {
      expect(requestOf(c('a', { memory: '1GB' }), 'memory')).to.deep.include({ value: undefined, raw: '1GB' });
    });
    it('never throws on odd input', () => {
      for (const odd of [null, 1, 'x', [], { resources: 'x' }, { resources: { requests: [] } }, { resources: { requests: { cpu: null } } }]) {
        expect(requestOf(odd, 'cpu')).to.equal(undefined);
        expect(hasAnyRequest(odd)).to.equal(false);
      }
      expect(podRequests('junk').cpu.total).to.equal(0);
      expect(podRequests({ containers: 'x', initContainers: [1, null] }).memory.total).to.equal(0);
    });
    it('counts limits alone as requests', () => {
      expect(hasAnyRequest(c('a', undefined, { memory: '64Mi' }))).to.equal(true);
      expect(hasAnyRequest(c('a'))).to.equal(false);
    });
  });

  describe('podRequests (KEP-753)', () => {
    it('sums regular containers', () => {
      const r = podRequests({ containers: [c('app', { cpu: '250m', memory: '256Mi' }), c('log', { cpu: '50m', memory: '64Mi' })] }, { appIndex: 0 });
      expect(r.cpu).to.deep.include({ total: 0.3, running: 0.3, sidecars: 0.05, initPeak: 0 });
      expect(r.memory).to.deep.include({ total: 320 * 2 ** 20, sidecars: 64 * 2 ** 20 });
    });

    it('adds native sidecars to the steady state', () => {
      const r = podRequests({ initContainers: [sidecar('proxy', { cpu: '100m' })], containers: [c('app', { cpu: '200m' })] }, { appIndex: 0 });
      expect(r.cpu).to.deep.include({ total: 0.3, running: 0.3, sidecars: 0.1 });
    });

    it('takes an init container above the steady state as the peak, with the sidecars started before it', () => {
      const r = podRequests({
        initContainers: [sidecar('proxy', { memory: '100Mi' }), c('migrate', { memory: '1Gi' }), sidecar('late', { memory: '50Mi' })],
        containers: [c('app', { memory: '200Mi' })],
      });
      // init phase: proxy (100Mi) + migrate (1Gi); late starts after migrate has finished.
      expect(r.memory.initPeak).to.equal(100 * 2 ** 20 + 2 ** 30);
      expect(r.memory.running).to.equal(350 * 2 ** 20);
      expect(r.memory.total).to.equal(100 * 2 ** 20 + 2 ** 30);
      expect(r.memory.initPeakBy).to.equal('migrate');
    });

    it('keeps the steady state when it is larger than any init container', () => {
      const r = podRequests({ initContainers: [c('setup', { cpu: '100m' })], containers: [c('app', { cpu: '500m' })] });
      expect(r.cpu.total).to.equal(0.5);
      expect(r.cpu.initPeakBy).to.equal(undefined);
    });

    it('uses limits for missing requests and adds the overhead', () => {
      const r = podRequests({ overhead: { cpu: '250m', memory: '120Mi' }, containers: [c('app', undefined, { cpu: '1', memory: '1Gi' })] });
      expect(r.cpu.total).to.equal(1.25);
      expect(r.memory.total).to.equal(2 ** 30 + 120 * 2 ** 20);
      expect(r.cpu.overhead).to.equal(0.25);
    });

    it('lets pod-level requests replace the containers sum', () => {
      const spec = { resources: { requests: { cpu: '2' } }, containers: [c('app', { cpu: '500m', memory: '1Gi' })] };
      const r = podRequests(spec);
      expect(hasPodLevelResources(spec)).to.equal(true);
      expect(r.cpu).to.deep.include({ total: 2, podLevel: 2 });
      expect(r.memory.total).to.equal(2 ** 30);
    });

    it('counts unreadable amounts as zero and names their containers', () => {
      const r = podRequests({ containers: [c('app', { cpu: 'lots' }), c('log', { cpu: '100m' })] });
      expect(r.cpu.total).to.equal(0.1);
      expect(r.cpu.unreadable).to.deep.equal(['app']);
    });
  });
});

describe('resources: version and injector', () => {
  it('treats restartPolicy: Always as a plain init container when native sidecars are off (1.28)', () => {
    const spec = {
      initContainers: [{ name: 'proxy', restartPolicy: 'Always', resources: { requests: { cpu: '100m' } } }],
      containers: [{ name: 'app', resources: { requests: { cpu: '200m' } } }],
    };
    expect(podRequests(spec).cpu.total).to.equal(0.3);
    expect(podRequests(spec, { nativeSidecars: false }).cpu.total).to.equal(0.2);
  });
});

describe('completedByInjector', () => {
  const proxy = (spec: Record<string, unknown>) => ({ mesh: 'istio', spec });
  it('knows an Istio gateway placeholder (image: auto)', () => {
    expect(completedByInjector({ annotations: {}, labels: {} }, proxy({ image: 'auto' }))).to.equal(true);
  });
  it('knows a declared istio-proxy in a pod that switches injection on', () => {
    expect(completedByInjector({ annotations: {}, labels: { 'sidecar.istio.io/inject': 'true' } }, proxy({ image: 'x' }))).to.equal(true);
    expect(completedByInjector({ annotations: {}, labels: { 'istio.io/rev': 'canary' } }, proxy({ image: 'x' }))).to.equal(true);
  });
  it('leaves alone an already injected pod, other meshes and ordinary containers', () => {
    expect(completedByInjector({ annotations: { 'sidecar.istio.io/status': '{}' }, labels: {} }, proxy({ image: 'auto' }))).to.equal(false);
    expect(completedByInjector({ annotations: {}, labels: {} }, proxy({ image: 'docker.io/istio/proxyv2:1.24.2' }))).to.equal(false);
    expect(completedByInjector({ annotations: {}, labels: { 'sidecar.istio.io/inject': 'true' } }, { mesh: 'linkerd', spec: { image: 'auto' } })).to.equal(false);
    expect(completedByInjector({ annotations: {}, labels: {} }, { spec: { image: 'auto' } })).to.equal(false);
  });
});
