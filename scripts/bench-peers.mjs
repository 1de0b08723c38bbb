#!/usr/bin/env node
// sidecar-lint next to the tools users would pick instead, on the same files (not a test):
//   npm run bench:peers [-- --runs N] [--scale 1,10,100] [--tools a,b] [--no-chart]
// (`npm run bench` runs scripts/bench.mjs, then this.)
// Installs pinned peers into .cache/peers (Go tools with `go install`, Checkov with pip in a
// venv; what is there already is reused), runs each over the corpus and over copies of it 10x
// and 100x larger (made in a temp folder, never in the project), alternating tools run by run,
// and prints medians of wall time and peak memory (GNU time: %e %M), the ratio of each peer to
// sidecar-lint, one small file as a whole process, and sidecar-lint's growth with input size.
// Writes docs/bench.svg and the raw numbers to .cache/peers/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, copyFileSync, writeFileSync, rmSync, readFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const runs = Number(opt('--runs', 3));
const scales = opt('--scale', '1,10,100').split(',').map(Number);
const only = opt('--tools', '')?.split(',').filter(Boolean);
const corpus = resolve(opt('--corpus', join(root, '..', 'shared', 'corpus', 'real')));
const cache = join(root, '.cache', 'peers');
const bin = join(cache, 'bin');
const policyDir = join(root, 'examples', 'policies', 'rego');

// Pinned versions. A peer that `go install` cannot get (kube-linter and Polaris are refused by this
// machine's module proxy) is taken from PATH when it is there (the report says so and gives its
// version), else reported as unavailable; it is never built some other way.
export const PEERS = {
  kubeconform: { module: 'github.com/yannh/kubeconform/cmd/kubeconform', version: 'v0.8.0' },
  'kube-score': { module: 'github.com/zegl/kube-score/cmd/kube-score', version: 'v1.20.0' },
  conftest: { module: 'github.com/open-policy-agent/conftest', version: 'v0.71.1' },
  'kube-linter': { module: 'golang.stackrox.io/kube-linter/cmd/kube-linter', version: 'v0.8.3' },
  polaris: { module: 'github.com/fairwindsops/polaris', version: 'v10.2.2' },
};
export const CHECKOV = '3.3.30';

function sh(cmd, argv, options = {}) {
  return spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
}

/** Where the peers came from when not from `go install` of the pinned version. */
export const notes = {};

const VERSION_ARGS = { kubeconform: ['-v'], 'kube-score': ['version'], conftest: ['--version'], 'kube-linter': ['version'], polaris: ['version'], checkov: ['--version'] };

export function versionOf(name, exe) {
  const r = sh(exe, VERSION_ARGS[name] ?? ['--version'], { timeout: 30_000 });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0]?.slice(0, 80) || 'version unknown';
}

function onPath(name) {
  for (const d of (process.env.PATH ?? '').split(':')) {
    const f = join(d || '.', name);
    if (d && existsSync(f) && !f.startsWith(bin)) return f;
  }
  return undefined;
}

export function install(log = console.error) {
  mkdirSync(bin, { recursive: true });
  const tools = {};
  for (const [name, p] of Object.entries(PEERS)) {
    const exe = join(bin, name);
    if (!existsSync(exe)) {
      log(`installing ${name} ${p.version} ...`);
      const r = sh('go', ['install', `${p.module}@${p.version}`], { env: { ...process.env, GOBIN: bin }, cwd: tmpdir() });
      if (r.status !== 0 || !existsSync(exe)) {
        const why = `${p.version} not installable here: ${(r.stderr.trim().split('\n').pop() ?? '').slice(0, 160)}`;
        const found = onPath(name);
        if (found) {
          tools[name] = found;
          notes[name] = `${found} from PATH, ${versionOf(name, found)} (${why})`;
        } else tools[name] = why;
        continue;
      }
    }
    tools[name] = exe;
  }
  const venv = join(cache, 'venv');
  if (!existsSync(join(venv, 'bin', 'checkov'))) {
    log(`installing checkov ${CHECKOV} ...`);
    sh('python3', ['-m', 'venv', venv]);
    const r = sh(join(venv, 'bin', 'pip'), ['install', '-q', `checkov==${CHECKOV}`]);
    if (r.status !== 0) tools.checkov = `not installable here: ${r.stderr.slice(-160)}`;
  }
  if (!tools.checkov) tools.checkov = join(venv, 'bin', 'checkov');
  return tools;
}

/**
 * kubeconform normally downloads per-kind "standalone" schemas. Offline, we give it the same
 * strict Kubernetes 1.37 schemas sidecar-lint's schema rule is built from, each made standalone:
 * the kind's schema plus the closure of the definitions it refers to, under its own $defs.
 */
