/**
 * The fast path of parseYaml: js-yaml's event parser (about ten times faster than the yaml
 * package) and a builder that gives exactly what the yaml-based path gives: the same values,
 * NodeInfo spans, yaml11Scalars and document spans.
 *
 * It answers undefined whenever it cannot be sure of that, and parseYaml then takes the yaml
 * path, which also gives the positions of syntax problems. So anything js-yaml rejects, and
 * anything this file does not handle faithfully, falls back: duplicate keys, tags, explicit
 * keys (`? `), directives, `...`, tabs, control characters, keep-chomped (`|+`) block scalars,
 * empty nodes in flow collections, under-indented continuation lines
 * (the yaml path repairs those), a limit exceeded, an unknown alias...
 *
 * Spans follow the yaml package's node.range: [range[0], range[1]]. A scalar ends where its text
 * ends; a block collection ends where its last value's range[2] ends (that value's trailing
 * comment and line break, more-indented comment lines after it, and trailing comment lines that
 * the yaml parser leaves inside a nested collection); a document ends at its root's range[2].
 */
import { parseEvents, getScalarValue, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, CHOMPING_MODE, type ScalarEvent } from 'js-yaml';
import type { Event as YEvent } from 'js-yaml';
import { YamlDocument, type NodeIndex, type NodeInfo, type ParsedFile, type ParseLimits, type Span, type Yaml11Scalar } from './parse.js';
import { SourceFile } from './source.js';
import { scanEvents } from './events.js';

/** Thrown when the fast path cannot vouch for its result; parseYaml then takes the yaml path. */
class Fallback extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const fail = (reason: string): never => {
  throw new Fallback(reason);
};

const enum K {
  Scalar,
  Seq,
  Map,
  Alias,
}

/** A node as the yaml package would have composed it: kind, range[0..2], anchor. */
interface FBase {
  s: number;
  e: number;
  /** range[2]: meaningful only for the last value of a block collection and the root. */
  e2: number;
  anchor: string | undefined;
}
interface FScalar extends FBase {
  k: K.Scalar;
  /** The decoded text; undefined for an empty node (null). */
  text: string | undefined;
  plain: boolean;
  /** Block scalars and quoted scalars have no line end of their own to take. */
  block: boolean;
}
interface FAlias extends FBase {
  k: K.Alias;
  name: string;
}
interface FSeq extends FBase {
  k: K.Seq;
  flow: boolean;
  indent: number;
  items: FNode[];
}
interface FMap extends FBase {
  k: K.Map;
  flow: boolean;
  indent: number;
  keys: FScalar[];
  values: FNode[];
}
type FNode = FScalar | FAlias | FSeq | FMap;

