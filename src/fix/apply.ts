import type { Finding, TextEdit } from '../types.js';

/**
 * Applies the fixes of some findings to a text. Edits are offsets into that text; a fix whose
 * edits overlap an earlier fix's is left for the next pass (the caller re-lints and tries again).
 */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: Finding[] } {
  const taken: [number, number][] = [];
  const edits: TextEdit[] = [];
  const applied: Finding[] = [];
  const overlaps = (e: TextEdit) => taken.some(([s, t]) => e.start < t && s < e.end || (e.start === e.end && e.start === s && s === t));
  for (const f of findings) {
    if (!f.fix || f.suppressed) continue;
    if (f.fix.edits.some(overlaps)) continue;
    for (const e of f.fix.edits) {
      taken.push([e.start, e.end]);
      edits.push(e);
    }
    applied.push(f);
  }
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return { text: out, applied };
}

/** The line break a text uses, so that inserted lines match (CRLF files stay CRLF). */
export function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}