export function kubeconformSchemas() {
  const base = join(cache, 'kubeconform-schemas');
  const dir = join(base, 'v1.37.0-standalone-strict');
  if (existsSync(join(dir, '.standalone'))) return base;
  const wheel = join(root, '.cache', 'kubernetes-validate', 'kubernetes_validate-1.37.0-py3-none-any.whl');
  const tmp = mkdtempSync(join(tmpdir(), 'kv-'));
  sh('python3', ['-c', `import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); [z.extract(n, sys.argv[2]) for n in z.namelist() if '/v1.37.0-local-strict/' in n]`, wheel, tmp]);
  const src = join(tmp, 'kubernetes_validate', 'kubernetes-json-schema', 'v1.37.0-local-strict');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const defsFile = readdirSync(src).find((f) => f.startsWith('_definitions'));
  const defs = JSON.parse(readFileSync(join(src, defsFile), 'utf8'));
  const table = defs.$defs ?? defs.definitions;
  const prefix = /^[^#]*#\/(?:\$defs|definitions)\//;
  // Rewrites every $ref to a local one and returns the definition names referred to.
  const localise = (node, names) => {
    if (Array.isArray(node)) node.forEach((x) => localise(x, names));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && prefix.test(v)) {
          names.push(v.replace(prefix, ''));
          node[k] = '#/$defs/' + v.replace(prefix, '');
        } else localise(v, names);
      }
    }
    return names;
  };
  const localDefs = new Map();
  const defRefs = (n) => {
    if (!localDefs.has(n)) localDefs.set(n, localise(table[n], []));
    return localDefs.get(n);
  };
  for (const f of readdirSync(src)) {
    if (f === defsFile || f === 'all.json') continue;
    const schema = JSON.parse(readFileSync(join(src, f), 'utf8'));
    const need = new Set();
    const queue = localise(schema, []);
    while (queue.length) {
      const n = queue.pop();
      if (need.has(n) || !table[n]) continue;
      need.add(n);
      queue.push(...defRefs(n));
    }
    delete schema.$id; // no base URI: kubeconform would resolve refs against kubernetes.io and go online
    if (need.size) schema.$defs = Object.fromEntries([...need].map((n) => [n, table[n]]));
    writeFileSync(join(dir, f), JSON.stringify(schema));
  }
  writeFileSync(join(dir, '.standalone'), '');
  rmSync(tmp, { recursive: true, force: true });
  return base;
}

export function filesOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The corpus copied n times under other names, in a temp folder. */
function scaled(n) {
  if (n === 1) return corpus;
  const dir = mkdtempSync(join(tmpdir(), `corpus-x${n}-`));
  for (let i = 0; i < n; i++) {
    for (const f of filesOf(corpus)) {
      const target = join(dir, `${i}-${f.slice(corpus.length + 1)}`);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(f, target);
    }
  }
  return dir;
}

/**
 * kube-score and Polaris give up on the whole run when one file does not decode. Each gets the
 * files it can read (tested one by one, remembered in .cache/peers/accepted-<tool>.json), so
 * they do less work than the others: their ratios flatter them.
 */