// Characters the yaml path treats differently or that we do not want to reason about: tabs,
// C0/C1 controls other than line breaks, DEL, U+2028/2029, non-characters, a lone CR, a BOM past the start.
const DOUBTFUL_CHARS = /[\t\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
const LONE_CR = /\r(?!\n)/;

/** Where the events' scalars, collections and documents were written. */
class Reader {
  private i = 0;
  /** Offsets of the `---` markers, in order. */
  private readonly markers: number[] = [];
  private marker = 0;

  constructor(
    private readonly t: string,
    private readonly ev: YEvent[],
  ) {
    const n = t.length;
    for (let ls = 0; ls < n; ) {
      const q = ls === 0 && t.charCodeAt(0) === 0xfeff ? 1 : ls;
      const c = t.charCodeAt(q);
      if ((c === 45 || c === 46) && t.charCodeAt(q + 1) === c && t.charCodeAt(q + 2) === c) {
        const after = t.charCodeAt(q + 3);
        if (q + 3 >= n || after === 32 || after === 10 || after === 13) {
          if (c === 46) fail('document end marker ...');
          // `--- value` on the marker line: the yaml path has rules of its own there.
          let p = q + 3;
          while (t.charCodeAt(p) === 32) p++;
          if (p < n && t.charCodeAt(p) !== 10 && t.charCodeAt(p) !== 13 && t.charCodeAt(p) !== 35) fail('content on a --- line');
          this.markers.push(q);
        }
      } else if (c === 37 && ls === q) fail('directive');
      const nl = t.indexOf('\n', ls);
      if (nl < 0) break;
      ls = nl + 1;
    }
  }

  documents(): { root: FNode; span: Span }[] {
    const out: { root: FNode; span: Span }[] = [];
    const { ev, t } = this;
    while (this.i < ev.length) {
      const d = ev[this.i++]!;
      if (d.type !== EVENT_ID.DOCUMENT) throw new Fallback('expected a document event');
      if (d.directives.length) fail('directive');
      let markerAt = -1;
      let min = 0;
      if (d.explicitStart) {
        markerAt = this.markers[this.marker++] ?? fail('--- markers do not match');
        min = markerAt + 3;
      } else if (out.length > 0) fail('document without ---');
      const root = this.node(null, false, min);
      if (ev[this.i++]?.type !== EVENT_ID.POP) fail('expected the end of a document');
      let start: number;
      if (root.k === K.Scalar && root.text === undefined) {
        if (markerAt < 0 || root.anchor) fail('empty document without ---');
        const p = this.skipSpaces(markerAt + 3);
        root.s = root.e = root.e2 = p;
        const next = this.markers[this.marker] ?? t.length;
        const hash = t.indexOf('#', p);
        if (hash >= 0 && hash < next) root.e2 = next; // the comment belongs to the empty node
        start = markerAt;
      } else if (root.k === K.Map || root.k === K.Seq) {
        if (root.anchor) fail('root anchor');
        if (root.flow) root.e2 = this.lineEnd(root.e);
        if (markerAt >= 0) start = markerAt;
        else {
          start = t.lastIndexOf('\n', root.s - 1) + 1;
          if (start === 0 && t.charCodeAt(0) === 0xfeff) start = 1;
        }
      } else return fail('root scalar or alias');
      out.push({ root, span: [start, root.e2] });
    }
    if (this.marker !== this.markers.length) fail('--- markers do not match');
    return out;
  }

  /**
   * One node and its children. `parent` is the enclosing block collection (null at the root or
   * in flow), `min` the offset before which the node cannot start (for a block scalar's header).
   */
  private node(parent: FSeq | FMap | null, inFlow: boolean, min: number): FNode {
    const ev = this.ev[this.i++]!;
    const t = this.t;
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        if (ev.tagStart !== -1) fail('tag');
        const anchor = ev.anchorStart !== -1 ? this.anchorName(ev.anchorStart, ev.anchorEnd) : undefined;
        if (ev.valueStart === -1) {
          if (anchor) fail('anchored empty node');
          if (inFlow) fail('empty node in a flow collection');
          return { k: K.Scalar, s: -1, e: -1, e2: -1, anchor, text: undefined, plain: true, block: false };
        }
        const text = getScalarValue(t, ev);
        switch (ev.style) {
          case SCALAR_STYLE.PLAIN:
            if (!inFlow && parent) this.checkContinuation(ev.valueStart, ev.valueEnd, parent.indent);
            return { k: K.Scalar, s: ev.valueStart, e: ev.valueEnd, e2: -1, anchor, text, plain: true, block: false };
          case SCALAR_STYLE.SINGLE_QUOTED:
          case SCALAR_STYLE.DOUBLE_QUOTED: {
            const s = ev.valueStart - 1;
            const e = ev.valueEnd + 1;
            const q = ev.style === SCALAR_STYLE.SINGLE_QUOTED ? 39 : 34;
            if (t.charCodeAt(s) !== q || t.charCodeAt(e - 1) !== q) fail('quote not where expected');
            if (!inFlow && parent) this.checkContinuation(s, e, parent.indent);
            return { k: K.Scalar, s, e, e2: -1, anchor, text, plain: false, block: false };
          }
          default:
            return this.blockScalar(ev, parent, min, anchor, text);
        }
      }
      case EVENT_ID.ALIAS: {
        const name = this.anchorName(ev.anchorStart, ev.anchorEnd);
        if (t.charCodeAt(ev.anchorStart - 1) !== 42) fail('alias not where expected');
        return { k: K.Alias, s: ev.anchorStart - 1, e: ev.anchorEnd, e2: -1, anchor: undefined, name };
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        if (ev.tagStart !== -1) fail('tag');
        const anchor = ev.anchorStart !== -1 ? this.anchorName(ev.anchorStart, ev.anchorEnd) : undefined;
        const flow = ev.style === COLLECTION_STYLE.FLOW;
        const s = ev.start;
        if (ev.type === EVENT_ID.SEQUENCE) {
          const seq: FSeq = { k: K.Seq, s, e: -1, e2: -1, anchor, flow, indent: 0, items: [] };
          if (flow) {
            if (t.charCodeAt(s) !== 91) fail('flow sequence not where expected');
            while (this.ev[this.i]!.type !== EVENT_ID.POP) seq.items.push(this.node(null, true, s));
            this.i++;
            this.closeFlow(seq, seq.items.length ? seq.items[seq.items.length - 1]!.e : s + 1, 93, inFlow, parent);
          } else {
            seq.indent = this.indentAt(s);
            let from = s;
            let prevEnd = s;
            while (this.ev[this.i]!.type !== EVENT_ID.POP) {
              const dash = this.expect(from, 45);
              const item = this.node(seq, false, dash + 1);
              if (item.s === -1) this.placeEmpty(item, dash + 1);
              seq.items.push(item);
              prevEnd = from;
              from = item.e;
            }
            this.i++;
            const last = seq.items[seq.items.length - 1]!;
            // An empty last item takes the comments written before its `-` too.
            if (last.k === K.Scalar && last.text === undefined) this.noComment(prevEnd, this.nextToken(last.e));
            this.closeBlock(seq, last);
          }
          return seq;
        }
        const map: FMap = { k: K.Map, s, e: -1, e2: -1, anchor, flow, indent: 0, keys: [], values: [] };
        if (flow) {
          if (t.charCodeAt(s) !== 123) fail('flow pair outside a flow mapping');
          let last = s + 1;
          while (this.ev[this.i]!.type !== EVENT_ID.POP) {
            const key = this.key(true);
            const colon = this.expect(key.e, 58);
            const value = this.node(null, true, colon + 1);
            map.keys.push(key);
            map.values.push(value);
            last = value.e;
          }
          this.i++;
          this.closeFlow(map, last, 125, inFlow, parent);
        } else {
          map.indent = this.indentAt(s);
          while (this.ev[this.i]!.type !== EVENT_ID.POP) {
            const key = this.key(false);
            // An implicit key: `:` follows on the same line (no `? ` explicit keys, no multi-line keys).
            let colon = key.e;
            while (t.charCodeAt(colon) === 32) colon++;
            if (t.charCodeAt(colon) !== 58) fail('explicit or multi-line key');
            if (colon - key.s > 1000) fail('long implicit key');
            if (map.keys.length > 0 && t.charCodeAt(key.s - map.indent - 1) !== 10) fail('key out of column');
            const value = this.node(map, false, colon + 1);
            if (value.s === -1) this.placeEmpty(value, colon + 1);
            map.keys.push(key);
            map.values.push(value);
          }
          this.i++;
          this.closeBlock(map, map.values[map.values.length - 1]!);
        }
        return map;
      }
      default:
        return fail('unexpected event');
    }
  }

  private key(inFlow: boolean): FScalar {
    const key = this.node(null, inFlow, 0);
    if (key.k !== K.Scalar || key.block || key.text === undefined || key.anchor) fail('key that is not a plain or quoted scalar');
    const k = key as FScalar;
    if (this.t.indexOf('\n', k.s) < k.e && this.t.indexOf('\n', k.s) !== -1) fail('multi-line key');
    return k;
  }

  private anchorName(start: number, end: number): string {
    const name = this.t.slice(start, end);
    if (name.endsWith(':')) fail('anchor or alias ending in :');
    return name;
  }

  /** An empty node sits after its `:` or `-` and the spaces that follow. */
  private placeEmpty(node: FNode, after: number): void {
    node.s = node.e = node.e2 = this.skipSpaces(after);
  }

  private skipSpaces(p: number): number {
    while (this.t.charCodeAt(p) === 32) p++;
    return p;
  }

  /** The next character that is not white space, a line break or a comment must be `ch`. */
  private expect(from: number, ch: number): number {
    const p = this.nextToken(from);
    if (this.t.charCodeAt(p) !== ch) fail(`expected ${String.fromCharCode(ch)}`);
    return p;
  }

  /** The offset of the next token after `p`: past spaces, line breaks and comments. */
  private nextToken(p: number): number {
    const t = this.t;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === 32 || c === 10 || c === 13) p++;
      else if (c === 35) {
        const nl = t.indexOf('\n', p);
        if (nl < 0) return t.length;
        p = nl + 1;
      } else return p;
    }
  }

  /**
   * A node ending at `p` on its line takes the rest of the line: spaces, a comment, the line
   * break (the yaml package's `end` tokens).
   */
  private lineEnd(p: number): number {
    const t = this.t;
    const c0 = t.charCodeAt(p);
    if (c0 === 35) fail('comment not separated by a space');
    while (t.charCodeAt(p) === 32) p++;
    const c = t.charCodeAt(p);
    if (c === 35) {
      const nl = t.indexOf('\n', p);
      return nl < 0 ? t.length : nl + 1;
    }
    if (c === 13 && t.charCodeAt(p + 1) === 10) return p + 2;
    if (c === 10) return p + 1;
    if (p >= t.length) return p;
    return fail('content after a value on its line');
  }

  /**
   * Comment lines indented deeper than the collection holding a value, right after that value
   * (blank lines between them too), are part of the value's end in the yaml package.
   */
  private absorbIndented(p: number, indent: number): number {
    const t = this.t;
    let end = p;
    let ls = p;
    while (ls < t.length) {
      if (ls > 0 && t.charCodeAt(ls - 1) !== 10) break;
      let q = ls;
      while (t.charCodeAt(q) === 32) q++;
      const c = t.charCodeAt(q);
      const nl = t.indexOf('\n', q);
      const next = nl < 0 ? t.length : nl + 1;
      if (c === 10 || (c === 13 && t.charCodeAt(q + 1) === 10)) {
        ls = next; // a blank line: taken only if a deeper comment follows
      } else if (c === 35 && q - ls > indent) {
        end = ls = next;
      } else break;
    }
    return end;
  }

  /** An empty last value takes the comments around it into its range[2], with rules of its own. */
  private noComment(from: number, to: number): void {
    const hash = this.t.indexOf('#', from);
    if (hash >= 0 && hash < to) fail('comment around an empty last value');
  }

  /** Block collections end where their last value's range[2] does; see closeBlock. */
  private closeBlock(coll: FSeq | FMap, last: FNode): void {
    const t = this.t;
    if (last.k === K.Alias || (last.k === K.Scalar && !last.block && last.text !== undefined) || ((last.k === K.Seq || last.k === K.Map) && last.flow)) {
      last.e2 = this.absorbIndented(this.lineEnd(last.e), coll.indent);
    } else if (last.k === K.Scalar && last.text === undefined) {
      // An empty last value: the yaml package gives it the comments that follow, with rules of
      // their own (the next document's --- cuts them short): not worth following.
      this.noComment(last.e, this.nextToken(last.e));
    }
    coll.e = last.e2;
    coll.e2 = coll.e;
    // Comment lines after the last value stay in this collection (so extend its range[2], and
    // the range[1] of the collections that end with it) when one of them is indented at least
    // as deep as this collection; otherwise the parent gets them.
    if (coll.indent > 0) {
      const next = this.nextToken(coll.e);
      for (let ls = coll.e; ls < next; ) {
        let q = ls;
        while (t.charCodeAt(q) === 32) q++;
        if (t.charCodeAt(q) === 35 && q - ls >= coll.indent) {
          coll.e2 = next;
          break;
        }
        const nl = t.indexOf('\n', q);
        if (nl < 0 || nl >= next) break;
        ls = nl + 1;
      }
    }
  }

  /** A flow collection ends after its closing bracket. */
  private closeFlow(coll: FSeq | FMap, from: number, close: number, inFlow: boolean, parent: FSeq | FMap | null): void {
    let p = this.nextToken(from);
    if (this.t.charCodeAt(p) === 44) p = this.nextToken(p + 1);
    if (this.t.charCodeAt(p) !== close) fail('flow collection end not where expected');
    coll.e = p + 1;
    // At the root, the yaml package ignores the indentation of a flow collection's lines.
    if (!inFlow && parent) this.checkContinuation(coll.s, coll.e, parent.indent);
  }

  /**
   * The indentation the yaml package gives a block collection starting at `s`: its column, when
   * only spaces and `- ` indicators come before it on its line.
   */
  private indentAt(s: number): number {
    const t = this.t;
    const ls = t.lastIndexOf('\n', s - 1) + 1;
    // After a BOM, the yaml package reads a block mapping at column 0 but fails on a sequence.
    if (ls === 0 && t.charCodeAt(0) === 0xfeff) return s === 1 && t.charCodeAt(1) !== 45 ? 0 : fail('block collection after a BOM');
    for (let p = ls; p < s; p++) {
      const c = t.charCodeAt(p);
      if (c === 32) continue;
      if (c === 45 && t.charCodeAt(p + 1) === 32) continue;
      fail('block collection after other content on its line');
    }
    return s - ls;
  }

  /**
   * A flow scalar or collection written over several lines in a block collection: every further
   * line must be indented deeper than the collection (its keys, or its `-`), else the yaml
   * package either rejects it or reads it only through the quoted-scalar repair: the slow path
   * decides.
   */
  private checkContinuation(s: number, e: number, indent: number): void {
    const t = this.t;
    let nl = t.indexOf('\n', s);
    while (nl >= 0 && nl < e) {
      let q = nl + 1;
      while (t.charCodeAt(q) === 32) q++;
      const c = t.charCodeAt(q);
      if (c !== 10 && c !== 13 && q - (nl + 1) <= indent) fail('continuation line not indented');
      nl = t.indexOf('\n', q);
    }
  }

  private blockScalar(ev: ScalarEvent, parent: FSeq | FMap | null, min: number, anchor: string | undefined, text: string): FScalar {
    const t = this.t;
    if (!parent) fail('block scalar outside a block collection');
    if (ev.chomping === CHOMPING_MODE.KEEP) fail('keep chomping');
    const indent = ev.indent;
    if (indent < 0 || indent <= parent!.indent) fail('block scalar without content, or not indented');
    // The header: on the line before the content, the first `|` or `>` after `min` that the
    // rest of the line reads as a header.
    const vs = ev.valueStart;
    if (vs === 0 || t.charCodeAt(vs - 1) !== 10) fail('block scalar header at the end of the text');
    const hEnd = t.charCodeAt(vs - 2) === 13 ? vs - 2 : vs - 1;
    const ls = t.lastIndexOf('\n', hEnd - 1) + 1;
    let s = -1;
    for (let p = Math.max(min, ls); p < hEnd; p++) {
      const c = t.charCodeAt(p);
      if ((c === 124 || c === 62) && /^[|>](?:[1-9][+-]?|[+-][1-9]?)?(?:[ ]+#.*|[ ]*)$/.test(t.slice(p, hEnd))) {
        s = p;
        break;
      }
    }
    if (s < 0) fail('block scalar header not found');
    // The content: js-yaml's valueEnd takes trailing blank lines, the yaml lexer drops them.
    let e = ev.valueEnd;
    for (let p = vs; p < e; ) {
      const nl = t.indexOf('\n', p);
      const lineEnd = nl < 0 || nl >= e ? e : nl;
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      if ((q === lineEnd || (t.charCodeAt(q) === 13 && q + 1 === lineEnd)) && q - p > indent) fail('blank line indented past the content');
      p = lineEnd + 1;
    }
    if (t.charCodeAt(e - 1) !== 10) {
      if (e !== t.length) fail('block scalar end not at a line end');
      const lastLs = t.lastIndexOf('\n', e - 1) + 1;
      if (/^[ ]*$/.test(t.slice(lastLs, e))) fail('block scalar ending in spaces at the end of the text');
    } else {
      // Drop trailing blank lines (never the first line of the content).
      for (;;) {
        const prevNl = t.lastIndexOf('\n', e - 2);
        if (prevNl < vs) break;
        const line = t.slice(prevNl + 1, e - 1);
        if (/^[ ]*\r?$/.test(line)) e = prevNl + 1;
        else break;
      }
    }
    return { k: K.Scalar, s, e, e2: e, anchor, text, plain: false, block: true };
  }
}

