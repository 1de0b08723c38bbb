// The language server end to end: a real JSON-RPC client over stdio, as an editor talks to it;
// then Neovim's own client, headless, when nvim is installed.
import { expect } from 'chai';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../src/index.js';
import { projectRoot } from './helpers.js';

const BIN = join(projectRoot, 'bin', 'sidecar-lint.js');

interface Pos {
  line: number;
  character: number;
}
interface LspRange {
  start: Pos;
  end: Pos;
}
interface Diag {
  range: LspRange;
  severity: number;
  code?: string;
  message: string;
  source: string;
  codeDescription?: { href: string };
  data?: unknown;
}
interface LspEdit {
  range: LspRange;
  newText: string;
}
interface Action {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes?: Record<string, LspEdit[]>; documentChanges?: { textDocument: { uri: string; version: number }; edits: LspEdit[] }[] };
}

/** A pod with a port clash, a YAML 1.1 value, a reader's writable mount and an unbounded emptyDir. */
const POD = `# A pod with a log shipper.
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: example/app:1.0
      ports:
        - containerPort: 8080
      env:
        - {name: DEBUG, value: yes}
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
    - name: shipper
      image: busybox:1.36
      command: ["sh", "-c", "tail -F /var/log/app/app.log"]
      ports:
        - containerPort: 8080
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
  volumes:
    - name: logs
      emptyDir: {}
`;

/** A client over stdio that records what the server publishes. */
class Client {
  readonly child: ChildProcess;
  readonly conn: MessageConnection;
  readonly published: { uri: string; version?: number; diagnostics: Diag[] }[] = [];
  readonly registrations: unknown[] = [];
  private waiters: (() => void)[] = [];

  constructor() {
    this.child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diag[] }) => {
      this.published.push(p);
      const w = this.waiters;
      this.waiters = [];
      for (const resolve of w) resolve();
    });
    this.conn.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.listen();
  }

  /** The next diagnostics published for `uri` after `action` (at least `version`, when given). */
  async next(uri: string, action: () => unknown, version?: number, timeoutMs = 10_000): Promise<Diag[]> {
    const seen = this.published.length;
    await action();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.slice(seen).find((p) => p.uri === uri && (version === undefined || p.version === undefined || p.version >= version));
      if (hit) return hit.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)));
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await exited;
    this.conn.dispose();
    return code;
  }
}

function editsOf(a: Action, uri: string): LspEdit[] {
  return a.edit.changes?.[uri] ?? a.edit.documentChanges?.find((d) => d.textDocument.uri === uri)?.edits ?? [];
}

