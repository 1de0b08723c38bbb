import { expect } from 'chai';
import { longRunning, stopsHelpers, imageRepository } from '../src/model/long-running.js';

const sh = (script: string, extra: Record<string, unknown> = {}) => ({ name: 'helper', image: 'alpine:3.20', command: ['sh', '-c', script], ...extra });

describe('long-running', () => {
  describe('commands that never end', () => {
    for (const [script, shown] of [
      ['tail -F /opt/logs.txt', 'tail -F'],
      ['tail -f /dev/null', 'tail -f'],
      ['tail -n0 -qF /var/log/app/*.log | nc collector 514', 'tail -qF'],
      ['exec /usr/bin/tail --follow=name /var/log/app.log', 'tail --follow=name'],
      ['while true; do cp /src/* /dst; sleep 5; done', 'while true'],
      ['while :; do date; sleep 1; done', 'while :'],
      ['while [ 1 ]\ndo\n  sync.sh\ndone', 'while [ 1 ]'],
      ['while sleep 30; do rotate; done', 'while sleep 30'],
      ['trap : TERM; sleep infinity & wait', 'sleep infinity'],
      ['sleep 99999999', 'sleep 99999999'],
    ] as const) {
      it(`${script.split('\n')[0]}`, () => {
        expect(longRunning(sh(script))).to.deep.equal({ reason: `runs "${shown}"`, by: 'command' });
      });
    }

    it('reads command and args as one command line', () => {
      expect(longRunning({ image: 'busybox', command: ['tail'], args: ['-f', '/dev/null'] })?.reason).to.equal('runs "tail -f"');
      expect(longRunning({ image: 'busybox', args: ['sleep', 'infinity'] })?.reason).to.equal('runs "sleep infinity"');
    });
  });

  describe('commands that finish', () => {
    for (const script of [
      'tail -n 100 /var/log/app.log',
      'cat /opt/logs.txt | tail -5',
      'echo "detail -f" > /tmp/x',
      'sleep 10',
      'sleep 3600 && upload.sh',
      'while [ ! -f /shared/done ]; do sleep 1; done',
      'while true; do if [ -f /shared/done ]; then exit 0; fi; sleep 1; done',
      'while true; do test -f /done && break; sleep 2; done',
      'tail -f /var/log/app.log & PID=$!; while [ ! -f /done ]; do sleep 1; done; kill $PID',
      'tail --pid=1 -f /var/log/app.log',
      'timeout 600 tail -f /var/log/app.log',
      'for i in $(seq 30); do curl -s http://svc && exit 0; sleep 5; done; exit 1',
    ]) {
      it(script, () => {
        expect(longRunning(sh(script))).to.equal(undefined);
      });
    }
  });

  describe('known daemon images', () => {
    it('recognises proxies, agents and log shippers by image', () => {
      expect(longRunning({ name: 'proxy', image: 'envoyproxy/envoy:v1.31.0' })?.reason).to.equal('runs the Envoy proxy');
      expect(longRunning({ name: 'db', image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0', args: ['--port=5432', 'p:r:i'] })?.by).to.equal('image');
      expect(longRunning({ name: 'db', image: 'gcr.io/cloudsql-docker/gce-proxy:1.33.2', command: ['/cloud_sql_proxy', '-instances=p:r:i=tcp:5432'] })?.by).to.equal('image');
      expect(longRunning({ name: 'auth', image: 'quay.io/oauth2-proxy/oauth2-proxy:v7.6.0' })?.by).to.equal('image');
      expect(longRunning({ name: 'logs', image: 'cr.fluentbit.io/fluent/fluent-bit:3.1' })?.reason).to.equal('runs the Fluent Bit log shipper');
      expect(longRunning({ name: 'logs', image: 'fluent/fluentd-kubernetes-daemonset:v1-debian-elasticsearch' })?.by).to.equal('image');
      expect(longRunning({ name: 'otel', image: 'otel/opentelemetry-collector-contrib:0.104.0' })?.by).to.equal('image');
      expect(longRunning({ name: 'v', image: 'hashicorp/vault:1.17', args: ['agent', '-config=/etc/agent.hcl'] })?.reason).to.equal('runs Vault Agent');
      expect(longRunning({ name: 'p', image: 'docker.io/istio/proxyv2:1.24.2', args: ['proxy', 'sidecar'] })?.reason).to.equal('runs the Istio proxy');
    });

    it('leaves one-shot uses of those images alone', () => {
      expect(longRunning({ name: 'istio-init', image: 'docker.io/istio/proxyv2:1.24.2', args: ['istio-iptables', '-p', '15001'] })).to.equal(undefined);
      expect(longRunning({ name: 'v', image: 'hashicorp/vault:1.17', args: ['agent', '-config=/etc/agent.hcl', '-exit-after-auth'] })).to.equal(undefined);
      expect(longRunning({ name: 'v', image: 'hashicorp/vault:1.17', command: ['vault', 'kv', 'put', 'secret/x', 'a=b'] })).to.equal(undefined);
      expect(longRunning({ name: 'check', image: 'envoyproxy/envoy:v1.31.0', args: ['--mode', 'validate', '-c', '/etc/envoy.yaml'] })).to.equal(undefined);
      expect(longRunning({ name: 'check', image: 'otel/opentelemetry-collector:0.104.0', args: ['validate', '--config=/c.yaml'] })).to.equal(undefined);
      expect(longRunning({ name: 'copy', image: 'envoyproxy/envoy:v1.31.0', command: ['cp', '/etc/envoy/envoy.yaml', '/out/'] })).to.equal(undefined);
      expect(longRunning({ name: 'copy', image: 'envoyproxy/envoy:v1.31.0', command: ['sh', '-c'], args: ['cp /etc/envoy/envoy.yaml /out/'] })).to.equal(undefined);
      expect(longRunning({ name: 'p', image: 'envoyproxy/envoy:v1.31.0', command: ['sh', '-c'], args: ['envsubst < /t > /etc/e.yaml && exec envoy -c /etc/e.yaml'] })?.by).to.equal('image');
      // A look-alike name further down the path is not the daemon's image.
      expect(longRunning({ name: 'gen', image: 'ghcr.io/open-telemetry/opentelemetry-collector-contrib/telemetrygen:v0.124.1', args: ['traces'] })).to.equal(undefined);
    });

    it('recognises a mesh proxy by its container name', () => {
      expect(longRunning({ name: 'istio-proxy', image: 'example/custom-proxy:1' })).to.deep.equal({ reason: 'is the Istio proxy', by: 'name' });
      expect(longRunning({ name: 'linkerd-proxy' })?.by).to.equal('name');
    });
  });

  it('never throws on odd input', () => {
    for (const odd of [null, undefined, 42, 'x', [], { command: 'tail -f' }, { command: [1, null, { a: 1 }], args: true }, { image: 7, name: [] }]) {
      expect(() => longRunning(odd)).to.not.throw();
      expect(() => stopsHelpers(odd, true)).to.not.throw();
    }
    expect(longRunning({ command: 'tail -f /dev/null' }), 'a string command is not a list').to.equal(undefined);
  });

  it('imageRepository drops tag and digest, keeps registry ports', () => {
    expect(imageRepository('envoyproxy/envoy:v1.31.0')).to.equal('envoyproxy/envoy');
    expect(imageRepository('localhost:5000/envoy@sha256:abc')).to.equal('localhost:5000/envoy');
    expect(imageRepository('Registry.local:5000/Fluent/Fluent-Bit')).to.equal('registry.local:5000/fluent/fluent-bit');
  });

  describe('stopsHelpers', () => {
    it('sees the quit endpoints meshes and proxies offer', () => {
      expect(stopsHelpers(sh('run-job && curl -fsS -X POST http://127.0.0.1:15020/quitquitquit'))).to.equal(true);
      expect(stopsHelpers(sh('run-job; curl -X POST http://localhost:4191/shutdown'))).to.equal(true);
      expect(stopsHelpers({ command: ['linkerd-await', '--shutdown', '--', 'run-job'] })).to.equal(true);
      expect(stopsHelpers(sh('run-job; curl -X POST localhost:3500/v1.0/shutdown'))).to.equal(true);
    });

    it('counts kill only with a shared process namespace', () => {
      expect(stopsHelpers(sh('run-job; pkill envoy'))).to.equal(false);
      expect(stopsHelpers(sh('run-job; pkill envoy'), true)).to.equal(true);
      expect(stopsHelpers(sh('run-job'), true)).to.equal(false);
    });
  });
});
