// Hostile and odd inputs not covered elsewhere: nesting far past the parser's limit, a 100 MB file,
// a folder of 100,000 files, tags that other YAML loaders execute, and report paths that could
// escape the workspace. Covered elsewhere: YAML bombs and nesting just past the limit
// (engine.test.ts), a policy that loops or aborts (policy-rego.test.ts), a configuration with
// wrong types (engine.test.ts), binary/UTF-16/invalid UTF-8/sockets/symlink loops (input.test.ts).
// Set HOSTILE_BIG=0 to skip the two slow ones (100 MB, 100k files).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, symlinkSync, writeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { lint, lintText } from '../src/index.js';
import { sarif } from '../src/report/sarif.js';
import type { ReportOptions } from '../src/report/index.js';
import { CLASH, projectRoot } from './helpers.js';
import { heapFor } from '../src/cli/heap.js';

const BIN = join(projectRoot, 'bin', 'sidecar-lint.js');
const BIG = process.env.HOSTILE_BIG !== '0';

function cli(args: string[], cwd: string, timeout = 120_000, extraNode: string[] = []) {
  const started = Date.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...extraNode, BIN, ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const lines = r.stderr.trim().split('\n');
  const peakMiB = Number(lines.pop()) / 1024;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: lines.join('\n'), ms: Date.now() - started, peakMiB };
}

const hasTime = existsSync('/usr/bin/time');

