import type { Finding } from '../types.js';

/**
 * Expected findings written into a manifest as comments, in the spirit of ESLint's RuleTester:
 *
 *         - containerPort: 8080
 *     #     ^^^^^^^^^^^^^ port-conflict
 *
 * The carets sit under the offending text of the line above (the nearest line that is not itself
 * an expectation); their first column is the finding's column and, on a one-line finding, their
 * end is its end. For what carets cannot reach (column 1), write `# expect: <rule> <line>:<col>`;
 * `# expect: <rule>` alone expects the finding anywhere in the file. Text after the rule id (or
 * the position) must appear in the message. Rule ids of the user's policies (`main.deny`,
 * `vap:name`) are written the same way.
 */
export interface Expectation {
  ruleId: string;
  /** Undefined: anywhere in the file. */
  line?: number;
  column?: number;
  /** Exclusive end column, when given by carets. */
  endColumn?: number;
  message?: string;
  /** Line of the comment that states it, for failure messages. */
  writtenAt: number;
}

const RULE_ID = '[A-Za-z0-9][\\w.:/-]*';
const CARET = new RegExp(`^\\s*#\\s*(\\^+)\\s+(${RULE_ID})(?:\\s+(.*))?$`);
const EXPLICIT = new RegExp(`^\\s*#\\s*expect:\\s+(${RULE_ID})(?:\\s+(\\d+):(\\d+)(?:-(\\d+))?)?(?:\\s+(.*))?$`);

export function parseExpectations(text: string): Expectation[] {
  const lines = text.split(/\r?\n/);
  const out: Expectation[] = [];
  let target = 0;
  lines.forEach((line, i) => {
    const n = i + 1;
    const caret = CARET.exec(line);
    if (caret) {
      const column = line.indexOf('^') + 1;
      out.push({ ruleId: caret[2]!, line: target, column, endColumn: column + caret[1]!.length, message: caret[3]?.trim(), writtenAt: n });
      return;
    }
    const explicit = EXPLICIT.exec(line);
    if (explicit) {
      out.push({
        ruleId: explicit[1]!,
        line: explicit[2] ? Number(explicit[2]) : undefined,
        column: explicit[3] ? Number(explicit[3]) : undefined,
        endColumn: explicit[4] ? Number(explicit[4]) : undefined,
        message: explicit[5]?.trim(),
        writtenAt: n,
      });
      return;
    }
    target = n;
  });
  return out;
}

/** Options a fixture asks for in a `# fixture: {...}` comment (JSON: kubeVersion, rules). */
export function parseFixtureOptions(text: string): Record<string, unknown> {
  const m = /^#\s*fixture:\s*(\{.*\})\s*$/m.exec(text);
  return m ? (JSON.parse(m[1]!) as Record<string, unknown>) : {};
}

export interface Mismatch {
  missing: Expectation[];
  unexpected: Finding[];
}

function matches(e: Expectation, f: Finding): boolean {
  if (e.ruleId !== f.ruleId) return false;
  if (e.line !== undefined && e.line !== f.range.start.line) return false;
  if (e.column !== undefined && e.column !== f.range.start.column) return false;
  const oneLine = f.range.start.line === f.range.end.line;
  if (e.endColumn !== undefined && oneLine && e.endColumn - (e.column ?? 0) > 1 && f.range.end.column !== e.endColumn) return false;
  if (e.message && !f.message.includes(e.message)) return false;
  return true;
}

/** Pairs expectations with findings; what is left over on either side is a mismatch. */
export function compareExpectations(expected: readonly Expectation[], actual: readonly Finding[]): Mismatch {
  const unexpected = [...actual];
  const missing: Expectation[] = [];
  for (const e of expected) {
    const i = unexpected.findIndex((f) => matches(e, f));
    if (i === -1) missing.push(e);
    else unexpected.splice(i, 1);
  }
  return { missing, unexpected };
}

export function formatFinding(f: Finding): string {
  const r = f.range;
  return `${f.ruleId} ${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column} ${f.message}`;
}

export function formatExpectation(e: Expectation): string {
  const at = e.line === undefined ? 'anywhere' : `${e.line}${e.column !== undefined ? ':' + e.column : ''}${e.endColumn ? '-' + e.endColumn : ''}`;
  return `${e.ruleId} ${at}${e.message ? ' "' + e.message + '"' : ''}${e.writtenAt ? ` (written at line ${e.writtenAt})` : ''}`;
}
