// The GitHub Action as the runner runs it: `node dist/index.mjs` (the committed bundle) with the
// inputs in INPUT_<NAME> variables, GITHUB_WORKSPACE, and the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// files; asserts on the workflow commands printed, the outputs and summary written, the SARIF file
// and the exit code.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { getInput, outputBlock, parseFormatLines, splitPaths } from '../src/action/run.js';
import { projectRoot } from './helpers.js';
import { requirePodman } from './podman-helpers.js';

const ENTRY = join(projectRoot, 'dist', 'index.mjs');

/** Twelve ports the app and its proxy both declare: twelve port-conflict errors. */
const ports = Array.from({ length: 12 }, (_, i) => `        - containerPort: ${8000 + i}`).join('\n');
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: example/app:1.0
      ports:
${ports}
    - name: proxy
      image: example/proxy:1.0
      ports:
${ports}
`;

/** What action.yml declares, as the runner passes it: every input, defaults included. */
const DEFAULTS: Record<string, string> = {
  path: '.',
  config: '',
  'kube-version': '',
  'fail-on': '',
  format: '',
  'sarif-file': 'sidecar-lint.sarif',
  policy: '',
  'working-directory': '.',
  annotations: 'true',
  verify: 'none',
  'verify-path': '',
  'verify-cluster-name': '',
  'verify-context': '',
  'verify-args': '',
  'verify-report': 'sidecar-lint-verify.junit.xml',
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  commands: { command: string; props: Record<string, string>; message: string }[];
  ms: number;
}

/** Reads $GITHUB_OUTPUT as the runner does: `name=value` lines and `name<<DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      expect(i, `unterminated ${heredoc[1]}`).to.be.below(lines.length);
      out[heredoc[1]!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

function parseCommands(stdout: string) {
  const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  return stdout
    .split('\n')
    .map((line) => /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      command: m[1]!,
      props: Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), unescape(kv.slice(kv.indexOf('=') + 1))])),
      message: unescape(m[3]!),
    }));
}

