import type { NodePath, TextEdit } from '../types.js';
import type { YamlDocument } from '../yaml/parse.js';
import { isObject } from '../model/objects.js';
import { lineBreakOf } from './apply.js';

/**
 * Text edits that set `key: value` in the mapping at `mapPath`, keeping the file's own style:
 * an existing key gets its value replaced; a flow mapping (`{}` or `{a: 1}`) gets the pair
 * inside its braces; a block mapping gets a new line at its keys' indentation after its last
 * entry; an empty value (`emptyDir:` or `emptyDir: {}`) becomes `{key: value}`. Comments and
 * every other line are left as they are. Undefined when the mapping cannot be edited safely
 * (e.g. it was written through an alias or a merge key, where an edit would change other objects).
 */
export function setMapKey(doc: YamlDocument, mapPath: NodePath, key: string, value: string): TextEdit[] | undefined {
  if (doc.source.originalText !== undefined) return undefined; // offsets refer to a re-indented text
  const text = doc.source.text;
  const map = doc.get(mapPath);
  const at = doc.locate(mapPath);
  if (!at.exact) return undefined;
  const [start, end] = at.span;
  const written = text.slice(start, end);
  if (written.startsWith('*')) return undefined; // an alias: the edit would land in the anchor

  if (map === null || map === undefined) {
    // `emptyDir:` (nothing after the colon) or `emptyDir: ~`.
    const keySpan = doc.locate(mapPath, 'key');
    if (!keySpan.exact) return undefined;
    const lineEnd = text.indexOf('\n', keySpan.span[1]);
    const rest = text.slice(keySpan.span[1], lineEnd === -1 ? text.length : lineEnd);
    const m = /^(\s*:)[ \t]*(~|null|Null|NULL)?/.exec(rest);
    if (!m) return undefined;
    return [{ start: keySpan.span[1], end: keySpan.span[1] + m[0].length, text: `${m[1]} {${key}: ${value}}` }];
  }
  if (!isObject(map)) return undefined;

  if (key in map) {
    const v = doc.locate([...mapPath, key]);
    return v.exact ? [{ start: v.span[0], end: v.span[1], text: value }] : undefined;
  }

  if (written.startsWith('{')) {
    const close = written.lastIndexOf('}');
    if (close === -1) return undefined;
    const inner = written.slice(1, close);
    if (inner.trim() === '') return [{ start, end: start + close + 1, text: `{${key}: ${value}}` }];
    const trimmedEnd = start + 1 + inner.replace(/\s+$/, '').length;
    return [{ start: trimmedEnd, end: trimmedEnd, text: `, ${key}: ${value}` }];
  }

  // A block mapping: the new entry goes on its own line, indented like the first key.
  const firstKey = Object.keys(map)[0];
  if (firstKey === undefined) return undefined;
  const firstKeySpan = doc.locate([...mapPath, firstKey], 'key');
  if (!firstKeySpan.exact || firstKeySpan.span[0] < start || firstKeySpan.span[0] > end) return undefined;
  const column = doc.source.position(firstKeySpan.span[0]).column - 1;
  const lastKey = Object.keys(map)[Object.keys(map).length - 1]!;
  const lastValue = doc.locate([...mapPath, lastKey]);
  if (!lastValue.exact || lastValue.span[1] > end) return undefined; // merged from elsewhere
  const br = lineBreakOf(text);
  // After the line (or lines) of the last entry.
  let insertAt = text.indexOf('\n', Math.max(lastValue.span[1], lastValue.span[0]) - (lastValue.span[1] > lastValue.span[0] ? 1 : 0));
  const line = `${' '.repeat(column)}${key}: ${value}`;
  if (insertAt === -1) return [{ start: text.length, end: text.length, text: `${br}${line}` }];
  insertAt += 1;
  return [{ start: insertAt, end: insertAt, text: `${line}${br}` }];
}

/**
 * Edits that move `containers[index]` of a pod spec to the end of its `initContainers` (creating
 * the key before `containers:` when missing) and add `restartPolicy: Always`: a regular helper
 * becomes a native sidecar. Block style only, comments inside the container travel with it;
 * undefined for anything else (flow style, aliases, a re-indented file, the last container).
 */
export function moveToNativeSidecar(doc: YamlDocument, podSpecPath: NodePath, index: number): TextEdit[] | undefined {
  if (doc.source.originalText !== undefined) return undefined;
  const text = doc.source.text;
  const src = doc.source;
  const containers = doc.get([...podSpecPath, 'containers']);
  if (!Array.isArray(containers) || containers.length < 2 || !isObject(containers[index])) return undefined;
  const item = doc.locate([...podSpecPath, 'containers', index]);
  if (!item.exact) return undefined;
  const itemStart = item.span[0];
  const startPos = src.position(itemStart);
  const lineStart = src.lineStart(startPos.line);
  const prefix = text.slice(lineStart, itemStart);
  const dash = /^([ \t]*)-[ \t]+$/.exec(prefix);
  if (!dash || text[itemStart] === '{' || text[itemStart] === '*') return undefined;
  const br = lineBreakOf(text);
  // The item's lines: from its dash line to the line its map span ends on (inclusive).
  let end = item.span[1];
  if (end > lineStart && text[end - 1] !== '\n') {
    const nl = text.indexOf('\n', end);
    end = nl === -1 ? text.length : nl + 1;
  }
  const block = text.slice(lineStart, end);
  const itemColumn = startPos.column - 1; // where the container's keys start
  const withPolicy = `${block}${block.endsWith('\n') ? '' : br}${' '.repeat(itemColumn)}restartPolicy: Always${br}`;

  const init = doc.get([...podSpecPath, 'initContainers']);
  const edits: TextEdit[] = [{ start: lineStart, end, text: '' }];
  if (Array.isArray(init) && init.length > 0) {
    const last = doc.locate([...podSpecPath, 'initContainers', init.length - 1]);
    const lastPos = src.position(last.span[0]);
    const lastPrefix = text.slice(src.lineStart(lastPos.line), last.span[0]);
    const initDash = /^([ \t]*)-[ \t]+$/.exec(lastPrefix);
    if (!last.exact || !initDash || text[last.span[0]] === '{') return undefined;
    // Re-indent the block from the containers' dash column to the initContainers' one.
    const shift = initDash[1]!.length - dash[1]!.length;
    const moved = withPolicy
      .split(/(?<=\n)/)
      .map((l) => (shift >= 0 ? ' '.repeat(shift) + l : l.replace(new RegExp(`^ {0,${-shift}}`), '')))
      .join('');
    let at = last.span[1];
    if (at > 0 && text[at - 1] !== '\n') {
      const nl = text.indexOf('\n', at);
      at = nl === -1 ? text.length : nl + 1;
    }
    edits.push({ start: at, end: at, text: (at === text.length && !text.endsWith('\n') ? br : '') + moved });
  } else if (init === undefined) {
    const key = doc.locate([...podSpecPath, 'containers'], 'key');
    if (!key.exact) return undefined;
    const keyPos = src.position(key.span[0]);
    const keyLineStart = src.lineStart(keyPos.line);
    const keyIndent = text.slice(keyLineStart, key.span[0]);
    if (!/^[ \t]*$/.test(keyIndent)) return undefined;
    edits.push({ start: keyLineStart, end: keyLineStart, text: `${keyIndent}initContainers:${br}${withPolicy}` });
  } else return undefined;
  return edits;
}
