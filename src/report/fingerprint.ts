import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';

/**
 * Fingerprints that survive edits elsewhere in the file (no line numbers in them) and are unique
 * within one report: findings with the same rule, file, object, container and message get an
 * occurrence number in file order (GitLab keeps only the first issue of a fingerprint; code
 * scanning would merge them into one alert).
 */
export function fingerprints(findings: readonly Finding[], pathOf: (f: Finding) => string): Map<Finding, string> {
  const seen = new Map<string, number>();
  const out = new Map<Finding, string>();
  for (const f of findings) {
    const o = f.object;
    const basis = [f.ruleId, pathOf(f), o?.kind, o?.namespace, o?.name, f.container, f.message].join('\u0000');
    const hash = hashOf(basis);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    out.set(f, n === 1 ? hash : `${hash}:${n}`);
  }
  return out;
}

/** 32 hex digits of SHA-256. */
export function hashOf(basis: string): string {
  return createHash('sha256').update(basis).digest('hex').slice(0, 32);
}