// YAML 1.1 plain scalars as the yaml package's yaml-1.1 schema resolves them, in its order.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE_RE = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/;
const FALSE_RE = /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/;
const INT_BIN_RE = /^[-+]?0b[0-1_]+$/;
const INT_OCT_RE = /^[-+]?0[0-7_]+$/;
const INT_RE = /^[-+]?[0-9][0-9_]*$/;
const INT_HEX_RE = /^[-+]?0x[0-9a-fA-F_]+$/;
const FLOAT_NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_RE = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/;
const INT_TIME_RE = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/;
const FLOAT_TIME_RE = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/;
const TIMESTAMP_RE =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/;
/** Could be anything but a string: the resolvers above only match text starting so. */
const MAYBE_NOT_STRING = /^[-+.0-9~nNyYtTfFoO<]|^$/;

const enum F {
  None,
  Oct,
  Time,
  Timestamp,
  Merge,
}

function intValue(str: string, offset: number, radix: number): number {
  const sign = str[0];
  if (sign === '-' || sign === '+') offset += 1;
  const n = parseInt(str.substring(offset).replace(/_/g, ''), radix);
  return sign === '-' ? -1 * n : n;
}

function sexagesimal(str: string): number {
  const sign = str[0];
  const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
  const res = parts
    .replace(/_/g, '')
    .split(':')
    .reduce((r, p) => r * 60 + Number(p), 0);
  return sign === '-' ? -1 * res : res;
}

