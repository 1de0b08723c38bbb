// Rego policies compiled by the real opa (CI installs it with go install) and run through opa-wasm.
import { expect } from 'chai';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { lint } from '../src/engine/lint.js';
import { readTar } from '../src/policy/tar.js';
import { goSprintf } from '../src/policy/rego-builtins.js';
import { packagesOf, namespaceMatches, removeRulePrefix, opaCommand } from '../src/policy/rego.js';
import { parseFieldPath } from '../src/policy/location.js';
import { policyFixtures, requireOpa, tempDir } from './policy-helpers.js';

const dir = join(policyFixtures, 'rego');
const web = join(dir, 'k8s', 'web.yaml');
const cache = tempDir();

describe('policy: rego', function () {
  this.timeout(120_000);
  before(async function () {
    await requireOpa(this);
  });

  it('runs a conftest-style policy with the workload model, at exact field positions', async () => {
    const started = performance.now();
    const result = await lint(web, { cwd: dir, config: false, policies: ['model'], policyCacheDir: cache });
    const ms = performance.now() - started;
    expect(result.errors).to.deep.equal([]);
    expect(result).to.have.finding('sidecar-memory-limit', 'log-shipper').at(17, 11);
    expect(result).to.have.finding('sidecar-memory-limit', 'proxy').at(26, 11);
    expect(result.findings.find((f) => f.message.includes('"proxy"'))!.container).to.equal('proxy');
    expect(result).to.have.finding('main.warn_injected', 'istio will inject istio-proxy').at(14, 34);
    expect(result).to.have.finding('main.warn_replicas').at(6, 13);
    expect(result.findings.find((f) => f.ruleId === 'main.warn_replicas')!.severity).to.equal('info');
    expect(result).to.not.have.finding('main.violation_native');
    // Built-in rules ran too.
    expect(result.findings.some((f) => f.ruleId === 'missing-resources')).to.equal(true);
    console.log(`      first run (compile + load + eval): ${ms.toFixed(0)} ms`);
  });

  it('hands the target Kubernetes version to the policy', async () => {
    const result = await lint(web, { cwd: dir, config: false, policies: ['model'], policyCacheDir: cache, kubeVersion: '1.28' });
    expect(result).to.have.finding('main.violation_native', 'needs Kubernetes 1.29 (target 1.28)');
  });

  it('caches the compiled bundle by content hash', async () => {
    const { compileRego } = await import('../src/policy/rego.js');
    const own = tempDir();
    const files = [join(dir, 'model', 'sidecars.rego')];
    const first = await compileRego(files, ['main'], { name: 'model', cwd: dir, cacheDir: own });
    const second = await compileRego(files, ['main'], { name: 'model', cwd: dir, cacheDir: own });
    expect(first.cached).to.equal(false);
    expect(second.cached).to.equal(true);
    expect(readdirSync(join(own, 'rego')).filter((f) => f.endsWith('.tar.gz'))).to.have.length(1);
    console.log(`      opa build -t wasm: ${first.ms.toFixed(0)} ms; from the cache: ${second.ms.toFixed(1)} ms`);
  });

  it('loads a precompiled bundle.tar.gz and a bare policy.wasm', async () => {
    const out = tempDir();
    const bundle = join(out, 'bundle.tar.gz');
    execFileSync(opaCommand(), ['build', '-t', 'wasm', '-e', 'main', '-o', bundle, join(dir, 'model', 'sidecars.rego')]);
    const wasm = readTar(readFileSync(bundle)).find((e) => e.name === 'policy.wasm')!;
    writeFileSync(join(out, 'policy.wasm'), wasm.data);
    for (const p of [bundle, join(out, 'policy.wasm')]) {
      const result = await lint(web, { cwd: dir, config: false, policies: [p] });
      expect(result.errors).to.deep.equal([]);
      expect(result).to.have.finding('sidecar-memory-limit', 'proxy').at(26, 11);
    }
  });

  it('reports a policy that aborts as a policy error and goes on', async () => {
    const result = await lint(web, { cwd: dir, config: false, policies: ['broken', 'model'], policyCacheDir: cache });
    expect(result.errors).to.deep.equal([]);
    expect(result).to.have.finding('policy-error', /policy broken failed: .*conflict/).at(1, 1);
    expect(result).to.have.finding('sidecar-memory-limit');
    expect(result.exitCode).to.equal(1);
  });

  it('stops a policy that loops at its time limit, names it, and goes on', async () => {
    const started = performance.now();
    const result = await lint([web, join(policyFixtures, 'conftest', 'k8s', 'pod.yml')], {
      cwd: dir,
      config: false,
      policies: [{ path: 'loop', timeoutMs: 1000 }, 'model'],
      policyCacheDir: cache,
    });
    const ms = performance.now() - started;
    const errors = result.findings.filter((f) => f.ruleId === 'policy-error');
    expect(errors.map((f) => f.message)).to.have.length(2);
    expect(errors[0]!.message).to.match(/policy loop did not finish within 1000 ms/);
    expect(result).to.have.finding('sidecar-memory-limit');
    expect(ms).to.be.below(15_000);
  });

  it('names a builtin the wasm runtime lacks', async () => {
    const result = await lint(web, { cwd: dir, config: false, policies: ['builtin'], policyCacheDir: cache });
    expect(result).to.have.finding('policy-error', 'uses time.date, which the wasm runtime lacks');
    expect(result.findings.find((f) => f.ruleId === 'policy-error')!.file).to.equal('builtin/builtin.rego');
  });

  it('turns a compile error into an input error with opa\'s message', async () => {
    const result = await lint(web, { cwd: dir, config: false, policies: ['syntax'], policyCacheDir: cache });
    expect(result.exitCode).to.equal(2);
    expect(result.errors[0]!.message).to.match(/opa build failed: .*rego_parse_error/);
  });

  it('compiles Rego v0 syntax when asked to', async () => {
    const v1 = await lint(web, { cwd: dir, config: false, policies: ['v0'], policyCacheDir: cache });
    expect(v1.errors[0]!.message).to.match(/opa build failed/);
    const v0 = await lint(web, { cwd: dir, config: false, policies: [{ path: 'v0', regoVersion: 'v0' }], policyCacheDir: cache });
    expect(v0.errors).to.deep.equal([]);
    expect(v0).to.have.finding('main.deny', 'pods must run as non-root').at(1, 1);
  });

  it('says how to get opa when it is missing', async () => {
    const saved = process.env.SIDECAR_LINT_OPA;
    process.env.SIDECAR_LINT_OPA = join(tempDir(), 'no-opa-here');
    try {
      const result = await lint(web, { cwd: dir, config: false, policies: ['model'], policyCacheDir: tempDir() });
      expect(result.exitCode).to.equal(2);
      expect(result.errors[0]!.message).to.include('go install github.com/open-policy-agent/opa@');
      expect(result.errors[0]!.message).to.include('opa build -t wasm -e main');
    } finally {
      if (saved === undefined) delete process.env.SIDECAR_LINT_OPA;
      else process.env.SIDECAR_LINT_OPA = saved;
    }
  });

  it('measures evaluation time per document', async () => {
    const { loadPolicySpec } = await import('../src/policy/index.js');
    const loaded = await loadPolicySpec({ path: 'model' }, dir, cache);
    const set = loaded.sets[0] as unknown as { evalMs: number[] };
    const docs = Array.from({ length: 200 }, () => readFileSync(web, 'utf8')).join('---\n');
    const file = join(tempDir(), 'many.yaml');
    writeFileSync(file, docs);
    const result = await lint(file, { cwd: dir, config: false, policies: ['model'], policyCacheDir: cache });
    expect(result.findings.filter((f) => f.ruleId === 'sidecar-memory-limit')).to.have.length(400);
    const times = [...set.evalMs].sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`      eval per document: median ${median.toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} ms over ${times.length}`);
    expect(median).to.be.below(50);
  });
});