describe('hostile input', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-hostile-'));
  after(function () {
    // The 100k-file folder: removing it takes a while on a busy 2-core machine.
    this.timeout(300_000);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('nesting', () => {
    const flow = (levels: number) => 'a: ' + '['.repeat(levels) + ']'.repeat(levels) + '\n';

    it('lints nesting right at the limit (256 levels) without complaint', async () => {
      const r = await lintText(flow(255), 'deep.yaml');
      expect(r.findings.filter((f) => f.ruleId === 'yaml-syntax')).to.deep.equal([]);
      expect(r.documents[0]!.usable).to.equal(true);
    });

    it('stops one level past it with a finding that names the limit', async () => {
      const r = await lintText(flow(257), 'deep.yaml');
      expect(r.findings[0]!.ruleId).to.equal('yaml-syntax');
      expect(r.findings[0]!.message).to.match(/nesting deeper than 256 levels/);
    });

    for (const [name, text] of [
      ['flow sequences', 'a: ' + '['.repeat(100_000) + ']'.repeat(100_000)],
      ['flow maps, unclosed', '{a: '.repeat(100_000)],
      ['block sequences on one line', '- '.repeat(100_000) + 'x\n'],
      ['indented block maps', Array.from({ length: 3000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + '\n'],
    ] as const) {
      it(`survives 100,000-deep ${name} (far past the limit) quickly, with a finding`, async () => {
        const started = Date.now();
        const r = await lintText(text, 'deep.yaml');
        expect(Date.now() - started).to.be.below(15_000);
        expect(r.findings.length).to.be.greaterThan(0);
        expect(r.findings.every((f) => f.ruleId === 'yaml-syntax' && f.file === 'deep.yaml')).to.equal(true);
        expect(r.findings[0]!.message).to.match(/nesting deeper than 256 levels/);
        // The limit speaks; the parser's own stack overflow is not passed on as a second finding.
        expect(r.findings.map((f) => f.message).join('\n')).not.to.match(/call stack/i);
      });
    }

    it('raises the limit with limits.maxDepth', async () => {
      const r = await lintText(flow(300), 'deep.yaml', { limits: { maxDepth: 400 } });
      expect(r.findings.filter((f) => f.ruleId === 'yaml-syntax')).to.deep.equal([]);
    });
  });

  describe('never executes what a manifest says', () => {
    const marker = join(dir, 'executed');
    const payloads = [
      `!!python/object/apply:os.system ["touch ${marker}"]`,
      `!!js/function "function () { require('fs').writeFileSync('${marker}', '') }"`,
      `!<tag:yaml.org,2002:js/function> "() => require('fs').writeFileSync('${marker}', '')"`,
      `"$(touch ${marker})"`,
      `"\`touch ${marker}\`"`,
    ];
    for (const p of payloads) {
      it(`reads ${p.slice(0, 30)}... as data`, async () => {
        const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n    - name: a\n      image: ${p}\n      command: ["sh", "-c", "touch ${marker}"]\n      args: ${p}\n`;
        const r = await lintText(text, 'tags.yaml');
        expect(r.findings.filter((f) => f.ruleId === 'rule-error')).to.deep.equal([]);
        expect(existsSync(marker)).to.equal(false);
      });
    }
  });

  describe('report paths stay inside the workspace', () => {
    it('gives every SARIF result a relative URI that resolves inside the root', async () => {
      const ws = join(dir, 'ws');
      const outside = mkdtempSync(join(tmpdir(), 'sidecar-lint-outside-'));
      mkdirSync(join(ws, 'k8s', 'sub'), { recursive: true });
      writeFileSync(join(outside, 'pod.yaml'), CLASH);
      writeFileSync(join(ws, 'k8s', 'sub', 'pod.yaml'), CLASH);
      writeFileSync(join(ws, 'k8s', '%2e%2e%2fescape.yaml'), CLASH);
      writeFileSync(join(ws, 'k8s', '..hidden.yaml'), CLASH);
      symlinkSync(outside, join(ws, 'k8s', 'linked')); // a link inside the workspace to a folder outside
      const result = await lint(['k8s', 'k8s/sub/../sub/pod.yaml', './k8s/../k8s/sub'], { cwd: ws, config: false });
      expect(result.errors).to.deep.equal([]);
      expect(result.files).to.have.length(4);
      const doc = JSON.parse(sarif(result, { color: false, showSuppressed: false, root: ws, quiet: false } as ReportOptions));
      const uris = (doc.runs[0].results as any[]).map((r) => r.locations[0].physicalLocation.artifactLocation);
      expect(uris.length).to.be.greaterThan(0);
      for (const u of uris) {
        expect(u.uriBaseId).to.equal('%SRCROOT%');
        expect(u.uri).to.not.match(/^[a-z]+:/i);
        expect(isAbsolute(u.uri)).to.equal(false);
        const decoded = decodeURIComponent(u.uri);
        const onDisk = resolve(ws, ...u.uri.split('/').map(decodeURIComponent));
        expect(onDisk.startsWith(ws + '/'), decoded).to.equal(true);
        expect(u.uri.split('/')).to.not.include('..');
      }
      for (const f of result.findings) expect(isAbsolute(f.file) || f.file.startsWith('..'), f.file).to.equal(false);
    });
  });

  describe('a 100 MB file', function () {
    this.timeout(300_000);
    const big = join(dir, 'big', 'huge.yaml');
    before(function () {
      if (!BIG) this.skip();
      mkdirSync(join(dir, 'big'));
      // 100 MiB of real manifests: the clashing pod, again and again.
      const fd = openSync(big, 'w');
      const chunk = Buffer.from(Array(64).fill(CLASH).join('---\n') + '---\n');
      for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
      closeSync(fd);
    });

    it('is refused quickly by default, with the size and the option that raises it', () => {
      const r = cli(['--no-config', '-f', 'compact', 'big'], dir);
      expect(r.code).to.equal(2);
      expect(r.stderr + r.stdout).to.match(/huge\.yaml.*file is 100\.\d MiB, over the 20 MiB limit \(raise it with --max-file-size\)/);
      expect(r.ms).to.be.below(5_000);
    });

    // Left out: with --max-file-size raised to 200, this 100 MB single document exhausts the V8
    // heap while parsing (measured: "heap out of memory"). Known gap, see docs/limits.md.
  });

  describe('a run larger than the heap can hold', () => {
    const big = join(dir, 'too-big');
    const smallHeap = { ...process.env, NODE_OPTIONS: '--max-old-space-size=64' };
    before(() => {
      mkdirSync(big, { recursive: true });
      const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n' + Array.from({ length: 20_000 }, (_, i) => `  k${i}: "${'x'.repeat(200)}"`).join('\n') + '\n';
      for (let i = 0; i < 4; i++) writeFileSync(join(big, `cm-${i}.yaml`), doc);
      writeFileSync(join(big, 'clash.yaml'), CLASH);
    });

    it('runs again with a heap that holds it (the same report), when the machine has the memory', () => {
      const usual = spawnSync(process.execPath, [BIN, '--no-config', '-f', 'compact', big], { encoding: 'utf8' });
      expect(usual.status, usual.stderr).to.equal(1);
      expect(usual.stdout).to.contain('[port-conflict]');
      // A 64 MiB heap holds about a tenth of its size in YAML: the 17 MB here is too much for it.
      const r = spawnSync(process.execPath, [BIN, '--no-config', '-f', 'compact', big], { encoding: 'utf8', env: smallHeap });
      expect(r.stderr).to.match(/^sidecar-lint: 16 MiB of YAML: running again with a \d+ MiB heap\n$/);
      expect(r.status).to.equal(1);
      expect(r.stdout).to.equal(usual.stdout);
    });

    it('is refused with a clear input error, not a crash, when it cannot run again', () => {
      // The child of such a run (or a machine without the memory) does not start another.
      const r = spawnSync(process.execPath, [BIN, '--no-config', big], { encoding: 'utf8', env: { ...smallHeap, SIDECAR_LINT_HEAP_MIB: '64' } });
      expect(r.status, r.stderr).to.equal(2);
      expect(r.stdout + r.stderr).to.match(/\d+ MiB of YAML in one run is more than this process's heap \(\d+ MiB\) can hold .*NODE_OPTIONS=--max-old-space-size/);
      expect(r.stderr).not.to.match(/FATAL|heap out of memory|running again/);
    });

    it('asks for ten times the YAML plus 512 MiB, up to three quarters of the machine', () => {
      const MiB = 1048576;
      expect(heapFor(100 * MiB, 16 * 1024 * MiB)).to.equal(1512);
      expect(heapFor(1165 * MiB, 24 * 1024 * MiB)).to.equal(12162);
      expect(heapFor(1165 * MiB, 8 * 1024 * MiB)).to.equal(undefined);
    });
  });

  describe('a folder of 100,000 files', function () {
    this.timeout(600_000);
    const many = join(dir, 'many');
    before(function () {
      if (!BIG) this.skip();
      for (let d = 0; d < 100; d++) {
        mkdirSync(join(many, `d${d}`), { recursive: true });
        for (let i = 0; i < 1000; i++) writeFileSync(join(many, `d${d}`, `pod-${i}.yaml`), i % 2 ? CLASH : 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
      }
    });

    it('is linted within memory and file descriptor limits, every clash found', function () {
      if (!hasTime) this.skip();
      const started = Date.now();
      // 64 descriptors: a linter that opened files in parallel without bound would fail with EMFILE.
      const r = spawnSync('bash', ['-c', `ulimit -n 64 && /usr/bin/time -f %M "${process.execPath}" "${BIN}" --no-config -f compact many | grep -c port-conflict`], { cwd: dir, encoding: 'utf8', timeout: 540_000 });
      const ms = Date.now() - started;
      const peakMiB = Number(r.stderr.trim().split('\n').pop()) / 1024;
      console.log(`      (100k files: ${(ms / 1000).toFixed(1)} s, peak ${peakMiB.toFixed(0)} MiB)`);
      expect(r.signal).to.equal(null);
      expect(r.stderr).to.not.match(/EMFILE|internal error|heap out of memory/);
      expect(r.stdout.trim()).to.equal('50000');
      expect(peakMiB).to.be.below(4096);
    });
  });
});