describe('lsp', function () {
  this.timeout(30_000);
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-lsp-'));
  const file = join(dir, 'pod.yaml');
  const uri = pathToFileURL(file).href;
  let client: Client;
  /** The buffer as the client holds it. */
  let doc = TextDocument.create(uri, 'yaml', 1, POD);

  /** Changes the buffer (as an incremental edit, like an editor) and returns the diagnostics that follow. */
  async function edit(edits: LspEdit[]): Promise<Diag[]> {
    const version = doc.version + 1;
    doc = TextDocument.create(uri, 'yaml', version, TextDocument.applyEdits(doc, edits));
    return client.next(uri, () => client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) }), version);
  }

  async function actionsFor(d: Diag): Promise<Action[]> {
    return (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as Action[];
  }

  before(async () => {
    writeFileSync(file, POD);
    client = new Client();
    const init = (await client.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { textDocument: { publishDiagnostics: { dataSupport: true } } },
    })) as { capabilities: { textDocumentSync: number; codeActionProvider: { codeActionKinds: string[] } }; serverInfo: { name: string } };
    expect(init.capabilities.textDocumentSync).to.equal(2);
    expect(init.capabilities.codeActionProvider.codeActionKinds).to.include('quickfix');
    expect(init.serverInfo.name).to.equal('sidecar-lint');
    await client.conn.sendNotification('initialized', {});
  });

  after(async () => {
    if (client) expect(await client.stop(), 'exit code after shutdown and exit').to.equal(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics on open: rule ids, 0-based UTF-16 ranges, severities, docs links', async () => {
    const diags = await client.next(uri, () => client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: POD } }));
    const byRule = (id: string) => diags.find((d) => d.code === id)!;
    expect(diags.map((d) => d.code)).to.include.members(['port-conflict', 'yaml11-value', 'shared-volume-readonly', 'emptydir-size-limit']);
    // `        - containerPort: 8080` on line 21 (1-based): the value, columns 26-29.
    expect(byRule('port-conflict').range).to.deep.equal({ start: { line: 20, character: 25 }, end: { line: 20, character: 29 } });
    expect(byRule('port-conflict').severity).to.equal(1);
    expect(byRule('emptydir-size-limit').severity).to.equal(2);
    expect(byRule('shared-volume-readonly').severity).to.equal(3);
    expect(byRule('yaml11-value').range).to.deep.equal({ start: { line: 12, character: 31 }, end: { line: 12, character: 34 } });
    for (const d of diags) {
      expect(d.source).to.equal('sidecar-lint');
      expect(d.codeDescription!.href).to.match(new RegExp(`rules/${d.code}/README\\.md$`));
    }
  });

  it('lints again after an incremental change', async () => {
    const diags = await edit([{ range: { start: { line: 20, character: 25 }, end: { line: 20, character: 29 } }, newText: '9090' }]);
    expect(diags.map((d) => d.code)).to.not.include('port-conflict');
    expect(diags.map((d) => d.code)).to.include('yaml11-value');
  });

  it('counts columns in UTF-16 code units', async () => {
    // An emoji (two UTF-16 units) before the YAML 1.1 value on its line.
    const line = 12;
    const diags = await edit([{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '        - {name: "🚀", value: yes}\n' }]);
    const yes = diags.find((d) => d.code === 'yaml11-value')!;
    expect(doc.getText(yes.range)).to.equal('yes');
    await edit([{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '        - {name: DEBUG, value: yes}\n' }]);
  });

  it('offers the fix a finding carries; applying it makes the finding go away', async () => {
    const diags = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const ro = diags.find((d) => d.code === 'shared-volume-readonly')!;
    const actions = await actionsFor(ro);
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).to.equal('mount it readOnly: true (shared-volume-readonly)');
    expect(fix.kind).to.equal('quickfix');
    const after = await edit(editsOf(fix, uri));
    expect(doc.getText()).to.include('        - name: logs\n          mountPath: /var/log/app\n          readOnly: true\n  volumes:\n');
    expect(after.map((d) => d.code)).to.not.include('shared-volume-readonly');

    const yes = after.find((d) => d.code === 'yaml11-value')!;
    const quote = (await actionsFor(yes)).find((a) => a.isPreferred)!;
    expect(editsOf(quote, uri)).to.deep.equal([{ range: yes.range, newText: '"yes"' }]);
    const after2 = await edit(editsOf(quote, uri));
    expect(doc.getText()).to.include('        - {name: DEBUG, value: "yes"}\n');
    expect(after2.map((d) => d.code)).to.not.include('yaml11-value');
  });

  it('offers "disable for this line": a comment the next lint honours', async () => {
    const diags = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const size = diags.find((d) => d.code === 'emptydir-size-limit')!;
    const disable = (await actionsFor(size)).find((a) => a.title === 'Disable emptydir-size-limit for this line')!;
    expect(editsOf(disable, uri)[0]!.newText).to.equal('      # sidecar-lint-disable-next-line emptydir-size-limit -- reason\n');
    const after = await edit(editsOf(disable, uri));
    expect(after.map((d) => d.code)).to.not.include('emptydir-size-limit');
    expect(doc.getText()).to.include('    - name: logs\n      # sidecar-lint-disable-next-line emptydir-size-limit -- reason\n      emptyDir: {}\n');
  });

  it('offers "disable for this object": an annotation in metadata', async () => {
    const diags = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
    const probes = diags.find((d) => d.code === 'missing-probes')!;
    const actions = await actionsFor(probes);
    const disable = actions.find((a) => a.title === 'Disable missing-probes for Pod/web (annotation)')!;
    expect(disable, actions.map((a) => a.title).join(', ')).to.exist;
    const after = await edit(editsOf(disable, uri));
    expect(doc.getText()).to.include('metadata:\n  name: web\n  annotations:\n    ignore-check.sidecar-lint.io/missing-probes: "reason"\nspec:\n');
    expect(after.map((d) => d.code)).to.not.include('missing-probes');
  });

  it('offers every fix of the buffer at once (source.fixAll)', async () => {
    const text = doc.getText();
    // Bring back two fixable findings.
    const diags = await edit([{ range: { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } }, newText: text.replace('value: "yes"', 'value: yes').replace('          readOnly: true\n', '') }]);
    expect(diags.map((d) => d.code)).to.include.members(['yaml11-value', 'shared-volume-readonly']);
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as Action[];
    expect(actions).to.have.length(1);
    expect(actions[0]!.kind).to.equal('source.fixAll.sidecar-lint');
    const after = await edit(editsOf(actions[0]!, uri));
    expect(after.map((d) => d.code)).to.not.include.members(['yaml11-value', 'shared-volume-readonly']);
    expect(doc.getText()).to.equal(text);
  });

  it('honours .sidecar-lint.yaml and lints again when it changes on disk (its own watcher)', async () => {
    const config = join(dir, '.sidecar-lint.yaml');
    const off = await client.next(uri, () => writeFileSync(config, 'rules:\n  port-conflict: off\n  missing-resources: off\n'));
    expect(off.map((d) => d.code)).to.not.include('missing-resources');
    const on = await client.next(uri, () => writeFileSync(config, 'rules:\n  missing-resources: error\n'));
    const res = on.filter((d) => d.code === 'missing-resources');
    expect(res).to.have.length(2);
    expect(res.every((d) => d.severity === 1)).to.equal(true);
  });

  it('shows an invalid configuration as a diagnostic, and lints on', async () => {
    const diags = await client.next(uri, () => writeFileSync(join(dir, '.sidecar-lint.yaml'), 'rules:\n  no-such-rule: off\n'));
    const bad = diags.find((d) => d.code === undefined && /no-such-rule/.test(d.message))!;
    expect(bad.message).to.match(/^\.sidecar-lint\.yaml: 2:3: .*no rule "no-such-rule"/);
    expect(bad.range.start).to.deep.equal({ line: 0, character: 0 });
    expect(diags.map((d) => d.code)).to.include('missing-resources');
  });

  it('lints again on workspace/didChangeWatchedFiles', async () => {
    writeFileSync(join(dir, '.sidecar-lint.yaml'), 'rules:\n  missing-resources: off\n');
    const diags = await client.next(uri, () =>
      client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.sidecar-lint.yaml')).href, type: 2 }] }),
    );
    expect(diags.map((d) => d.code)).to.not.include('missing-resources');
  });

  it('leaves YAML that holds no Kubernetes object alone, and clears diagnostics on close', async () => {
    const other = pathToFileURL(join(dir, 'values.yaml')).href;
    const none = await client.next(other, () => client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 'replicas: yes\nimage: {tag: latest}\n' } }));
    expect(none).to.deep.equal([]);
    const cleared = await client.next(uri, () => client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } }));
    expect(cleared).to.deep.equal([]);
  });

  it('lints a 1,000-line manifest again on a keystroke (the time is a figure of npm run bench:self)', async () => {
    // 40 Deployments, each with a sidecar that binds the app's port.
    const big = readFileSync(join(projectRoot, 'fixtures', 'editor', 'forty-deployments.yaml'), 'utf8');
    const lines = big.split('\n').length - 1;
    expect(lines).to.be.within(990, 1050);
    const result = await lintText(big, 'big.yaml');
    expect(result.findings.filter((f) => f.ruleId === 'port-conflict')).to.have.length(40);
    // Over the wire: a keystroke (didChange) to its diagnostics.
    const bigUri = pathToFileURL(join(dir, 'big.yaml')).href;
    const opened = await client.next(bigUri, () => client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'yaml', version: 1, text: big } }));
    expect(opened.filter((d) => d.code === 'port-conflict')).to.have.length(40);
    // The keystroke breaks the first Deployment's port: its clash goes, the other 39 stay.
    const at = big.split('\n').findIndex((l) => l.includes('containerPort: 8080'));
    const column = big.split('\n')[at]!.indexOf('8080');
    const changed = await client.next(bigUri, () => client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: 2 }, contentChanges: [{ range: { start: { line: at, character: column }, end: { line: at, character: column + 4 } }, text: '8081' }] }), 2);
    expect(changed.filter((d) => d.code === 'port-conflict')).to.have.length(39);
  });
});

