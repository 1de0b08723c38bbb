// --fix and --fix-dry-run as users run them: real files, real processes.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers.js';

const BIN = join(projectRoot, 'bin', 'sidecar-lint.js');
const FIXED_RULES = ['yaml11-value', 'shared-volume-readonly', 'emptydir-size-limit'];

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

function run(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [BIN, '--no-config', ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--fix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-fix-'));

  it('repairs in place, keeps comments and untouched lines, and lints clean for the fixed rules', () => {
    writeFileSync(join(dir, 'pod.yaml'), POD);
    const r = run(['--fix', '-f', 'compact', 'pod.yaml'], dir);
    expect(r.stderr).to.match(/applied 3 fixes to 1 file/);
    const after = readFileSync(join(dir, 'pod.yaml'), 'utf8');
    expect(after).to.include('          value: "yes"   # means the string\n');
    expect(after).to.include('        - name: logs   # shared with the app\n          mountPath: /var/log/app\n          readOnly: true\n');
    expect(after).to.include('      emptyDir:\n        medium: Memory   # tmpfs\n        sizeLimit: 500Mi\n');
    // Every line of the original is still there, in order.
    const kept = POD.split('\n').filter((l) => !l.includes('value: yes'));
    let at = 0;
    const afterLines = after.split('\n');
    for (const line of kept) {
      at = afterLines.indexOf(line, at);
      expect(at, line).to.be.greaterThan(-1);
    }
    for (const rule of FIXED_RULES) expect(r.stdout).to.not.include(`[${rule}]`);
  });

  it('changes nothing the second time', () => {
    const before = readFileSync(join(dir, 'pod.yaml'), 'utf8');
    const r = run(['--fix', 'pod.yaml'], dir);
    expect(r.stderr).to.match(/applied 0 fixes to 0 files/);
    expect(readFileSync(join(dir, 'pod.yaml'), 'utf8')).to.equal(before);
  });

  it('keeps CRLF line ends', () => {
    writeFileSync(join(dir, 'crlf.yaml'), POD.replace(/\n/g, '\r\n'));
    run(['--fix', 'crlf.yaml'], dir);
    const after = readFileSync(join(dir, 'crlf.yaml'), 'utf8');
    expect(after).to.include('readOnly: true\r\n');
    expect(after.replace(/\r\n/g, '')).to.not.include('\n');
  });

  it('--fix-dry-run prints a diff and writes nothing', () => {
    writeFileSync(join(dir, 'dry.yaml'), POD);
    const r = run(['--fix-dry-run', '-f', 'compact', 'dry.yaml'], dir);
    expect(r.stdout).to.match(/^--- a\/dry\.yaml$/m);
    expect(r.stdout).to.match(/^-\s+value: yes {3}# means the string$/m);
    expect(r.stdout).to.match(/^\+\s+value: "yes" {3}# means the string$/m);
    expect(r.stdout).to.match(/^\+\s+readOnly: true$/m);
    expect(readFileSync(join(dir, 'dry.yaml'), 'utf8')).to.equal(POD);
  });

  it('prints the repaired text for standard input', () => {
    const r = run(['--fix', '-'], dir, POD.replace('value: yes   # means the string', 'value: "1"'));
    expect(r.stdout).to.include('          readOnly: true\n');
    expect(r.stdout).to.include('sizeLimit: 500Mi');
    expect(r.code).to.equal(0);
  });

  it('edits flow mappings inside their braces', () => {
    writeFileSync(join(dir, 'flow.yaml'), POD.replace('        - name: logs   # shared with the app\n          mountPath: /var/log/app\n', '        - {name: logs, mountPath: /var/log/app}\n').replace('      emptyDir:\n        medium: Memory   # tmpfs\n', '      emptyDir: {}\n'));
    run(['--fix', 'flow.yaml'], dir);
    const after = readFileSync(join(dir, 'flow.yaml'), 'utf8');
    expect(after).to.include('        - {name: logs, mountPath: /var/log/app, readOnly: true}\n');
    expect(after).to.include('      emptyDir: {sizeLimit: 500Mi}\n');
  });

  describe('job-sidecar-never-completes', () => {
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

    it('moves the helper into initContainers as a native sidecar, comments included', () => {
      writeFileSync(join(dir, 'job.yaml'), JOB);
      const r = run(['--fix', '-f', 'compact', 'job.yaml'], dir);
      expect(r.stdout).to.not.include('[job-sidecar-never-completes]');
      const after = readFileSync(join(dir, 'job.yaml'), 'utf8');
      expect(after).to.include(
        '      initContainers:\n        - name: cloud-sql-proxy\n          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.11.0   # pinned\n          args: ["--port=5432"]\n          restartPolicy: Always\n      containers:\n        - name: migrate\n',
      );
      expect(after).to.not.match(/containers:\n(.*\n)*.*- name: cloud-sql-proxy(.*\n)*.*restartPolicy: Never/);
    });

    it('appends to existing initContainers', () => {
      const withInit = JOB.replace('      containers:\n', '      initContainers:\n      - name: wait\n        image: busybox:1.36\n      containers:\n');
      writeFileSync(join(dir, 'job2.yaml'), withInit);
      run(['--fix', 'job2.yaml'], dir);
      const after = readFileSync(join(dir, 'job2.yaml'), 'utf8');
      expect(after).to.include('      - name: wait\n        image: busybox:1.36\n      - name: cloud-sql-proxy\n');
      expect(after).to.include('        restartPolicy: Always\n      containers:\n');
    });

    it('leaves it alone where the target version has no native sidecars', () => {
      writeFileSync(join(dir, 'job3.yaml'), JOB);
      const r = run(['--fix', '--kube-version', '1.28', '-f', 'compact', 'job3.yaml'], dir);
      expect(r.stdout).to.include('[job-sidecar-never-completes]');
      expect(readFileSync(join(dir, 'job3.yaml'), 'utf8')).to.equal(JOB);
    });
  });
});