/** The format the yaml package records for the last scalar resolvePlain resolved. */
let resolvedFormat = F.None;

/**
 * A plain scalar's value; the format the yaml package records for it is left in resolvedFormat
 * (no result object: this runs for every plain scalar and key).
 */
function resolvePlain(s: string, atKey: boolean): unknown {
  resolvedFormat = F.None;
  if (!MAYBE_NOT_STRING.test(s)) return s;
  if (NULL_RE.test(s)) return null;
  if (TRUE_RE.test(s)) return true;
  if (FALSE_RE.test(s)) return false;
  if (INT_BIN_RE.test(s)) return intValue(s, 2, 2);
  if (INT_OCT_RE.test(s)) {
    resolvedFormat = F.Oct;
    return intValue(s, 1, 8);
  }
  if (INT_RE.test(s)) return intValue(s, 0, 10);
  if (INT_HEX_RE.test(s)) return intValue(s, 2, 16);
  if (FLOAT_NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s.replace(/_/g, ''));
  if (atKey && s === '<<') {
    resolvedFormat = F.Merge;
    return undefined;
  }
  if (INT_TIME_RE.test(s) || FLOAT_TIME_RE.test(s)) {
    resolvedFormat = F.Time;
    return sexagesimal(s);
  }
  if (TIMESTAMP_RE.test(s)) resolvedFormat = F.Timestamp;
  return s;
}

