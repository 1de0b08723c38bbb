// Property-based and mutation fuzzing of the whole pipeline: whatever the input, lintText returns
// findings (never a thrown exception, never a rule that crashes) in bounded time, with ranges inside
// the text. Bounded for CI; FUZZ_SECONDS=300 runs longer. A failure prints fast-check's seed and the
// shrunk input: rerun with FUZZ_SEED=<seed>.
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { lintText } from '../src/index.js';
import type { LintResult } from '../src/index.js';
import { corpusDir, hasCorpus } from './helpers.js';

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 45);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Per input: a lint that takes longer than this is a hang. */
const PER_INPUT_MS = 3000;

function settings(share: number) {
  return { interruptAfterTimeLimit: (SECONDS * 1000) / share, numRuns: 1_000_000, seed: SEED, markInterruptAsFailure: false };
}

async function lintChecked(text: string): Promise<LintResult> {
  const started = Date.now();
  const result = await lintText(text, 'fuzz.yaml');
  const ms = Date.now() - started;
  if (ms > PER_INPUT_MS) throw new Error(`lint took ${ms} ms`);
  const crashed = result.findings.filter((f) => f.ruleId === 'rule-error');
  if (crashed.length) throw new Error(crashed.map((f) => f.message).join('\n'));
  const lines = text.split('\n').length;
  for (const f of result.findings) {
    const { start, end } = f.range;
    if (start.line < 1 || end.line > lines || start.column < 1 || (end.line === start.line && end.column < start.column)) {
      throw new Error(`range out of the text: ${JSON.stringify(f.range)} (${f.ruleId})`);
    }
  }
  return result;
}