describe('lsp with dynamic registration', function () {
  this.timeout(20_000);
  it('asks a client that can watch files to watch the configuration files', async () => {
    const client = new Client();
    await client.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } } } });
    await client.conn.sendNotification('initialized', {});
    const deadline = Date.now() + 5000;
    while (client.registrations.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const reg = client.registrations[0] as { method: string; registerOptions: { watchers: { globPattern: string }[] } };
    expect(reg.method).to.equal('workspace/didChangeWatchedFiles');
    expect(reg.registerOptions.watchers.map((w) => w.globPattern)).to.include('**/.sidecar-lint.yaml');
    // documentChanges: edits name the version they apply to.
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: a\n      image: a:1\n      env: [{name: X, value: on}]\n';
    const uri = 'untitled:Untitled-1';
    const diags = await client.next(uri, () => client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 7, text } }));
    const on = diags.find((d) => d.code === 'yaml11-value')!;
    const actions = (await client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: on.range, context: { diagnostics: [on] } })) as Action[];
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.edit.documentChanges![0]!.textDocument).to.deep.equal({ uri, version: 7 });
    expect(await client.stop()).to.equal(0);
  });
});

describe('lsp with Neovim (headless, its built-in client)', function () {
  this.timeout(60_000);
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  const version = nvim.status === 0 ? nvim.stdout.split('\n')[0] : undefined;

  it('shows diagnostics and applies a quick fix', function () {
    if (!version) {
      console.log('      skipped: nvim is not installed (apt-get install -y neovim)');
      this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-nvim-'));
    mkdirSync(join(dir, 'k8s'));
    const file = join(dir, 'k8s', 'pod.yaml');
    writeFileSync(file, POD);
    const out = join(dir, 'out.json');
    const lua = join(dir, 'test.lua');
    writeFileSync(
      lua,
      `
local out = {}
local id = vim.lsp.start_client({ name = 'sidecar-lint', cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(BIN)}, 'lsp', '--stdio' }, root_dir = ${JSON.stringify(dir)} })
vim.cmd('edit ' .. ${JSON.stringify(file)})
vim.bo.filetype = 'yaml'
vim.lsp.buf_attach_client(0, id)
local got = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code, message = d.message })
end
-- The quick fix for the reader's mount, as :lua vim.lsp.buf.code_action() would apply it.
local target
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp
  if lsp and lsp.code == 'shared-volume-readonly' then
    target = { range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
      code = lsp.code, data = lsp.data, message = d.message, severity = d.severity, source = d.source }
  end
end
if target then
  local res = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', { textDocument = vim.lsp.util.make_text_document_params(), range = target.range, context = { diagnostics = { target } } }, 10000)
  for _, r in pairs(res or {}) do
    for _, a in ipairs(r.result or {}) do
      if a.isPreferred then
        out.applied = a.title
        vim.lsp.util.apply_workspace_edit(a.edit, 'utf-16')
      end
    end
  end
  vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      local lsp = d.user_data and d.user_data.lsp
      if lsp and lsp.code == 'shared-volume-readonly' then return false end
    end
    return true
  end, 50)
  out.after = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out.after, d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code) end
  out.text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\\n')
end
local f = io.open(${JSON.stringify(out)}, 'w')
f:write(vim.fn.json_encode(out))
f:close()
vim.lsp.stop_client(id)
vim.cmd('qa!')
`,
    );
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-n', '-c', `luafile ${lua}`], { encoding: 'utf8', timeout: 50_000, cwd: dir });
    const result = JSON.parse(readFileSync(out, 'utf8')) as {
      diagnostics: { lnum: number; col: number; severity: number; code: string; message: string }[];
      applied?: string;
      after?: string[];
      text?: string;
    };
    console.log(`      ${version}: ${result.diagnostics.length} diagnostics, e.g. ${result.diagnostics.map((d) => `${d.lnum + 1}:${d.col + 1} ${d.code}`).slice(0, 4).join(', ')}; applied "${result.applied}"`);
    expect(r.status, r.stderr).to.equal(0);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).to.include.members(['port-conflict', 'shared-volume-readonly', 'emptydir-size-limit', 'yaml11-value']);
    const clash = result.diagnostics.find((d) => d.code === 'port-conflict')!;
    expect([clash.lnum, clash.col, clash.severity]).to.deep.equal([20, 25, 1]);
    expect(result.applied).to.equal('mount it readOnly: true (shared-volume-readonly)');
    expect(result.after).to.not.include('shared-volume-readonly');
    expect(result.text).to.include('          mountPath: /var/log/app\n          readOnly: true\n  volumes:');
    rmSync(dir, { recursive: true, force: true });
  });
});