const BOOL_SOURCE_RE = /^(true|false)$/i;
const OCT_SOURCE_RE = /^[-+]?0[0-7]+$/;

/**
 * Where each collection of a fast-path document was written, worked out when asked (locate)
 * rather than for every node as it is built: most documents never ask, and building a NodeInfo
 * (two Maps and a span per entry) for every collection was a third of the builder's time. It
 * gives what parse.ts's Builder records: spans by index or key, merged keys from their sources.
 */
class LazyNodeIndex implements NodeIndex {
  private readonly nodes = new Map<object, { node: FSeq | FMap; keys?: (string | undefined)[]; merged?: { value: Record<string, unknown>; keys: string[] }[] }>();
  private readonly made = new Map<object, NodeInfo>();

  record(value: object, node: FSeq | FMap, keys?: (string | undefined)[], merged?: { value: Record<string, unknown>; keys: string[] }[]): void {
    this.nodes.set(value, { node, keys, merged });
  }

  get(value: object): NodeInfo | undefined {
    let info = this.made.get(value);
    if (info) return info;
    const rec = this.nodes.get(value);
    if (!rec) return undefined;
    const { node } = rec;
    if (node.k === K.Seq) {
      info = { span: [node.s, node.e], children: new Map() };
      node.items.forEach((item, i) => info!.children.set(i, [item.s, item.e]));
    } else {
      const keys = new Map<string, Span>();
      info = { span: [node.s, node.e], children: new Map(), keys };
      for (let i = 0; i < node.keys.length; i++) {
        const key = rec.keys![i];
        if (key === undefined) continue;
        keys.set(key, [node.keys[i]!.s, node.keys[i]!.e]);
        info.children.set(key, [node.values[i]!.s, node.values[i]!.e]);
      }
      for (const m of rec.merged ?? []) {
        const mInfo = this.get(m.value);
        for (const k of m.keys) {
          const ks = mInfo?.keys?.get(k);
          const vs = mInfo?.children.get(k);
          if (ks) keys.set(k, ks);
          if (vs) info.children.set(k, vs);
        }
      }
    }
    this.made.set(value, info);
    return info;
  }
}

