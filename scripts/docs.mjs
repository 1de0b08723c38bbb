#!/usr/bin/env node
// Keeps the generated parts of README.md true: the rules table (from each rule's metadata) and
// the sample output (a real run on the shipped examples). `npm run docs` rewrites them;
// `node scripts/docs.mjs --check` exits 1 when README.md is stale (the test suite runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ALL_RULES } = await import(join(root, 'build', 'src', 'index.js'));

const SAMPLE = ['examples/mistakes/', 'examples/seeds/003c-api-gateway.yaml', 'examples/seeds/000-side-card-pattern.yaml'];

function rulesTable() {
  const rows = ALL_RULES.map((r) => {
    const m = r.meta;
    const sev = m.optIn ? `${m.severity} (opt-in)` : m.severity;
    return `| [\`${m.id}\`](rules/${m.id}/README.md) | ${sev} | ${m.category} | ${m.description.replace(/\|/g, '\\|')} |`;
  });
  return ['| rule | default | category | what it finds |', '|---|---|---|---|', ...rows].join('\n');
}

function sampleOutput() {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'sidecar-lint.js'), '--no-config', ...SAMPLE], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return [
    `\`\`\`\n$ npx sidecar-lint ${SAMPLE.join(' ')}\n${r.stdout.trimEnd()}\n$ echo $?\n${r.status}\n\`\`\``,
  ].join('\n');
}

function replaceBetween(text, name, body) {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const i = text.indexOf(start);
  if (i === -1) throw new Error(`README.md has no ${start} marker`);
  const j = text.indexOf(end, i);
  const tail = j === -1 ? text.slice(i + start.length) : text.slice(j + end.length);
  return `${text.slice(0, i)}${start}\n${body}\n${end}${tail}`;
}

const readmePath = join(root, 'README.md');
const current = readFileSync(readmePath, 'utf8');
let next = replaceBetween(current, 'RULES', rulesTable());
next = replaceBetween(next, 'OUTPUT', sampleOutput());
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md is stale: run npm run docs');
    process.exit(1);
  }
  console.log('README.md is up to date');
} else if (next !== current) {
  writeFileSync(readmePath, next);
  console.log('README.md updated');
}
