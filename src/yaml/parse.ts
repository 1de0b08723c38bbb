import { createRequire } from 'node:module';
import type * as YamlPackage from 'yaml';
import type { Document, Node as YNode } from 'yaml';
import type { NodePath } from '../types.js';
import { SourceFile } from './source.js';
import { closingQuote, parseYamlFast } from './fast.js';

// The yaml package is the slow path (fast.ts reads nearly every manifest) and reads the
// configuration file: loaded on first use, it is not part of a small run's start-up (about a
// seventh of it). The Action's bundle turns this require into its bundled copy (build-action.mjs).
const requireHere = createRequire(import.meta.url);
let yamlPackage: typeof YamlPackage | undefined;
function yaml(): typeof YamlPackage {
  return (yamlPackage ??= requireHere('yaml') as typeof YamlPackage);
}

/** Offsets [start, end) into the file's text. */
export type Span = readonly [number, number];

/** Where a parsed map or sequence and its children were written. */
/** Where each collection of a document's value was written: a WeakMap, or worked out on demand (fast.ts). */
export interface NodeIndex {
  get(node: object): NodeInfo | undefined;
}

export interface NodeInfo {
  span: Span;
  /** Map entries: where each key was written. */
  keys?: Map<string, Span>;
  /** Where each child value was written (scalars included), by key or index. */
  children: Map<string | number, Span>;
}

/** A plain scalar that YAML 1.1 (what Kubernetes reads) and YAML 1.2 read differently. */
export interface Yaml11Scalar {
  span: Span;
  source: string;
  /** What Kubernetes reads (YAML 1.1). */
  value: boolean | number;
}

export interface SyntaxProblem {
  code: string;
  message: string;
  span: Span;
}

export interface ParseLimits {
  /** Nodes that aliases may add to a document beyond what is written (billion-laughs guard). */
  maxAliasExpansion: number;
  /** Deepest nesting of maps and sequences. */
  maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasExpansion: 100_000, maxDepth: 256 };

export interface DocumentData {
  index: number;
  value: unknown;
  span: Span;
  problems: SyntaxProblem[];
  usable: boolean;
  yaml11Scalars: Yaml11Scalar[];
  rootSpan: Span;
}

/** One YAML document of a file, parsed once and shared by every rule and policy. */
export class YamlDocument {
  constructor(
    readonly source: SourceFile,
    readonly index: number,
    /** The document as plain JSON-like data, read as Kubernetes reads it (YAML 1.1). */
    readonly value: unknown,
    readonly span: Span,
    readonly problems: SyntaxProblem[],
    /** False when the document is too broken to lint beyond its syntax problems. */
    readonly usable: boolean,
    readonly yaml11Scalars: Yaml11Scalar[],
    private info: NodeIndex | undefined,
    private readonly rootSpan: Span,
  ) {}

  /** Set by releasePositions: how to get the positions back. */
  private limits?: ParseLimits;

  /**
   * Drops where each node was written: about 60% of a parsed document's memory. The engine calls
   * it once the rules that run file by file are done with a file; a later locate() (a finding
   * from a cross-resource rule, an editor action) parses the file again, once.
   */
  releasePositions(limits: ParseLimits = DEFAULT_PARSE_LIMITS): void {
    if (!this.usable) return;
    this.info = undefined;
    this.limits = limits;
  }

  /** What crosses a thread: the document without its positions (structured-clone safe). */
  toData(): DocumentData {
    return { index: this.index, value: this.value, span: this.span, problems: this.problems, usable: this.usable, yaml11Scalars: this.yaml11Scalars, rootSpan: this.rootSpan };
  }

  /** A document from toData(), positions released (a locate() parses the source again). */
  static fromData(source: SourceFile, d: DocumentData, limits: ParseLimits): YamlDocument {
    const doc = new YamlDocument(source, d.index, d.value, d.span, d.problems, d.usable, d.yaml11Scalars, undefined, d.rootSpan);
    doc.releasePositions(limits);
    return doc;
  }

  /** The value at a path, or undefined. */
  get(path: NodePath): unknown {
    let cur: unknown = this.value;
    for (const seg of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[seg];
    }
    return cur;
  }