describe('policy: rego helpers', () => {
  it('reads package names, namespace globs and exception names as conftest does', () => {
    expect(packagesOf('package main\n\npackage k8s.services\n  package a["b-c"]')).to.deep.equal(['main', 'k8s.services', 'a.b-c']);
    expect(namespaceMatches('k8s.*', 'k8s.simple.deployment')).to.equal(true);
    expect(namespaceMatches('main', 'main.sub')).to.equal(false);
    expect(removeRulePrefix('deny_privileged')).to.equal('privileged');
    expect(removeRulePrefix('warn')).to.equal('');
  });

  it('formats sprintf as OPA does (Go verbs)', () => {
    expect(goSprintf('%s %q %d %v %v', ['a', 'b', 3, ['x', 1], { b: 1, a: 'z' }])).to.equal('a "b" 3 ["x", 1] {"a": "z", "b": 1}');
    expect(goSprintf('%.2f|%5s|%-3d|%%', [1.234, 'ab', 7])).to.equal('1.23|   ab|7  |%');
  });

  it('reads field paths in the forms policies write them', () => {
    expect(parseFieldPath('spec.containers[1].image')).to.deep.equal(['spec', 'containers', 1, 'image']);
    expect(parseFieldPath("metadata.labels['app.kubernetes.io/name']")).to.deep.equal(['metadata', 'labels', 'app.kubernetes.io/name']);
    expect(parseFieldPath('/spec/template/spec/containers/0')).to.deep.equal(['spec', 'template', 'spec', 'containers', 0]);
    expect(parseFieldPath(['spec', 0])).to.deep.equal(['spec', 0]);
    expect(existsSync(dir)).to.equal(true);
  });
});
