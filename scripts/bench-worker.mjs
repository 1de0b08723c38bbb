#!/usr/bin/env node
// One measurement in a fresh process, so that peak memory belongs to it alone.
// Usage: node scripts/bench-worker.mjs <lint|parse> <path>  -> prints one JSON line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [mode, target] = process.argv.slice(2);

function files(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return [p];
  return readdirSync(p, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(join(p, e.name)) : /\.(ya?ml|json)$/i.test(e.name) ? [join(p, e.name)] : []));
}

const started = performance.now();
let documents = 0;
let findings = 0;
if (mode === 'parse') {
  // The bare cost: the yaml package parsing every file, nothing else.
  const { parseAllDocuments } = await import('yaml');
  for (const f of files(target)) {
    const docs = parseAllDocuments(readFileSync(f, 'utf8'));
    documents += Array.isArray(docs) ? docs.length : 1;
  }
} else {
  const { lint } = await import('../build/src/index.js');
  const result = await lint([target], { config: false });
  documents = result.documents.length;
  findings = result.findings.length;
  if (result.exitCode === 2) throw new Error(`input errors: ${JSON.stringify(result.errors.slice(0, 3))}`);
}
const ms = performance.now() - started;
console.log(JSON.stringify({ mode, ms, documents, findings, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