  /**
   * Where the node at `path` was written. With `key`, a map entry's key rather than its value.
   * A path that goes past what exists resolves to the deepest node that does (for something
   * missing, the nearest enclosing node). Aliases and merge keys lead to where the value was
   * written, the anchor.
   */
  locate(path: NodePath, target: 'value' | 'key' = 'value'): { span: Span; exact: boolean } {
    if (!this.info) {
      const relocated = reparsed(this.source, this.limits ?? DEFAULT_PARSE_LIMITS).documents[this.index];
      return relocated ? relocated.locate(path, target) : { span: this.rootSpan, exact: false };
    }
    const info = this.info;
    let cur: unknown = this.value;
    let span: Span = this.rootSpan;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      if (cur === null || typeof cur !== 'object') return { span, exact: false };
      const node = info.get(cur);
      const childSpan = node?.children.get(seg);
      if (!node || !childSpan) return { span, exact: false };
      if (i === path.length - 1 && target === 'key') {
        const keySpan = node.keys?.get(String(seg));
        if (keySpan) return { span: keySpan, exact: true };
      }
      span = childSpan;
      cur = (cur as Record<string | number, unknown>)[seg];
    }
    return { span, exact: true };
  }
}

export interface ParsedFile {
  source: SourceFile;
  documents: YamlDocument[];
}

class ParseAbort extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/** Builds plain values from the yaml AST, recording where each node was written. */
class Builder {
  readonly info = new WeakMap<object, NodeInfo>();
  readonly yaml11: Yaml11Scalar[] = [];
  private readonly anchors = new Map<string, { value: unknown; weight: number; span: Span }>();
  private readonly building = new Set<string>();
  private readonly weights = new WeakMap<object, number>();
  private aliasExtra = 0;

  constructor(
    private readonly doc: Document,
    private readonly limits: ParseLimits,
    private readonly text: string,
  ) {}

  build(node: YNode | null | undefined, depth: number): { value: unknown; weight: number } {
    if (node == null) return { value: null, weight: 1 };
    if (depth > this.limits.maxDepth) {
      throw new ParseAbort('TOO_DEEP', `nesting deeper than ${this.limits.maxDepth} levels`, spanOf(node));
    }
    if (yaml().isAlias(node)) {
      const anchor = this.anchors.get(node.source);
      if (!anchor || this.building.has(node.source)) {
        throw new ParseAbort(
          'BAD_ALIAS',
          anchor ? `alias *${node.source} refers to a node that contains it` : `unknown alias *${node.source}`,
          spanOf(node),
        );
      }
      this.aliasExtra += anchor.weight - 1;
      if (this.aliasExtra > this.limits.maxAliasExpansion) {
        throw new ParseAbort(
          'ALIAS_EXPANSION',
          `aliases expand to more than ${this.limits.maxAliasExpansion} extra nodes (a YAML bomb?)`,
          spanOf(node),
        );
      }
      return { value: anchor.value, weight: anchor.weight };
    }
    const anchorName = (node as { anchor?: string }).anchor;
    if (anchorName) this.building.add(anchorName);
    let result: { value: unknown; weight: number };
    const { isMap, isSeq, isScalar } = yaml();
    if (isMap(node)) result = this.buildMap(node, depth);
    else if (isSeq(node)) result = this.buildSeq(node, depth);
    else if (isScalar(node)) result = { value: this.scalar(node), weight: 1 };
    else result = { value: null, weight: 1 };
    if (anchorName) {
      this.building.delete(anchorName);
      this.anchors.set(anchorName, { value: result.value, weight: result.weight, span: spanOf(node) });
    }
    return result;
  }

  private scalar(node: import('yaml').Scalar): unknown {
    const v = node.value;
    const source = (node as { source?: string }).source ?? String(v);
    if (node.type === 'PLAIN') {
      if (typeof v === 'boolean' && !/^(true|false)$/i.test(source)) {
        this.yaml11.push({ span: spanOf(node), source, value: v });
      } else if (typeof v === 'number' && (node as { format?: string }).format === 'OCT' && /^[-+]?0[0-7]+$/.test(source)) {
        this.yaml11.push({ span: spanOf(node), source, value: v });
      } else if ((node as { format?: string }).format === 'TIME') {
        // YAML 1.1 sexagesimal (1:20): Kubernetes' go-yaml v2 reads it as a string.
        return source;
      }
    }
    if (v !== null && typeof v === 'object') return source; // timestamps, binary: keep the text
    if (typeof v === 'bigint') return Number(v);
    return v;
  }

  private buildSeq(node: import('yaml').YAMLSeq, depth: number): { value: unknown; weight: number } {
    const arr: unknown[] = [];
    const info: NodeInfo = { span: spanOf(node), children: new Map() };
    let weight = 1;
    node.items.forEach((item, i) => {
      const child = this.build(item as YNode, depth + 1);
      arr.push(child.value);
      weight += child.weight;
      info.children.set(i, spanOf(item as YNode));
    });
    this.info.set(arr, info);
    this.weights.set(arr, weight);
    return { value: arr, weight };
  }

