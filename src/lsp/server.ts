// The language server: `sidecar-lint lsp --stdio`. Diagnostics while typing, quick fixes from the
// same fixes --fix applies, and suppression actions. It lints the buffer in memory with the same
// engine as the CLI, honouring the .sidecar-lint.yaml found upward from the file.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  CodeActionKind,
  type Diagnostic,
  type CodeAction,
  type Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../engine/lint.js';
import { findConfig } from '../config/config.js';
import type { Finding, Severity } from '../types.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Typing pauses shorter than this coalesce into one lint. */
const DEBOUNCE_MS = 150;

/** What a diagnostic carries for its code actions. */
interface DiagnosticData {
  ruleId: string;
  fix?: { description: string; edits: { start: number; end: number; text: string }[] };
  object?: boolean;
}

function fsPathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** YAML and JSON buffers that look like Kubernetes manifests; anything else gets no diagnostics. */
function isManifest(doc: TextDocument): boolean {
  const lang = doc.languageId;
  const byName = /\.(ya?ml|json)$/i.test(doc.uri);
  if (!(lang === 'yaml' || lang === 'json' || byName)) return false;
  return /(^|\n)\s*"?(apiVersion|kind)"?\s*:/.test(doc.getText());
}

export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: {
      start: { line: f.range.start.line - 1, character: f.range.start.column - 1 },
      end: { line: f.range.end.line - 1, character: f.range.end.column - 1 },
    },
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: f.docsUrl ? { href: f.docsUrl } : undefined,
    source: 'sidecar-lint',
    message: f.message,
    data: { ruleId: f.ruleId, fix: f.fix, object: f.object !== undefined } satisfies DiagnosticData,
  };
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();

  const validate = async (doc: TextDocument): Promise<void> => {
    if (!isManifest(doc)) {
      await connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const file = fsPathOf(doc.uri);
    const version = doc.version;
    const result = await lintText(doc.getText(), file ? path.basename(file) : doc.uri, {
      // Read fresh on every lint: a changed .sidecar-lint.yaml applies at once.
      config: (file && findConfig(path.dirname(file))) || false,
      cwd: file ? path.dirname(file) : undefined,
    });
    if (documents.get(doc.uri)?.version !== version) return; // a newer edit is on its way
    const diagnostics = result.findings.filter((f) => !f.suppressed).map(toDiagnostic);
    for (const e of result.errors) {
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: 'sidecar-lint',
        message: `${e.file ? e.file + ': ' : ''}${e.message}`,
      });
    }
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  };

  const schedule = (doc: TextDocument, delay = DEBOUNCE_MS) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        validate(doc).catch((err) => connection.console.error(`sidecar-lint: ${(err as Error).stack ?? err}`));
      }, delay),
    );
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'sidecar-lint' },
  }));

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  // A changed configuration file: lint every open manifest again.
  connection.onDidChangeWatchedFiles(() => {
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    for (const d of params.context.diagnostics) {
      if (d.source !== 'sidecar-lint') continue;
      const data = d.data as DiagnosticData | undefined;
      if (!data?.ruleId) continue;
      if (data.fix) {
        actions.push({
          title: `${data.fix.description} (${data.ruleId})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: {
            changes: {
              [doc.uri]: data.fix.edits.map((e) => ({
                range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
                newText: e.text,
              })),
            },
          },
        });
      }
      // Suppress on this line: a comment above it, indented like it.
      const line = d.range.start.line;
      const lineText = doc.getText({ start: { line, character: 0 }, end: { line, character: 10_000 } });
      const indent = /^[ \t]*/.exec(lineText)![0].replace(/-\s*$/, '');
      actions.push({
        title: `Disable ${data.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: {
          changes: {
            [doc.uri]: [
              {
                range: { start: { line, character: 0 }, end: { line, character: 0 } },
                newText: `${indent}# sidecar-lint-disable-next-line ${data.ruleId} -- reason\n`,
              },
            ],
          },
        },
      });
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
