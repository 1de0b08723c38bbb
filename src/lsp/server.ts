// The language server: `sidecar-lint lsp --stdio`. Diagnostics while typing, quick fixes from the
// same fixes --fix applies, and suppression actions. It lints the buffer in memory with the same
// engine as the CLI, honouring the .sidecar-lint.yaml found upward from the file (loaded once,
// loaded again when it changes: the client's file watcher, or our own when the client has none).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Diagnostic,
  type CodeAction,
  type Connection,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  type Range as LspRange,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, ALL_RULES, type LintOptions, type LintResult } from '../engine/lint.js';
import { CONFIG_NAMES, findConfig, loadConfig, type Config } from '../config/config.js';
import { Matcher } from '../input/glob.js';
import type { Finding, InputError, Severity, TextEdit } from '../types.js';
import type { K8sObject } from '../model/objects.js';
import { setAnnotation } from '../fix/yaml-edits.js';
import { applyFixes, lineBreakOf } from '../fix/apply.js';
import { ANNOTATION_PREFIX } from '../engine/suppress.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Typing pauses shorter than this coalesce into one lint. */
export const DEBOUNCE_MS = 150;

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.sidecar-lint`;

/** What a diagnostic carries for its code actions. */
export interface DiagnosticData {
  ruleId: string;
  /** The document version the diagnostic (and its fix) was computed on. */
  version: number;
  /** Index of the finding in the lint result kept for that version. */
  index: number;
  fix?: { description: string; edits: LspTextEdit[] };
}

interface Linted {
  version: number;
  result: LintResult;
  /** Offsets of the findings' fixes fit the buffer (it did not have to be re-indented to parse). */
  fixable: boolean;
  diagnostics: Diagnostic[];
}

function fsPathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** YAML and JSON buffers that look like Kubernetes manifests (not Helm templates); anything else gets no diagnostics. */
export function isManifest(doc: TextDocument): boolean {
  const lang = doc.languageId;
  const byName = /\.(ya?ml|json)$/i.test(doc.uri);
  if (!(lang === 'yaml' || lang === 'json' || lang === 'jsonc' || byName)) return false;
  const text = doc.getText();
  if (/\/templates\//.test(doc.uri) && text.includes('{{')) return false;
  return /(^|\n)\s*"?(apiVersion|kind)"?\s*:/.test(text);
}

function isJson(doc: TextDocument): boolean {
  return doc.languageId === 'json' || doc.languageId === 'jsonc' || /\.json$/i.test(doc.uri) || /^\s*[{[]/.test(doc.getText());
}

function lspRange(f: Finding): LspRange {
  return {
    start: { line: f.range.start.line - 1, character: f.range.start.column - 1 },
    end: { line: f.range.end.line - 1, character: f.range.end.column - 1 },
  };
}

function lspEdits(doc: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }));
}

export function toDiagnostic(f: Finding, data?: DiagnosticData): Diagnostic {
  return {
    range: lspRange(f),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: f.docsUrl ? { href: f.docsUrl } : undefined,
    source: 'sidecar-lint',
    message: f.message,
    data,
  };
}

function sameRange(a: LspRange, b: LspRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function overlaps(a: LspRange, b: LspRange): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** A configuration file, loaded once per version of it on disk. */
interface LoadedConfig {
  file: string;
  stamp: string;
  config: Config;
  errors: InputError[];
}

/** A connection over the transport named on the command line, standard input and output when none is. */
function defaultConnection(): Connection {
  // With --stdio the library also sends console.log to the client's log rather than into the protocol.
  if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
  return createConnection(ProposedFeatures.all);
}

export function startServer(connection: Connection = defaultConnection()): Connection {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const linted = new Map<string, Linted>();
  const configs = new Map<string, LoadedConfig>();
  const watchers = new Map<string, fs.FSWatcher>();
  let roots: string[] = [];
  let client: ClientCapabilities = {};
  let clientWatches = false;
  const ruleIds = ALL_RULES.map((r) => r.meta.id);

  const stampOf = (file: string): string | undefined => {
    try {
      const s = fs.statSync(file);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return undefined;
    }
  };

  /** The configuration that applies to a file: found upward, loaded when new or changed on disk. */
  const configFor = async (file: string | undefined): Promise<LoadedConfig | undefined> => {
    if (!file) return undefined;
    const found = findConfig(path.dirname(file));
    if (!clientWatches) {
      // The configuration's folder (it changes) and the file's (one may be created there).
      watchFolder(path.dirname(file));
      if (found) watchFolder(path.dirname(found));
    }
    if (!found) return undefined;
    const stamp = stampOf(found) ?? '';
    const cached = configs.get(found);
    if (cached && cached.stamp === stamp) return cached;
    const loaded = await loadConfig(found, ruleIds);
    const entry: LoadedConfig = { file: found, stamp, config: loaded.config ?? {}, errors: loaded.errors };
    configs.set(found, entry);
    return entry;
  };

  /** Without the client's file watcher: watch the folders configurations live in (or would be created in). */
  const watchFolder = (dir: string) => {
    if (watchers.has(dir)) return;
    try {
      const w = fs.watch(dir, { persistent: false }, (_event, name) => {
        if (name && CONFIG_NAMES.includes(String(name))) configChanged();
      });
      w.on('error', () => {
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch {
      /* a folder we cannot watch: changes apply at the next lint */
    }
  };

  const configChanged = () => {
    configs.clear();
    for (const doc of documents.all()) schedule(doc, 30);
  };

  const lintOptions = (file: string | undefined, loaded: LoadedConfig | undefined): { filename: string; options: LintOptions; ignored: boolean } => {
    const root = file && roots.find((r) => file.startsWith(r + path.sep));
    const cwd = loaded ? path.dirname(loaded.file) : (root ?? (file ? path.dirname(file) : process.cwd()));
    const filename = file ? path.relative(cwd, file).split(path.sep).join('/') : '<buffer>';
    const c = loaded?.config ?? {};
    const ignored = Boolean(file && c.ignore?.length && !filename.startsWith('../') && new Matcher(c.ignore).matches(filename));
    return {
      filename,
      ignored,
      options: {
        cwd,
        config: false,
        kubeVersion: c.kubeVersion !== undefined ? String(c.kubeVersion) : undefined,
        rules: c.rules,
        failOn: c.failOn,
        reportUnusedSuppressions: c.reportUnusedSuppressions,
        limits: c.limits,
        // Relative to the configuration's folder, which is cwd here.
        policies: c.policies,
      },
    };
  };

  const validate = async (doc: TextDocument): Promise<void> => {
    if (!isManifest(doc)) {
      linted.delete(doc.uri);
      await connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    const file = fsPathOf(doc.uri);
    const version = doc.version;
    const text = doc.getText();
    const loaded = await configFor(file);
    const { filename, options, ignored } = lintOptions(file, loaded);
    if (ignored) {
      linted.delete(doc.uri);
      await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [] });
      return;
    }
    const result = await lintText(text, filename, options);
    if (documents.get(doc.uri)?.version !== version) return; // a newer edit is on its way
    const fixable = result.documents.every((d) => d.source.originalText === undefined);
    const diagnostics: Diagnostic[] = [];
    result.findings.forEach((f, index) => {
      if (f.suppressed) return;
      const data: DiagnosticData = { ruleId: f.ruleId, version, index };
      if (f.fix && fixable) data.fix = { description: f.fix.description, edits: lspEdits(doc, f.fix.edits) };
      diagnostics.push(toDiagnostic(f, data));
    });
    for (const e of [...(loaded?.errors ?? []), ...result.errors]) {
      diagnostics.push({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: 'sidecar-lint',
        message: `${e.file ? path.basename(e.file) + ': ' : ''}${e.message}`,
      });
    }
    linted.set(doc.uri, { version, result, fixable, diagnostics });
    await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  };

  const schedule = (doc: TextDocument, delay = DEBOUNCE_MS) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (!current) return;
        validate(current).catch((err) => connection.console.error(`sidecar-lint: ${(err as Error).stack ?? err}`));
      }, delay),
    );
  };

  connection.onInitialize((params) => {
    client = params.capabilities;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.map(fsPathOf).filter((p): p is string => p !== undefined);
    clientWatches = Boolean(client.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'sidecar-lint' },
    };
  });

  connection.onInitialized(() => {
    if (clientWatches) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: CONFIG_NAMES.map((n) => ({ globPattern: `**/${n}` })),
      });
    }
  });

  // The first lint of a buffer runs at once, later ones when typing pauses.
  documents.onDidChangeContent((e) => schedule(e.document, linted.has(e.document.uri) ? DEBOUNCE_MS : 0));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    linted.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  // A configuration file was created, changed or deleted: lint every open manifest again.
  connection.onDidChangeWatchedFiles(() => configChanged());

  /** The lint result and finding behind a diagnostic the client sends back (with or without its data). */
  const findingOf = (doc: TextDocument, d: Diagnostic): { finding: Finding; entry: Linted; data?: DiagnosticData } | undefined => {
    const entry = linted.get(doc.uri);
    if (!entry || entry.version !== doc.version) return undefined;
    const data = d.data as DiagnosticData | undefined;
    if (data && typeof data.index === 'number' && data.version === entry.version) {
      const finding = entry.result.findings[data.index];
      if (finding && finding.ruleId === data.ruleId) return { finding, entry, data };
    }
    // A client that does not send data back: find it by rule and range.
    const i = entry.diagnostics.findIndex((x) => x.code === d.code && sameRange(x.range, d.range));
    if (i === -1) return undefined;
    const known = entry.diagnostics[i]!.data as DiagnosticData;
    return { finding: entry.result.findings[known.index]!, entry, data: known };
  };

  const workspaceEdit = (doc: TextDocument, edits: LspTextEdit[]): WorkspaceEdit =>
    client.workspace?.workspaceEdit?.documentChanges
      ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
      : { changes: { [doc.uri]: edits } };

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const actions: CodeAction[] = [];
    const entry = linted.get(doc.uri);
    let diagnostics = params.context.diagnostics.filter((d) => d.source === 'sidecar-lint' && d.code !== undefined);
    if (params.context.diagnostics.length === 0 && entry?.version === doc.version) {
      diagnostics = entry.diagnostics.filter((d) => d.code !== undefined && overlaps(d.range, params.range));
    }
    if (wants(CodeActionKind.QuickFix)) {
      const suppressedObjects = new Set<string>();
      for (const d of diagnostics) {
        const hit = findingOf(doc, d);
        const ruleId = String(d.code);
        const fix = hit?.data?.fix ?? (d.data as DiagnosticData | undefined)?.fix;
        if (fix && hit) {
          actions.push({
            title: `${fix.description} (${ruleId})`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            isPreferred: true,
            edit: workspaceEdit(doc, fix.edits),
          });
        }
        // JSON has no comments: there the annotation is the way.
        const lineEdit = isJson(doc) ? undefined : disableLineEdit(doc, d.range.start.line, ruleId);
        if (lineEdit) {
          actions.push({ title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(doc, [lineEdit]) });
        }
        const obj = hit && hit.entry.fixable ? objectOf(hit.entry.result, hit.finding) : undefined;
        const key = obj && `${obj.doc.index}/${obj.path.join('/')}/${ruleId}`;
        if (obj && key && !suppressedObjects.has(key)) {
          const edits = setAnnotation(obj.doc, obj.path, `${ANNOTATION_PREFIX}${ruleId}`, 'reason');
          if (edits) {
            suppressedObjects.add(key);
            actions.push({
              title: `Disable ${ruleId} for ${obj.label} (annotation)`,
              kind: CodeActionKind.QuickFix,
              diagnostics: [d],
              edit: workspaceEdit(doc, lspEdits(doc, edits)),
            });
          }
        }
      }
    }
    // Every fix of the buffer at once (one pass; `sidecar-lint --fix` repeats until done).
    if (entry && entry.version === doc.version && entry.fixable && wants(FIX_ALL_KIND)) {
      const { applied } = applyFixes(doc.getText(), entry.result.findings);
      if (applied.length > (only ? 0 : 1)) {
        actions.push({
          title: `Fix all auto-fixable sidecar-lint problems (${applied.length})`,
          kind: FIX_ALL_KIND,
          edit: workspaceEdit(doc, lspEdits(doc, applied.flatMap((f) => f.fix!.edits))),
        });
      }
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    for (const w of watchers.values()) w.close();
    watchers.clear();
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** The object a finding belongs to: same document, and its text holds the finding's start. */
function objectOf(result: LintResult, f: Finding): K8sObject | undefined {
  if (!f.object || f.documentIndex === undefined) return undefined;
  const candidates = result.objects.filter((o) => o.doc.index === f.documentIndex && o.file === f.file && o.kind === f.object!.kind && o.name === f.object!.name);
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((o) => {
    const [s, e] = o.doc.locate(o.path).span;
    const at = o.doc.source.lineStart(f.range.start.line) + f.range.start.column - 1;
    return s <= at && at <= e;
  });
}

/**
 * `# sidecar-lint-disable-next-line <rule> -- reason` above the line, indented like it; when the
 * line above already is such a directive, the rule joins its list. Undefined inside a block
 * scalar (`|`, `>`), where a comment would become part of the text.
 */