  private buildMap(node: import('yaml').YAMLMap, depth: number): { value: unknown; weight: number } {
    const obj: Record<string, unknown> = {};
    const info: NodeInfo = { span: spanOf(node), children: new Map(), keys: new Map() };
    let weight = 1;
    const merges: YNode[] = [];
    for (const pair of node.items) {
      if (!yaml().isPair(pair)) continue;
      const keyNode = pair.key as YNode | null;
      if (yaml().isScalar(keyNode) && typeof keyNode.value === 'symbol') {
        // `<<: *base` or `<<: [*a, *b]`
        if (yaml().isSeq(pair.value)) merges.push(...(pair.value.items as YNode[]));
        else if (pair.value) merges.push(pair.value as YNode);
        continue;
      }
      const key = keyText(keyNode, this.text);
      const child = this.build(pair.value as YNode, depth + 1);
      obj[key] = child.value;
      weight += child.weight;
      const keySpan = keyNode ? spanOf(keyNode) : spanOf(node);
      info.keys!.set(key, keySpan);
      info.children.set(key, pair.value ? spanOf(pair.value as YNode) : [keySpan[1], keySpan[1]]);
    }
    // Explicit keys win over merged ones; earlier merge sources win over later ones.
    for (const m of merges) {
      const merged = this.build(m, depth + 1).value;
      if (merged === null || typeof merged !== 'object' || Array.isArray(merged)) continue;
      const mInfo = this.info.get(merged);
      for (const [k, v] of Object.entries(merged)) {
        if (k in obj) continue;
        obj[k] = v;
        weight += v !== null && typeof v === 'object' ? (this.weights.get(v) ?? 1) : 1;
        const ks = mInfo?.keys?.get(k);
        const vs = mInfo?.children.get(k);
        if (ks) info.keys!.set(k, ks);
        if (vs) info.children.set(k, vs);
      }
    }
    this.info.set(obj, info);
    this.weights.set(obj, weight);
    return { value: obj, weight };
  }
}

function keyText(key: YNode | null, text: string): string {
  if (key == null) return '';
  if (yaml().isScalar(key)) {
    const v = key.value;
    if (v === null) return '';
    if (typeof v === 'object') return (key as { source?: string }).source ?? String(v);
    return String(v);
  }
  // A collection or alias as a key (never in a manifest): its text as written. Not String(key):
  // that converts the node to JS and can throw (e.g. a bad merge inside it).
  const r = (key as { range?: [number, number, number] }).range;
  return r ? text.slice(r[0], r[1]) : '';
}

