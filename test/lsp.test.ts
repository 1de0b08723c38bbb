// The language server end to end: a real JSON-RPC client over stdio, as an editor talks to it.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { lintText } from '../src/index.js';
import { projectRoot, CLASH } from './helpers.js';

interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  message: string;
  source: string;
  codeDescription?: { href: string };
  data?: unknown;
}

describe('lsp', function () {
  this.timeout(20_000);
  const dir = mkdtempSync(join(tmpdir(), 'sidecar-lint-lsp-'));
  const file = join(dir, 'pod.yaml');
  const uri = pathToFileURL(file).href;
  let child: ChildProcess;
  let conn: MessageConnection;
  const published: { uri: string; diagnostics: Diag[] }[] = [];
  let waiters: (() => void)[] = [];

  /** The next diagnostics published for our file after `action`. */
  async function nextDiagnostics(action: () => void | Promise<void>): Promise<Diag[]> {
    const seen = published.length;
    await action();
    for (;;) {
      const hit = published.slice(seen).find((p) => p.uri === uri);
      if (hit) return hit.diagnostics;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  }

  before(async () => {
    writeFileSync(file, CLASH);
    child = spawn(process.execPath, [join(projectRoot, 'bin', 'sidecar-lint.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diag[] }) => {
      published.push(p);
      const w = waiters;
      waiters = [];
      for (const resolve of w) resolve();
    });
    conn.listen();
    const init = (await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {} })) as {
      capabilities: { textDocumentSync: number; codeActionProvider: unknown };
    };
    expect(init.capabilities.textDocumentSync).to.equal(2);
    await conn.sendNotification('initialized', {});
  });

  after(async () => {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    await new Promise((resolve) => child.once('exit', resolve));
    conn.dispose();
  });

  it('publishes diagnostics with 0-based positions, rule ids and docs links on open', async () => {
    const diags = await nextDiagnostics(() =>
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: CLASH } }),
    );
    const clash = diags.find((d) => d.code === 'port-conflict')!;
    expect(clash.range).to.deep.equal({ start: { line: 13, character: 25 }, end: { line: 13, character: 29 } });
    expect(clash.severity).to.equal(1);
    expect(clash.source).to.equal('sidecar-lint');
    expect(clash.codeDescription!.href).to.match(/rules\/port-conflict\/README\.md$/);
  });

  it('lints again on change', async () => {
    const fixedPort = CLASH.replace(/containerPort: 8080\n$/, 'containerPort: 8081\n');
    const diags = await nextDiagnostics(() =>
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixedPort }] }),
    );
    expect(diags.map((d) => d.code)).to.not.include('port-conflict');
  });

  it('offers the quick fix a rule carries, and a suppression comment', async () => {
    const text = `${CLASH.replace(/containerPort: 8080\n$/, 'containerPort: 8081\n')}      env:\n        - {name: DEBUG, value: yes}\n`;
    const diags = await nextDiagnostics(() =>
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text }] }),
    );
    const yes = diags.find((d) => d.code === 'yaml11-value')!;
    expect(yes, JSON.stringify(diags.map((d) => d.code))).to.exist;
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: yes.range,
      context: { diagnostics: [yes] },
    })) as { title: string; edit: { changes: Record<string, { range: Diag['range']; newText: string }[]> } }[];
    const quote = actions.find((a) => a.title.startsWith('quote'))!;
    expect(quote.edit.changes[uri]).to.deep.equal([{ range: yes.range, newText: '"yes"' }]);
    const disable = actions.find((a) => a.title === 'Disable yaml11-value for this line')!;
    expect(disable.edit.changes[uri]![0]!.newText).to.equal('        # sidecar-lint-disable-next-line yaml11-value -- reason\n');
  });

  it('honours the configuration file and reloads it when it changes', async () => {
    writeFileSync(join(dir, '.sidecar-lint.yaml'), 'rules:\n  yaml11-value: off\n');
    const diags = await nextDiagnostics(() =>
      conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.sidecar-lint.yaml')).href, type: 1 }] }),
    );
    expect(diags.map((d) => d.code)).to.not.include('yaml11-value');
  });

  it('is fast enough for every keystroke on a 1,000-line manifest (figure printed)', async () => {
    const many = Array.from({ length: 70 }, (_, i) => CLASH.replace('name: web', `name: web-${i}`)).join('---\n');
    const lines = many.split('\n').length;
    await lintText(many, 'warm.yaml');
    const started = performance.now();
    const result = await lintText(many, 'big.yaml');
    const ms = performance.now() - started;
    console.log(`      lintText on ${lines} lines, ${result.objects.length} objects: ${ms.toFixed(1)} ms`);
    expect(result.findings.filter((f) => f.ruleId === 'port-conflict')).to.have.length(70);
  });
});
