#!/usr/bin/env node
// Where sidecar-lint and a peer check the same thing, do they agree? (not a test)
//   node scripts/agreement.mjs [--samples N]   (peers installed by npm run bench:peers)
// Runs sidecar-lint, kube-linter (all built-in checks but the online schema one) and kubeconform
// over the corpus, keys every finding by file, object and container, and counts per check the
// keys both flag, only we flag and only they flag; prints a sample of each disagreement to judge.
// Writes .cache/peers/agreement.json; docs/agreement.md is written by hand from it.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kubeconformSchemas } from './bench-peers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const samples = Number(args.includes('--samples') ? args[args.indexOf('--samples') + 1] : 8);
const corpus = resolve(join(root, '..', 'shared', 'corpus', 'real'));
const bin = join(root, '.cache', 'peers', 'bin');
if (!existsSync(corpus)) {
  console.log(`skipped: the corpus ${corpus} is not on this machine`);
  process.exit(0);
}
const sh = (cmd, argv) => spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: corpus });

// Ours.
const ours = JSON.parse(sh(process.execPath, [join(root, 'bin', 'sidecar-lint.js'), '--no-config', '-f', 'json', '.']).stdout).findings.filter((f) => !f.suppressed);
const key = (file, kind, name, container) => `${file} ${kind}/${name}${container ? ' ' + container : ''}`;
const oursBy = (rule, withContainer = true) => new Map(ours.filter((f) => f.ruleId === rule && f.object).map((f) => [key(f.file, f.object.kind, f.object.name, withContainer ? f.container : undefined), f]));

// kube-linter: the container is named in the message.
const kl = existsSync(join(bin, 'kube-linter')) ? JSON.parse(sh(join(bin, 'kube-linter'), ['lint', '--add-all-built-in', '--exclude', 'schema-validation', '--format', 'json', '.']).stdout).Reports : [];
const klBy = (checks, withContainer = true) =>
  new Map(
    kl
      .filter((r) => checks.includes(r.Check))
      .map((r) => {
        const c = /container "([^"]+)"/.exec(r.Diagnostic.Message)?.[1];
        const o = r.Object;
        return [key(relative(corpus, resolve(corpus, o.Metadata.FilePath)), o.K8sObject.GroupVersionKind.Kind, o.K8sObject.Name, withContainer ? c : undefined), r];
      }),
  );

// kubeconform: schema errors per object.
let kc = [];
if (existsSync(join(bin, 'kubeconform'))) {
  const schemas = kubeconformSchemas();
  const out = sh(join(bin, 'kubeconform'), ['-output', 'json', '-strict', '-ignore-missing-schemas', '-kubernetes-version', '1.37.0', '-schema-location', `${schemas}/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`, '.']).stdout;
  kc = JSON.parse(out).resources.filter((r) => r.status === 'statusInvalid');
}
const kcBy = () => new Map(kc.map((r) => [key(relative(corpus, resolve(corpus, r.filename)), r.kind, r.name), r]));

function compare(check, a, b, describe) {
  const both = [...a.keys()].filter((k) => b.has(k));
  const onlyOurs = [...a.keys()].filter((k) => !b.has(k));
  const onlyTheirs = [...b.keys()].filter((k) => !a.has(k));
  const row = { check, both: both.length, onlyOurs: onlyOurs.length, onlyTheirs: onlyTheirs.length, agreement: both.length / Math.max(1, both.length + onlyOurs.length + onlyTheirs.length) };
  console.log(`\n## ${check}: both ${row.both}, only sidecar-lint ${row.onlyOurs}, only the peer ${row.onlyTheirs} (agreement ${(row.agreement * 100).toFixed(0)}%)`);
  const pick = (xs) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / samples)) === 0).slice(0, samples);
  for (const k of pick(onlyOurs)) console.log(`  only ours:   ${k}\n      ${a.get(k).message.slice(0, 160)}`);
  for (const k of pick(onlyTheirs)) console.log(`  only theirs: ${k}\n      ${describe(b.get(k)).slice(0, 160)}`);
  return { ...row, samples: { onlyOurs: pick(onlyOurs), onlyTheirs: pick(onlyTheirs) } };
}

const klMsg = (r) => `${r.Check}: ${r.Diagnostic.Message}`;
const rows = [];
if (kl.length) {
  rows.push(compare('latest tag (kube-linter latest-tag)', oursBy('latest-tag'), klBy(['latest-tag']), klMsg));
  rows.push(compare('missing requests (kube-linter unset-cpu/memory-requirements)', oursBy('missing-resources'), klBy(['unset-cpu-requirements', 'unset-memory-requirements']), klMsg));
  rows.push(compare('missing limits (kube-linter unset-cpu/memory-requirements)', oursBy('missing-limits'), klBy(['unset-cpu-requirements', 'unset-memory-requirements']), klMsg));
  rows.push(compare('missing probes (kube-linter no-readiness/liveness-probe)', oursBy('missing-probes'), klBy(['no-readiness-probe', 'no-liveness-probe']), klMsg));
  rows.push(compare('privileged (kube-linter privileged-container)', oursBy('privileged-sidecar'), klBy(['privileged-container']), klMsg));
  rows.push(compare('hostPort (kube-linter host-port vs hostport-conflict)', oursBy('hostport-conflict'), klBy(['host-port']), klMsg));
}
if (kc.length) rows.push(compare('schema (kubeconform -strict)', oursBy('schema', false), kcBy(), (r) => r.msg ?? ''));
writeFileSync(join(root, '.cache', 'peers', 'agreement.json'), JSON.stringify(rows, null, 2));
