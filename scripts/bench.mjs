#!/usr/bin/env node
// The speed benchmark (not a test): prints figures, judges nothing but the stated targets.
//   npm run bench:self [-- <path>] [--runs N]   (npm run bench runs this, then bench-peers.mjs)
// 1. The whole corpus (../shared/corpus/real by default): sidecar-lint vs the `yaml` package
//    alone parsing the same files, each in a fresh process, alternating, medians.
// 2. One small file as a whole process (what pre-commit and editors pay).
// 3. What the editor server pays per keystroke: lintText on a 1,000-line file, in one process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const target = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? join(root, '..', 'shared', 'corpus', 'real');
const smallFile = join(root, 'examples', 'mistakes', 'job-with-proxy.yaml');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function worker(mode) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench-worker.mjs'), mode, target], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

if (!existsSync(join(root, 'build', 'src', 'index.js'))) {
  console.error('Build first: npm run build');
  process.exit(2);
}

if (!existsSync(target)) {
  console.log(`corpus benchmark skipped: ${target} is not on this machine`);
} else {
  const parse = [];
  const lint = [];
  for (let i = 0; i < runs; i++) {
    parse.push(worker('parse'));
    lint.push(worker('lint'));
  }
  const p = median(parse.map((r) => r.ms));
  const l = median(lint.map((r) => r.ms));
  const docs = lint[0].documents;
  console.log(`corpus: ${target}`);
  console.log(`  documents                 ${docs}`);
  console.log(`  yaml alone (parse)        ${p.toFixed(0)} ms   peak ${median(parse.map((r) => r.maxRssMiB)).toFixed(0)} MiB`);
  console.log(`  sidecar-lint (all rules)  ${l.toFixed(0)} ms   peak ${median(lint.map((r) => r.maxRssMiB)).toFixed(0)} MiB   ${(docs / (l / 1000)).toFixed(0)} documents/s   ${lint[0].findings} findings`);
  console.log(`  ratio lint / parse        ${(l / p).toFixed(2)}x   (target <= 1.5x: ${l / p <= 1.5 ? 'met' : 'NOT met'})`);
  console.log(`  medians of ${runs} alternating runs, each in a fresh process`);
}

const small = [];
for (let i = 0; i < Math.max(5, runs * 2); i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'sidecar-lint.js'), '--no-config', smallFile], { encoding: 'utf8' });
  small.push(performance.now() - t);
  if (r.status === 2) throw new Error(r.stdout + r.stderr);
}
const s = median(small);
console.log(`small file as a whole process: ${s.toFixed(0)} ms median of ${small.length} (target < 250 ms: ${s < 250 ? 'met' : 'NOT met'})`);

// The language server lints the open document again on each change (after a 150 ms debounce).
const { lintText } = await import('../build/src/index.js');
const editorFile = join(root, 'fixtures', 'editor', 'forty-deployments.yaml');
const editorText = readFileSync(editorFile, 'utf8');
for (let i = 0; i < 3; i++) await lintText(editorText, 'big.yaml');
const perKeystroke = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await lintText(editorText, 'big.yaml');
  perKeystroke.push(performance.now() - t);
}
const k = median(perKeystroke);
console.log(`editor, one keystroke: lintText on ${editorText.split('\n').length - 1} lines (40 Deployments): ${k.toFixed(1)} ms median of ${perKeystroke.length}, best ${Math.min(...perKeystroke).toFixed(1)} ms (target < 100 ms: ${k < 100 ? 'met' : 'NOT met'}; the server adds a 150 ms debounce)`);
