// The CLI as users run it: a real process, real files, real exit codes.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, CLASH } from './helpers.js';

const BIN = join(projectRoot, 'bin', 'sidecar-lint.js');

function run(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? projectRoot,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}


describe('cli', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-cli-'));
  mkdirSync(join(dir, 'k8s', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'k8s', 'nested', 'pod.yaml'), CLASH);
  writeFileSync(join(dir, 'k8s', 'notes.txt'), 'not a manifest');
  writeFileSync(join(dir, 'clean.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: "1"}\n');

  it('lints a folder recursively and exits 1 on an error finding', () => {
    const r = run(['--no-config', '-f', 'compact', 'k8s'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.match(/^k8s\/nested\/pod\.yaml:14:26: error: port 8080\/TCP of sidecar "proxy" is also declared by app container "app".* \[port-conflict\]$/m);
  });

  it('exits 0 on a clean file', () => {
    const r = run(['--no-config', 'clean.yaml'], { cwd: dir });
    expect(r.stdout).to.equal('');
    expect(r.code).to.equal(0);
  });

  it('exits 1 on warnings only with --fail-on warning', () => {
    const base = ['--no-config', '-f', 'compact', '--rule', 'port-conflict=warning', 'k8s'];
    expect(run(base, { cwd: dir }).code).to.equal(0);
    expect(run([...base, '--fail-on', 'warning'], { cwd: dir }).code).to.equal(1);
  });

  it('exits 2 on usage errors and missing paths, with a clear message', () => {
    const unknown = run(['--frobnicate', 'k8s'], { cwd: dir });
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.match(/Unknown option '--frobnicate'/);
    const missing = run(['--no-config', 'nope.yaml'], { cwd: dir });
    expect(missing.code).to.equal(2);
    expect(missing.stdout).to.match(/nope\.yaml: no such file or folder/);
    expect(run(['--no-config', '--fail-on', 'loud', 'k8s'], { cwd: dir }).code).to.equal(2);
    expect(run(['--no-config', '--rule', 'no-such-rule=off', 'k8s'], { cwd: dir }).code).to.equal(2);
    expect(run([], { cwd: dir }).code).to.equal(2);
  });

  it('reads standard input with -', () => {
    const r = run(['--no-config', '-f', 'compact', '--stdin-filename', 'web.yaml', '-'], { input: CLASH });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.match(/^web\.yaml:14:26: error: .*\[port-conflict\]$/m);
  });

  it('writes several formats in one run, each to its own file', () => {
    const r = run(['--no-config', '-f', 'json:out/report.json', '-f', 'sarif', '-o', 'out/report.sarif', '-f', 'compact', 'k8s'], { cwd: dir });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.match(/\[port-conflict\]/);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(json.findings.find((f: { ruleId: string }) => f.ruleId === 'port-conflict').range.start).to.deep.equal({ line: 14, column: 26 });
    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'report.sarif'), 'utf8'));
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'port-conflict');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).to.equal('k8s/nested/pod.yaml');
    expect(result.locations[0].physicalLocation.region).to.deep.equal({ startLine: 14, startColumn: 26, endLine: 14, endColumn: 30 });
    const rule = sarif.runs[0].tool.driver.rules[result.ruleIndex];
    expect(rule.id).to.equal('port-conflict');
    expect(rule.helpUri).to.match(/rules\/port-conflict\/README\.md$/);
    expect(rule.help.markdown).to.match(/^# port-conflict/);
  });

  it('prints stylish output grouped by file with a summary', () => {
    const r = run(['--no-config', '--rule', 'missing-probes=off', '--rule', 'latest-tag=off', '--rule', 'missing-resources=off', 'k8s'], { cwd: dir });
    expect(r.stdout).to.match(/^k8s\/nested\/pod\.yaml$/m);
    expect(r.stdout).to.match(/^ {2}14:26 {2}error {2}port 8080\/TCP .* {2}port-conflict$/m);
    expect(r.stdout).to.match(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/);
  });

  it('lists the rules with their docs links', () => {
    const r = run(['--list-rules']);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.match(/^port-conflict +error +Two running containers/m);
    expect(r.stdout).to.match(/rules\/port-conflict\/README\.md/);
  });

  it('follows a glob and skips a symlink loop', () => {
    symlinkSync('..', join(dir, 'k8s', 'nested', 'loop'));
    const r = run(['--no-config', '-f', 'compact', '-v', 'k8s/**/*.yaml'], { cwd: dir });
    expect(r.stdout.match(/\[port-conflict\]/g)).to.have.length(1);
    expect(r.code).to.equal(1);
  });

  it('finds the broken seed examples and passes their repaired versions', () => {
    const broken = run(['--no-config', '-f', 'compact', 'examples/seeds', 'examples/mistakes']);
    expect(broken.code).to.equal(1);
    for (const rule of ['yaml-syntax', 'port-conflict', 'job-sidecar-never-completes', 'injected-sidecar-port-clash', 'latest-tag']) {
      expect(broken.stdout, rule).to.include(`[${rule}]`);
    }
    const fixed = run(['--no-config', 'examples/fixed']);
    expect(fixed.stdout).to.equal('');
    expect(fixed.code).to.equal(0);
  });

  it('prints help and version', () => {
    expect(run(['--help']).stdout).to.match(/^Usage: sidecar-lint/);
    expect(run(['--version']).stdout).to.match(/^\d+\.\d+\.\d+\n$/);
  });
});