function spanOf(node: YNode | null | undefined): Span {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/** First line of a yaml error message, without the position the finding carries anyway. */
function cleanMessage(msg: string): string {
  return msg.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function parseStream(text: string, version: '1.1' | '1.2' = '1.1'): Document.Parsed[] {
  const docs = yaml().parseAllDocuments(text, {
    version,
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  }) as Document.Parsed[] | Document.Parsed;
  return Array.isArray(docs) ? docs : [docs];
}

/**
 * libyaml and go-yaml (so PyYAML and kubectl) accept a quoted scalar whose continuation lines are
 * not indented past their key; the yaml package, following YAML 1.2, does not. Such files are
 * common in generated CRDs. Indenting those lines changes no value (folding drops leading space),
 * so we indent them and parse again, a pass for each continuation line. Lines and the columns of
 * every other line stay as written.
 */
function repairQuotedIndent(text: string, docs: Document.Parsed[]): { text: string; docs: Document.Parsed[] } | undefined {
  const isQuoteError = (e: { code: string; message: string }) => e.code === 'MISSING_CHAR' && /quote/.test(e.message);
  if (!docs.some((d) => d.errors.some(isQuoteError))) return undefined;
  const errors = docs.flatMap((d) => d.errors).filter(isQuoteError);
  const lineStarts = new Set<number>();
  const indentFor = new Map<number, number>();
  for (const e of errors) {
    const p = e.pos[0];
    if (text[p] !== '\n') return undefined;
    const quote = e.message.includes('"') ? '"' : "'";
    const lineStart = text.lastIndexOf('\n', p - 1) + 1;
    const keyColumn = /^[ ]*(?:-[ ]+)*/.exec(text.slice(lineStart, p))![0].length;
    // Every line the scalar continues on, up to its closing quote (a line after an escaped line
    // break too: its leading spaces are dropped all the same).
    const close = closingQuote(text, p, quote);
    const end = close === -1 ? text.length : close;
    for (let k = p; k !== -1 && k < end; k = text.indexOf('\n', k + 1)) {
      lineStarts.add(k + 1);
      indentFor.set(k + 1, keyColumn + 1);
    }
  }
  let out = '';
  let last = 0;
  for (const start of [...lineStarts].sort((a, b) => a - b)) {
    const indent = /^[ ]*/.exec(text.slice(start, start + 200))![0].length;
    out += text.slice(last, start) + ' '.repeat(Math.max(0, indentFor.get(start)! - indent));
    last = start;
  }
  const repaired = out + text.slice(last);
  const again = parseStream(repaired);
  return again.every((d) => d.errors.length === 0) ? { text: repaired, docs: again } : undefined;
}

/**
 * Parses every document of a file. Manifests are read as YAML 1.1, as Kubernetes reads them;
 * our own configuration file is read as YAML 1.2 (so `port-conflict: off` stays the string "off").
 * Manifests take the fast path (js-yaml, see fast.ts) when it can vouch for the result, and the
 * yaml package otherwise (syntax problems and their positions, anything unusual).
 */
const STACK_EXHAUSTED = /Maximum call stack size exceeded/;

/**
 * The last few files parsed again for positions after releasePositions. Late findings come file
 * by file (rules walk the run in file order), so a few suffice; holding every reparsed file to the
 * end held a run with a late finding in each file whole, positions and text (an out-of-memory
 * crash at a tenth of the heap). A file that leaves lets its text go again.
 */
const recentReparses = new Map<SourceFile, ParsedFile>();
const RECENT_REPARSES = 4;

function reparsed(source: SourceFile, limits: ParseLimits): ParsedFile {
  let parsed = recentReparses.get(source);
  if (parsed) {
    recentReparses.delete(source);
  } else {
    parsed = parseYaml(source, limits);
    if (recentReparses.size >= RECENT_REPARSES) {
      const [oldest] = recentReparses.keys();
      recentReparses.delete(oldest!);
      oldest!.releaseTextAgain();
    }
  }
  recentReparses.set(source, parsed);
  return parsed;
}

/**
 * `ownStrings`: the values' strings are copies, not views of the file's text, so that a document
 * kept after its file was linted does not keep the whole text alive (fast path only; the few
 * files the yaml package reads keep theirs).
 */
export function parseYaml(input: SourceFile, limits: ParseLimits = DEFAULT_PARSE_LIMITS, version: '1.1' | '1.2' = '1.1', ownStrings = false): ParsedFile {
  return (version === '1.1' ? parseYamlFast(input, limits, ownStrings) : undefined) ?? parseYamlSlow(input, limits, version);
}

/** parseYaml on the yaml package alone: the reference the fast path must match, and its fallback. */
export function parseYamlSlow(input: SourceFile, limits: ParseLimits = DEFAULT_PARSE_LIMITS, version: '1.1' | '1.2' = '1.1'): ParsedFile {
  let docs: Document.Parsed[];
  let source = input;
  try {
    docs = parseStream(source.text, version);
    const repaired = version === '1.1' ? repairQuotedIndent(source.text, docs) : undefined;
    if (repaired) {
      docs = repaired.docs;
      source = new SourceFile(input.path, repaired.text, input.text);
    }
  } catch (err) {
    // The yaml parser itself gave up (e.g. stack exhausted by extreme nesting).
    const problem: SyntaxProblem = { code: 'PARSER_FAILED', message: `YAML parser failed: ${(err as Error).message}`, span: [0, 0] };
    return { source, documents: [new YamlDocument(source, 0, null, [0, source.text.length], [problem], false, [], new WeakMap(), [0, 0])] };
  }
  const documents: YamlDocument[] = [];
  docs.forEach((doc, index) => {
    let problems: SyntaxProblem[] = doc.errors.map((e) => ({
      code: e.code,
      message: STACK_EXHAUSTED.test(e.message) ? 'nesting too deep for the YAML parser' : cleanMessage(e.message),
      span: [e.pos[0], Math.max(e.pos[0], e.pos[1])] as Span,
    }));
    const span: Span = doc.range ? [doc.range[0], doc.range[1]] : [0, 0];
    const builder = new Builder(doc, limits, source.text);
    let value: unknown = null;
    let usable = problems.every((p) => p.code === 'DUPLICATE_KEY');
    try {
      value = builder.build(doc.contents as YNode | null, 0).value;
    } catch (err) {
      if (err instanceof ParseAbort) {
        problems.push({ code: err.code, message: err.message, span: err.span });
      } else if (err instanceof RangeError) {
        problems.push({ code: 'TOO_DEEP', message: 'nesting too deep to read', span });
      } else throw err;
      value = null;
      usable = false;
    }
    // The nesting limit says it better than the parser's own stack overflow (one problem, not two).
    if (problems.some((p) => p.code === 'TOO_DEEP')) problems = problems.filter((p) => p.message !== 'nesting too deep for the YAML parser');
    const rootSpan = doc.contents ? spanOf(doc.contents as YNode) : span;
    documents.push(new YamlDocument(source, index, value, span, problems, usable, builder.yaml11, builder.info, rootSpan));
  });
  return { source, documents };
}