/**
 * A built node's strings are cut from the file's text; the position index keeps the node, so with
 * ownStrings they are dropped once the value is built (only offsets are read after that).
 */
function forgetText(node: FNode): void {
  node.anchor = undefined;
  if (node.k === K.Scalar) node.text = '';
  else if (node.k === K.Alias) node.name = '';
}

/** Builder (parse.ts) over FNodes: same values, NodeInfo, yaml11Scalars, limits. */
class FastBuilder {
  readonly info = new LazyNodeIndex();
  readonly yaml11: Yaml11Scalar[] = [];
  private readonly anchors = new Map<string, { value: unknown; weight: number }>();
  private readonly building = new Set<string>();
  private readonly weights = new WeakMap<object, number>();
  private aliasExtra = 0;

  constructor(
    private readonly limits: ParseLimits,
    /** Copy strings out of the file's text (see parseYaml's ownStrings). */
    private readonly ownStrings: boolean,
  ) {}

  build(node: FNode, depth: number): { value: unknown; weight: number } {
    if (depth > this.limits.maxDepth) fail('too deep');
    if (node.k === K.Alias) {
      const anchor = this.anchors.get(node.name);
      if (!anchor || this.building.has(node.name)) fail('bad alias');
      this.aliasExtra += anchor!.weight - 1;
      if (this.aliasExtra > this.limits.maxAliasExpansion) fail('alias expansion');
      return anchor!;
    }
    const anchorName = node.anchor;
    if (anchorName) this.building.add(anchorName);
    let result: { value: unknown; weight: number };
    if (node.k === K.Map) result = this.buildMap(node, depth);
    else if (node.k === K.Seq) result = this.buildSeq(node, depth);
    else result = { value: this.scalar(node), weight: 1 };
    if (anchorName) {
      this.building.delete(anchorName);
      this.anchors.set(anchorName, result);
    }
    if (this.ownStrings) forgetText(node);
    return result;
  }

