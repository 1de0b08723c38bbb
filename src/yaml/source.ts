import type { Position, Range } from '../types.js';

/** One file's text and the means to turn offsets into 1-based line/column, built on demand. */
export class SourceFile {
  private lineStarts: number[] | undefined;
  /** The text, while it is held (see releaseText). */
  private held: string | undefined;
  private reread: (() => string) | undefined;
  /** The text's length, known when the text is not held. */
  readonly length: number;

  constructor(
    /** The path as the user gave it (or `<stdin>`); reports print this. */
    readonly path: string,
    text: string,
    /** The text as read, when `text` had to be re-indented to parse (see parseYaml); else undefined. */
    readonly originalText?: string,
  ) {
    this.held = text;
    this.length = text.length;
  }

  /** The text; read again from the file when it was let go (releaseText). */
  get text(): string {
    if (this.held === undefined) {
      const text = this.reread!();
      // The positions found earlier hold only for the same text.
      if (text.length !== this.length) throw new Error(`${this.path} changed on disk while it was linted`);
      this.held = text;
    }
    return this.held;
  }

  /**
   * Lets the text go until something asks for it again (a late finding placed in the file, a
   * code frame): `reread` reads the file again. Line starts are kept.
   */
  releaseText(reread: () => string): void {
    this.starts();
    this.reread = reread;
    this.held = undefined;
  }

  /** Lets the text go again when it was let go once (releaseText) and read back since. */
  releaseTextAgain(): void {
    if (this.reread) this.held = undefined;
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      const text = this.text;
      let i = text.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  position(offset: number): Position {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** The text of a 1-based line, without its line break. */
  line(n: number): string {
    const starts = this.starts();
    const s = starts[n - 1];
    if (s === undefined) return '';
    const e = n < starts.length ? starts[n]! - 1 : this.text.length;
    return this.text.slice(s, e).replace(/\r$/, '');
  }

  get lineCount(): number {
    return this.starts().length;
  }

  /** Offset of the start of a 1-based line. */
  lineStart(n: number): number {
    return this.starts()[n - 1] ?? this.length;
  }
}
