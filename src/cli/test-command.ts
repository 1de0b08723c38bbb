// `sidecar-lint test <path>...`: runs folders of cases (a manifest and the findings it should
// produce) and says pass or fail for each; JUnit XML for CI. Tests the user's policies too.
import { parseArgs } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';

const HELP = `Usage: sidecar-lint test [options] <path>...

Runs test cases: each .yaml/.yml/.json file under the paths is a manifest whose expected findings
are written in it (caret comments, or "# expect: <rule> [line:col] [message]") or listed in a
<case>.expect.yaml next to it. A case passes when the findings in scope match exactly: the
findings of your policies, plus those of any built-in rule the case names (--all-rules: every one).

Options:
      --policy <path>           policies to test (repeat); the config file's are used too
      --junit <file>            also write JUnit XML
  -f, --format <name>           text (default) or json or junit (to stdout)
      --kube-version <x.y>      target Kubernetes version
  -c, --config <file>           configuration file (default: .sidecar-lint.yaml found upward)
      --no-config               ignore configuration files
      --all-rules               compare every finding, built-in rules included
  -q, --quiet                   print failures only
  -h, --help                    this text

Exit codes: 0 every case passed, 1 a case failed, 2 usage error or no cases.
`;

export async function testCommand(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string', multiple: true },
        junit: { type: 'string' },
        format: { type: 'string', short: 'f' },
        'kube-version': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'all-rules': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`sidecar-lint test: ${(e as Error).message}\nRun sidecar-lint test --help for usage.\n`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = v.format ?? 'text';
  if (!['text', 'json', 'junit'].includes(format)) {
    process.stderr.write(`sidecar-lint test: --format ${format}: expected text, json or junit\n`);
    return 2;
  }
  if (args.positionals.length === 0) {
    process.stderr.write('sidecar-lint test: no paths given\nRun sidecar-lint test --help for usage.\n');
    return 2;
  }
  for (const p of args.positionals) {
    if (!fs.existsSync(p)) {
      process.stderr.write(`sidecar-lint test: ${p} does not exist\n`);
      return 2;
    }
  }
  const { runCases, toJUnit, describeMismatch } = await import('../testing/harness.js');
  const started = performance.now();
  const results = await runCases(args.positionals, {
    policies: v.policy,
    kubeVersion: v['kube-version'],
    config: v['no-config'] ? false : v.config,
    allRules: v['all-rules'],
  });
  if (results.length === 0) {
    process.stderr.write(`sidecar-lint test: no cases in ${args.positionals.join(', ')}\n`);
    return 2;
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (v.junit) {
    fs.mkdirSync(path.dirname(path.resolve(v.junit)), { recursive: true });
    fs.writeFileSync(v.junit, toJUnit(results));
  }
  if (format === 'junit') process.stdout.write(toJUnit(results));
  else if (format === 'json') {
    process.stdout.write(
      JSON.stringify(
        results.map((r) => ({ name: r.name, passed: r.passed, ms: Math.round(r.ms), missing: r.missing, unexpected: r.unexpected, errors: r.errors })),
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const r of results) {
      if (r.passed) {
        if (!v.quiet) process.stdout.write(`PASS ${r.name} (${r.expected.length} expected finding${r.expected.length === 1 ? '' : 's'})\n`);
      } else process.stdout.write(`FAIL ${r.name}\n${describeMismatch(r)}\n`);
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed (${results.length} cases, ${((performance.now() - started) / 1000).toFixed(2)} s)\n`);
  }
  return failed > 0 ? 1 : 0;
}