  private scalar(node: FScalar): unknown {
    const text = node.text;
    if (text === undefined) return null;
    if (!node.plain) return this.own(text);
    const v = resolvePlain(text, false);
    const f = resolvedFormat;
    if (typeof v === 'boolean') {
      if (!BOOL_SOURCE_RE.test(text)) this.yaml11.push({ span: [node.s, node.e], source: this.own(text), value: v });
    } else if (f === F.Oct) {
      if (OCT_SOURCE_RE.test(text)) this.yaml11.push({ span: [node.s, node.e], source: this.own(text), value: v as number });
    } else if (f === F.Time) return this.own(text);
    return typeof v === 'string' ? this.own(v) : v;
  }

  /**
   * The string itself, or with ownStrings a copy that does not hold on to the file's text (V8
   * makes a substring of 13 characters or more a view of the whole string it was cut from).
   */
  private own(text: string): string {
    return this.ownStrings && text.length >= 13 ? (' ' + text).slice(1) : text;
  }

  private buildSeq(node: FSeq, depth: number): { value: unknown; weight: number } {
    const arr: unknown[] = [];
    let weight = 1;
    const items = node.items;
    for (let i = 0; i < items.length; i++) {
      const child = this.build(items[i]!, depth + 1);
      arr.push(child.value);
      weight += child.weight;
    }
    this.info.record(arr, node);
    this.weights.set(arr, weight);
    return { value: arr, weight };
  }

  private buildMap(node: FMap, depth: number): { value: unknown; weight: number } {
    const obj: Record<string, unknown> = {};
    // The resolved key of each entry (undefined for `<<`), for the position index.
    const keys: (string | undefined)[] = new Array(node.keys.length);
    let weight = 1;
    const merges: FNode[] = [];
    for (let i = 0; i < node.keys.length; i++) {
      const keyNode = node.keys[i]!;
      const valueNode = node.values[i]!;
      let kv: unknown = keyNode.text;
      let f = F.None;
      if (keyNode.plain) {
        kv = resolvePlain(keyNode.text!, true);
        f = resolvedFormat;
      }
      if (f === F.Merge) {
        if (valueNode.k === K.Seq) merges.push(...valueNode.items);
        else merges.push(valueNode);
        continue;
      }
      const key = kv === null ? '' : f === F.Timestamp ? keyNode.text! : String(kv);
      // Keys the yaml path calls duplicates (equal scalar values) have equal key text; so do
      // keys Builder would overwrite (`1` and "1"): either way the slow path decides.
      if (Object.prototype.hasOwnProperty.call(obj, key) || key === '__proto__') fail('duplicate key');
      keys[i] = this.own(key);
      if (this.ownStrings) forgetText(keyNode);
      const child = this.build(valueNode, depth + 1);
      obj[key] = child.value;
      weight += child.weight;
    }
    // Explicit keys win over merged ones; earlier merge sources win over later ones.
    let merged: { value: Record<string, unknown>; keys: string[] }[] | undefined;
    for (const m of merges) {
      const source = this.build(m, depth + 1).value;
      if (source === null || typeof source !== 'object' || Array.isArray(source)) continue;
      const taken: string[] = [];
      for (const [k, v] of Object.entries(source)) {
        if (k in obj) continue;
        obj[k] = v;
        taken.push(k);
        weight += v !== null && typeof v === 'object' ? (this.weights.get(v) ?? 1) : 1;
      }
      (merged ??= []).push({ value: source as Record<string, unknown>, keys: taken });
    }
    this.info.record(obj, node, keys, merged);
    this.weights.set(obj, weight);
    return { value: obj, weight };
  }
}

/**
 * The text with every quoted scalar that continues on lines not indented past its key's column
 * indented one past it (the repair parseYamlSlow makes from the yaml package's errors; it changes
 * no value, folding drops leading spaces). Lines are scanned for a value that opens a quote and
 * does not close it on its line; block scalars and comments are skipped. What this misses, the
 * parse that follows rejects, and the file takes the yaml path.
 */
