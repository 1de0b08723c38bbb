/**
 * Minimal glob matching for inputs and ignore patterns: `**` (any folders), `*` and `?` (within
 * one path segment), `{a,b}` and `[abc]`. A pattern without a slash matches a name at any depth,
 * as in .gitignore; a trailing slash matches a folder and everything under it.
 */
export function globToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\/g, '/');
  let dirOnly = false;
  if (p.endsWith('/')) {
    dirOnly = true;
    p = p.slice(0, -1);
  }
  const anchored = p.includes('/');
  if (p.startsWith('./')) p = p.slice(2);
  if (p.startsWith('/')) p = p.slice(1);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atSegmentStart = i === 0 || p[i - 1] === '/';
        const atSegmentEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          i += 1;
          if (p[i + 1] === '/') {
            i += 1;
            re += '(?:.*/)?';
          } else re += '.*';
          continue;
        }
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = p.indexOf('}', i);
      if (close === -1) re += '\\{';
      else {
        re += '(?:' + p.slice(i + 1, close).split(',').map(escapeRe).join('|') + ')';
        i = close;
      }
    } else if (c === '[') {
      const close = p.indexOf(']', i);
      if (close === -1) re += '\\[';
      else {
        re += '[' + p.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += escapeRe(c);
  }
  const prefix = anchored ? '^' : '(?:^|/)';
  const suffix = dirOnly ? '/' : '(?:/|$)';
  return new RegExp(prefix + re + suffix);
}

function escapeRe(s: string): string {
  return s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
}

export function isGlob(s: string): boolean {
  return /[*?{[]/.test(s);
}

/** The folder part of a glob before its first wildcard: where to start walking. */
export function globBase(pattern: string): string {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const base: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    base.push(part);
  }
  if (base.length === parts.length) base.pop();
  const joined = base.join('/');
  return joined === '' ? (pattern.startsWith('/') ? '/' : '.') : joined;
}

export class Matcher {
  private readonly res: RegExp[];
  constructor(patterns: readonly string[]) {
    this.res = patterns.filter((p) => p.trim() !== '' && !p.startsWith('#')).map(globToRegExp);
  }
  /** `rel` uses forward slashes; folders are tested with a trailing slash. */
  matches(rel: string): boolean {
    return this.res.some((r) => r.test(rel));
  }
}