const accepted = {};
export function acceptedBy(tool, exe) {
  const file = join(cache, `accepted-${tool}.json`);
  if (!accepted[tool] && existsSync(file)) accepted[tool] = new Set(JSON.parse(readFileSync(file, 'utf8')));
  if (!accepted[tool]) {
    const ok = filesOf(corpus).filter((f) => {
      const r = tool === 'kube-score' ? sh(exe, ['score', '--output-format', 'ci', f]) : sh(exe, ['audit', '--audit-path', f, '--format', 'json']);
      return tool === 'kube-score' ? !r.stderr.includes('Failed to') : r.status === 0;
    });
    accepted[tool] = new Set(ok.map((f) => f.slice(corpus.length + 1)));
    writeFileSync(file, JSON.stringify([...accepted[tool]]));
  }
  return accepted[tool];
}
const relOf = (dir, f) => f.slice(dir.length + 1).replace(/^\d+-/, '');
function kubeScoreInput(exe, dir) {
  const ok = acceptedBy('kube-score', exe);
  const out = join(mkdtempSync(join(tmpdir(), 'ks-')), 'input.yaml');
  writeFileSync(out, filesOf(dir).filter((f) => ok.has(relOf(dir, f))).map((f) => readFileSync(f, 'utf8')).join('\n---\n'));
  return out;
}
function polarisDir(exe, dir) {
  const ok = acceptedBy('polaris', exe);
  const out = mkdtempSync(join(tmpdir(), 'polaris-'));
  for (const f of filesOf(dir).filter((f) => ok.has(relOf(dir, f)))) {
    const target = join(out, f.slice(dir.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(f, target);
  }
  return out;
}

export function commands(tools, dir, schemas) {
  const sl = (...extra) => [process.execPath, [join(root, 'bin', 'sidecar-lint.js'), '--no-config', '-f', 'json', ...extra, dir]];
  const has = (n) => tools[n]?.startsWith('/');
  const list = {
    'sidecar-lint': sl(),
    'sidecar-lint --threads 1': sl('--threads', '1'),
    'sidecar-lint --policy': sl('--policy', policyDir),
  };
  if (has('kubeconform'))
    list.kubeconform = [tools.kubeconform, ['-summary', '-strict', '-ignore-missing-schemas', '-kubernetes-version', '1.37.0', '-schema-location', `${schemas}/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`, dir]];
  if (has('kube-linter')) list['kube-linter'] = [tools['kube-linter'], ['lint', '--add-all-built-in', '--exclude', 'schema-validation', '--format', 'json', dir]];
  if (has('kube-score')) list['kube-score'] = [tools['kube-score'], ['score', '--output-format', 'json', '-'], () => kubeScoreInput(tools['kube-score'], dir)];
  if (has('polaris')) {
    let pdir;
    list.polaris = [tools.polaris, ['audit', '--audit-path', '<dir>', '--format', 'json', '--only-show-failed-tests'], undefined, () => (pdir ??= polarisDir(tools.polaris, dir))];
  }
  if (has('conftest')) list.conftest = [tools.conftest, ['test', '--no-color', '--all-namespaces', '-p', policyDir, dir]];
  if (has('checkov')) list.checkov = [tools.checkov, ['-d', dir, '--framework', 'kubernetes', '--quiet', '--compact', '-o', 'json', '--skip-download']];
  return list;
}

/** [exe, argv, stdin file] with the per-tool input made (kube-score's stream, Polaris' folder). */
function prepare([exe, argv, stdin, folder]) {
  const dir = folder?.();
  return [exe, argv.map((a) => (a === '<dir>' ? dir : a)), stdin?.()];
}

function measure(cmd, argv, stdinFile) {
  const out = join(tmpdir(), `bench-time-${process.pid}`);
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%e %M', cmd, ...argv], { stdio: [stdin, 'ignore', 'ignore'], cwd: tmpdir() });
  if (typeof stdin === 'number') closeSync(stdin);
  const [s, kb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { s, mib: kb / 1024, status: r.status };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function chart(results, smallRows, nFiles) {
  const one = results.filter((r) => r.scale === 1);
  const max = Math.max(...one.map((r) => r.s));
  const rowH = 24;
  const h1 = 40 + one.length * rowH;
  const smax = Math.max(...smallRows.map((r) => r.ms));
  const h2 = 40 + smallRows.length * rowH;
  const bar = (label, y, v, vmax, text, own) => {
    const w = Math.max(2, (v / vmax) * 400);
    return `<text x="10" y="${y + 15}">${label}</text><rect x="190" y="${y + 3}" width="${w.toFixed(1)}" height="16" fill="${own ? '#2b7a3d' : '#8a8a8a'}"/><text x="${(196 + w).toFixed(1)}" y="${y + 15}">${text}</text>`;
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="760" height="${h1 + h2 + 10}" font-family="sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="22" font-weight="bold">Wall time on ${nFiles} real manifest files, whole process (lower is better)</text>`,
    ...one.map((r, i) => bar(r.tool, 30 + i * rowH, r.s, max, `${r.s.toFixed(2)} s, ${r.mib.toFixed(0)} MiB`, r.tool.startsWith('sidecar-lint'))),
    `<text x="10" y="${h1 + 22}" font-weight="bold">One small file, whole process (ms)</text>`,
    ...smallRows.map((r, i) => bar(r.tool, h1 + 30 + i * rowH, r.ms, smax, `${r.ms.toFixed(0)} ms`, r.tool.startsWith('sidecar-lint'))),
    '</svg>',
  ].join('\n');
}

async function main() {
  if (!existsSync(corpus)) {
    console.log(`skipped: the corpus ${corpus} is not on this machine`);
    return;
  }
  if (!existsSync('/usr/bin/time')) {
    console.error('needs GNU time at /usr/bin/time (apt-get install time)');
    process.exitCode = 2;
    return;
  }
  const tools = install();
  const schemas = tools.kubeconform?.startsWith('/') ? kubeconformSchemas() : undefined;
  const results = [];
  const pick = (names) => (only?.length ? names.filter((n) => only.includes(n)) : names);
  for (const scale of scales) {
    const dir = scaled(scale);
    const cmds = commands(tools, dir, schemas);
    // Checkov takes over a minute at 1x: 1x only. At 100x, sidecar-lint and the two fastest peers.
    let names = pick(Object.keys(cmds));
    // Polaris (about 2 min) and Checkov (over 1 min) at 1x only.
    if (scale > 1) names = names.filter((n) => n !== 'checkov' && n !== 'polaris');
    if (scale >= 100) names = names.filter((n) => ['sidecar-lint', 'kubeconform', 'kube-linter', 'kube-score'].includes(n));
    const ready = Object.fromEntries(names.map((n) => [n, prepare(cmds[n])]));
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    const n = scale >= 10 ? 1 : runs;
    for (let i = 0; i < n; i++) {
      for (const name of names) {
        const m = measure(...ready[name]);
        samples[name].push(m);
        console.error(`  ${scale}x ${name}: ${m.s.toFixed(2)} s ${m.mib.toFixed(0)} MiB (exit ${m.status})`);
      }
    }
    for (const name of names) {
      results.push({ scale, tool: name, runs: n, s: median(samples[name].map((x) => x.s)), mib: median(samples[name].map((x) => x.mib)), exit: samples[name][0].status });
    }
    if (scale !== 1) rmSync(dir, { recursive: true, force: true });
  }

  // One small file as a whole process: what pre-commit and editors pay.
  const smallDir = mkdtempSync(join(tmpdir(), 'small-'));
  copyFileSync(join(root, 'examples', 'mistakes', 'job-with-proxy.yaml'), join(smallDir, 'job.yaml'));
  const smallCmds = commands(tools, smallDir, schemas);
  const smallRows = [];
  for (const name of pick(Object.keys(smallCmds))) {
    const ready = prepare(smallCmds[name]);
    const xs = Array.from({ length: name === 'checkov' ? 3 : 7 }, () => measure(...ready));
    smallRows.push({ tool: name, ms: median(xs.map((x) => x.s)) * 1000, mib: median(xs.map((x) => x.mib)) });
  }

  const base = (scale, tool) => results.find((r) => r.scale === scale && r.tool === (tool === 'conftest' ? 'sidecar-lint --policy' : 'sidecar-lint')) ?? { s: NaN, mib: NaN };
  console.log(`\nwall time (s) and peak memory (MiB): medians of ${runs} alternating runs (one run at 10x and 100x)`);
  console.log('scale  tool                     seconds     MiB   time ratio  memory ratio (peer / sidecar-lint)');
  for (const r of results) {
    const b = base(r.scale, r.tool);
    console.log(`${String(r.scale + 'x').padEnd(6)} ${r.tool.padEnd(24)} ${r.s.toFixed(2).padStart(7)} ${r.mib.toFixed(0).padStart(7)}   ${(r.s / b.s).toFixed(2).padStart(8)}x  ${(r.mib / b.mib).toFixed(2).padStart(8)}x`);
  }
  for (const [name, status] of Object.entries(tools)) if (!status.startsWith('/')) console.log(`${name}: unavailable: ${status}`);
  for (const [name, note] of Object.entries(notes)) console.log(`${name}: ${note}`);
  console.log('\none small file, whole process (median)');
  for (const r of smallRows) console.log(`  ${r.tool.padEnd(24)} ${r.ms.toFixed(0).padStart(6)} ms ${r.mib.toFixed(0).padStart(6)} MiB`);
  const growth = results.filter((r) => r.tool === 'sidecar-lint');
  const g1 = growth.find((r) => r.scale === 1);
  if (g1) {
    console.log('\nsidecar-lint growth (per 1x of input)');
    for (const r of growth) console.log(`  ${String(r.scale + 'x').padEnd(5)} ${(r.s / r.scale).toFixed(2)} s  ${(r.mib / r.scale).toFixed(0)} MiB  (time x${(r.s / g1.s).toFixed(1)}, memory x${(r.mib / g1.mib).toFixed(1)})`);
  }
  writeFileSync(join(cache, `results-${scales.join('_')}.json`), JSON.stringify({ date: new Date().toISOString(), runs, results, smallRows, tools, notes }, null, 2));
  if (!args.includes('--no-chart') && results.some((r) => r.scale === 1)) {
    writeFileSync(join(root, 'docs', 'bench.svg'), chart(results, smallRows, filesOf(corpus).length) + '\n');
    console.log('\nchart: docs/bench.svg');
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
