// --fix and --fix-dry-run as users run them (real files, real processes), the edits themselves on
// every form a manifest writes them in, the rules' invalid fixtures and, when present, the corpus.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatch, diffLines } from 'diff';
import { lint, lintText, applyFixes, editsConflict, computeFixes } from '../src/index.js';
import type { Finding, LintOptions } from '../src/index.js';
import { projectRoot, corpusDir, hasCorpus } from './helpers.js';

const BIN = join(projectRoot, 'bin', 'sidecar-lint.js');
const FIXED_RULES = ['yaml11-value', 'shared-volume-readonly', 'emptydir-size-limit', 'job-sidecar-never-completes'];

const POD = `# A pod with a log shipper: comments stay where they are.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: example/app:1.0
      env:
        - name: DEBUG
          value: yes   # means the string
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
    - name: shipper
      image: busybox:1.36
      command: ["sh", "-c", "tail -F /var/log/app/app.log"]
      volumeMounts:
        - name: logs   # shared with the app
          mountPath: /var/log/app
  volumes:
    - name: logs
      emptyDir:
        medium: Memory   # tmpfs
`;

const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: example/migrate:2.4.1
        # the proxy the migration talks to
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0   # pinned
          args: ["--port=5432"]
`;

function run(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [BIN, '--no-config', ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Fixes a text in memory the way --fix does (all passes) and returns the result. */
async function fixText(text: string, name = 'm.yaml', options: LintOptions = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-fixtext-'));
  try {
    writeFileSync(join(dir, name), text);
    const { fixed } = await computeFixes([name], { config: false, ...options, cwd: dir });
    return fixed[0]?.after ?? text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every line of `before` is in `after`, in order, but those `changed` allows. */
function expectLinesKept(before: string, after: string, changed: (line: string) => boolean = () => false): void {
  const afterLines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    if (changed(line)) continue;
    const found = afterLines.indexOf(line, at);
    expect(found, `line kept: ${JSON.stringify(line)}`).to.be.greaterThan(-1);
    at = found + 1;
  }
}

describe('--fix', function () {
  this.timeout(30_000);
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-fix-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('repairs in place, keeps comments and untouched lines, and lints clean for the fixed rules', () => {
    writeFileSync(join(dir, 'pod.yaml'), POD);
    const r = run(['--fix', '-f', 'compact', 'pod.yaml'], dir);
    expect(r.stderr).to.match(/applied 3 fixes to 1 file/);
    const after = readFileSync(join(dir, 'pod.yaml'), 'utf8');
    expect(after).to.include('          value: "yes"   # means the string\n');
    expect(after).to.include('        - name: logs   # shared with the app\n          mountPath: /var/log/app\n          readOnly: true\n');
    expect(after).to.include('      emptyDir:\n        medium: Memory   # tmpfs\n        sizeLimit: 500Mi\n');
    expectLinesKept(POD, after, (l) => l.includes('value: yes'));
    // What is left is reported, and none of it is a fixed rule.
    expect(r.stdout).to.include('[missing-resources]');
    for (const rule of FIXED_RULES) expect(r.stdout).to.not.include(`[${rule}]`);
  });

  it('changes nothing the second time', () => {
    const before = readFileSync(join(dir, 'pod.yaml'), 'utf8');
    const r = run(['--fix', 'pod.yaml'], dir);
    expect(r.stderr).to.match(/applied 0 fixes to 0 files/);
    expect(readFileSync(join(dir, 'pod.yaml'), 'utf8')).to.equal(before);
  });

  it('keeps CRLF line ends, and a UTF-8 byte order mark', () => {
    writeFileSync(join(dir, 'crlf.yaml'), '\ufeff' + POD.replace(/\n/g, '\r\n'));
    run(['--fix', 'crlf.yaml'], dir);
    const after = readFileSync(join(dir, 'crlf.yaml'), 'utf8');
    expect(after.startsWith('\ufeff# A pod')).to.equal(true);
    expect(after).to.include('          mountPath: /var/log/app\r\n          readOnly: true\r\n');
    expect(after).to.include('        sizeLimit: 500Mi\r\n');
    expect(after.replace(/\r\n/g, '')).to.not.include('\n');
    expect(run(['--fix', 'crlf.yaml'], dir).stderr).to.match(/applied 0 fixes/);
  });

  it('keeps a UTF-16 file UTF-16', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(POD, 'utf16le')]);
    writeFileSync(join(dir, 'utf16.yaml'), le);
    run(['--fix', 'utf16.yaml'], dir);
    const raw = readFileSync(join(dir, 'utf16.yaml'));
    expect([raw[0], raw[1]]).to.deep.equal([0xff, 0xfe]);
    expect(raw.subarray(2).toString('utf16le')).to.include('readOnly: true');
  });

  it('--fix-dry-run prints a patch that gives what --fix writes, and writes nothing', () => {
    writeFileSync(join(dir, 'dry.yaml'), POD);
    const r = run(['--fix-dry-run', '-f', 'compact', 'dry.yaml'], dir);
    expect(r.stdout).to.match(/^--- a\/dry\.yaml\n\+\+\+ b\/dry\.yaml\n@@ /);
    expect(r.stdout).to.match(/^-\s+value: yes {3}# means the string$/m);
    expect(r.stdout).to.match(/^\+\s+value: "yes" {3}# means the string$/m);
    expect(r.stdout).to.match(/^\+\s+readOnly: true$/m);
    // The report goes to stderr, so that stdout is a patch and nothing else.
    expect(r.stdout).to.not.include('[missing-resources]');
    expect(r.stderr).to.include('[missing-resources]');
    expect(r.stderr).to.include('3 fixes would be applied to 1 file');
    expect(readFileSync(join(dir, 'dry.yaml'), 'utf8')).to.equal(POD);
    run(['--fix', 'dry.yaml'], dir);
    expect(applyPatch(POD, r.stdout)).to.equal(readFileSync(join(dir, 'dry.yaml'), 'utf8'));
  });

  it('prints the repaired text for standard input, and reports what is left on stderr', () => {
    const r = run(['--fix', '-f', 'compact', '-'], dir, POD);
    expect(r.stdout).to.include('          readOnly: true\n');
    expect(r.stdout).to.include('sizeLimit: 500Mi');
    expect(r.stdout).to.include('value: "yes"');
    expect(r.stderr).to.include('<stdin>:8:13: warning:');
    expect(r.stderr).to.not.include('[shared-volume-readonly]');
    expect(r.code).to.equal(0);
    // Nothing to fix: the text comes back as it was.
    const clean = run(['--fix', '-'], dir, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    expect(clean.stdout).to.equal('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
  });

  it('takes the size from the rule option', () => {
    writeFileSync(join(dir, 'opt.yaml'), POD);
    writeFileSync(join(dir, '.sidecar-lint.yaml'), 'rules:\n  emptydir-size-limit:\n    options: {sizeLimit: 1Gi}\n');
    try {
      spawnSync(process.execPath, [BIN, '--fix', 'opt.yaml'], { cwd: dir });
    } finally {
      rmSync(join(dir, '.sidecar-lint.yaml'));
    }
    expect(readFileSync(join(dir, 'opt.yaml'), 'utf8')).to.include('        sizeLimit: 1Gi\n');
  });

  describe('the edits, in every form a manifest takes', () => {
    it('edits flow mappings inside their braces', async () => {
      const flow = POD.replace('        - name: logs   # shared with the app\n          mountPath: /var/log/app\n', '        - {name: logs, mountPath: /var/log/app}\n').replace(
        '      emptyDir:\n        medium: Memory   # tmpfs\n',
        '      emptyDir: {}\n',
      );
      const after = await fixText(flow);
      expect(after).to.include('        - {name: logs, mountPath: /var/log/app, readOnly: true}\n');
      expect(after).to.include('      emptyDir: {sizeLimit: 500Mi}\n');
    });

    it('fills empty values and keeps the comment after them', async () => {
      const after = await fixText(
        POD.replace('      emptyDir:\n        medium: Memory   # tmpfs\n', '      emptyDir:   # scratch\n').replace(
          '          mountPath: /var/log/app\n  volumes',
          '          mountPath: /var/log/app\n          readOnly: false   # was a mistake\n  volumes',
        ),
      );
      expect(after).to.include('      emptyDir: {sizeLimit: 500Mi}   # scratch\n');
      expect(after).to.include('          readOnly: true   # was a mistake\n');
    });

    it('keeps JSON manifests JSON', async () => {
      const json = JSON.stringify(
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'web' },
          spec: {
            containers: [
              { name: 'app', image: 'example/app:1.0', volumeMounts: [{ name: 'logs', mountPath: '/logs' }] },
              { name: 'shipper', image: 'busybox:1.36', command: ['sh', '-c', 'tail -F /logs/app.log'], volumeMounts: [{ name: 'logs', mountPath: '/logs' }] },
            ],
            volumes: [{ name: 'logs', emptyDir: {} }],
          },
        },
        null,
        2,
      );
      const after = await fixText(json + '\n', 'pod.json');
      const parsed = JSON.parse(after) as { spec: { containers: { volumeMounts: { readOnly?: boolean }[] }[]; volumes: { emptyDir: unknown }[] } };
      expect(parsed.spec.containers[1]!.volumeMounts[0]!.readOnly).to.equal(true);
      expect(parsed.spec.containers[0]!.volumeMounts[0]!.readOnly).to.equal(undefined);
      expect(parsed.spec.volumes[0]!.emptyDir).to.deep.equal({ sizeLimit: '500Mi' });
      expect(after).to.include('            "mountPath": "/logs",\n            "readOnly": true\n');
    });

    it('leaves documents with aliases alone (an edit in the anchor would change every alias)', async () => {
      const aliased = POD.replace('        - name: logs\n          mountPath: /var/log/app\n    - name: shipper', '        - &logs {name: logs, mountPath: /var/log/app}\n    - name: shipper').replace(
        '        - name: logs   # shared with the app\n          mountPath: /var/log/app\n',
        '        - *logs\n',
      );
      const result = await lintText(aliased, 'a.yaml');
      expect(result.findings.find((f) => f.ruleId === 'shared-volume-readonly')?.fix).to.equal(undefined);
      const after = await fixText(aliased);
      expect(after).to.include('        - &logs {name: logs, mountPath: /var/log/app}\n');
      expect(after).to.not.include('readOnly');
    });

    it('does not fix a file whose offsets are those of a re-indented text', async () => {
      // A quoted string continued at the key's indentation: kubectl reads it, the yaml package only once re-indented.
      const text = POD.replace('      image: example/app:1.0\n', '      image: example/app:1.0\n      args: ["--greeting=hello\n      world"]\n');
      const result = await lintText(text, 'r.yaml');
      expect(result.documents[0]!.source.originalText, 'the test needs a re-indented file').to.not.equal(undefined);
      writeFileSync(join(dir, 'reindented.yaml'), text);
      const r = run(['--fix', 'reindented.yaml'], dir);
      expect(r.stderr).to.include('reindented.yaml: not fixed, its quoted strings had to be re-indented to parse');
      expect(readFileSync(join(dir, 'reindented.yaml'), 'utf8')).to.equal(text);
    });
  });

  describe('job-sidecar-never-completes', () => {
    it('moves the helper into initContainers as a native sidecar, comments included', () => {
      writeFileSync(join(dir, 'job.yaml'), JOB);
      const r = run(['--fix', '-f', 'compact', 'job.yaml'], dir);
      expect(r.stdout).to.not.include('[job-sidecar-never-completes]');
      const after = readFileSync(join(dir, 'job.yaml'), 'utf8');
      expect(after).to.equal(
        JOB.replace(
          '      containers:\n        - name: migrate\n          image: example/migrate:2.4.1\n        # the proxy the migration talks to\n        - name: cloud-sql-proxy\n          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0   # pinned\n          args: ["--port=5432"]\n',
          '      initContainers:\n        # the proxy the migration talks to\n        - name: cloud-sql-proxy\n          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0   # pinned\n          args: ["--port=5432"]\n          restartPolicy: Always\n      containers:\n        - name: migrate\n          image: example/migrate:2.4.1\n',
        ),
      );
    });

    it('appends to existing initContainers, at their indentation', () => {
      const withInit = JOB.replace('      containers:\n', '      initContainers:\n      - name: wait\n        image: busybox:1.36\n      containers:\n');
      writeFileSync(join(dir, 'job2.yaml'), withInit);
      run(['--fix', 'job2.yaml'], dir);
      const after = readFileSync(join(dir, 'job2.yaml'), 'utf8');
      expect(after).to.include(
        '      - name: wait\n        image: busybox:1.36\n      # the proxy the migration talks to\n      - name: cloud-sql-proxy\n        image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0   # pinned\n        args: ["--port=5432"]\n        restartPolicy: Always\n      containers:\n        - name: migrate\n          image: example/migrate:2.4.1\n',
      );
    });

    it('leaves it alone where the target version has no native sidecars', () => {
      writeFileSync(join(dir, 'job3.yaml'), JOB);
      const r = run(['--fix', '--kube-version', '1.28', '-f', 'compact', 'job3.yaml'], dir);
      expect(r.stdout).to.include('[job-sidecar-never-completes]');
      expect(readFileSync(join(dir, 'job3.yaml'), 'utf8')).to.equal(JOB);
    });

    it('puts readOnly on the moved container, not on its neighbour (edits that touch wait a pass)', async () => {
      const job = `apiVersion: batch/v1
