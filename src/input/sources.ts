import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InputError } from '../types.js';
import { Matcher, globBase, globToRegExp, isGlob } from './glob.js';
import { SourceFile } from '../yaml/source.js';

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];
export const DEFAULT_IGNORES = ['node_modules/', '.git/'];
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;
export const STDIN = '-';

export interface CollectOptions {
  cwd: string;
  /** Glob patterns for paths to pass over (relative to cwd). */
  ignore: readonly string[];
}

export interface Collected {
  /** Files to read, in a stable order, each once. `-` stands for standard input. */
  files: string[];
  errors: InputError[];
  /** Things passed over on purpose, for --verbose. */
  notes: string[];
}

function rel(cwd: string, p: string): string {
  const r = path.relative(cwd, p) || '.';
  return r.split(path.sep).join('/');
}

function isManifestName(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** Expands files, folders (recursive), globs and `-` into a list of files. */
export function collectFiles(inputs: readonly string[], opts: CollectOptions): Collected {
  const out: Collected = { files: [], errors: [], notes: [] };
  const seen = new Set<string>();
  const ignore = new Matcher([...DEFAULT_IGNORES, ...opts.ignore]);
  const addFile = (p: string) => {
    // The same file reached through two links is linted once.
    let key = path.resolve(opts.cwd, p);
    try {
      key = fs.realpathSync(key);
    } catch {
      /* keep the resolved path */
    }
    if (seen.has(key)) return;
    seen.add(key);
    out.files.push(p);
  };

  const walk = (dir: string, visited: Set<string>, filter?: RegExp) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      out.errors.push({ file: dir, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (visited.has(real)) {
      out.notes.push(`${dir}: symlink loop, not followed again`);
      return;
    }
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      out.errors.push({ file: dir, message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const full = path.join(dir, ent.name);
      const r = rel(opts.cwd, full);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          out.notes.push(`${r}: broken symlink, passed over`);
          continue;
        }
      }
      if (isDir) {
        if (ignore.matches(r + '/')) {
          out.notes.push(`${r}/: ignored`);
          continue;
        }
        walk(full, visited, filter);
      } else if (isFile) {
        if (filter ? !filter.test(r) : !isManifestName(ent.name)) continue;
        if (ignore.matches(r)) {
          out.notes.push(`${r}: ignored`);
          continue;
        }
        addFile(full);
      }
    }
    visited.delete(real);
  };

  for (const input of inputs) {
    if (input === STDIN) {
      addFile(STDIN);
      continue;
    }
    const abs = path.resolve(opts.cwd, input);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      if (isGlob(input)) {
        const base = globBase(input);
        const baseAbs = path.resolve(opts.cwd, base);
        const filter = globToRegExp(rel(opts.cwd, path.resolve(opts.cwd, input)));
        const before = out.files.length;
        if (fs.existsSync(baseAbs)) walk(baseAbs, new Set(), filter);
        if (out.files.length === before) out.errors.push({ file: input, message: 'no files match this pattern' });
        continue;
      }
      const code = (e as NodeJS.ErrnoException).code;
      out.errors.push({ file: input, message: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code}` });
      continue;
    }
    if (st.isDirectory()) walk(abs, new Set());
    else addFile(abs);
  }
  return out;
}

export interface ReadOptions {
  maxFileSize: number;
  cwd: string;
  /** The name to give standard input in reports. */
  stdinFilename?: string;
}

/** How a file is named in reports: relative to the working folder when inside it. */
export function displayPath(cwd: string, file: string): string {
  if (file === STDIN) return '<stdin>';
  const r = path.relative(cwd, file);
  return !r.startsWith('..') && !path.isAbsolute(r) ? r.split(path.sep).join('/') : file;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one file as UTF-8 text; binary, oversized and undecodable files are input errors. */
export function decodeSource(name: string, bytes: Uint8Array | { tooLarge: number }, maxFileSize: number): SourceFile | InputError {
  const size = bytes instanceof Uint8Array ? bytes.length : bytes.tooLarge;
  if (size > maxFileSize || !(bytes instanceof Uint8Array)) {
    return {
      file: name,
      message: `file is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxFileSize / 1048576).toFixed(0)} MiB limit (raise it with --max-file-size)`,
    };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    // UTF-16 with a BOM is legal YAML; anything else with NUL bytes is binary.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      const le = bytes[0] === 0xff;
      const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
      return new SourceFile(name, text);
    }
    return { file: name, message: 'binary file (it holds NUL bytes), not YAML' };
  }
  try {
    return new SourceFile(name, decoder.decode(bytes));
  } catch {
    // Say where: decode leniently and find the first replacement character.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = new SourceFile(name, lenient).position(Math.max(0, lenient.indexOf('\uFFFD')));
    return { file: name, message: `not valid UTF-8 (first bad byte at line ${at.line}, column ${at.column})` };
  }
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A file's bytes. With `maxFileSize`, a regular file larger than that is not read at all: a
 * Uint8Array of its size is not allocated, only its length is reported (decodeSource refuses it).
 * `knownSize`: the file's size when the caller has already read it.
 */
export function readFileBytes(file: string, maxFileSize?: number, knownSize?: number): Uint8Array | InputError | { tooLarge: number } {
  try {
    if (maxFileSize !== undefined) {
      // The size the caller already read from the file system (a regular file), else ask now.
      const size = knownSize ?? (() => {
        const st = fs.statSync(file);
        return st.isFile() ? st.size : 0;
      })();
      if (size > maxFileSize) return { tooLarge: size };
    }
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { file, message: code === 'EACCES' ? 'permission denied' : `cannot read: ${code ?? (e as Error).message}` };
  }
}
