import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// The rule's docs page ships next to its code (rules/<id>/README.md). The GitHub Action's bundle
// replaces this module with one that carries every page (scripts/build-action.mjs), since a
// bundle has no rules/ folder beside it.

const here = path.dirname(fileURLToPath(import.meta.url));
const cache = new Map<string, string | undefined>();

/** The markdown of rules/<id>/README.md, or undefined when the rule has no page. */
export function ruleMarkdown(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  if (cache.has(id)) return cache.get(id);
  let text: string | undefined;
  // build/src/report/ -> ../../../rules; src/report/ (ts-node-like runs) -> ../../rules
  for (const candidate of [path.join(here, '..', '..', '..', 'rules', id, 'README.md'), path.join(here, '..', '..', 'rules', id, 'README.md')]) {
    try {
      text = readFileSync(candidate, 'utf8');
      break;
    } catch {
      /* try the next layout */
    }
  }
  cache.set(id, text);
  return text;
}