kind: Job
metadata: {name: report}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: report
          image: example/report:1.0
          volumeMounts:
            - name: logs
              mountPath: /var/log/app
        - name: shipper
          image: busybox:1.36
          command: ["sh", "-c", "tail -F /var/log/app/app.log"]
          volumeMounts:
            - name: logs
              mountPath: /var/log/app
      volumes:
        - name: logs
          emptyDir: {}
`;
      const after = await fixText(job);
      expect(after).to.include(
        '      initContainers:\n        - name: shipper\n          image: busybox:1.36\n          command: ["sh", "-c", "tail -F /var/log/app/app.log"]\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/app\n              readOnly: true\n          restartPolicy: Always\n      containers:\n        - name: report\n          image: example/report:1.0\n          volumeMounts:\n            - name: logs\n              mountPath: /var/log/app\n      volumes:\n',
      );
      const left = await lintText(after, 'job.yaml');
      expect(left.findings.filter((f) => FIXED_RULES.includes(f.ruleId))).to.deep.equal([]);
    });
  });

  describe('applyFixes', () => {
    const finding = (start: number, end: number, text: string): Finding => ({
      ruleId: 'x',
      severity: 'info',
      message: '',
      file: 'f',
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      fix: { description: '', edits: [{ start, end, text }] },
    });

    it('applies fixes that neither overlap nor touch, and leaves the others for the next pass', () => {
      const { text, applied } = applyFixes('abcdef', [finding(0, 1, 'A'), finding(1, 2, 'B'), finding(4, 4, '+'), finding(4, 4, '-'), finding(5, 6, 'F')]);
      expect(text).to.equal('Abcd+eF');
      expect(applied).to.have.length(3);
      expect(editsConflict({ start: 2, end: 4, text: '' }, { start: 4, end: 4, text: 'x' })).to.equal(true);
      expect(editsConflict({ start: 2, end: 4, text: '' }, { start: 5, end: 5, text: 'x' })).to.equal(false);
    });

    it('skips suppressed findings and malformed fixes', () => {
      const suppressed = { ...finding(0, 1, 'A'), suppressed: { kind: 'comment' as const } };
      expect(applyFixes('abc', [suppressed, finding(2, 9, 'Z')]).text).to.equal('abc');
    });
  });

  describe('on the rules\' invalid fixtures', () => {
    for (const rule of FIXED_RULES) {
      const folder = join(projectRoot, 'rules', rule, 'fixtures', 'invalid');
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) {
        it(`${rule}/${name}: every fix goes in, what it fixed is gone, comments and other lines stay, twice changes nothing`, async () => {
          const text = readFileSync(join(folder, name), 'utf8');
          const header = /^# fixture: (.*)$/m.exec(text);
          const options: LintOptions = header ? (JSON.parse(header[1]!) as LintOptions) : {};
          const before = await lintText(text, name, options);
          const fixable = before.findings.filter((f) => f.fix && !f.suppressed);
          const after = await fixText(text, name, options);
          if (fixable.length === 0) return void expect(after).to.equal(text);
          expect(after).to.not.equal(text);
          const left = await lintText(after, name, options);
          expect(left.findings.filter((f) => f.ruleId === 'yaml-syntax'), 'still parses').to.deep.equal([]);
          expect(left.findings.filter((f) => f.fix && !f.suppressed).map((f) => `${f.ruleId} ${f.message}`), 'nothing fixable left').to.deep.equal([]);
          // Every comment of the file is still there (a moved container's may be indented anew).
          const comments = (t: string) => t.split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.trim());
          expect(comments(after)).to.include.members(comments(text));
          // A removed line is one a fix rewrote, or one that moved (a container into initContainers).
          const source = before.documents[0]!.source;
          const edited = new Set(fixable.flatMap((f) => f.fix!.edits.filter((e) => e.end > e.start || source.position(e.start).column > 1).map((e) => source.position(e.start).line)));
          const added = new Set(diffLines(text, after).filter((c) => c.added).flatMap((c) => c.value.split('\n').map((l) => l.trim())));
          let line = 1;
          for (const change of diffLines(text, after)) {
            const lines = change.value.split('\n').slice(0, change.count);
            if (change.removed) for (const [i, l] of lines.entries()) expect(edited.has(line + i) || added.has(l.trim()), `line ${line + i} ${JSON.stringify(l)}`).to.equal(true);
            if (!change.added) line += change.count ?? 0;
          }
          expect(await fixText(after, name, options), 'a second --fix').to.equal(after);
        });
      }
    }
  });

  describe('on the corpus', function () {
    this.timeout(300_000);
    before(function () {
      if (!hasCorpus) {
        console.log(`      skipped: no corpus at ${corpusDir}`);
        this.skip();
      }
    });

    it('every file still parses, keeps its comments, lints clean of what was fixed, and a second --fix changes nothing', async () => {
      const original = await lint(['.'], { cwd: corpusDir, config: false });
      // The files with something to fix, copied as they are (in their folders, for the same names).
      const files = [...new Set(original.findings.filter((f) => f.fix && !f.suppressed).map((f) => f.file))];
      expect(files.length).to.be.greaterThan(5);
      const work = mkdtempSync(join(tmpdir(), 'sidecar-lint-corpus-fix-'));
      try {
        for (const file of files) cpSync(join(corpusDir, file), join(work, file), { recursive: true });
        const r = spawnSync(process.execPath, [BIN, '--no-config', '--fix', '-f', 'json', ...files], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
        const summary = /applied (\d+) fix(?:es)? to (\d+) files?/.exec(r.stderr);
        expect(summary, r.stderr.slice(-500)).to.not.equal(null);
        console.log(`      corpus: ${summary![0]}`);
        expect(Number(summary![2])).to.equal(files.length);
        const before = await lint(files, { cwd: corpusDir, config: false });
        const after = await lint(files, { cwd: work, config: false });
        const syntax = (res: typeof original) => res.findings.filter((f) => f.ruleId === 'yaml-syntax').length;
        expect(syntax(after), 'no new syntax problems').to.equal(syntax(before));
        expect(after.objects.length, 'the same objects').to.equal(before.objects.length);
        expect(after.findings.filter((f) => f.fix && !f.suppressed).map((f) => `${f.file} ${f.ruleId}`), 'nothing fixable left').to.deep.equal([]);
        const comments = (t: string) => t.split('\n').filter((l) => /^\s*#/.test(l)).map((l) => l.trim());
        for (const file of files) {
          const text = readFileSync(join(corpusDir, file), 'utf8');
          expect(comments(readFileSync(join(work, file), 'utf8')), `${file}: comments`).to.include.members(comments(text));
        }
        const again = spawnSync(process.execPath, [BIN, '--no-config', '--fix-dry-run', ...files], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
        expect(again.stdout, 'a second --fix').to.equal('');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
