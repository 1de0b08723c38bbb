import { expect } from 'chai';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint, lintText } from '../src/index.js';
import type { RuleSetting } from '../src/index.js';
import { CLASH } from './helpers.js';

/** Lints text with every rule but the listed ones turned off. */
async function lintWith(text: string, rules: string[], options: Record<string, unknown> = {}) {
  const { ALL_RULES } = await import('../src/index.js');
  const settings: Record<string, RuleSetting> = Object.fromEntries(
    ALL_RULES.map((r) => [r.meta.id, rules.includes(r.meta.id) ? r.meta.severity : 'off']),
  );
  return lintText(text, 'test.yaml', { rules: settings, ...options });
}


describe('engine', () => {
  describe('positions', () => {
    it('points at the second containerPort, with an exclusive end', async () => {
      const r = await lintWith(CLASH, ['port-conflict']);
      expect(r.findings).to.have.length(1);
      expect(r.findings[0]!.range).to.deep.equal({ start: { line: 14, column: 26 }, end: { line: 14, column: 30 } });
      expect(r.findings[0]!.container).to.equal('proxy');
      expect(r.findings[0]!.object).to.deep.include({ kind: 'Pod', name: 'web' });
    });

    it('follows merge keys to where the value is written', async () => {
      const text = `apiVersion: v1
kind: Pod
metadata: {name: merged}
spec:
  containers:
    - name: app
      image: example/app:1.0
      ports: [{containerPort: 9000}]
    - <<: &sidecar
        image: example/proxy:1.0
        ports:
          - containerPort: 9000
      name: proxy
`;
      const r = await lintWith(text, ['port-conflict']);
      expect(r.findings.map((f) => [f.range.start.line, f.range.start.column])).to.deep.equal([[12, 28]]);
    });

    it('counts columns in UTF-16 code units after a BOM and CRLF line ends', async () => {
      const r = await lintWith('\ufeff' + CLASH.replace(/\n/g, '\r\n'), ['port-conflict']);
      expect(r.findings[0]!.range.start).to.deep.equal({ line: 14, column: 26 });
    });
  });

  describe('documents', () => {
    it('reads multi-document streams and kind: List items', async () => {
      const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a}
    spec:
      containers:
        - {name: app, image: x:1, ports: [{containerPort: 80}]}
        - {name: side, image: y:1, ports: [{containerPort: 80}]}
`;
      const r = await lintWith(`${CLASH}---\n${list}`, ['port-conflict']);
      expect(r.objects.map((o) => o.label)).to.deep.equal(['Pod/web', 'Pod/a']);
      expect(r.findings.map((f) => `${f.range.start.line}:${f.range.start.column}`)).to.deep.equal(['14:26', '25:60']);
      expect(r.findings[1]!.documentIndex).to.equal(1);
    });

    it('passes over documents that are not Kubernetes objects, with a note', async () => {
      const r = await lintWith('just: config\n---\n- a\n- b\n---\n', ['port-conflict']);
      expect(r.findings).to.deep.equal([]);
      expect(r.errors).to.deep.equal([]);
      expect(r.notes.join('\n')).to.match(/document 1 is not a Kubernetes object \(no apiVersion and kind\)/);
      expect(r.notes.join('\n')).to.match(/document 2 is not a Kubernetes object \(not a mapping\)/);
    });

    it('reports a syntax error and goes on with the other documents', async () => {
      const r = await lintWith(`a: [1, 2\n---\n${CLASH}`, ['port-conflict', 'yaml-syntax']);
      expect(r.findings.map((f) => f.ruleId)).to.deep.equal(['yaml-syntax', 'port-conflict']);
      expect(r.findings[1]!.range.start.line).to.equal(16);
    });

    it('stops a YAML bomb without expanding it', async () => {
      const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 9; i++) {
        const prev = String.fromCharCode(96 + i);
        const cur = String.fromCharCode(97 + i);
        levels.push(`${cur}: &${cur} [${Array(10).fill('*' + prev).join(',')}]`);
      }
      const started = Date.now();
      const r = await lintWith(levels.join('\n') + '\n', ['yaml-syntax']);
      expect(Date.now() - started).to.be.below(2000);
      expect(r.findings).to.have.length(1);
      expect(r.findings[0]!.message).to.match(/aliases expand to more than/);
    });

    it('refuses nesting deeper than the limit', async () => {
      const deep = 'a: ' + '['.repeat(300) + ']'.repeat(300) + '\n';
      const r = await lintWith(deep, ['yaml-syntax']);
      expect(r.findings[0]!.message).to.match(/nesting deeper than 256/);
    });

    it('reads YAML 1.1 as Kubernetes does (on is a boolean, 0755 is octal)', async () => {
      const r = await lintWith('a: on\nb: 0755\nc: "on"\nd: 1:20\n', []);
      expect(r.documents[0]!.value).to.deep.equal({ a: true, b: 493, c: 'on', d: '1:20' });
    });

    it('accepts quoted scalars continued at their key column, as kubectl does', async () => {
      const text = "a:\n  description: 'first line\n  continued here'\n  b: 1\n";
      const r = await lintWith(text, ['yaml-syntax']);
      expect(r.findings).to.deep.equal([]);
      expect(r.documents[0]!.value).to.deep.equal({ a: { description: 'first line continued here', b: 1 } });
    });
  });

  describe('suppressions', () => {
    it('honours disable-next-line with a reason, and only for the named rule', async () => {
      const text = CLASH.replace('        - containerPort: 8080\n    - name: proxy', '        - containerPort: 8080\n    - name: proxy').replace(
        /(\n {8}- containerPort: 8080\n)$/,
        '\n        # sidecar-lint-disable-next-line port-conflict -- SO_REUSEPORT\n        - containerPort: 8080\n',
      );
      const r = await lintWith(text, ['port-conflict']);
      expect(r.findings).to.have.length(1);
      expect(r.findings[0]!.suppressed).to.deep.equal({ kind: 'comment', reason: 'SO_REUSEPORT' });
      expect(r.exitCode).to.equal(0);
      const other = await lintWith(text.replace('port-conflict --', 'latest-tag --'), ['port-conflict']);
      expect(other.findings[0]!.suppressed).to.equal(undefined);
    });

    it('honours disable-line and disable-file', async () => {
      const line = CLASH.replace(/containerPort: 8080\n$/, 'containerPort: 8080 # sidecar-lint-disable-line\n');
      expect((await lintWith(line, ['port-conflict'])).findings[0]!.suppressed?.kind).to.equal('comment');
      const file = '# sidecar-lint-disable-file port-conflict -- legacy chart\n' + CLASH;
      expect((await lintWith(file, ['port-conflict'])).findings[0]!.suppressed).to.deep.equal({ kind: 'comment', reason: 'legacy chart' });
    });

    it('honours annotations on the object, for all containers or one', async () => {
      const annotated = (key: string) =>
        CLASH.replace('  name: web\n', `  name: web\n  annotations:\n    ${key}: "proxy binds it on purpose"\n`);
      const all = await lintWith(annotated('ignore-check.sidecar-lint.io/port-conflict'), ['port-conflict']);
      expect(all.findings[0]!.suppressed).to.deep.equal({ kind: 'annotation', reason: 'proxy binds it on purpose' });
      const proxyOnly = await lintWith(annotated('ignore-check.sidecar-lint.io/port-conflict.proxy'), ['port-conflict']);
      expect(proxyOnly.findings[0]!.suppressed?.kind).to.equal('annotation');
      const appOnly = await lintWith(annotated('ignore-check.sidecar-lint.io/port-conflict.app'), ['port-conflict']);
      expect(appOnly.findings[0]!.suppressed).to.equal(undefined);
    });

    it('reports unused suppressions when asked', async () => {
      const text = '# sidecar-lint-disable-next-line port-conflict -- nothing here\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n';
      const r = await lintWith(text, ['port-conflict'], { reportUnusedSuppressions: true });
      expect(r.findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column])).to.deep.equal([['unused-suppression', 1, 1]]);
    });
  });

  describe('configuration', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-config-'));
    mkdirSync(join(dir, 'k8s', 'apps'), { recursive: true });
    writeFileSync(join(dir, 'k8s', 'apps', 'pod.yaml'), CLASH);

    it('finds .sidecar-lint.yaml upward from the linted path and applies severities', async () => {
      writeFileSync(join(dir, '.sidecar-lint.yaml'), 'rules:\n  port-conflict: warning\n');
      const r = await lint('k8s', { cwd: dir });
      expect(r.configFile).to.equal(join(dir, '.sidecar-lint.yaml'));
      const f = r.findings.find((x) => x.ruleId === 'port-conflict')!;
      expect(f.severity).to.equal('warning');
      expect(f.file).to.equal('k8s/apps/pod.yaml');
    });

    it('names the bad key of an invalid configuration, with its line', async () => {
      writeFileSync(join(dir, '.sidecar-lint.yaml'), 'kubeVersion: "1.30"\nrules:\n  port-confict: off\nfailon: warning\n');
      const r = await lint('k8s', { cwd: dir });
      expect(r.exitCode).to.equal(2);
      const messages = r.errors.map((e) => e.message);
      expect(messages).to.include('4:1: unknown key "failon"');
      expect(messages).to.include('3:3: "rules.port-confict": no rule "port-confict" (did you mean "port-conflict"?)');
    });

    it('rejects wrong types with the key named', async () => {
      writeFileSync(join(dir, '.sidecar-lint.yaml'), 'ignore: vendor\nrules:\n  port-conflict: loud\n');
      const r = await lint('k8s', { cwd: dir });
      expect(r.errors.map((e) => e.message)).to.deep.equal(['1:9: "ignore" must be array', '3:18: "rules.port-conflict" must be one of error, warning, info, off or { severity, options }']);
    });

    it('checks rule options against the rule\'s schema', async () => {
      writeFileSync(join(dir, '.sidecar-lint.yaml'), 'rules:\n  probe-port-mismatch: {options: {undeclaredPorts: "yes", colour: red}}\n  port-conflict: {options: {x: 1}}\n');
      const r = await lint('k8s', { cwd: dir });
      expect(r.errors.map((e) => e.message)).to.deep.equal([
        'rules.probe-port-mismatch.options.colour: unknown option',
        'rules.probe-port-mismatch.options.undeclaredPorts: must be boolean',
        'rules.port-conflict.options: the rule takes no options',
      ]);
    });

    it('turns rules off and takes the failure threshold from the config', async () => {
      writeFileSync(join(dir, '.sidecar-lint.yaml'), 'failOn: none\nrules:\n  port-conflict: off\n');
      const r = await lint('k8s', { cwd: dir });
      expect(r.findings.some((f) => f.ruleId === 'port-conflict')).to.equal(false);
      expect(r.exitCode).to.equal(0);
    });

    it('lets explicit options override the file, and config: false ignore it', async () => {
      writeFileSync(join(dir, '.sidecar-lint.yaml'), 'rules:\n  port-conflict: off\n');
      const r = await lint('k8s', { cwd: dir, rules: { 'port-conflict': 'info' } });
      expect(r.findings.find((f) => f.ruleId === 'port-conflict')?.severity).to.equal('info');
      const none = await lint('k8s', { cwd: dir, config: false });
      expect(none.configFile).to.equal(undefined);
      expect(none.findings.find((f) => f.ruleId === 'port-conflict')?.severity).to.equal('error');
    });
  });

  describe('exit codes', () => {
    it('is 1 at or above --fail-on, 0 below it, 2 on input errors', async () => {
      expect((await lintWith(CLASH, ['port-conflict'])).exitCode).to.equal(1);
      expect((await lintWith(CLASH, ['port-conflict'], { rules: { 'port-conflict': 'warning' } })).exitCode).to.equal(0);
      expect((await lintWith(CLASH, ['port-conflict'], { failOn: 'none' })).exitCode).to.equal(0);
      expect((await lint('/nonexistent/path.yaml')).exitCode).to.equal(2);
    });
  });
});

describe('a rule that throws', () => {
  const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: pipes.example.com
spec:
  group: example.com
  names: {kind: Pipe, plural: pipes}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema: {type: object}
---
`;

  it('becomes a rule-error finding where it failed (object, summarize and run hooks), and every other rule still reports', async () => {
    const { ALL_RULES } = await import('../src/index.js');
    const rule = ALL_RULES.find((r) => r.meta.id === 'schema')!;
    const saved = { object: rule.object, summarize: rule.summarize, run: rule.run };
    rule.object = () => {
      throw new Error('boom in object');
    };
    rule.summarize = () => {
      throw new Error('boom in summarize');
    };
    rule.run = () => {
      throw new Error('boom in run');
    };
    try {
      const r = await lintText(CRD + CLASH, 'crash.yaml');
      const errors = r.findings.filter((f) => f.ruleId === 'rule-error').map((f) => `${f.range.start.line}: ${f.message}`);
      expect(errors).to.have.members([
        '1: rule schema failed on CustomResourceDefinition/pipes.example.com: boom in object',
        '1: rule schema failed on CustomResourceDefinition/pipes.example.com: boom in summarize',
        '15: rule schema failed on Pod/web: boom in object',
        '15: rule schema failed on Pod/web: boom in summarize',
        '1: rule schema failed on the run: boom in run',
      ]);
      expect(r.findings.filter((f) => f.ruleId === 'port-conflict').map((f) => f.range.start.line)).to.deep.equal([29]);
      expect(r.exitCode).to.equal(1);
    } finally {
      Object.assign(rule, saved);
    }
  });
});
