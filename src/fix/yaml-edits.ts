import type { NodePath, TextEdit } from '../types.js';
import type { YamlDocument } from '../yaml/parse.js';
import { isObject } from '../model/objects.js';
import { lineBreakOf } from './apply.js';

// Precise text edits for the fixes rules carry (--fix and the editor's quick fixes). Each helper
// edits only the lines it must, in the file's own style (block or flow, quoted keys in JSON,
// CRLF), and returns undefined rather than guess: a fix we cannot make safely is not offered.

const editableCache = new WeakMap<YamlDocument, boolean>();

/**
 * Whether a document can take text edits: its offsets are those of the file (it was not
 * re-indented to parse, see SourceFile.originalText), and it uses no aliases or merge keys, where
 * an edit would land in the anchor and change every node that refers to it (e.g. make the
 * writer's mount read-only along with the reader's).
 */
export function editable(doc: YamlDocument): boolean {
  let ok = editableCache.get(doc);
  if (ok === undefined) {
    ok = doc.source.originalText === undefined && !usesAliases(doc.source.text.slice(doc.span[0], doc.span[1]));
    editableCache.set(doc, ok);
  }
  return ok;
}

/** An anchor (`&name`) that an alias (`*name`) refers to, or a merge key. Comments are ignored; block scalars may give false alarms (then no fix: the safe side). */
function usesAliases(text: string): boolean {
  if (!text.includes('&') && !text.includes('<<')) return false;
  const code = text.replace(/(^|[ \t])#.*$/gm, '$1');
  if (/(^|[\s{,])<<[ \t]*:/.test(code)) return true;
  const anchors = new Set<string>();
  for (const m of code.matchAll(/(?:^|[\s[{,])&([^\s[\]{},]+)/g)) anchors.add(m[1]!);
  if (anchors.size === 0) return false;
  for (const m of code.matchAll(/(?:^|[\s[{,])\*([^\s[\]{},]+)/g)) if (anchors.has(m[1]!)) return true;
  return false;
}

/** A string YAML reads back as the same string when written plain, in block and in flow context. */
function plainSafe(s: string): boolean {
  return (
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(s) &&
    !/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(s) && // numbers
    !/^0[xob]/i.test(s) &&
    !/^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/.test(s)
  );
}

export type ScalarValue = string | number | boolean;
/** A scalar, or a small mapping (written in flow style: `{sizeLimit: 500Mi}`). */
export type EditValue = ScalarValue | { readonly [key: string]: EditValue };

function render(v: EditValue, json: boolean): string {
  if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${renderKey(k, json)}: ${render(x, json)}`).join(', ')}}`;
  if (typeof v !== 'string') return String(v);
  return !json && plainSafe(v) ? v : JSON.stringify(v);
}

function renderKey(k: string, json: boolean): string {
  return !json && plainSafe(k) ? k : JSON.stringify(k);
}

/** Whether the mapping's keys are written double-quoted (JSON, or YAML in that style). */
function quotedKeys(doc: YamlDocument, mapPath: NodePath, map: Record<string, unknown>): boolean {
  const first = Object.keys(map)[0];
  if (first === undefined) return /^\s*[[{]/.test(doc.source.text.slice(doc.span[0], doc.span[1])) && /\.json$/i.test(doc.source.path);
  const k = doc.locate([...mapPath, first], 'key');
  return k.exact && doc.source.text[k.span[0]] === '"';
}

/**
 * The edit that gives an empty value (`key:`, `key: ~`, `key: null`) the text `value`, keeping
 * whatever follows on the line (a comment keeps the space before it).
 */
function fillEmptyValue(text: string, keyEnd: number, value: string): TextEdit | undefined {
  const lineEnd = text.indexOf('\n', keyEnd);
  const rest = text.slice(keyEnd, lineEnd === -1 ? text.length : lineEnd);
  const m = /^([ \t]*:)([ \t]*)(~|null|Null|NULL)?(?=[ \t]*(#|\r?$))/.exec(rest);
  if (!m) return undefined;
  if (m[3] === undefined) return { start: keyEnd, end: keyEnd + m[1]!.length, text: `${m[1]} ${value}` };
  return { start: keyEnd, end: keyEnd + m[0].length, text: `${m[1]} ${value}` };
}

/** The offset just past the line that `offset` is on (its line break included), or the text's end. */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/**
 * Text edits that set `key: value` in the mapping at `mapPath`, keeping the file's own style:
 * an existing key gets its value replaced (or filled in, when empty); a flow mapping (`{}`,
 * `{a: 1}`, a JSON object) gets the pair inside its braces; a block mapping gets a new line at
 * its keys' indentation after its last entry; an empty value (`emptyDir:` or `emptyDir: ~`)
 * becomes `{key: value}`. Comments and every other line are left as they are. Undefined when the
 * mapping cannot be edited safely (see `editable`; a flow mapping holding comments).
 */
export function setMapKey(doc: YamlDocument, mapPath: NodePath, key: string, value: EditValue): TextEdit[] | undefined {
  if (!editable(doc)) return undefined;
  const text = doc.source.text;
  const map = doc.get(mapPath);
  const at = doc.locate(mapPath);
  if (!at.exact) return undefined;
  const [start, end] = at.span;
  const written = text.slice(start, end);
  if (written.startsWith('*') || written.startsWith('&') || written.startsWith('!')) return undefined;
  const br = lineBreakOf(text);

  if (map === null || map === undefined) {
    // `emptyDir:` (nothing after the colon) or `emptyDir: ~`: the mapping goes on the key's line.
    const keySpan = doc.locate(mapPath, 'key');
    if (!keySpan.exact) return undefined;
    const json = text[keySpan.span[0]] === '"';
    const edit = fillEmptyValue(text, keySpan.span[1], render({ [key]: value }, json));
    return edit && [edit];
  }
  if (!isObject(map)) return undefined;
  const json = quotedKeys(doc, mapPath, map);

  if (key in map) {
    const current = map[key];
    const v = doc.locate([...mapPath, key]);
    if (!v.exact || v.span[0] < start || v.span[1] > end) return undefined; // merged from elsewhere
    if (current === null || v.span[0] === v.span[1]) {
      const k = doc.locate([...mapPath, key], 'key');
      const edit = k.exact ? fillEmptyValue(text, k.span[1], render(value, json)) : undefined;
      return edit && [edit];
    }
    return [{ start: v.span[0], end: v.span[1], text: render(value, json) }];
  }

  const pair = `${renderKey(key, json)}: ${render(value, json)}`;
  if (written.startsWith('{')) {
    const close = written.lastIndexOf('}');
    if (close === -1) return undefined;
    const inner = written.slice(1, close);
    if (inner.includes('#')) return undefined; // a comment (or a # in a string): not worth the risk
    if (inner.trim() === '') return [{ start, end: start + close + 1, text: `{${pair}}` }];
    const trimmed = inner.replace(/\s+$/, '');
    const at = start + 1 + trimmed.length;
    const comma = trimmed.endsWith(','); // a trailing comma stays the last thing
    if (inner.includes('\n')) {
      // A multi-line flow mapping (pretty-printed JSON): the pair on a line of its own, indented like the last one.
      const lastKey = Object.keys(map)[Object.keys(map).length - 1]!;
      const lk = doc.locate([...mapPath, lastKey], 'key');
      if (!lk.exact) return undefined;
      const ls = doc.source.lineStart(doc.source.position(lk.span[0]).line);
      const indent = text.slice(ls, lk.span[0]);
      if (/^[ \t]*$/.test(indent)) return [{ start: at, end: at, text: `${comma ? '' : ','}${br}${indent}${pair}${comma ? ',' : ''}` }];
    }
    return [{ start: at, end: at, text: comma ? ` ${pair},` : `, ${pair}` }];
  }

  // A block mapping: the new entry goes on its own line, indented like the first key.
  const keys = Object.keys(map);
  const firstKey = keys[0];
  if (firstKey === undefined) return undefined;
  const firstKeySpan = doc.locate([...mapPath, firstKey], 'key');
  if (!firstKeySpan.exact || firstKeySpan.span[0] < start || firstKeySpan.span[0] > end) return undefined;
  const column = doc.source.position(firstKeySpan.span[0]).column - 1;
  const lastValue = doc.locate([...mapPath, keys[keys.length - 1]!]);
  if (!lastValue.exact || lastValue.span[1] > end) return undefined; // merged from elsewhere
  // After the line (or lines) of the last entry.
  const [vs, ve] = lastValue.span;
  const insertAt = endOfLine(text, ve > vs ? ve - 1 : ve);
  const line = `${' '.repeat(column)}${pair}`;
  if (insertAt === text.length && !text.endsWith('\n')) return [{ start: insertAt, end: insertAt, text: `${br}${line}` }];
  return [{ start: insertAt, end: insertAt, text: `${line}${br}` }];
}

/**
 * Edits that set `metadata.annotations[key]` on the object at `objectPath`, creating the
 * `annotations` mapping (block style under a block `metadata`) when it is missing.
 */
export function setAnnotation(doc: YamlDocument, objectPath: NodePath, key: string, value: string): TextEdit[] | undefined {
  if (!editable(doc)) return undefined;
  const metaPath = [...objectPath, 'metadata'];
  const meta = doc.get(metaPath);
  if (!isObject(meta)) return undefined;
  // Always quoted: an annotation is a string, and the user may write `yes` over the placeholder.
  const quoted = JSON.stringify(value);
  if (isObject(meta.annotations) || meta.annotations === null) return setMapKeyRaw(doc, [...metaPath, 'annotations'], key, quoted);
  if (meta.annotations !== undefined) return undefined;
  const text = doc.source.text;
  const at = doc.locate(metaPath);
  const json = quotedKeys(doc, metaPath, meta);
  if (!at.exact || text[at.span[0]] === '{' || json) {
    return setMapKeyRaw(doc, metaPath, 'annotations', `{${renderKey(key, json)}: ${quoted}}`);
  }
  // Block metadata: `annotations:` after its last entry, the pair indented two more.
  const edits = setMapKeyRaw(doc, metaPath, 'annotations', '\u0000');
  if (!edits || edits.length !== 1) return undefined;
  const e = edits[0]!;
  const br = lineBreakOf(text);
  const indent = /^[ \t]*/.exec(e.text.replace(/^\r?\n/, ''))![0];
  const nested = `${br}${indent}  ${renderKey(key, false)}: ${quoted}`;
  return [{ ...e, text: e.text.replace(' \u0000', nested) }];
}

/** setMapKey with a value written as given (a flow mapping, a placeholder). */
function setMapKeyRaw(doc: YamlDocument, mapPath: NodePath, key: string, raw: string): TextEdit[] | undefined {
  const marker = 'sidecarlintplaceholder';
  const edits = setMapKey(doc, mapPath, key, marker);
  return edits?.map((e) => ({ ...e, text: e.text.replace(marker, raw) }));
}

/**
 * Edits that move `containers[index]` of a pod spec to the end of its `initContainers` (creating
 * the key before `containers:` when missing) and add `restartPolicy: Always`: a regular helper
 * becomes a native sidecar. Block style only; comments inside the container and the comment
 * lines right above it travel with it. Undefined for anything else (flow style, aliases, a
 * re-indented file, the last container, a container that already sets restartPolicy).
 */
export function moveToNativeSidecar(doc: YamlDocument, podSpecPath: NodePath, index: number): TextEdit[] | undefined {
  if (!editable(doc)) return undefined;
  const text = doc.source.text;
  const src = doc.source;
  const containers = doc.get([...podSpecPath, 'containers']);
  if (!Array.isArray(containers) || containers.length < 2) return undefined;
  const container = containers[index];
  if (!isObject(container) || 'restartPolicy' in container) return undefined;
  const item = doc.locate([...podSpecPath, 'containers', index]);
  if (!item.exact) return undefined;
  const itemStart = item.span[0];
  const startPos = src.position(itemStart);
  const itemLineStart = src.lineStart(startPos.line);
  const dash = /^([ \t]*)-[ \t]+$/.exec(text.slice(itemLineStart, itemStart));
  if (!dash || text[itemStart] === '{' || text[itemStart] === '[') return undefined;
  const br = lineBreakOf(text);
  // Comment lines right above the item, at the dash's indentation, belong to it.
  let lineStart = itemLineStart;
  for (let n = startPos.line - 1; n >= 1; n--) {
    const l = src.line(n);
    if (!new RegExp(`^${dash[1]}#`).test(l)) break;
    lineStart = src.lineStart(n);
  }
  // The item's lines: from its dash line to the line its map span ends on (inclusive).
  let end = item.span[1];
  if (end > itemLineStart && text[end - 1] !== '\n') end = endOfLine(text, end);
  const block = text.slice(lineStart, end);
  const itemColumn = startPos.column - 1; // where the container's keys start
  const withPolicy = `${block}${block.endsWith('\n') ? '' : br}${' '.repeat(itemColumn)}restartPolicy: Always${br}`;

  const init = doc.get([...podSpecPath, 'initContainers']);
  const edits: TextEdit[] = [{ start: lineStart, end, text: '' }];
  if (Array.isArray(init) && init.length > 0) {
    const last = doc.locate([...podSpecPath, 'initContainers', init.length - 1]);
    if (!last.exact) return undefined;
    const lastPos = src.position(last.span[0]);
    const initDash = /^([ \t]*)-[ \t]+$/.exec(text.slice(src.lineStart(lastPos.line), last.span[0]));
    if (!initDash || text[last.span[0]] === '{') return undefined;
    // Re-indent the block from the containers' dash column to the initContainers' one (not
    // when a block scalar states its indentation, `|2`: it would no longer match).
    const shift = initDash[1]!.length - dash[1]!.length;
    if (shift !== 0 && /[|>][-+]?[1-9]/.test(block)) return undefined;
    const moved = withPolicy
      .split(/(?<=\n)/)
      .map((l) => (/^\s*$/.test(l) ? l : shift >= 0 ? ' '.repeat(shift) + l : l.replace(new RegExp(`^ {0,${-shift}}`), '')))
      .join('');
    let at = last.span[1];
    if (at > 0 && text[at - 1] !== '\n') at = endOfLine(text, at);
    edits.push({ start: at, end: at, text: (at === text.length && !text.endsWith('\n') ? br : '') + moved });
  } else if (init === undefined) {
    const key = doc.locate([...podSpecPath, 'containers'], 'key');
    if (!key.exact) return undefined;
    const keyLineStart = src.lineStart(src.position(key.span[0]).line);
    const keyIndent = text.slice(keyLineStart, key.span[0]);
    if (!/^[ \t]*$/.test(keyIndent)) return undefined;
    edits.push({ start: keyLineStart, end: keyLineStart, text: `${keyIndent}initContainers:${br}${withPolicy}` });
  } else return undefined;
  return edits;
}