function reindentQuoted(text: string): string {
  let out = '';
  let copied = 0;
  /** The indentation a block scalar's lines are deeper than, while in one. */
  let blockParent = -1;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    const indent = /^[ ]*/.exec(line)![0].length;
    const blank = indent === line.length || line[indent] === '\r';
    if (blockParent >= 0 && (blank || indent > blockParent)) {
      start = end + 1;
      continue;
    }
    blockParent = -1;
    if (blank || line[indent] === '#') {
      start = end + 1;
      continue;
    }
    if (BLOCK_SCALAR_START.test(line)) {
      blockParent = /^[ ]*(?:-[ ]+)*/.exec(line)![0].length - (/^[ ]*-[ ]+[|>]/.test(line) ? 2 : 0);
      start = end + 1;
      continue;
    }
    const open = OPENING_QUOTE.exec(line);
    const close = open ? closingQuote(text, start + open[0].length, open[2]!) : -1;
    if (!open || (close !== -1 && close < end)) {
      start = end + 1;
      continue;
    }
    // Continuation lines up to the closing quote (or the end), each indented one past the key.
    const keyColumn = open[1]!.length;
    const last = close === -1 ? text.length : close;
    let at = end + 1;
    while (at <= last && at < text.length) {
      const next = text.indexOf('\n', at);
      const lineEnd = next === -1 ? text.length : next;
      const have = /^[ ]*/.exec(text.slice(at, Math.min(lineEnd, at + keyColumn + 2)))![0].length;
      if (have < keyColumn + 1) {
        out += text.slice(copied, at) + ' '.repeat(keyColumn + 1 - have);
        copied = at;
      }
      at = lineEnd + 1;
    }
    if (close === -1) break;
    // On from the line after the closing quote's.
    start = text.indexOf('\n', close) + 1 || text.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A line whose value (or sequence item) is a block scalar: `key: |`, `- >-`, `key: |2 # note`. */
const BLOCK_SCALAR_START = /^[ ]*(?:-[ ]+)*(?:[^'"\s#-][^#]*?:[ ]+|-[ ]+)?[|>][-+0-9]*[ ]*(?:#.*)?\r?$/;

/** A line whose value (or sequence item) starts with a quote: group 1 is the key's column, group 2 the quote. */
const OPENING_QUOTE = /^([ ]*(?:-[ ]+)*)(?:[^'"\s#-][^#]*?:[ ]+|-[ ]+)?(["'])/;

/** Where a quoted scalar opened before `from` closes (the offset of its closing quote), or -1. */
export function closingQuote(text: string, from: number, quote: string): number {
  for (let k = from; k < text.length; k++) {
    const ch = text[k];
    if (quote === "'" && ch === "'") {
      if (text[k + 1] === "'") k++;
      else return k;
    } else if (quote === '"' && ch === '\\') k++;
    else if (quote === '"' && ch === '"') return k;
  }
  return -1;
}

/** Why the last parseYamlFast call fell back (for tests and benchmarks). */
export let lastFallbackReason: string | undefined;

/**
 * The fast path: the file's documents as the yaml path would give them, or undefined when the
 * file needs the yaml path (syntax problems, or anything this path does not vouch for).
 */
export function parseYamlFast(input: SourceFile, limits: ParseLimits, ownStrings = false): ParsedFile | undefined {
  let text = input.text;
  let source = input;
  lastFallbackReason = undefined;
  try {
    if (DOUBTFUL_CHARS.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) || (text.includes('\r') && LONE_CR.test(text))) fail('doubtful characters');
    const maxDepth = limits.maxDepth + 2;
    // Our own scanner reads most manifests; js-yaml reads (or rejects) the rest.
    const eventsOf = (t: string): YEvent[] => scanEvents(t, maxDepth) ?? parseEvents(t, { maxDepth });
    let events: YEvent[];
    try {
      events = eventsOf(text);
    } catch (err) {
      // Quoted scalars continued at their key's column: re-indented as parseYamlSlow does
      // (repairQuotedIndent), all at once, and the file read again.
      if ((err as { reason?: string }).reason !== 'deficient indentation') throw err;
      const repaired = reindentQuoted(text);
      if (repaired === text) throw err;
      text = repaired;
      events = eventsOf(text);
    }
    if (text !== input.text) source = new SourceFile(input.path, text, input.text);
    const docs = new Reader(text, events).documents();
    const documents = docs.map(({ root, span }, index) => {
      const builder = new FastBuilder(limits, ownStrings);
      const value = builder.build(root, 0).value;
      return new YamlDocument(source, index, value, span, [], true, builder.yaml11, builder.info, [root.s, root.e]);
    });
    return { source, documents };
  } catch (err) {
    // js-yaml's syntax errors, our own doubts, and a stack exhausted by nesting alike.
    lastFallbackReason = err instanceof Fallback ? err.reason : `js-yaml: ${(err as Error).message.split('\n')[0]}`;
    return undefined;
  }
}
