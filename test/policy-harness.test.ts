// The policy test harness (`sidecar-lint test`), the chai plugin, and CEL / JSON Schema policies
// through the cases under test/fixtures/policy/cases.
import { expect } from 'chai';
import { join, relative } from 'node:path';
import { readFileSync } from 'node:fs';
import { runCases, assertFindings } from '../src/testing/harness.js';
import { lint, lintText } from '../src/engine/lint.js';
import { compileExpression } from '../src/policy/cel.js';
import { main } from '../src/cli/main.js';
import { projectRoot } from './helpers.js';
import { policyFixtures, requireOpa, tempDir } from './policy-helpers.js';

const cwd = projectRoot;
const rel = (p: string) => relative(cwd, p);

describe('policy: harness, CEL and JSON Schema', function () {
  this.timeout(60_000);
  before(async function () {
    await requireOpa(this);
  });

  it('passes every case under cases/ (CEL, JSON Schema, Rego with caret expectations)', async () => {
    const results = await runCases([rel(join(policyFixtures, 'cases'))], { cwd });
    expect(results.map((r) => `${r.passed ? 'PASS' : 'FAIL'} ${r.name}`)).to.deep.equal([
      'PASS test/fixtures/policy/cases/cel/shop.yaml',
      'PASS test/fixtures/policy/cases/schema/clean.yaml',
      'PASS test/fixtures/policy/cases/schema/host.yaml',
    ]);
  });

  it('fails a wrong case and an unsupported CEL expression, showing expected and actual, in JUnit too', async () => {
    const junit = join(tempDir(), 'junit.xml');
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(['test', rel(join(policyFixtures, 'failing')), '--junit', junit]);
    } finally {
      process.stdout.write = write;
    }
    const text = out.join('');
    expect(code).to.equal(1);
    expect(text).to.include('FAIL test/fixtures/policy/failing/wrong.yaml');
    expect(text).to.include('expected but not found:\n    - sidecar-memory-limit 14:13-22');
    expect(text).to.include('found but not expected:\n    + sidecar-memory-limit 13:7-15:1 sidecar "helper" has no memory limit');
    expect(text).to.include('FAIL policies');
    expect(text).to.match(/policy-unsupported .* uses the functions ip\(\), family\(\)/);
    expect(text).to.include('uses the two-variable comprehension all(i, v, ...)');
    expect(text).to.include('uses the authorizer library');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).to.match(/<testsuites name="sidecar-lint test" tests="2" failures="2"/);
    expect(xml).to.include('<testcase classname="test/fixtures/policy/failing" name="wrong.yaml"');
    expect(xml).to.include('<failure message="2 expected finding(s) missing, 1 unexpected finding(s)" type="FindingsMismatch">');
  });

  it('exits 0 on passing cases and 2 on a missing path', async () => {
    const write = process.stdout.write.bind(process.stdout);
    const werr = process.stderr.write.bind(process.stderr);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await main(['test', rel(join(policyFixtures, 'cases')), '-q'])).to.equal(0);
      expect(await main(['test', 'no/such/folder'])).to.equal(2);
    } finally {
      process.stdout.write = write;
      process.stderr.write = werr;
    }
  });

  it('chai plugin: finding().at(), clean, findings(), meetExpectations(), with failure messages showing both sides', async () => {
    const file = rel(join(policyFixtures, 'cases', 'schema', 'host.yaml'));
    const result = await lint(file, { cwd });
    expect(result).to.have.finding('no-host-network').at(15, 20);
    expect(result).to.have.finding('owner-label', /agent needs an owner label/);
    expect(result).to.not.have.finding('no-such-rule');
    expect(result).to.meetExpectations();
    expect([1, 2, 3]).to.have.length.at.least(2); // chai's own `at` chain still works
    const clean = await lintText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n', 'cm.yaml');
    expect(clean).to.be.clean;
    expect(() => expect(result).to.be.clean).to.throw(/expected no findings; actual:\n    .*no-host-network 15:20/s);
    expect(() => expect(result).to.have.finding('no-host-network').at(3, 1)).to.throw(/expected a no-host-network finding at 3:1; no-host-network findings are at:\n    no-host-network 15:20/);
    expect(() => expect(result).to.have.findings([{ ruleId: 'owner-label' }], { allRules: false })).to.throw(/found but not expected:\n    \+ no-host-network/);
    assertFindings(result.findings.filter((f) => f.ruleId === 'no-host-network'), [{ ruleId: 'no-host-network', line: 15, column: 20, message: 'no host network' }]);
  });

  it('JSON Schema: Polaris files, targets, roles, positions of the failing field', async () => {
    const result = await lint(rel(join(policyFixtures, 'cases', 'cel', 'shop.yaml')), { cwd, config: false, policies: [rel(join(policyFixtures, 'schema'))] });
    expect(result.errors).to.deep.equal([]);
    const img = result.findings.find((f) => f.ruleId === 'imageRegistry')!;
    expect(img.message).to.equal('sidecar "Envoy": Image should not be from disallowed registry (image must NOT be valid)');
    expect(img.container).to.equal('Envoy');
    expect(result.findings.some((f) => f.ruleId === 'ignoredOne')).to.equal(false);
  });

  it('CEL: the Kubernetes libraries and the supported subset', () => {
    const run = (e: string, object: unknown = {}) => compileExpression(e).run!({ object, variables: {} });
    expect(run("quantity('1Gi') == quantity('1024Mi') && quantity('500m').isLessThan(quantity('1'))")).to.equal(true);
    expect(run("quantity('1.5Gi').asInteger()")).to.equal(1610612736n);
    expect(run("[3, 1, 2].sum() == 6 && [1, 2].isSorted() && ['a', 'b'].indexOf('b') == 1")).to.equal(true);
    expect(run("'img:v1.2'.find('v[0-9.]+') == 'v1.2' && 'a1b22'.findAll('[0-9]+').size() == 2")).to.equal(true);
    expect(run("url('https://example.com:8443/x?a=1&a=2').getQuery()['a'].size() == 2 && !isURL('not a url')")).to.equal(true);
    expect(run("format.dns1123Label().validate('Not_OK').hasValue() && !format.named('labelValue').value().validate('ok').hasValue()")).to.equal(true);
    expect(run("'%s/%d'.format(['a', 2]) == 'a/2' && 'aXbX'.replace('X', '-', 1) == 'a-bX'")).to.equal(true);
    expect(compileExpression("ip('10.0.0.1').family() == 4").unsupported).to.match(/the functions ip\(\), family\(\)/);
    expect(compileExpression('object.x.all(k, v, v > 0)').unsupported).to.match(/two-variable comprehension/);
    expect(compileExpression("authorizer.serviceAccount('ns', 'sa').group('apps').check('get').allowed()").unsupported).to.match(/authorizer/);
    expect(compileExpression('object.spec.').invalid).to.match(/does not parse/);
  });

  it('CEL: failurePolicy, params from the policy files, bindings and their namespace selectors', async () => {
    const manifest = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: big',
      '  namespace: other',
      'spec:',
      '  replicas: 7',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: a',
      '          image: x:1',
      '        - name: b',
      '          image: y:1',
      '',
    ].join('\n');
    const result = await lintText(manifest, 'big.yaml', { cwd, policies: [rel(join(policyFixtures, 'cel'))] });
    const ids = result.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.column} ${f.message}`);
    // replica-limit: params ConfigMap found beside the policies; failurePolicy Ignore drops the erroring validation.
    expect(ids).to.include('replica-limit@7:13 at most 5 replicas (binding replica-limit)');
    expect(ids.filter((i) => i.includes('ignored'))).to.deep.equal([]);
    // sidecar-limits is bound to namespace shop only.
    expect(ids.filter((i) => i.startsWith('sidecar-limits'))).to.deep.equal([]);
  });
});
