// SARIF that GitHub code scanning accepts: the official SARIF 2.1.0 schema (as shipped in
// @microsoft/sarif-multitool's package, the same file github/codeql-action validates with) through
// ajv, and GitHub's own ingestion rules through the SARIF Multitool (`validate --rule-kind Gh;Sarif`).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ALL_RULES, lint, type LintResult } from '../src/engine/lint.js';
import type { Finding } from '../src/types.js';
import { sarif, MAX_SARIF_RESULTS } from '../src/report/sarif.js';
import type { ReportOptions } from '../src/report/index.js';
import { projectRoot } from './helpers.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The Multitool package for this platform: its sarif-2.1.0.json and its binary. */
function multitool(): { dir: string; schema: string; binary: string } | undefined {
  for (const platform of [process.platform, 'linux', 'darwin', 'win32']) {
    try {
      const dir = dirname(require.resolve(`@microsoft/sarif-multitool-${platform}/package.json`));
      return { dir, schema: join(dir, 'sarif-2.1.0.json'), binary: join(dir, platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool') };
    } catch {
      /* next */
    }
  }
  return undefined;
}

const tool = multitool();

function validator() {
  if (!tool) throw new Error('@microsoft/sarif-multitool is not installed (npm ci installs it as a devDependency): it carries the SARIF 2.1.0 schema');
  const schema = JSON.parse(readFileSync(tool.schema, 'utf8')) as Record<string, unknown>;
  expect(schema.title).to.equal('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    ignore-check.sidecar-lint.io/latest-tag: pinned by digest in the overlay
spec:
  containers:
    - name: app
      image: example/app:1.0
      ports:
        - containerPort: 8080
        - containerPort: 9090
    - name: "proxy <&> \\"x\\""
      image: example/proxy
      securityContext:
        privileged: true
      ports:
        - containerPort: 8080 # sidecar-lint-disable-line port-conflict -- proxy is off in this env
        - containerPort: 9090
`;

describe('sarif', () => {
  let dir: string;
  let result: LintResult;
  let log: any;
  const options = (root: string): ReportOptions => ({ color: false, showSuppressed: false, root, quiet: false });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-sarif-'));
    writeFileSync(join(dir, 'pod 1,a:b.yaml'), POD);
    writeFileSync(join(dir, 'broken.yaml'), 'a: [\n');
    result = await lint(['.', 'missing.yaml'], { cwd: dir, config: false });
    log = JSON.parse(sarif(result, options(dir)));
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    const validate = validator();
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).to.deep.equal([]);
    expect(ok).to.equal(true);
    // The validator does reject what is wrong.
    const bad = structuredClone(log);
    bad.runs[0].results[0].level = 'fatal';
    bad.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b:c';
    expect(validate(bad)).to.equal(false);
  });

  it('has what code scanning reads: rules with help, relative URIs, 1-based regions, fingerprints', () => {
    const run = log.runs[0];
    expect(log.version).to.equal('2.1.0');
    expect(run.columnKind).to.equal('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).to.match(/^file:\/\/\/.*\/$/);
    const rules = run.tool.driver.rules as any[];
    expect(rules.map((r) => r.id)).to.include.members(ALL_RULES.filter((r) => !r.meta.optIn).map((r) => r.meta.id));
    for (const r of rules) {
      expect(r.shortDescription.text).to.be.a('string').and.not.equal('');
      expect(r.fullDescription.text.length).to.be.within(1, 1024);
      expect(r.help.text).to.be.a('string').and.not.equal('');
      expect(r.help.markdown).to.be.a('string').and.not.equal('');
      expect(new Set(r.properties.tags).size).to.equal(r.properties.tags.length);
    }
    const results = run.results as any[];
    expect(results.length).to.be.above(2);
    for (const res of results) {
      expect(rules[res.ruleIndex].id).to.equal(res.ruleId);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).to.equal('%SRCROOT%');
      expect(loc.region.startLine).to.be.at.least(1);
      expect(loc.region.startColumn).to.be.at.least(1);
      expect(res.partialFingerprints['sidecarLint/v1']).to.match(/^[0-9a-f]{32}(:\d+)?$/);
    }
    expect(new Set(results.map((r) => r.partialFingerprints['sidecarLint/v1'])).size).to.equal(results.length);
    const clash = results.find((r) => r.ruleId === 'port-conflict' && !r.suppressions);
    expect(clash.locations[0].physicalLocation.artifactLocation.uri).to.equal('pod%201%2Ca%3Ab.yaml');
    expect(clash.locations[0].physicalLocation.region).to.deep.equal({ startLine: 20, startColumn: 26, endLine: 20, endColumn: 30 });
    expect(clash.message.text).to.contain('"proxy <&> "x""');
    // Help markdown is the rule's docs page.
    expect(rules.find((r) => r.id === 'port-conflict').help.markdown).to.match(/^# port-conflict/);
  });

  it('leaves suppressed findings out (code scanning ignores `suppressions`), and carries them with --show-suppressed', () => {
    const plain = log.runs[0].results as any[];
    expect(plain.every((r) => r.suppressions === undefined)).to.equal(true);
    expect(plain.filter((r) => r.ruleId === 'port-conflict')).to.have.length(1);
    expect(plain.some((r) => r.ruleId === 'latest-tag')).to.equal(false);
    const shown = JSON.parse(sarif(result, { ...options(dir), showSuppressed: true }));
    const results = shown.runs[0].results as any[];
    // All results or none carry `suppressions` (SARIF 3.27.23).
    expect(results.every((r) => Array.isArray(r.suppressions))).to.equal(true);
    const inSource = results.find((r) => r.suppressions[0]?.kind === 'inSource');
    expect(inSource.ruleId).to.equal('port-conflict');
    expect(inSource.suppressions[0]).to.deep.equal({ kind: 'inSource', status: 'accepted', justification: 'proxy is off in this env' });
    const external = results.find((r) => r.suppressions[0]?.kind === 'external');
    expect(external.ruleId).to.equal('latest-tag');
    expect(external.suppressions[0].justification).to.equal('pinned by digest in the overlay');
    expect(results.filter((r) => r.suppressions.length === 0)).to.have.length(plain.length);
    expect(validator()(shown)).to.equal(true);
  });

  it('reports input errors as tool notifications, not results', () => {
    const inv = log.runs[0].invocations[0];
    expect(inv.executionSuccessful).to.equal(false);
    expect(inv.toolExecutionNotifications.map((n: any) => n.message.text).join('\n')).to.match(/missing\.yaml/);
  });

  it('gives security-severity only to rules whose meta.security is true', () => {
    const rules = log.runs[0].tool.driver.rules as any[];
    for (const r of rules) {
      const meta = ALL_RULES.find((x) => x.meta.id === r.id)?.meta;
      const security = meta?.security === true;
      expect('security-severity' in r.properties, r.id).to.equal(security);
      expect(r.properties.tags.includes('security'), r.id).to.equal(security);
      if (security) expect(Number(r.properties['security-severity'])).to.be.within(0.1, 10);
      else expect(['error', 'warning', 'recommendation']).to.include(r.properties['problem.severity']);
    }
    expect(rules.some((r) => 'security-severity' in r.properties)).to.equal(true);
  });

  it('uses file: URIs for files outside the repository root, and describes engine findings', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sidecar-lint-root-'));
    const outside = JSON.parse(sarif(result, options(root)));
    const uri = outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(uri.uriBaseId).to.equal(undefined);
    expect(uri.uri).to.match(/^file:\/\/\//);
    const withUnused = await lint(['.'], { cwd: dir, config: false, reportUnusedSuppressions: true });
    const policy: Finding = { ...engineFinding(), ruleId: 'main.deny', message: 'pod "web" is denied', file: 'pod 1,a:b.yaml' };
    const text = sarif({ ...withUnused, findings: [...withUnused.findings, engineFinding(), policy] }, options(dir));
    const rules = JSON.parse(text).runs[0].tool.driver.rules as any[];
    const engine = rules.find((r) => r.id === 'rule-error');
    expect(engine.shortDescription.text).to.match(/internal error/);
    expect(engine.help.text).to.not.equal('');
    expect(engine.helpUri).to.equal(undefined);
    const unused = rules.find((r) => r.id === 'unused-suppression');
    expect(unused.shortDescription.text).to.match(/suppresses nothing/);
    const own = rules.find((r) => r.id === 'main.deny');
    expect(own.shortDescription.text).to.equal('main.deny: a check of your own policies.');
    expect(own.properties.tags).to.deep.equal(['policy', 'kubernetes']);
    expect(own.helpUri).to.equal(undefined);
    expect(JSON.parse(text).runs[0].results.find((r: any) => r.ruleId === 'rule-error').locations[0].physicalLocation.artifactLocation).to.deep.equal({ uri: '%3Crun%3E' });
    expect(validator()(JSON.parse(text))).to.equal(true);
  });

  it('keeps the most severe results under the 25,000 GitHub accepts', () => {
    const f = (i: number, severity: Finding['severity']): Finding => ({
      ruleId: 'port-conflict',
      severity,
      message: `m${i}`,
      file: 'a.yaml',
      range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 } },
    });
    const findings = [...Array.from({ length: MAX_SARIF_RESULTS }, (_, i) => f(i, 'info')), f(MAX_SARIF_RESULTS, 'error')];
    const big = JSON.parse(sarif({ ...result, findings, errors: [] }, options(dir)));
    expect(big.runs[0].results).to.have.length(MAX_SARIF_RESULTS);
    expect(big.runs[0].results.at(-1).level).to.equal('error');
    expect(big.runs[0].invocations[0].toolExecutionNotifications[0].message.text).to.match(/^1 less severe findings were left out/);
  });

  it("passes GitHub's ingestion rules (SARIF Multitool validate --rule-kind Gh;Sarif)", function () {
    if (!tool || !existsSync(tool.binary) || process.platform !== 'linux') this.skip();
    // The validator fetches helpUri addresses to check them: run it where there is no network at all.
    if (spawnSync('unshare', ['-n', 'true']).status !== 0) this.skip();
    const input = join(dir, 'log.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarif(result, options(dir)));
    const r = spawnSync('unshare', ['-n', tool.binary, 'validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--output', output, input], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 60_000,
    });
    expect(r.status, r.stdout + r.stderr).to.equal(0);
    const found = (JSON.parse(readFileSync(output, 'utf8')).runs[0].results ?? []) as any[];
    const problems = found.filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined);
    expect(problems.map((p) => `${p.ruleId}: ${JSON.stringify(p.message)}`)).to.deep.equal([]);
    // And it does catch what GitHub rejects.
    const broken = JSON.parse(readFileSync(input, 'utf8'));
    delete broken.runs[0].tool.driver.rules[0].help;
    broken.runs[0].results[0].locations = [];
    writeFileSync(input, JSON.stringify(broken));
    const again = spawnSync('unshare', ['-n', tool.binary, 'validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--output', join(dir, 'validation-2.sarif'), input], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(again.stdout).to.match(/GH\d+/);
  });
});

function engineFinding(): Finding {
  return {
    ruleId: 'rule-error',
    severity: 'error',
    message: 'rule x failed on the run: boom',
    file: '<run>',
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
}

void projectRoot;
