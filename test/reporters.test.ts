// Every CI format, parsed back the way its consumer parses it: fields, escaping, suppressed
// findings and input errors, from one findings model.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ALL_RULES, lint, type LintResult } from '../src/engine/lint.js';
import type { Finding, InputError, Severity } from '../src/types.js';
import { FORMATS, loadReporter, type FormatName, type ReportOptions } from '../src/report/index.js';
import { githubAnnotations } from '../src/report/github.js';
import { markdownReport } from '../src/report/markdown.js';
import { projectRoot } from './helpers.js';

const ROOT = '/repo';
/** Everything a format has to escape: quotes, markup, ampersands, percent, pipes, markdown, a line break. */
const TRICKY = `container "a<b>&c" isn't 100% ready | *x* _y_ \`z\` [l](u) ]]> <!-- -->\nsecond line: done, ok`;
/** A path with a comma, a colon and a space (all legal on Linux). */
const ODD_FILE = 'k8s/we,ird:dir/my pod.yaml';

let seq = 0;
function finding(p: Partial<Finding> & { line?: number; col?: number; endLine?: number; endCol?: number } = {}): Finding {
  const line = p.line ?? 3 + seq++;
  const col = p.col ?? 5;
  return {
    ruleId: p.ruleId ?? 'port-conflict',
    severity: p.severity ?? 'error',
    message: p.message ?? `message ${seq}`,
    file: p.file ?? 'k8s/pod.yaml',
    range: { start: { line, column: col }, end: { line: p.endLine ?? line, column: p.endCol ?? col + 4 } },
    object: p.object ?? { apiVersion: 'v1', kind: 'Pod', name: 'web', namespace: 'shop' },
    container: p.container ?? 'proxy',
    docsUrl: `https://github.com/sidecar-lint/sidecar-lint/blob/main/rules/${p.ruleId ?? 'port-conflict'}/README.md`,
    ...(p.suppressed ? { suppressed: p.suppressed } : {}),
  };
}

function resultOf(findings: Finding[], extra: Partial<LintResult> = {}, errors: InputError[] = []): LintResult {
  const failOn = extra.failOn ?? 'error';
  const active = findings.filter((f) => !f.suppressed);
  const rank = (s: Severity) => ['info', 'warning', 'error'].indexOf(s);
  return {
    cwd: ROOT,
    findings,
    errors,
    files: [...new Set(findings.map((f) => f.file))],
    documents: [],
    objects: [],
    workloads: [],
    counts: { documents: 1, objects: 1, workloads: 1 },
    notes: [],
    kubeVersion: '1.31',
    failOn,
    rules: ALL_RULES.map((r) => ({ meta: r.meta, severity: r.meta.severity })),
    exitCode: errors.length ? 2 : failOn !== 'none' && active.some((f) => rank(f.severity) >= rank(failOn)) ? 1 : 0,
    ...extra,
  };
}

const OPTIONS: ReportOptions = { color: false, showSuppressed: false, root: ROOT, quiet: false };

async function render(format: FormatName, result: LintResult, options: Partial<ReportOptions> = {}): Promise<string> {
  return (await loadReporter(format))(result, { ...OPTIONS, ...options });
}

/** A mixed result: a tricky error in an odd path, a warning, an info, a suppressed error, two input errors. */
function mixed(): LintResult {
  return resultOf(
    [
      finding({ message: TRICKY, file: ODD_FILE, line: 14, col: 26, endCol: 30 }),
      finding({ ruleId: 'latest-tag', severity: 'warning', message: 'image "busybox" has no tag', line: 20, col: 14, endCol: 21 }),
      finding({ ruleId: 'shared-volume-readonly', severity: 'info', message: 'mount it readOnly', line: 23, col: 11, endLine: 25, endCol: 1 }),
      finding({ message: 'port 9090 is taken', line: 30, suppressed: { kind: 'comment', reason: 'the proxy is off "here" & <there>' } }),
    ],
    {},
    [
      { file: 'k8s/missing.yaml', message: 'no such file or folder' },
      { message: 'kube version "1.x" is not of the form 1.30' },
    ],
  );
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['testsuite', 'testcase', 'file', 'error'].includes(name),
});

