import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A finding's file as CI systems want it: relative to the repository root, with `/` separators. */
export interface ReportPath {
  /** Repo-relative (`k8s/pod.yaml`), or absolute when the file lies outside the root, or `<stdin>`-like names as given. */
  path: string;
  /** False for files outside the root and for pseudo-files such as `<stdin>`. */
  inside: boolean;
  /** Absolute path on disk (undefined for pseudo-files). */
  abs?: string;
}

/** `<stdin>`, `<run>`, `<text>`: names that are not files on disk. */
export function isPseudoFile(file: string): boolean {
  return file.startsWith('<') && file.endsWith('>');
}

export function reportPath(root: string, cwd: string, file: string): ReportPath {
  if (isPseudoFile(file)) return { path: file, inside: false };
  const abs = path.resolve(cwd, file);
  const rel = path.relative(root, abs);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  return { path: (inside ? rel : abs).split(path.sep).join('/'), inside, abs };
}

/** A relative URI reference for a repo-relative path (each segment percent-encoded), or a file: URI for others. */
export function reportUri(p: ReportPath): string {
  if (p.inside) return p.path.split('/').map(encodeURIComponent).join('/');
  if (p.abs) return pathToFileURL(p.abs).href;
  return encodeURIComponent(p.path);
}

/** The folder as a file: URI ending in `/` (SARIF's originalUriBaseIds needs the slash). */
export function folderUri(folder: string): string {
  const href = pathToFileURL(path.resolve(folder)).href;
  return href.endsWith('/') ? href : href + '/';
}
