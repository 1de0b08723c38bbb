// The one data model shared by the engine, the rules, the reporters and every front door.

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/** Orders severities so that thresholds can be compared: info < warning < error. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** A path into a parsed YAML value: map keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

/** 1-based line and column; columns count UTF-16 code units, as LSP and SARIF do. */
export interface Position {
  line: number;
  column: number;
}

/** `end` is exclusive: the position just after the last character. */
export interface Range {
  start: Position;
  end: Position;
}

/** A text edit for --fix and editor quick fixes, in offsets of the file's text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface ObjectRef {
  apiVersion?: string;
  kind: string;
  name?: string;
  namespace?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One line that names the containers, ports or volumes involved. */
  message: string;
  /** The file as given on the command line (or `<stdin>`). */
  file: string;
  range: Range;
  /** 0-based index of the YAML document in its file. */
  documentIndex?: number;
  object?: ObjectRef;
  container?: string;
  /** The YAML path of the node the finding points at (for machines; positions are in `range`). */
  path?: NodePath;
  docsUrl?: string;
  fix?: Fix;
  /** Set when a suppression matched: the finding is kept out of counts and most reports. */
  suppressed?: { kind: 'comment' | 'annotation' | 'config'; reason?: string };
}

/** A problem with the run's input itself (unreadable path, bad config): exit code 2. */
export interface InputError {
  file?: string;
  message: string;
  /** Set when the run was refused as too large for the heap: the bytes of YAML it would read. */
  runBytes?: number;
}
