// Parity with conftest: the same conftest-style policies (several packages, data files,
// exceptions, data.conftest.file, string and object results) through conftest and through
// sidecar-lint; the failures and warnings must be the same, file by file. CI installs both
// (pinned, go install); locally the test is skipped when conftest is missing.
import { expect } from 'chai';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { lint, ALL_RULES } from '../src/engine/lint.js';
import { policyFixtures, requireOpa, hasCommand } from './policy-helpers.js';

const dir = join(policyFixtures, 'conftest');
const builtin = new Set(ALL_RULES.map((r) => r.meta.id));

interface ConftestResult {
  filename: string;
  namespace: string;
  failures?: { msg: string }[];
  warnings?: { msg: string }[];
}

function conftest(args: string[]): ConftestResult[] {
  let out: string;
  try {
    out = execFileSync(process.env.SIDECAR_LINT_CONFTEST || 'conftest', ['test', '--no-color', '-o', 'json', ...args], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    // conftest exits 1 when it finds failures; its JSON is still on stdout.
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(out) as ConftestResult[];
}

function conftestLines(results: ConftestResult[]): string[] {
  return results
    .flatMap((r) => [...(r.failures ?? []).map((f) => `${r.filename}\tfailure\t${f.msg}`), ...(r.warnings ?? []).map((w) => `${r.filename}\twarning\t${w.msg}`)])
    .sort();
}

async function ourLines(spec: { allNamespaces?: boolean; namespaces?: string[] }): Promise<string[]> {
  const result = await lint('k8s', { cwd: dir, config: false, policies: [{ path: 'policy', data: ['data'], ...spec }] });
  expect(result.errors).to.deep.equal([]);
  return result.findings
    .filter((f) => !builtin.has(f.ruleId) && !f.suppressed)
    .map((f) => `${f.file}\t${f.severity === 'error' ? 'failure' : 'warning'}\t${f.message}`)
    .sort();
}

describe('policy: parity with conftest', function () {
  this.timeout(120_000);
  before(async function () {
    await requireOpa(this);
    if (!hasCommand(process.env.SIDECAR_LINT_CONFTEST || 'conftest')) {
      if (process.env.CI) throw new Error('conftest is not on PATH: .ci/run installs it with go install');
      this.skip();
    }
  });

  it('package main (conftest default): the same failures and warnings', async () => {
    const theirs = conftestLines(conftest(['--policy', 'policy', '--data', 'data', 'k8s']));
    const ours = await ourLines({});
    console.log(`      conftest: ${theirs.length} results; sidecar-lint: ${ours.length}`);
    expect(theirs.length).to.be.greaterThan(8);
    expect(ours).to.deep.equal(theirs);
  });

  it('--all-namespaces: the same failures and warnings', async () => {
    const theirs = conftestLines(conftest(['--policy', 'policy', '--data', 'data', '--all-namespaces', 'k8s']));
    const ours = await ourLines({ allNamespaces: true });
    expect(theirs.some((l) => l.includes('NodePort'))).to.equal(true);
    expect(ours).to.deep.equal(theirs);
  });

  it('--namespace with a glob', async () => {
    const theirs = conftestLines(conftest(['--policy', 'policy', '--data', 'data', '--namespace', 'k8s.*', 'k8s']));
    const ours = await ourLines({ namespaces: ['k8s.*'] });
    expect(ours).to.deep.equal(theirs);
  });
});