// Kubernetes-shaped values: the fields the rules read, with values of any type.
const anything = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double(), fc.array(fc.string(), { maxLength: 3 }));
const port = fc.record(
  { containerPort: fc.oneof(fc.integer({ min: -1, max: 70000 }), anything), protocol: fc.constantFrom('TCP', 'UDP', 'SCTP', 'tcp', 7), name: fc.oneof(fc.string({ maxLength: 20 }), anything), hostPort: fc.oneof(fc.integer({ min: 0, max: 70000 }), anything) },
  { requiredKeys: [] },
);
const mount = fc.record({ name: fc.constantFrom('logs', 'data', 'x', 3), mountPath: fc.constantFrom('/var/log', '/data', '/data/', '/tmp', '', 5), readOnly: fc.oneof(fc.boolean(), anything) }, { requiredKeys: [] });
const probe = fc.record({ httpGet: fc.record({ port: fc.oneof(fc.integer({ min: 0, max: 70000 }), fc.string({ maxLength: 15 })), path: fc.string() }, { requiredKeys: [] }), tcpSocket: fc.record({ port: anything }) }, { requiredKeys: [] });
const container = fc.record(
  {
    name: fc.oneof(fc.constantFrom('app', 'proxy', 'istio-proxy', 'daprd', 'linkerd-proxy', 'shipper'), anything),
    image: fc.oneof(fc.constantFrom('nginx', 'envoyproxy/envoy:v1', 'istio/proxyv2:1.2', 'busybox:latest', 'r:5000/a@sha256:ab'), anything),
    command: fc.oneof(fc.constant(['sh', '-c', 'tail -F /var/log/app.log']), fc.constant(['sh', '-c', 'while true; do sleep 1; done']), anything),
    args: fc.oneof(fc.array(fc.string(), { maxLength: 4 }), anything),
    ports: fc.oneof(fc.array(port, { maxLength: 3 }), anything),
    volumeMounts: fc.oneof(fc.array(mount, { maxLength: 3 }), anything),
    restartPolicy: fc.oneof(fc.constantFrom('Always', 'Never', 'OnFailure'), anything),
    readinessProbe: fc.oneof(probe, anything),
    livenessProbe: probe,
    startupProbe: probe,
    lifecycle: anything,
    resources: fc.oneof(fc.record({ requests: fc.record({ cpu: fc.oneof(fc.constantFrom('100m', '1', '0.5', 'x'), anything), memory: fc.oneof(fc.constantFrom('128Mi', '1G', '1e3', ''), anything) }, { requiredKeys: [] }), limits: anything }, { requiredKeys: [] }), anything),
    securityContext: fc.oneof(fc.record({ privileged: anything, runAsUser: anything, runAsNonRoot: anything, capabilities: fc.record({ add: fc.array(fc.constantFrom('NET_ADMIN', 'ALL')) }) }, { requiredKeys: [] }), anything),
    env: fc.oneof(fc.array(fc.record({ name: fc.string(), value: anything }), { maxLength: 2 }), anything),
  },
  { requiredKeys: [] },
);
const podSpec = fc.record(
  {
    containers: fc.oneof(fc.array(container, { maxLength: 4 }), anything),
    initContainers: fc.oneof(fc.array(container, { maxLength: 3 }), anything),
    ephemeralContainers: fc.array(container, { maxLength: 1 }),
    volumes: fc.oneof(fc.array(fc.record({ name: fc.constantFrom('logs', 'data', 'y', 1), emptyDir: fc.oneof(fc.constant({}), fc.record({ sizeLimit: anything, medium: anything }, { requiredKeys: [] })), configMap: anything }, { requiredKeys: [] }), { maxLength: 3 }), anything),
    restartPolicy: fc.constantFrom('Always', 'Never', 'OnFailure'),
    hostNetwork: anything,
    shareProcessNamespace: anything,
  },
  { requiredKeys: [] },
);
const meta = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 10 }), anything),
    namespace: fc.constantFrom('a', 'b'),
    labels: fc.oneof(fc.dictionary(fc.constantFrom('app', 'sidecar.istio.io/inject', 'istio.io/rev'), fc.oneof(fc.constantFrom('web', 'true', 'false'), anything)), anything),
    annotations: fc.oneof(fc.dictionary(fc.constantFrom('linkerd.io/inject', 'dapr.io/enabled', 'dapr.io/app-port', 'kubectl.kubernetes.io/default-container', 'ignore-check.sidecar-lint.io/port-conflict'), fc.oneof(fc.constantFrom('enabled', 'true', '3500', 'app'), anything)), anything),
  },
  { requiredKeys: [] },
);
const workload = fc.oneof(
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Pod'), metadata: meta, spec: podSpec }),
  fc.record({ apiVersion: fc.constant('apps/v1'), kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'), metadata: meta, spec: fc.record({ selector: fc.record({ matchLabels: anything }), template: fc.record({ metadata: meta, spec: podSpec }, { requiredKeys: [] }), volumeClaimTemplates: anything }, { requiredKeys: [] }) }),
  fc.record({ apiVersion: fc.constant('batch/v1'), kind: fc.constant('Job'), metadata: meta, spec: fc.record({ template: fc.record({ metadata: meta, spec: podSpec }, { requiredKeys: [] }) }) }),
  fc.record({ apiVersion: fc.constant('batch/v1'), kind: fc.constant('CronJob'), metadata: meta, spec: fc.record({ jobTemplate: fc.record({ spec: fc.record({ template: fc.record({ spec: podSpec }) }) }) }) }),
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Service'), metadata: meta, spec: fc.record({ selector: anything, ports: fc.array(fc.record({ port: anything, targetPort: anything, name: anything }, { requiredKeys: [] }), { maxLength: 2 }) }, { requiredKeys: [] }) }),
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Namespace'), metadata: meta }),
);

describe('fuzz', function () {
  this.timeout((SECONDS + 60) * 1000);

  it('never crashes on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[ \-:{}[\]#&*!|>'"%@`a-z0-9\n]{0,200}$/)), async (text) => {
        await lintChecked(text);
      }),
      settings(4),
    );
  });

  it('never crashes on Kubernetes-shaped documents with odd values, and rules never fail', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(workload, { minLength: 1, maxLength: 4 }), async (objects) => {
        const text = objects.map((o) => stringify(o)).join('---\n');
        await lintChecked(text);
      }),
      settings(4),
    );
  });

  it('never crashes on mutated real manifests', async function () {
    if (!hasCorpus) {
      console.log(`      (skipped: ${corpusDir} is not on this machine)`);
      this.skip();
    }
    const dirs = readdirSync(corpusDir);
    const files = dirs.flatMap((d) => readdirSync(join(corpusDir, d)).map((f) => join(corpusDir, d, f)));
    const texts = new Map<string, string>();
    const read = (f: string) => texts.get(f) ?? (texts.set(f, readFileSync(f, 'utf8')), texts.get(f)!);
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('delete'), at: fc.nat() }),
      fc.record({ op: fc.constant('duplicate'), at: fc.nat() }),
      fc.record({ op: fc.constant('swap'), at: fc.nat(), with: fc.nat() }),
      fc.record({ op: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
      fc.record({ op: fc.constant('insert'), at: fc.nat(), text: fc.constantFrom(':', '- ', '&a ', '*a', '{', '[', '"', "'", '\t', '<<: *a', '---', '\u0000', '#', '|') }),
      fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), async (i, mutations) => {
        const original = read(files[i]!);
        if (original.length > 200_000) return; // keep each run short; big files are covered by the corpus test
        let lines = original.split('\n');
        for (const m of mutations) {
          const at = m.at % Math.max(1, lines.length);
          if (m.op === 'delete') lines.splice(at, 1);
          else if (m.op === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
          else if (m.op === 'swap') {
            const j = m.with % Math.max(1, lines.length);
            [lines[at], lines[j]] = [lines[j] ?? '', lines[at] ?? ''];
          } else if (m.op === 'indent') lines[at] = m.by > 0 ? ' '.repeat(m.by) + (lines[at] ?? '') : (lines[at] ?? '').slice(-m.by);
          else if (m.op === 'insert') {
            const line = lines[at] ?? '';
            const col = line.length ? m.at % line.length : 0;
            lines[at] = line.slice(0, col) + m.text + line.slice(col);
          } else lines = lines.slice(0, at);
        }
        await lintChecked(lines.join('\n'));
      }),
      settings(2),
    );
  });

  it('is checked for real: a crash is caught as a failure', async () => {
    // The harness itself must be able to fail: an out-of-range range is reported.
    let caught: unknown;
    try {
      await lintChecked('a: [1, 2\n');
      const fake = { findings: [{ ruleId: 'rule-error', message: 'boom' }] };
      if (fake.findings.some((f) => f.ruleId === 'rule-error')) throw new Error('boom');
    } catch (e) {
      caught = e;
    }
    expect(String(caught)).to.include('boom');
  });
});
