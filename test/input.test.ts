// Bad input gets a clear error naming the file, and the rest of the run goes on.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../src/index.js';
import { SourceFile } from '../src/yaml/source.js';
import { projectRoot } from './helpers.js';

const GOOD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\nspec:\n  containers:\n    - {name: a, image: "x:1", ports: [{containerPort: 80}]}\n    - {name: b, image: "y:1", ports: [{containerPort: 80}]}\n';

describe('input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-input-'));
  const write = (name: string, data: string | Uint8Array) => {
    writeFileSync(join(dir, name), data);
    return name;
  };
  const lintHere = (paths: string[], options = {}) => lint(paths, { cwd: dir, config: false, ...options });
  const clash = (r: Awaited<ReturnType<typeof lint>>) => r.findings.filter((f) => f.ruleId === 'port-conflict').length;

  it('rejects a binary file and still lints the others', async () => {
    const bin = write('image.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const good = write('good.yaml', GOOD);
    const r = await lintHere([bin, good]);
    expect(r.errors).to.deep.equal([{ file: 'image.yaml', message: 'binary file (it holds NUL bytes), not YAML' }]);
    expect(clash(r)).to.equal(1);
    expect(r.exitCode).to.equal(2);
  });

  it('rejects invalid UTF-8 and says where', async () => {
    const bad = write('latin1.yaml', Buffer.concat([Buffer.from('a: 1\nb: caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const r = await lintHere([bad]);
    expect(r.errors).to.deep.equal([{ file: 'latin1.yaml', message: 'not valid UTF-8 (first bad byte at line 2, column 7)' }]);
  });

  it('reads UTF-16 with a byte order mark', async () => {
    const text = '\ufeff' + GOOD;
    const utf16 = Buffer.from(text, 'utf16le');
    const r = await lintHere([write('utf16.yaml', utf16)]);
    expect(r.errors).to.deep.equal([]);
    expect(clash(r)).to.equal(1);
  });

  it('refuses a file over the size limit, naming the option that raises it', async () => {
    const big = write('big.yaml', 'a: ' + 'x'.repeat(2 * 1024 * 1024) + '\n');
    const r = await lintHere([big], { maxFileSize: 1024 * 1024 });
    expect(r.errors[0]!.message).to.match(/file is 2\.0 MiB, over the 1 MiB limit \(raise it with --max-file-size\)/);
  });

  it('reports an unreadable path (a socket) and goes on', async () => {
    const sock = join(dir, 'sock.yaml');
    const server: Server = await new Promise((resolve) => {
      const s = createServer().listen(sock, () => resolve(s));
    });
    try {
      const r = await lintHere(['sock.yaml', write('good2.yaml', GOOD)]);
      expect(r.errors).to.have.length(1);
      expect(r.errors[0]!.file).to.equal('sock.yaml');
      expect(r.errors[0]!.message).to.match(/^cannot read: E/);
      expect(clash(r)).to.equal(1);
    } finally {
      server.close();
    }
  });

  it('does not loop on a symlink cycle and lints each file once', async () => {
    mkdirSync(join(dir, 'tree', 'a'), { recursive: true });
    writeFileSync(join(dir, 'tree', 'a', 'pod.yaml'), GOOD);
    symlinkSync('..', join(dir, 'tree', 'a', 'up'));
    symlinkSync('a', join(dir, 'tree', 'same'));
    symlinkSync('missing-target', join(dir, 'tree', 'dangling.yaml'));
    const r = await lintHere(['tree']);
    expect(r.errors).to.deep.equal([]);
    expect(r.files).to.deep.equal(['tree/a/pod.yaml']);
    expect(r.notes.join('\n')).to.match(/symlink loop/);
    expect(r.notes.join('\n')).to.match(/dangling\.yaml: broken symlink/);
  });

  it('honours ignore patterns for folders and files', async () => {
    mkdirSync(join(dir, 'repo', 'charts', 'x'), { recursive: true });
    mkdirSync(join(dir, 'repo', 'k8s'), { recursive: true });
    writeFileSync(join(dir, 'repo', 'charts', 'x', 'pod.yaml'), GOOD);
    writeFileSync(join(dir, 'repo', 'k8s', 'pod.yaml'), GOOD);
    writeFileSync(join(dir, 'repo', 'k8s', 'pod.generated.yaml'), GOOD);
    const r = await lintHere(['repo'], { ignore: ['charts/', '*.generated.yaml'] });
    expect(r.files).to.deep.equal(['repo/k8s/pod.yaml']);
  });

  it('reads .json manifests and passes over other files in folders', async () => {
    mkdirSync(join(dir, 'mixed'));
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' }, spec: { containers: [{ name: 'a', image: 'x:1', ports: [{ containerPort: 1 }] }, { name: 'b', image: 'x:1', ports: [{ containerPort: 1 }] }] } });
    writeFileSync(join(dir, 'mixed', 'pod.json'), json);
    writeFileSync(join(dir, 'mixed', 'README.md'), '# hi');
    const secondPort = json.lastIndexOf('"containerPort":1') + '"containerPort":'.length + 1;
    const r = await lintHere(['mixed']);
    expect(r.files).to.deep.equal(['mixed/pod.json']);
    expect(r.findings.find((f) => f.ruleId === 'port-conflict')!.range.start).to.deep.equal({ line: 1, column: secondPort });
  });

  it('a file whose text was let go is read again when asked, and a changed file says so', () => {
    const text = 'a: 1\nb:\n  - x\n';
    const source = new SourceFile('f.yaml', text);
    const before = source.range(8, 13);
    let reads = 0;
    source.releaseText(() => {
      reads++;
      return text;
    });
    expect(source.range(8, 13)).to.deep.equal(before); // line starts are kept: no read
    expect(reads).to.equal(0);
    expect(source.text).to.equal(text);
    expect(source.line(3)).to.equal('  - x');
    expect(reads).to.equal(1);
    const changed = new SourceFile('g.yaml', text);
    changed.releaseText(() => text + '# edited meanwhile\n');
    expect(() => changed.text).to.throw('g.yaml changed on disk while it was linted');
  });

  it("without the model, what a run keeps holds no file's text, and late findings still land exactly", async () => {
    const paths = ['rules/shared-volume-readonly/fixtures', 'rules/service-targetport-mismatch/fixtures', 'rules/selector-label-mismatch/fixtures'];
    const full = await lint(paths, { cwd: projectRoot, config: false });
    expect(full.findings.some((f) => f.ruleId === 'shared-volume-readonly')).to.equal(true);
    // This thread alone, and with a worker thread (whose files come back as copies).
    for (const threads of [1, 2]) {
      const lean = await lint(paths, { cwd: projectRoot, config: false, keepModel: false, threads });
      expect(lean.findings).to.deep.equal(full.findings);
      // A late finding (from a rule that relates files) may read its file again; the other files stay let go.
      const late = new Set(['shared-volume-readonly', 'service-targetport-mismatch', 'selector-label-mismatch', 'duplicate-port-name', 'schema']);
      const reported = new Set(lean.findings.filter((f) => late.has(f.ruleId)).map((f) => f.file));
      const quiet = lean.documents.filter((d) => !reported.has(d.source.path));
      expect(quiet.length).to.be.greaterThan(0);
      for (const doc of quiet) expect((doc.source as unknown as { held?: string }).held, `${doc.source.path}, ${threads} thread(s)`).to.equal(undefined);
    }
  });

  it('files read again for late findings let their text go again, all but the last few', async () => {
    // Twelve files, each with a late finding (shared-volume-readonly relates containers after the run).
    const dir = mkdtempSync(join(tmpdir(), 'late-'));
    const text = readFileSync(join(projectRoot, 'rules/shared-volume-readonly/fixtures/invalid/tail-sidecars-writable.yaml'), 'utf8');
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `app-${i}.yaml`), text);
    for (const threads of [1, 2]) {
      const lean = await lint(dir, { config: false, keepModel: false, threads });
      const reported = new Set(lean.findings.filter((f) => f.ruleId === 'shared-volume-readonly').map((f) => f.file));
      expect(reported.size).to.equal(12);
      const holding = new Set(lean.documents.map((d) => d.source).filter((s) => (s as unknown as { held?: string }).held !== undefined));
      expect(holding.size, `${threads} thread(s)`).to.be.within(1, 4);
    }
  });
});
