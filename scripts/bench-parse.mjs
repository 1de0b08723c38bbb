#!/usr/bin/env node
// Parse time only (not a test): the yaml-package path against the fast path (js-yaml, see
// src/yaml/fast.ts) over every file of a folder, in one process, alternating, median of N runs.
//   node scripts/bench-parse.mjs [<path>] [--runs N]      (build first: npm run build)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const target = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? join(root, '..', 'shared', 'corpus', 'real');
const built = join(root, 'build', 'src', 'yaml');
if (!existsSync(join(built, 'fast.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}
if (!existsSync(target)) {
  console.log(`parse benchmark skipped: ${target} is not on this machine`);
  process.exit(0);
}
const { parseYamlSlow, parseYaml, DEFAULT_PARSE_LIMITS } = await import(join(built, 'parse.js'));
const fast = await import(join(built, 'fast.js')); // fast.lastFallbackReason is a live binding
const { SourceFile } = await import(join(built, 'source.js'));

function files(p) {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(join(p, e.name)) : /\.(ya?ml|json)$/i.test(e.name) ? [join(p, e.name)] : []));
}
const sources = files(target).map((f) => new SourceFile(f, readFileSync(f, 'utf8')));
const bytes = sources.reduce((n, s) => n + s.text.length, 0);

const fallbacks = new Map();
for (const s of sources) {
  if (!fast.parseYamlFast(s, DEFAULT_PARSE_LIMITS)) {
    const why = fast.lastFallbackReason.replace(/\(\d+:\d+\)/, '').trim();
    fallbacks.set(why, (fallbacks.get(why) ?? 0) + 1);
  }
}
const fallbackCount = [...fallbacks.values()].reduce((a, b) => a + b, 0);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (fn) => {
  const t0 = performance.now();
  let docs = 0;
  for (const s of sources) docs += fn(s).documents.length;
  return { ms: performance.now() - t0, docs };
};
const slow = [];
const dispatch = [];
let docs = 0;
for (let i = 0; i < runs; i++) {
  slow.push(time((s) => parseYamlSlow(s)).ms);
  const d = time((s) => parseYaml(s));
  dispatch.push(d.ms);
  docs = d.docs;
}
const s = median(slow);
const d = median(dispatch);
console.log(`corpus: ${target}: ${sources.length} files, ${(bytes / 1048576).toFixed(1)} MiB, ${docs} documents`);
console.log(`  fast path taken            ${sources.length - fallbackCount} files (${fallbackCount} fall back)`);
for (const [why, n] of [...fallbacks].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)}  ${why}`);
console.log(`  yaml path only (slow)      ${s.toFixed(0)} ms   (median of ${runs}: ${slow.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  parseYaml (fast+fallback)  ${d.toFixed(0)} ms   (median of ${runs}: ${dispatch.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  speedup                    ${(s / d).toFixed(1)}x`);