describe('reporters', () => {
  it('are all registered and accepted by the CLI', async () => {
    expect(FORMATS).to.include.members(['junit', 'checkstyle', 'codeclimate', 'github', 'markdown']);
    for (const f of FORMATS) expect(await loadReporter(f)).to.be.a('function');
    const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-formats-'));
    writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: "x:1", ports: [{containerPort: 80}]}\n    - {name: b, image: "y:1", ports: [{containerPort: 80}]}\n');
    const bin = join(projectRoot, 'bin', 'sidecar-lint.js');
    const args = ['--no-config', 'pod.yaml', ...['junit', 'checkstyle', 'codeclimate', 'github', 'markdown'].flatMap((f) => ['-f', `${f}:out/report.${f}`])];
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_WORKSPACE: '' } });
    expect(r.status, r.stderr).to.equal(1);
    expect(XMLValidator.validate(readFileSync(join(dir, 'out/report.junit'), 'utf8'))).to.equal(true);
    expect(XMLValidator.validate(readFileSync(join(dir, 'out/report.checkstyle'), 'utf8'))).to.equal(true);
    expect(JSON.parse(readFileSync(join(dir, 'out/report.codeclimate'), 'utf8'))).to.be.an('array').that.is.not.empty;
    expect(readFileSync(join(dir, 'out/report.github'), 'utf8')).to.match(/^::error file=pod\.yaml,line=7,/m);
    expect(readFileSync(join(dir, 'out/report.markdown'), 'utf8')).to.match(/\[port-conflict\]\(https:/);
    const bad = spawnSync(process.execPath, [bin, '--no-config', '-f', 'xml', 'pod.yaml'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/--format xml: expected stylish, compact, .*codeclimate, github or markdown/);
  });

  describe('junit', () => {
    it('is valid XML with a suite per file, failures at fail-on, passing cases below it', async () => {
      const text = await render('junit', mixed());
      expect(XMLValidator.validate(text)).to.equal(true);
      const doc = xml.parse(text).testsuites;
      const suites = doc.testsuite as { name: string; tests: string; failures: string; errors: string; testcase: Record<string, unknown>[] }[];
      const odd = suites.find((s) => s.name === ODD_FILE)!;
      expect(odd.testcase[0]!.classname).to.equal(ODD_FILE);
      const failure = odd.testcase[0]!.failure as Record<string, string>;
      expect(failure.message).to.equal(TRICKY);
      expect(failure.type).to.equal('error');
      expect(failure['#text']).to.contain(TRICKY).and.contain(`${ODD_FILE}:14:26`).and.contain('rules/port-conflict/README.md');
      const pod = suites.find((s) => s.name === 'k8s/pod.yaml')!;
      // Warning and info are below fail-on error: passing test cases that carry their text.
      expect(pod.testcase.map((c) => Boolean(c.failure))).to.deep.equal([false, false]);
      expect(String(pod.testcase[0]!['system-out'])).to.match(/^warning: image "busybox" has no tag/);
      expect(pod.failures).to.equal('0');
      // Suppressed: left out by default...
      expect(text).not.to.contain('port 9090');
      // ...and skipped with --show-suppressed.
      const shown = xml.parse(await render('junit', mixed(), { showSuppressed: true })).testsuites;
      const skipped = (shown.testsuite as { testcase: Record<string, unknown>[] }[]).flatMap((s) => s.testcase).find((c) => c.skipped)!;
      expect((skipped.skipped as Record<string, string>).message).to.equal('suppressed (comment): the proxy is off "here" & <there>: port 9090 is taken');
      expect(shown.skipped).to.equal('1');
      // Input errors: <error> in the "input" suite; totals add up.
      const input = suites.find((s) => s.name === 'input')!;
      expect(input.errors).to.equal('2');
      expect((input.testcase[0]!.error as Record<string, string>[])[0]!.message).to.equal('no such file or folder');
      expect(doc.tests).to.equal('5');
      expect(doc.failures).to.equal('1');
      expect(doc.errors).to.equal('2');
    });

    it('fails warnings with fail-on warning, nothing with fail-on none', async () => {
      const warn = xml.parse(await render('junit', resultOf(mixed().findings, { failOn: 'warning' }))).testsuites;
      expect(warn.failures).to.equal('2');
      const none = xml.parse(await render('junit', resultOf(mixed().findings, { failOn: 'none' }))).testsuites;
      expect(none.failures).to.equal('0');
    });

    it('replaces characters XML cannot hold', async () => {
      const text = await render('junit', resultOf([finding({ message: 'bell \u0007 and NUL \u0000 and lone \ud800 end' })]));
      expect(XMLValidator.validate(text)).to.equal(true);
      expect(text).to.contain('bell \uFFFD and NUL \uFFFD and lone \uFFFD end');
    });
  });

  describe('checkstyle', () => {
    it('lists every file, its errors with checkstyle severities and sidecar-lint.<rule> sources', async () => {
      const text = await render('checkstyle', mixed(), { showSuppressed: true });
      expect(XMLValidator.validate(text)).to.equal(true);
      const doc = xml.parse(text).checkstyle;
      expect(doc.version).to.equal('4.3');
      const files = doc.file as { name: string; error?: Record<string, string>[] }[];
      const odd = files.find((f) => f.name === ODD_FILE)!;
      expect(odd.error![0]).to.deep.equal({ line: '14', column: '26', severity: 'error', message: TRICKY, source: 'sidecar-lint.port-conflict' });
      const pod = files.find((f) => f.name === 'k8s/pod.yaml')!;
      expect(pod.error!.map((e) => e.severity)).to.deep.equal(['warning', 'info', 'ignore']);
      expect(pod.error![2]!.message).to.equal('port 9090 is taken (suppressed: the proxy is off "here" & <there>)');
      const missing = files.find((f) => f.name === 'k8s/missing.yaml')!;
      expect(missing.error![0]).to.include({ severity: 'error', source: 'sidecar-lint.input-error', message: 'no such file or folder' });
      expect(files.find((f) => f.name === '<input>')!.error![0]!.message).to.match(/^kube version "1\.x"/);
      // Without --show-suppressed the suppressed finding is not there at all.
      expect(await render('checkstyle', mixed())).not.to.contain('9090');
    });
  });

  describe('codeclimate', () => {
    it('is GitLab Code Quality: required fields, severities, repo-relative paths', async () => {
      const issues = JSON.parse(await render('codeclimate', mixed(), { showSuppressed: true })) as Record<string, any>[];
      expect(issues).to.have.length(5); // 3 findings (the suppressed one never) + 2 input errors
      for (const i of issues) {
        expect(i).to.include.keys('description', 'check_name', 'fingerprint', 'severity', 'location');
        expect(i.location.path).to.be.a('string').and.not.match(/^\//);
        expect(i.location.lines.begin).to.be.a('number');
        expect(['info', 'minor', 'major', 'critical', 'blocker']).to.include(i.severity);
      }
      expect(issues[0]).to.deep.include({ check_name: 'port-conflict', description: TRICKY, severity: 'major', type: 'issue' });
      expect(issues[0]!.location).to.deep.equal({ path: ODD_FILE, lines: { begin: 14, end: 14 } });
      expect(issues.map((i) => i.severity)).to.deep.equal(['major', 'minor', 'info', 'blocker', 'blocker']);
      expect(issues[3]).to.deep.include({ check_name: 'input-error', description: 'no such file or folder' });
      expect(issues[3]!.location.path).to.equal('k8s/missing.yaml');
      expect(JSON.stringify(issues)).not.to.contain('9090');
    });

    it('gives unique fingerprints that survive lines moving', async () => {
      const same = (line: number) => finding({ message: 'duplicate key "kind"', object: { kind: 'Pod', name: 'web' }, line });
      const before = JSON.parse(await render('codeclimate', resultOf([same(10), same(20), same(30)]))) as { fingerprint: string }[];
      const prints = before.map((i) => i.fingerprint);
      expect(new Set(prints).size).to.equal(3);
      const after = JSON.parse(await render('codeclimate', resultOf([same(12), same(22), same(32)]))) as { fingerprint: string }[];
      expect(after.map((i) => i.fingerprint)).to.deep.equal(prints);
    });

    it('makes paths relative to the repository root, not the working folder', async () => {
      const r = resultOf([finding({ file: 'pod.yaml' })], { cwd: '/repo/deploy' });
      expect((JSON.parse(await render('codeclimate', r)) as { location: { path: string } }[])[0]!.location.path).to.equal('deploy/pod.yaml');
    });
  });

  describe('github', () => {
    /** Parses `::cmd k=v,k=v::msg` as the runner does, undoing GitHub's escaping. */
    function parseCommands(text: string) {
      const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
      return text
        .trimEnd()
        .split('\n')
        .map((line) => {
          const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
          expect(m, line).to.not.equal(null);
          const props: Record<string, string> = {};
          for (const kv of (m![2] ?? '').split(',').filter(Boolean)) {
            const eq = kv.indexOf('=');
            props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
          }
          return { command: m![1]!, props, message: unescape(m![3]!) };
        });
    }

    it('escapes messages and properties the way the runner reads them', async () => {
      const text = await render('github', mixed());
      // Nothing unescaped that would end a property or the line.
      for (const line of text.trimEnd().split('\n')) {
        const [, props] = /^::\w+ ?([^:]*)::/.exec(line) ?? [];
        for (const kv of (props ?? '').split(',')) expect(kv === '' || /^[a-zA-Z]+=[^,:]*$/.test(kv), kv).to.equal(true);
      }
      const cmds = parseCommands(text);
      const inputErrors = cmds.slice(0, 2);
      expect(inputErrors[0]).to.deep.equal({ command: 'error', props: { file: 'k8s/missing.yaml', title: 'sidecar-lint: input error' }, message: 'no such file or folder' });
      expect(inputErrors[1]!.props.file).to.equal(undefined);
      const tricky = cmds[2]!;
      expect(tricky.command).to.equal('error');
      expect(tricky.props).to.deep.equal({ file: ODD_FILE, line: '14', endLine: '14', col: '26', endColumn: '29', title: 'port-conflict' });
      expect(tricky.message).to.equal(`${TRICKY}\nhttps://github.com/sidecar-lint/sidecar-lint/blob/main/rules/port-conflict/README.md`);
      expect(text).to.contain('isn\'t 100%25 ready').and.contain('%0Asecond line');
      expect(text).to.contain('file=k8s/we%2Cird%3Adir/my pod.yaml,');
      expect(cmds[3]).to.deep.include({ command: 'warning' });
      // A range over several lines: no columns; ending at column 1 ends on the line before.
      expect(cmds[4]).to.deep.include({ command: 'notice', props: { file: 'k8s/pod.yaml', line: '23', endLine: '24', title: 'shared-volume-readonly' } });
      expect(cmds).to.have.length(5);
      // Suppressed findings only with --show-suppressed, as notices.
      const shown = parseCommands(await render('github', mixed(), { showSuppressed: true }));
      expect(shown[5]).to.deep.include({ command: 'notice' });
      expect(shown[5]!.props.title).to.equal('port-conflict (suppressed)');
      expect(shown[5]!.message).to.match(/^port 9090 is taken \(suppressed: the proxy is off "here" & <there>\)/);
    });

    it('says when GitHub will drop annotations, and caps them on request', async () => {
      const many = resultOf([
        ...Array.from({ length: 13 }, (_, i) => finding({ line: 10 + i })),
        ...Array.from({ length: 4 }, (_, i) => finding({ severity: 'warning', ruleId: 'latest-tag', line: 40 + i })),
        ...Array.from({ length: 11 }, (_, i) => finding({ severity: 'info', ruleId: 'shared-volume-readonly', line: 60 + i })),
      ]);
      const all = parseCommands(await render('github', many));
      expect(all[0]!.command).to.equal('notice');
      expect(all[0]!.message).to.match(/at most 10 errors, 10 warnings and 10 notices per step: 5 findings below \(3 errors, 0 warnings, 2 notices\)/);
      expect(all).to.have.length(1 + 28);
      const capped = parseCommands(githubAnnotations(many, OPTIONS, { cap: true, more: (h, t) => `${t} more: ${h.error}/${h.warning}/${h.notice}` }));
      const count = (c: string) => capped.filter((x) => x.command === c).length;
      expect(count('error')).to.equal(10);
      expect(count('warning')).to.equal(4);
      expect(count('notice')).to.equal(10); // 9 findings + the note about the rest
      expect(capped.at(-1)).to.deep.equal({ command: 'notice', props: { title: 'sidecar-lint' }, message: '5 more: 3/0/2' });
      // Exactly at the caps: nothing dropped, no note.
      const ten = parseCommands(githubAnnotations(resultOf(Array.from({ length: 10 }, (_, i) => finding({ line: i + 1 }))), OPTIONS, { cap: true }));
      expect(ten.map((c) => c.command)).to.deep.equal(Array(10).fill('error'));
    });
  });

  describe('markdown', () => {
    it('summarises counts and tables every finding with a docs link, escaped', async () => {
      const text = await render('markdown', mixed(), { blobUrl: 'https://github.com/o/r/blob/abc123' });
      expect(text).to.match(/^## sidecar-lint: ✖ input errors$/m);
      expect(text).to.match(/^\| 🔴 error \| 1 \|$/m);
      expect(text).to.match(/^\| 🟠 warning \| 1 \|$/m);
      expect(text).to.match(/^\| 🔵 info \| 1 \|$/m);
      expect(text).to.match(/^\| suppressed \| 1 \|$/m);
      expect(text).to.match(/^\| input errors \| 2 \|$/m);
      expect(text).to.match(/^- k8s/m);
      const rows = text.split('\n').filter((l) => /^\| (🔴|🟠|🔵) \w+ \| .*\[/.test(l));
      expect(rows).to.have.length(3);
      const tricky = rows[0]!;
      // One table row: four cells, so no raw pipe or line break from the message.
      expect(tricky.split(/(?<!\\)\|/).length).to.equal(6);
      expect(tricky).to.contain('container "a&lt;b&gt;&amp;c" isn\'t 100% ready \\| \\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\]\\]&gt; &lt;\\!-- --&gt;<br>second line: done, ok');
      expect(tricky).to.contain('[port-conflict](https://github.com/sidecar-lint/sidecar-lint/blob/main/rules/port-conflict/README.md)');
      expect(tricky).to.contain('[k8s/we,ird:dir/my pod.yaml:14:26](https://github.com/o/r/blob/abc123/k8s/we%2Cird%3Adir/my%20pod.yaml#L14)');
      expect(text).not.to.contain('9090');
      expect(await render('markdown', mixed(), { showSuppressed: true })).to.match(/port 9090 is taken _\(suppressed: the proxy is off "here" &amp; &lt;there&gt;\)_/);
    });

    it('cuts the table to a byte budget and says how many rows are left out', () => {
      const many = resultOf(Array.from({ length: 500 }, (_, i) => finding({ line: i + 1, message: 'x'.repeat(200) })));
      const text = markdownReport(many, OPTIONS, { maxBytes: 20_000, moreHint: 'see the SARIF file' });
      expect(Buffer.byteLength(text)).to.be.at.most(20_000);
      const shown = text.split('\n').filter((l) => l.startsWith('| 🔴 error | k8s')).length;
      expect(shown).to.be.above(10).and.below(500);
      expect(text).to.contain(`… and ${500 - shown} more findings not listed here (the summary is limited in size): see the SARIF file.`);
    });

    it('says so when nothing was found', async () => {
      const text = await render('markdown', resultOf([]));
      expect(text).to.match(/^## sidecar-lint: ✔ no problems$/m);
      expect(text).not.to.contain('### Findings');
    });
  });

  describe('problem matcher for compact output', () => {
    const config = JSON.parse(readFileSync(join(projectRoot, '.github', 'sidecar-lint-matcher.json'), 'utf8')) as {
      problemMatcher: { owner: string; severity?: string; pattern: { regexp: string; [k: string]: string | number }[] }[];
    };
    /** Applies the matchers as the runner does: the first that matches a line wins. */
    function match(line: string) {
      for (const m of config.problemMatcher) {
        const p = m.pattern[0]!;
        const g = new RegExp(p.regexp).exec(line);
        if (!g) continue;
        const at = (k: string) => (typeof p[k] === 'number' ? g[p[k] as number] : undefined);
        return { owner: m.owner, file: at('file'), line: at('line'), column: at('column'), severity: at('severity') ?? m.severity, message: at('message'), code: at('code') };
      }
      return undefined;
    }

    it('matches real compact output: file, line, column, severity, message, code', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-matcher-'));
      mkdirSync(join(dir, 'we,ird:dir'));
      writeFileSync(
        join(dir, 'we,ird:dir', 'pod.yaml'),
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: app, image: "nginx:latest", ports: [{containerPort: 80}]}\n    - {name: "side[car]", image: "y:1", ports: [{containerPort: 80}]}\n',
      );
      const result = await lint(['.'], { cwd: dir, config: false });
      const text = (await loadReporter('compact'))(result, { ...OPTIONS, root: dir });
      const lines = text.trimEnd().split('\n');
      expect(lines.length).to.be.above(1);
      for (const [i, line] of lines.entries()) {
        const f = result.findings[i]!;
        const m = match(line);
        expect(m, line).to.not.equal(undefined);
        expect(m).to.deep.equal({
          owner: f.severity === 'info' ? 'sidecar-lint-info' : 'sidecar-lint',
          file: 'we,ird:dir/pod.yaml',
          line: String(f.range.start.line),
          column: String(f.range.start.column),
          severity: f.severity === 'info' ? 'notice' : f.severity,
          message: f.message,
          code: f.ruleId,
        });
      }
      expect(lines.some((l) => match(l)?.message?.includes('"side[car]"'))).to.equal(true);
      // Severities the runner understands only; suppressed lines are not annotated.
      expect(match('a.yaml:1:2: info: shared [x] [shared-volume-readonly]')).to.include({ severity: 'notice', message: 'shared [x]', code: 'shared-volume-readonly' });
      expect(match('a.yaml:1:2: error: taken [port-conflict] (suppressed)')).to.equal(undefined);
      expect(match('C:\\k8s\\a.yaml:3:4: warning: w [latest-tag]')).to.include({ file: 'C:\\k8s\\a.yaml', line: '3' });
    });

    it('is a config the runner accepts', () => {
      const owners = new Set<string>();
      for (const m of config.problemMatcher) {
        expect(m.owner).to.be.a('string').and.not.equal('');
        expect(owners.has(m.owner.toLowerCase())).to.equal(false);
        owners.add(m.owner.toLowerCase());
        expect(['', 'error', 'warning', 'notice']).to.include((m.severity ?? '').toLowerCase());
        const groups = new RegExp(m.pattern[0]!.regexp + '|').exec('')!.length - 1;
        for (const k of ['file', 'line', 'column', 'severity', 'message', 'code']) {
          const v = m.pattern[0]![k];
          if (v !== undefined) expect(v).to.be.within(1, groups);
        }
      }
    });
  });
});
