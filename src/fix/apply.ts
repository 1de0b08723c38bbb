import type { Finding, Fix, TextEdit } from '../types.js';

/**
 * Whether two edits may go in together. Overlapping ranges may not; neither may edits that touch
 * (one ends where the other starts): an insertion at the end of a deleted block may belong to
 * the block (a `readOnly: true` for the last mount of a container being moved) and would be left
 * behind. Those wait for the next pass, which sees the text the first one produced.
 */
export function editsConflict(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A fix's edits are well formed: in range, in order, not overlapping each other. */
function wellFormed(fix: Fix, length: number): boolean {
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
  return sorted.every((e, i) => e.start >= 0 && e.start <= e.end && e.end <= length && (i === 0 || sorted[i - 1]!.end <= e.start));
}

/** Applies edits (offsets into `text`, none overlapping) in one go. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let last = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(last, e.start) + e.text;
    last = e.end;
  }
  return out + text.slice(last);
}

/**
 * Applies the fixes of some findings to a text, in order, each fix whole or not at all: a fix
 * with an edit that conflicts with one already taken (see `editsConflict`) is left for the next
 * pass (the caller re-lints the result and tries again). Suppressed findings are skipped.
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: Finding[] } {
  const taken: TextEdit[] = [];
  const applied: Finding[] = [];
  for (const f of findings) {
    if (!f.fix || f.suppressed || f.fix.edits.length === 0 || !wellFormed(f.fix, text.length)) continue;
    if (f.fix.edits.some((e) => taken.some((t) => editsConflict(e, t)))) continue;
    taken.push(...f.fix.edits);
    applied.push(f);
  }
  return { text: applyEdits(text, taken), applied };
}

/** The line break a text uses, so that inserted lines match (CRLF files stay CRLF). */
export function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}