function runAction(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Run {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'sidecar-lint-runner-'));
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123abc',
    RUNNER_TEMP: runnerTemp,
    ...extraEnv,
  };
  // The runner's naming: INPUT_ + upper case, spaces to underscores, dashes kept (INPUT_KUBE-VERSION).
  for (const [name, value] of Object.entries({ ...DEFAULTS, ...inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const started = Date.now();
  const r = spawnSync(process.execPath, [ENTRY], { cwd: workspace, env, encoding: 'utf8' });
  const ms = Date.now() - started;
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    commands: parseCommands(r.stdout),
    ms,
  };
}

describe('action', () => {
  let workspace: string;

  before(function () {
    if (!existsSync(ENTRY)) throw new Error('dist/index.mjs is missing: run npm run build:action');
    workspace = mkdtempSync(join(tmpdir(), 'sidecar-lint-action-'));
    mkdirSync(join(workspace, 'deploy', 'k8s', 'odd,name:dir'), { recursive: true });
    writeFileSync(join(workspace, 'deploy', 'k8s', 'pod.yaml'), POD);
    writeFileSync(
      join(workspace, 'deploy', 'k8s', 'odd,name:dir', 'job.yaml'),
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: migrate}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - {name: migrate, image: "example/migrate:1.0", command: [migrate]}\n        - {name: cloud-sql-proxy, image: "gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.8.0"}\n',
    );
  });

  it('annotates the first 10 errors and 10 warnings, then says where the rest are', () => {
    const r = runAction(workspace, {
      path: 'k8s',
      'working-directory': 'deploy',
      'kube-version': '1.31',
      'sarif-file': 'reports/sidecar-lint.sarif',
      format: 'junit:reports/junit.xml\ncodeclimate:reports/gl-code-quality.json',
    });
    expect(r.code, r.stdout + r.stderr).to.equal(1);
    const errors = Number(r.outputs.errors);
    const warnings = Number(r.outputs.warnings);
    const infos = Number(r.outputs.infos);
    expect(errors).to.be.above(12);
    const annotated = (level: string) => r.commands.filter((c) => c.command === level && c.props.title !== 'sidecar-lint');
    expect(annotated('error')).to.have.length(10);
    expect(annotated('warning')).to.have.length(Math.min(10, warnings));
    expect(annotated('notice').length).to.be.at.most(9);
    // Files relative to the repository root (not to working-directory), escaped; columns on one line.
    const conflict = annotated('error').find((c) => c.props.title === 'port-conflict')!;
    expect(conflict.props).to.deep.include({ file: 'deploy/k8s/pod.yaml', line: conflict.props.endLine });
    expect(Number(conflict.props.endColumn)).to.be.at.least(Number(conflict.props.col));
    expect(conflict.message).to.match(/^port \d+\/TCP of sidecar "proxy" is also declared by app container "app".*\nhttps:\/\/github\.com\/sidecar-lint\/sidecar-lint\/blob\/main\/rules\/port-conflict\/README\.md$/s);
    expect(r.stdout).to.contain('file=deploy/k8s/odd%2Cname%3Adir/job.yaml,');
    // The notice: how many more, of which level, where they are.
    const notice = r.commands.at(-1)!;
    expect(notice.command).to.equal('notice');
    expect(notice.props).to.deep.equal({ title: 'sidecar-lint' });
    const hiddenErrors = errors - 10;
    const hiddenWarnings = Math.max(0, warnings - 10);
    expect(notice.message).to.contain(`(${hiddenErrors} errors, ${hiddenWarnings} warning${hiddenWarnings === 1 ? '' : 's'},`);
    expect(notice.message).to.contain('GitHub shows at most 10 errors, 10 warnings and 10 notices per step');
    expect(notice.message).to.contain('All findings are in the SARIF file deploy/reports/sidecar-lint.sarif and the job summary.');
    // Outputs, in the format the runner reads.
    expect(r.outputs['sarif-file']).to.equal(join(workspace, 'deploy', 'reports', 'sidecar-lint.sarif'));
    expect(r.outputs['exit-code']).to.equal('1');
    // The SARIF file: every finding, repo-relative URIs.
    const log = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    const results = log.runs[0].results as { level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[];
    expect(results.filter((x) => x.level === 'error')).to.have.length(errors);
    expect(results.filter((x) => x.level === 'warning')).to.have.length(warnings);
    expect(results.filter((x) => x.level === 'note')).to.have.length(infos);
    expect(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).to.include.members(['deploy/k8s/pod.yaml', 'deploy/k8s/odd%2Cname%3Adir/job.yaml']);
    expect(log.runs[0].properties.kubeVersion).to.equal('1.31');
    // The job summary: counts and a row per finding, linked to the file at this commit.
    expect(r.summary).to.match(/^## sidecar-lint: ✖ failed$/m);
    expect(r.summary).to.contain(`| 🔴 error | ${errors} |`);
    expect(r.summary.split('\n').filter((l) => /^\| (🔴|🟠|🔵) /.test(l) && l.includes('](')).length).to.equal(errors + warnings + infos);
    expect(r.summary).to.contain('[deploy/k8s/pod.yaml:');
    expect(r.summary).to.match(/\(https:\/\/github\.com\/acme\/shop\/blob\/0123abc\/deploy\/k8s\/pod\.yaml#L\d+\)/);
    expect(r.summary).to.contain('`deploy/reports/sidecar-lint.sarif`');
    // Extra formats, relative to working-directory.
    expect(XMLValidator.validate(readFileSync(join(workspace, 'deploy', 'reports', 'junit.xml'), 'utf8'))).to.equal(true);
    const cq = JSON.parse(readFileSync(join(workspace, 'deploy', 'reports', 'gl-code-quality.json'), 'utf8')) as unknown[];
    expect(cq).to.have.length(errors + warnings + infos);
    // The log keeps the whole report, and a last line with the verdict.
    expect(r.stdout.replace(/\u001b\[\d+m/g, '')).to.match(/✖ \d+ problems/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).to.match(new RegExp(`^sidecar-lint [\\d.]+: ${errors} errors, ${warnings} warnings?, ${infos} info, 0 suppressed in 2 files \\(\\d+ ms\\); fail-on error: fail$`));
  });

  it('passes with fail-on none, and prints no annotations when told not to', () => {
    const r = runAction(workspace, { path: 'deploy/k8s', 'fail-on': 'none', annotations: 'false', 'sarif-file': 'false' });
    expect(r.code, r.stdout + r.stderr).to.equal(0);
    expect(r.commands).to.deep.equal([]);
    expect(Number(r.outputs.errors)).to.be.above(12);
    expect(r.outputs['sarif-file']).to.equal('');
    expect(r.outputs['exit-code']).to.equal('0');
    expect(r.summary).to.match(/^## sidecar-lint: ✔ passed with findings$/m);
    expect(existsSync(join(workspace, 'sidecar-lint.sarif'))).to.equal(false);
  });

  it('takes several paths, a configuration file and fail-on from the config', () => {
    writeFileSync(join(workspace, 'ci.yaml'), 'failOn: none\nrules:\n  port-conflict: warning\n');
    const r = runAction(workspace, { path: 'deploy/k8s/pod.yaml\ndeploy/k8s/odd,name:dir', config: 'ci.yaml' });
    expect(r.code, r.stdout).to.equal(0);
    expect(r.stdout).to.match(/in 2 files .*fail-on none: pass$/m);
    expect(Number(r.outputs.warnings)).to.be.above(12);
    expect(r.commands.filter((c) => c.command === 'warning')).to.have.length(10);
    expect(r.commands.at(-1)!.message).to.match(/^\d+ more findings \(\d+ errors?, \d+ warnings, \d+ notices?\) not annotated/);
    const spaced = runAction(workspace, { path: 'deploy/k8s/pod.yaml deploy/k8s/odd,name:dir', 'fail-on': 'warning' });
    expect(spaced.code).to.equal(1);
    expect(spaced.stdout).to.match(/in 2 files /);
    expect(existsSync(join(workspace, 'sidecar-lint.sarif'))).to.equal(true);
  });

  it('exits 2 with an error annotation on bad inputs and input errors', () => {
    const bad = runAction(workspace, { 'fail-on': 'loud' });
    expect(bad.code).to.equal(2);
    expect(bad.commands).to.deep.equal([{ command: 'error', props: { title: 'sidecar-lint' }, message: 'input fail-on: expected error, warning, info or none, got "loud"' }]);
    const format = runAction(workspace, { format: 'xml:out.xml' });
    expect(format.code).to.equal(2);
    expect(format.commands[0]!.message).to.match(/^input format: "xml" is not one of stylish, compact/);
    const missing = runAction(workspace, { path: 'nope.yaml', 'kube-version': '1.x' });
    expect(missing.code).to.equal(2);
    const inputErrors = missing.commands.filter((c) => c.props.title === 'sidecar-lint: input error');
    expect(inputErrors.map((c) => c.message)).to.include.members(['kube version "1.x" is not of the form 1.30']);
    expect(inputErrors.some((c) => c.props.file === 'nope.yaml')).to.equal(true);
    expect(missing.outputs['exit-code']).to.equal('2');
    expect(missing.summary).to.match(/^## sidecar-lint: ✖ input errors$/m);
  });

  it('runs again with a heap that holds a run too large for its own, as the CLI does (the same report)', () => {
    const big = mkdtempSync(join(tmpdir(), 'sidecar-lint-action-big-'));
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n' + Array.from({ length: 20_000 }, (_, i) => `  k${i}: "${'x'.repeat(200)}"`).join('\n') + '\n';
    for (let i = 0; i < 4; i++) writeFileSync(join(big, `cm-${i}.yaml`), doc);
    writeFileSync(join(big, 'pod.yaml'), POD);
    const inputs = { path: '.', 'sarif-file': 'false' };
    const usual = runAction(big, inputs);
    // A 64 MiB heap holds about a tenth of its size in YAML: the 17 MB here is too much for it.
    const r = runAction(big, inputs, { NODE_OPTIONS: '--max-old-space-size=64' });
    expect(r.stderr).to.match(/^sidecar-lint: 16 MiB of YAML: running again with a \d+ MiB heap\n$/);
    expect(r.code).to.equal(usual.code);
    expect(Number(r.outputs.errors)).to.be.above(0);
    expect(r.outputs).to.deep.equal(usual.outputs);
    expect(r.commands).to.deep.equal(usual.commands);
    // Where it cannot run again (a child of such a run): the input error, once, and exit code 2.
    const refused = runAction(big, inputs, { NODE_OPTIONS: '--max-old-space-size=64', SIDECAR_LINT_HEAP_MIB: '64' });
    expect(refused.outputs['exit-code']).to.equal('2');
    expect(refused.commands.filter((c) => /more than this process's heap/.test(c.message))).to.have.length(1);
  });

  it('runs on the examples and counts what the CLI finds there', () => {
    const sarif = join(mkdtempSync(join(tmpdir(), 'sidecar-lint-ex-')), 'ex.sarif');
    const r = runAction(projectRoot, { path: 'examples', 'sarif-file': sarif });
    const cli = spawnSync(process.execPath, [join(projectRoot, 'bin', 'sidecar-lint.js'), '-f', 'json', 'examples'], { cwd: projectRoot, encoding: 'utf8' });
    const findings = (JSON.parse(cli.stdout) as { findings: { severity: string; suppressed?: unknown }[] }).findings.filter((f) => !f.suppressed);
    const count = (severity: string) => String(findings.filter((f) => f.severity === severity).length);
    expect(Number(count('error'))).to.be.above(0);
    expect([r.outputs.errors, r.outputs.warnings, r.outputs.infos]).to.deep.equal([count('error'), count('warning'), count('info')]);
    expect(r.outputs['exit-code']).to.equal(String(cli.status));
    const results = (JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: unknown[] }[] }).runs[0]!.results;
    expect(results.length).to.be.at.least(findings.length);
  });
});

describe('action verify input', function () {
  this.timeout(180_000);
  let workspace: string;
  /** A pod that lints clean: the verify step runs after it. */
  const CLEAN = 'apiVersion: v1\nkind: Pod\nmetadata: {name: clean}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {memory: 16Mi}}\n';

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'sidecar-lint-action-verify-'));
    mkdirSync(join(workspace, 'k8s'));
    writeFileSync(join(workspace, 'k8s', 'clash.yaml'), POD);
    writeFileSync(join(workspace, 'clean.yaml'), CLEAN);
  });

  it('refuses bad verify inputs before anything runs', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ verify: 'minikube' }, /^input verify: expected none, kind, podman, cluster, got "minikube"$/],
      [{ verify: 'cluster' }, /^input verify: cluster needs verify-context/],
      [{ verify: 'podman', 'verify-context': 'prod' }, /^input verify-context: only for verify: cluster$/],
      [{ verify: 'podman', 'verify-cluster-name': 'ct' }, /^input verify-cluster-name: only for verify: kind$/],
      [{ verify: 'kind', 'verify-args': '--format json' }, /^input verify-args: --format is set by the Action's own inputs/],
      [{ verify: 'kind', 'verify-args': '--timeout soon' }, /^input verify-args: --timeout soon: expected a duration/],
      [{ verify: 'kind', 'verify-args': '--bogus' }, /^input verify-args: Unknown option '--bogus'/],
    ];
    for (const [inputs, message] of cases) {
      const r = runAction(workspace, { path: 'clean.yaml', ...inputs });
      expect(r.code, JSON.stringify(inputs)).to.equal(2);
      expect(r.commands, JSON.stringify(inputs)).to.have.length(1);
      expect(r.commands[0]!.message).to.match(message);
    }
  });

  it('skips verify when the lint fails, and says so in the log, the summary and the outputs', () => {
    const r = runAction(workspace, { path: 'k8s', verify: 'kind', annotations: 'false' });
    expect(r.code).to.equal(1);
    expect(r.stdout).to.contain('::notice title=sidecar-lint verify::verify (kind) skipped: the lint failed');
    expect(r.summary).to.match(/^## sidecar-lint verify \(kind\): skipped$/m);
    expect(r.outputs).to.deep.include({ 'exit-code': '1', 'verify-exit-code': 'skipped', 'verify-failed': '0' });
  });

  it('kind: a runner without kind gets an error annotation and exit code 2, not a crash', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-kind-'));
    const r = runAction(workspace, { path: 'clean.yaml', verify: 'kind' }, { PATH: empty });
    expect(r.code, r.stdout + r.stderr).to.equal(2);
    expect(r.stdout).to.contain('::group::sidecar-lint verify (kind)');
    const error = r.commands.find((c) => c.props.title === 'sidecar-lint verify');
    expect(error?.message).to.match(/kind is not installed/);
    expect(r.outputs).to.deep.include({ 'exit-code': '2', 'verify-exit-code': '2' });
    expect(r.summary).to.match(/^## sidecar-lint verify \(kind\): ✖ could not run$/m);
    expect(r.stdout).not.to.contain('internal error');
  });

  describe('with podman (real pods)', () => {
    before(function () {
      requirePodman(this, 'the Action verify tests');
    });

    it('deploys a passing lint and reports every check: log, JUnit, summary and outputs', () => {
      const diagnostics = mkdtempSync(join(tmpdir(), 'action-diag-'));
      const r = runAction(projectRoot, {
        path: 'integration/log-shipping',
        'sarif-file': 'false',
        verify: 'podman',
        'verify-args': `--stable 3s --no-config --diagnostics ${diagnostics}`,
        'verify-report': join(diagnostics, 'verify.junit.xml'),
      });
      expect(r.code, r.stdout + r.stderr).to.equal(0);
      expect(Number(r.outputs['verify-passed'])).to.be.above(5);
      expect(r.outputs).to.deep.include({ 'exit-code': '0', 'verify-exit-code': '0', 'verify-failed': '0', 'verify-diagnostics': '', 'verify-report': join(diagnostics, 'verify.junit.xml') });
      expect(r.stdout).to.match(/verify \(podman, run [a-z0-9]{8}\): \d+ passed, 0 failed/);
      expect(r.summary).to.match(/^## sidecar-lint verify \(podman\): ✔ passed$/m);
      expect(r.summary).to.match(/^\| ✔ pass(?: \(emulated\))? \| .* \| `verify\/shared-volume` \|/m);
      const junit = readFileSync(r.outputs['verify-report']!, 'utf8');
      expect(XMLValidator.validate(junit)).to.equal(true);
      expect(junit).to.contain('verify/container-ready');
      expect(junit).not.to.contain('<failure');
    });

    it('fails the step on a failed check, annotates it and names the diagnostics bundle', () => {
      const diagnostics = mkdtempSync(join(tmpdir(), 'action-diag-'));
      const r = runAction(projectRoot, {
        path: 'integration/port-clash',
        'fail-on': 'none',
        'sarif-file': 'false',
        verify: 'podman',
        'verify-args': `--force --stable 3s --timeout 20s --no-config --diagnostics ${diagnostics}`,
        'verify-report': 'false',
      });
      expect(r.code, r.stdout + r.stderr).to.equal(1);
      expect(r.outputs['exit-code']).to.equal('1');
      expect(Number(r.outputs['verify-failed'])).to.be.above(0);
      const failed = r.commands.filter((c) => c.command === 'error' && c.props.title?.startsWith('verify/'));
      expect(failed.length).to.be.above(0);
      expect(failed.map((c) => c.message).join('\n')).to.match(/8080/);
      expect(failed[0]!.props.file).to.equal('integration/port-clash/pod.yaml');
      expect(r.outputs['verify-diagnostics']).to.match(new RegExp(`^${diagnostics}`));
      expect(existsSync(r.outputs['verify-diagnostics']!)).to.equal(true);
      expect(r.summary).to.match(/^## sidecar-lint verify \(podman\): ✖ failed$/m);
      expect(r.summary).to.contain('Diagnostics bundles');
      expect(r.outputs['verify-report']).to.equal('');
    });
  });
});

describe('action verify input, kind driver on a real cluster', function () {
  this.timeout(240_000);
  const kubeconfig = process.env.SIDECAR_LINT_NODE_KUBECONFIG;

  before(function () {
    if (kubeconfig && existsSync(kubeconfig)) return;
    const why = 'SIDECAR_LINT_NODE_KUBECONFIG is not set to a kubeconfig';
    if (process.env.CI) throw new Error(`${why}: .ci/run starts the local cluster (integration/cluster/node/up.sh)`);
    console.log(`    SKIPPED: ${why}: start it with \`export SIDECAR_LINT_NODE_KUBECONFIG=$(integration/cluster/node/up.sh | tail -1)\``);
    this.skip();
  });

  it('runs the Action as on a runner: kind (a shim naming the local cluster) loads the image and the checks pass on real pods', () => {
    // The only stand-in is the kind binary: it names one existing cluster, prints that cluster's
    // kubeconfig and loads image archives into the node's containerd, as kind does into its node.
    const bin = mkdtempSync(join(tmpdir(), 'kind-shim-'));
    const log = join(bin, 'calls.log');
    writeFileSync(
      join(bin, 'kind'),
      `#!/bin/sh\necho "kind $*" >> ${log}\ncase "$1 $2" in\n  "get clusters") echo local ;;\n  "get kubeconfig") cat "${kubeconfig}" ;;\n  "load image-archive") ctr --address /run/sidecar-lint-node/containerd/containerd.sock -n k8s.io images import "$3" >/dev/null ;;\n  *) echo "kind shim: $* is not supported" >&2; exit 1 ;;\nesac\n`,
      { mode: 0o755 },
    );
    const diagnostics = mkdtempSync(join(tmpdir(), 'action-kind-diag-'));
    const r = runAction(
      projectRoot,
      {
        path: 'integration/log-shipping',
        'sarif-file': 'false',
        verify: 'kind',
        'verify-cluster-name': 'local',
        'verify-args': `--stable 3s --no-config --grace-cap 2s --diagnostics ${diagnostics}`,
        'verify-report': join(diagnostics, 'verify.junit.xml'),
      },
      { PATH: `${bin}:${process.env.PATH ?? ''}` },
    );
    expect(r.code, r.stdout + r.stderr).to.equal(0);
    expect(r.outputs['verify-exit-code']).to.equal('0');
    expect(Number(r.outputs['verify-passed'])).to.be.above(5);
    expect(r.summary).to.match(/^## sidecar-lint verify \(kind\): ✔ passed$/m);
    const calls = readFileSync(log, 'utf8');
    expect(calls).to.match(/^kind get clusters$/m);
    expect(calls).to.match(/^kind get kubeconfig --name local$/m);
    expect(calls).to.match(/^kind load image-archive \S+ --name local$/m);
    // A reused cluster is never deleted.
    expect(calls).not.to.match(/delete cluster/);
  });
});

describe('action inputs', () => {
  it('action.yml declares the inputs the code reads, with the defaults the tests pass, and its outputs', () => {
    const action = parseYaml(readFileSync(join(projectRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string; description: string }>;
      outputs: Record<string, { description: string }>;
      runs: { using: string; main: string };
    };
    expect(action.runs).to.deep.equal({ using: 'node24', main: 'dist/index.mjs' });
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '']))).to.deep.equal(DEFAULTS);
    const source = readFileSync(join(projectRoot, 'src', 'action', 'run.ts'), 'utf8');
    const read = [...source.matchAll(/get(?:Input|Boolean)\('([a-z-]+)'/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).to.deep.equal(Object.keys(DEFAULTS).sort());
    expect(Object.keys(action.outputs).sort()).to.deep.equal(['errors', 'exit-code', 'infos', 'sarif-file', 'verify-diagnostics', 'verify-exit-code', 'verify-failed', 'verify-passed', 'verify-report', 'warnings']);
  });

  it('reads INPUT_<NAME> as the runner names it', () => {
    const env = { 'INPUT_KUBE-VERSION': ' 1.30 ', 'INPUT_WORKING-DIRECTORY': 'deploy', INPUT_MY_INPUT: 'x' };
    expect(getInput('kube-version', env)).to.equal('1.30');
    expect(getInput('working-directory', env)).to.equal('deploy');
    expect(getInput('my input', env)).to.equal('x');
    expect(getInput('fail-on', env)).to.equal('');
  });

  it('splits paths and formats', () => {
    expect(splitPaths('k8s charts/out')).to.deep.equal(['k8s', 'charts/out']);
    expect(splitPaths('k8s/my app\n  charts/**/*.yaml  \n')).to.deep.equal(['k8s/my app', 'charts/**/*.yaml']);
    expect(splitPaths('')).to.deep.equal([]);
    expect(parseFormatLines('junit:out/j.xml\ncompact\n')).to.deep.equal([{ format: 'junit', file: 'out/j.xml' }, { format: 'compact', file: undefined }]);
  });

  it('writes outputs as heredoc blocks whose delimiter the value cannot end', () => {
    const block = outputBlock('message', 'two\nlines');
    const [head, ...rest] = block.trimEnd().split('\n');
    const delimiter = /^message<<(ghadelimiter_[0-9a-f-]{36})$/.exec(head!)![1];
    expect(rest).to.deep.equal(['two', 'lines', delimiter]);
    expect(parseOutputs(block + outputBlock('n', '3'))).to.deep.equal({ message: 'two\nlines', n: '3' });
  });
});
