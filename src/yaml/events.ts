/**
 * js-yaml's event stream for the YAML Kubernetes manifests are written in, about three times
 * faster than js-yaml's own parseEvents. It follows js-yaml's parser function by function
 * (readBlockMapping, readBlockSequence, readPlainScalar...) and keeps the same state (position,
 * line, lineStart, lineIndent), so it gives exactly the events js-yaml gives, but leaves out what
 * manifests do not use: tags, anchors, aliases, explicit keys, directives, `...`, nested compact
 * sequences (`- - x`), pairs in flow sequences, tabs, CR, surrogates.
 *
 * Its only answers are js-yaml's events or undefined: wherever js-yaml would throw, and wherever
 * it meets what it leaves out, it gives up and the caller asks js-yaml, which gives the events or
 * the error. What it saves is js-yaml's generality: property records and state snapshots made for
 * every node, and the same text read again by readers tried in turn.
 * test/fast-parse.test.ts holds it to js-yaml's events on the corpus, generated and mutated texts.
 */
import { EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE, CHOMPING_MODE, type Event as YEvent } from 'js-yaml';

/** Thrown where js-yaml would throw or the text needs what this file leaves out. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

const NO = -1;
const NO_DIRECTIVES: never[] = [];
// Characters never read here: tabs, CR, controls, surrogates (js-yaml checks them in scalars), a BOM.
const UNHANDLED = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

const isWsOrEol = (c: number): boolean => c === 32 || c === 10;
const isWsOrEolOrEnd = (c: number): boolean => c === 0 || c === 32 || c === 10;
const isFlowIndicator = (c: number): boolean => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
const isSimpleEscape = (c: number): boolean =>
  c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);

class Scanner {
  /** The text with js-yaml's trailing NUL, so that reading past the end gives 0. */
  private readonly s: string;
  private readonly n: number;
  private pos = 0;
  private line = 0;
  private lineStart = 0;
  private lineIndent = 0;
  private depth = 0;
  readonly events: YEvent[] = [];

  constructor(
    text: string,
    private readonly maxDepth: number,
  ) {
    this.s = `${text}\0`;
    this.n = text.length;
  }

  run(): YEvent[] {
    while (this.pos < this.n) {
      this.skipSeparation(true);
      if (this.pos >= this.n) break;
      this.document();
    }
    return this.events;
  }

  private ch(p: number): number {
    return this.s.charCodeAt(p);
  }

  /** js-yaml's skipSeparationSpace: spaces, comments (when allowed), line breaks; counts the breaks. */
  private skipSeparation(allowComments: boolean): number {
    const s = this.s;
    let p = this.pos;
    let breaks = 0;
    let ch = s.charCodeAt(p);
    let separated = p === this.lineStart || isWsOrEol(s.charCodeAt(p - 1));
    while (ch !== 0) {
      while (ch === 32) {
        separated = true;
        ch = s.charCodeAt(++p);
      }
      if (allowComments && separated && ch === 35) {
        do ch = s.charCodeAt(++p);
        while (ch !== 10 && ch !== 0);
      }
      if (ch !== 10) break;
      p++;
      this.line++;
      this.lineStart = p;
      breaks++;
      separated = true;
      let indent = 0;
      ch = s.charCodeAt(p);
      while (ch === 32) {
        indent++;
        ch = s.charCodeAt(++p);
      }
      this.lineIndent = indent;
    }
    this.pos = p;
    return breaks;
  }

  private isDocumentSeparator(p: number): boolean {
    const ch = this.ch(p);
    return (ch === 45 || ch === 46) && this.ch(p + 1) === ch && this.ch(p + 2) === ch && isWsOrEolOrEnd(this.ch(p + 3));
  }

  private atDocumentBoundary(): boolean {
    return this.pos === this.lineStart && this.isDocumentSeparator(this.pos);
  }

  private document(): void {
    this.skipSeparation(true);
    const ch = this.ch(this.pos);
    if (this.lineIndent === 0 && ch === 37) giveUp(); // a directive
    let explicitStart = false;
    if (this.lineIndent === 0 && ch === 45 && this.ch(this.pos + 1) === 45 && this.ch(this.pos + 2) === 45 && isWsOrEolOrEnd(this.ch(this.pos + 3))) {
      explicitStart = true;
      const markerLine = this.line;
      this.pos += 3;
      this.skipSeparation(true);
      if (this.line === markerLine && this.pos < this.n) giveUp(); // content on the --- line
    }
    if (this.pos === this.lineStart && this.ch(this.pos) === 46 && this.isDocumentSeparator(this.pos)) giveUp(); // `...`
    this.events.push({ type: EVENT_ID.DOCUMENT, explicitStart, explicitEnd: false, directives: NO_DIRECTIVES } as YEvent);
    // The root: parseNode(lineIndent - 1, BLOCK_OUT, no seeking, compact).
    const c = this.ch(this.pos);
    if (c === 0 || this.atDocumentBoundary()) this.empty();
    else if (c === 45 && isWsOrEolOrEnd(this.ch(this.pos + 1))) this.blockSequence(this.pos - this.lineStart);
    else if (!this.blockMapping(this.pos - this.lineStart, this.lineIndent)) giveUp();
    this.skipSeparation(true);
    // The next document's --- or the end; `...` and anything else: js-yaml decides.
    if (this.pos < this.n && !(this.pos === this.lineStart && this.ch(this.pos) === 45 && this.isDocumentSeparator(this.pos))) giveUp();
    this.events.push({ type: EVENT_ID.POP } as YEvent);
  }

  private enter(): void {
    if (++this.depth >= this.maxDepth) giveUp();
  }

  private empty(): void {
    this.scalar(NO, NO, SCALAR_STYLE.PLAIN, false);
  }

  private scalar(valueStart: number, valueEnd: number, style: number, fast: boolean, chomping: number = CHOMPING_MODE.CLIP, indent = -1): void {
    this.events.push({ type: EVENT_ID.SCALAR, valueStart, valueEnd, anchorStart: NO, anchorEnd: NO, tagStart: NO, tagEnd: NO, style, chomping, indent, fast } as YEvent);
  }

  private collection(type: number, start: number, style: number): YEvent {
    return { type, start, anchorStart: NO, anchorEnd: NO, tagStart: NO, tagEnd: NO, style } as YEvent;
  }

  /** readBlockSequence, at a `-` followed by a space, a line break or the end. */
  private blockSequence(nodeIndent: number): void {
    this.enter();
    this.events.push(this.collection(EVENT_ID.SEQUENCE, this.pos, COLLECTION_STYLE.BLOCK));
    while (this.ch(this.pos) === 45 && isWsOrEolOrEnd(this.ch(this.pos + 1))) {
      const entryLine = this.line;
      this.pos++;
      const hadBreak = this.skipSeparation(true) > 0;
      if (hadBreak && this.lineIndent <= nodeIndent) this.empty();
      else this.sequenceItem(nodeIndent);
      this.skipSeparation(true);
      if (this.lineIndent < nodeIndent || this.pos >= this.n) break;
      if (this.lineIndent > nodeIndent) giveUp();
      if (this.line === entryLine && this.ch(this.pos) === 45 && isWsOrEolOrEnd(this.ch(this.pos + 1))) giveUp();
    }
    this.events.push({ type: EVENT_ID.POP } as YEvent);
    this.depth--;
  }

  /** parseNode(seqIndent, BLOCK_IN, no seeking, compact): an entry's node. */
  private sequenceItem(seqIndent: number): void {
    const ch = this.ch(this.pos);
    if (ch === 33 || ch === 38) giveUp(); // a tag or an anchor
    if (ch === 45 && isWsOrEolOrEnd(this.ch(this.pos + 1))) giveUp(); // `- - x`
    if (this.blockMapping(this.pos - this.lineStart, seqIndent + 1)) return;
    if (ch === 124 || ch === 62) this.blockScalar(seqIndent + 1);
    else this.empty();
  }

  /** parseNode(mapIndent, BLOCK_OUT, seeking, not compact): the value after `key:`. */
  private mappingValue(mapIndent: number): void {
    let atNewLine = false;
    let indentStatus = 1;
    if (this.skipSeparation(true) > 0) {
      atNewLine = true;
      indentStatus = this.lineIndent > mapIndent ? 1 : this.lineIndent === mapIndent ? 0 : -1;
    }
    const ch = this.ch(this.pos);
    if (indentStatus !== -1 && (ch === 33 || ch === 38)) giveUp(); // a tag or an anchor
    const flowIndent = mapIndent + 1;
    const blockIndent = this.pos - this.lineStart;
    const dash = ch === 45 && isWsOrEolOrEnd(this.ch(this.pos + 1));
    if (indentStatus === 1 && atNewLine) {
      if (dash) this.blockSequence(blockIndent);
      else if (this.blockMapping(blockIndent, flowIndent)) return;
      else if (ch === 124 || ch === 62) this.blockScalar(flowIndent);
      else this.empty();
    } else if (indentStatus === 1) {
      if (ch === 91 || ch === 123) this.flowCollection(flowIndent);
      else if (ch === 124 || ch === 62) this.blockScalar(flowIndent);
      else if (ch === 39) this.singleQuoted(flowIndent);
      else if (ch === 34) this.doubleQuoted(flowIndent);
      else if (ch === 42) giveUp(); // an alias
      else if (!this.plain(flowIndent, false)) this.empty();
    } else if (indentStatus === 0 && dash) this.blockSequence(blockIndent);
    else this.empty();
  }

  /**
   * readBlockMapping: false when no key could be read here. Its first key, when `:` does not
   * follow on the same line, is the node itself (a scalar or a flow collection), as in js-yaml.
   */
  private blockMapping(nodeIndent: number, flowIndent: number): boolean {
    let detected = false;
    let ch = this.ch(this.pos);
    while (ch !== 0) {
      const following = this.ch(this.pos + 1);
      const entryLine = this.line;
      if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) giveUp(); // explicit or empty key
      const keyAt = this.pos;
      const keyEvent = this.events.length;
      if (!this.keyCandidate(flowIndent)) break;
      if (this.line !== entryLine) {
        if (detected) giveUp();
        return true;
      }
      ch = this.ch(this.pos);
      while (ch === 32) ch = this.ch(++this.pos);
      if (ch !== 58) {
        if (detected) giveUp();
        return true;
      }
      if (!isWsOrEolOrEnd(this.ch(++this.pos))) giveUp();
      if (!detected) {
        this.enter();
        this.events.splice(keyEvent, 0, this.collection(EVENT_ID.MAPPING, keyAt, COLLECTION_STYLE.BLOCK));
        detected = true;
      }
      this.mappingValue(nodeIndent);
      this.skipSeparation(true);
      ch = this.ch(this.pos);
      if ((this.line === entryLine || this.lineIndent > nodeIndent) && ch !== 0) giveUp();
      else if (this.lineIndent < nodeIndent) break;
    }
    if (!detected) return false;
    this.events.push({ type: EVENT_ID.POP } as YEvent);
    this.depth--;
    return true;
  }

  /** parseNode(flowIndent, FLOW_OUT, no seeking, compact): a key, or the node a key was looked for in. */
  private keyCandidate(flowIndent: number): boolean {
    const ch = this.ch(this.pos);
    if (ch === 33 || ch === 38 || ch === 42) giveUp(); // a tag, an anchor, an alias
    if (ch === 91 || ch === 123) {
      this.flowCollection(flowIndent);
      return true;
    }
    if (ch === 39) return this.singleQuoted(flowIndent);
    if (ch === 34) return this.doubleQuoted(flowIndent);
    return this.plain(flowIndent, false);
  }

  /** readPlainScalar. */
  private plain(nodeIndent: number, inFlow: boolean): boolean {
    let ch = this.ch(this.pos);
    // canStartPlainScalar
    if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
    if (ch === 63 || ch === 45) {
      const following = this.ch(this.pos + 1);
      if (isWsOrEolOrEnd(following) || (inFlow && isFlowIndicator(following))) return false;
    }
    const s = this.s;
    const start = this.pos;
    let end = start;
    let multiline = false;
    while (ch !== 0) {
      if (this.pos === this.lineStart && this.isDocumentSeparator(this.pos)) break;
      if (ch === 58) {
        const following = s.charCodeAt(this.pos + 1);
        if (isWsOrEolOrEnd(following) || (inFlow && isFlowIndicator(following))) break;
      } else if (ch === 35) {
        if (isWsOrEol(s.charCodeAt(this.pos - 1))) break;
      } else if (inFlow && isFlowIndicator(ch)) break;
      else if (ch === 10) {
        const { pos, line, lineStart, lineIndent } = this;
        this.skipSeparation(false);
        if (this.lineIndent >= nodeIndent) {
          multiline = true;
          ch = s.charCodeAt(this.pos);
          continue;
        }
        this.pos = pos;
        this.line = line;
        this.lineStart = lineStart;
        this.lineIndent = lineIndent;
        break;
      }
      if (ch !== 32) end = this.pos + 1;
      ch = s.charCodeAt(++this.pos);
    }
    if (end === start) return false;
    this.scalar(start, end, SCALAR_STYLE.PLAIN, !multiline);
    return true;
  }

  /** readFlowScalarBreak: a line break inside a quoted scalar. */
  private quotedBreak(nodeIndent: number): void {
    this.skipSeparation(false);
    if (this.lineIndent < nodeIndent) giveUp(); // "deficient indentation": js-yaml's error starts the repair
  }

  private singleQuoted(nodeIndent: number): boolean {
    const s = this.s;
    const start = ++this.pos;
    let simple = true;
    for (let ch = s.charCodeAt(this.pos); ch !== 0; ch = s.charCodeAt(this.pos)) {
      if (ch === 39) {
        if (s.charCodeAt(this.pos + 1) === 39) {
          simple = false;
          this.pos += 2;
          continue;
        }
        this.scalar(start, this.pos++, SCALAR_STYLE.SINGLE_QUOTED, simple);
        return true;
      }
      if (ch === 10) {
        simple = false;
        this.quotedBreak(nodeIndent);
      } else if ((this.pos === this.lineStart && this.isDocumentSeparator(this.pos)) || ch < 32) giveUp();
      else this.pos++;
    }
    return giveUp();
  }

  private doubleQuoted(nodeIndent: number): boolean {
    const s = this.s;
    const start = ++this.pos;
    let simple = true;
    for (let ch = s.charCodeAt(this.pos); ch !== 0; ch = s.charCodeAt(this.pos)) {
      if (ch === 34) {
        this.scalar(start, this.pos++, SCALAR_STYLE.DOUBLE_QUOTED, simple);
        return true;
      }
      if (ch === 92) {
        simple = false;
        const escaped = s.charCodeAt(++this.pos);
        if (escaped === 10) this.quotedBreak(nodeIndent);
        else if (isSimpleEscape(escaped)) this.pos++;
        else {
          let hexLength = escaped === 120 ? 2 : escaped === 117 ? 4 : escaped === 85 ? 8 : giveUp();
          while (hexLength-- > 0) if (!isHex(s.charCodeAt(++this.pos))) giveUp();
          this.pos++;
        }
      } else if (ch === 10) {
        simple = false;
        this.quotedBreak(nodeIndent);
      } else if ((this.pos === this.lineStart && this.isDocumentSeparator(this.pos)) || ch < 32) giveUp();
      else this.pos++;
    }
    return giveUp();
  }

  /** readBlockScalar, at its `|` or `>`. */
  private blockScalar(parentIndent: number): void {
    const s = this.s;
    const style = s.charCodeAt(this.pos) === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let chomping: number = CHOMPING_MODE.CLIP;
    let indent = -1;
    let detectedIndent = false;
    this.pos++;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === 43 || c === 45) {
        if (chomping !== CHOMPING_MODE.CLIP) giveUp();
        chomping = c === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
        this.pos++;
      } else if (c >= 48 && c <= 57) {
        if (c === 48 || detectedIndent) giveUp();
        indent = parentIndent + (c - 48) - 1;
        detectedIndent = true;
        this.pos++;
      } else break;
    }
    let hadSpace = false;
    while (s.charCodeAt(this.pos) === 32) {
      hadSpace = true;
      this.pos++;
    }
    if (hadSpace && s.charCodeAt(this.pos) === 35) while (s.charCodeAt(this.pos) !== 10 && s.charCodeAt(this.pos) !== 0) this.pos++;
    if (s.charCodeAt(this.pos) === 10) this.lineBreak();
    else if (s.charCodeAt(this.pos) !== 0) giveUp();
    let contentIndent = detectedIndent ? indent : -1;
    let maxLeadingIndent = 0;
    const valueStart = this.pos;
    let valueEnd = this.pos;
    while (s.charCodeAt(this.pos) !== 0) {
      const linePosition = this.pos;
      let column = 0;
      while (s.charCodeAt(linePosition + column) === 32) column++;
      const first = s.charCodeAt(linePosition + column);
      if (first === 0) {
        if (contentIndent >= 0) {
          if (column > contentIndent) valueEnd = linePosition + column;
        } else if (column > 0) valueEnd = linePosition + column;
        break;
      }
      if (this.atDocumentBoundary()) break;
      const blank = first === 10;
      if (!detectedIndent && contentIndent === -1) {
        if (blank) maxLeadingIndent = Math.max(maxLeadingIndent, column);
        else if (column >= parentIndent && column < maxLeadingIndent) giveUp();
      }
      if (contentIndent === -1 && !blank && column < parentIndent) {
        this.lineIndent = column;
        this.pos = linePosition + column;
        break;
      }
      if (!detectedIndent && !blank && contentIndent === -1) contentIndent = column;
      const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
      if (!blank && column < requiredIndent) {
        this.lineIndent = column;
        this.pos = linePosition + column;
        break;
      }
      const nl = s.indexOf('\n', linePosition + column);
      this.pos = nl < 0 ? this.n : nl;
      valueEnd = this.pos;
      if (s.charCodeAt(this.pos) === 10) {
        this.lineBreak();
        valueEnd = this.pos;
      }
    }
    this.scalar(valueStart, valueEnd, style, false, chomping, contentIndent);
  }

  /** consumeLineBreak, at a line feed. */
  private lineBreak(): void {
    this.pos++;
    this.line++;
    this.lineStart = this.pos;
    this.lineIndent = 0;
  }

  /** readFlowCollection, at its `[` or `{`; pairs only in mappings, never empty or explicit. */
  private flowCollection(nodeIndent: number): void {
    this.enter();
    const isMapping = this.ch(this.pos) === 123;
    const terminator = isMapping ? 125 : 93;
    this.events.push(this.collection(isMapping ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, this.pos, COLLECTION_STYLE.FLOW));
    this.pos++;
    let readNext = true;
    while (this.ch(this.pos) !== 0) {
      this.flowSeparation(nodeIndent);
      let ch = this.ch(this.pos);
      if (ch === terminator) {
        this.pos++;
        this.events.push({ type: EVENT_ID.POP } as YEvent);
        this.depth--;
        return;
      }
      if (!readNext || ch === 44) giveUp();
      if (ch === 63 && isWsOrEol(this.ch(this.pos + 1))) giveUp(); // an explicit pair
      const entryLine = this.line;
      if (!this.flowNode(nodeIndent)) giveUp();
      this.flowSeparation(nodeIndent);
      ch = this.ch(this.pos);
      if ((isMapping || this.line === entryLine) && ch === 58) {
        if (!isMapping) giveUp(); // a pair in a flow sequence
        this.pos++;
        this.flowSeparation(nodeIndent);
        if (!this.flowNode(nodeIndent)) giveUp(); // an empty value
        this.flowSeparation(nodeIndent);
      } else if (isMapping) giveUp(); // a key without a value
      if (this.ch(this.pos) === 44) {
        readNext = true;
        this.pos++;
      } else readNext = false;
    }
    giveUp();
  }

  /** skipFlowSeparationSpace. */
  private flowSeparation(nodeIndent: number): void {
    const startLine = this.line;
    this.skipSeparation(true);
    if (this.line > startLine && this.lineIndent < nodeIndent) giveUp();
  }

  /** parseNode(nodeIndent, FLOW_IN, no seeking, compact): false when there is no node here. */
  private flowNode(nodeIndent: number): boolean {
    const ch = this.ch(this.pos);
    if (ch === 33 || ch === 38 || ch === 42) giveUp();
    if (ch === 91 || ch === 123) {
      this.flowCollection(nodeIndent);
      return true;
    }
    if (ch === 39) return this.singleQuoted(nodeIndent);
    if (ch === 34) return this.doubleQuoted(nodeIndent);
    return this.plain(nodeIndent, true);
  }
}

/**
 * js-yaml's parseEvents(text) for the texts this file reads, or undefined: then js-yaml decides.
 * `maxDepth` is js-yaml's; nesting that deep gives up here.
 */
export function scanEvents(text: string, maxDepth: number): YEvent[] | undefined {
  if (UNHANDLED.test(text)) return undefined;
  try {
    return new Scanner(text, maxDepth).run();
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}