export function disableLineEdit(doc: TextDocument, line: number, ruleId: string): LspTextEdit | undefined {
  const lineText = (n: number) => doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/\r?\n$/, '');
  const text = lineText(line);
  const indent = /^[ \t]*/.exec(text)![0];
  // Inside a block scalar: the nearest less indented line above ends with | or > (and its indicators).
  for (let n = line - 1; n >= 0; n--) {
    const l = lineText(n);
    if (/^\s*(#.*)?$/.test(l) || /^[ \t]*/.exec(l)![0].length >= indent.length) continue;
    if (/(^|[\s:-])[|>][-+0-9]*\s*(#.*)?$/.test(l)) return undefined;
    break;
  }
  if (line > 0) {
    const above = lineText(line - 1);
    const m = /^(\s*#\s*sidecar-lint-disable-next-line\s+)([^\s-][^\n]*?)(\s+--.*)?$/.exec(above);
    if (m) {
      const rules = m[2]!.split(/[\s,]+/);
      if (rules.includes(ruleId)) return undefined;
      const at = { line: line - 1, character: m[1]!.length + m[2]!.length };
      return { range: { start: at, end: at }, newText: `, ${ruleId}` };
    }
  }
  const br = lineBreakOf(doc.getText());
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# sidecar-lint-disable-next-line ${ruleId} -- reason${br}` };
}
