#!/usr/bin/env node
// Where sidecar-lint and a peer check the same thing, do they agree? (not a test)
//   node scripts/agreement.mjs [--samples N] [--peers kube-linter,kubeconform,kube-score,polaris,checkov]
// (peers installed by npm run bench:peers). Runs sidecar-lint and each peer over the corpus, one
// tool at a time, keys every finding by file, object and container, and counts per check the keys
// both flag, only we flag and only they flag; prints a sample of each disagreement to judge
// (--samples 100000 prints them all). Keys are only as fine as the peer's report: where a peer
// reports per object (kube-score's probes, all of Checkov, kubeconform), our findings are keyed by
// object too. Where a peer could not read every file (kube-score and Polaris give up on a file
// that does not decode, Checkov skips some silently), both sides are compared on the files it read.
// Writes .cache/peers/agreement.json (with --peers, the other peers' rows are kept from the last
// run); docs/agreement.md is written by hand from it. Takes about 2 minutes (Polaris, one file at
// a time, and Checkov take most of it; Checkov peaks near 1 GB).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseAllDocuments } from 'yaml';
import { kubeconformSchemas, acceptedBy, filesOf } from './bench-peers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const samples = Number(args.includes('--samples') ? args[args.indexOf('--samples') + 1] : 8);
const peers = args.includes('--peers') ? args[args.indexOf('--peers') + 1].split(',') : ['kube-linter', 'kubeconform', 'kube-score', 'polaris', 'checkov'];
const corpus = resolve(join(root, '..', 'shared', 'corpus', 'real'));
const bin = join(root, '.cache', 'peers', 'bin');
const checkovExe = join(root, '.cache', 'peers', 'venv', 'bin', 'checkov');
if (!existsSync(corpus)) {
  console.log(`skipped: the corpus ${corpus} is not on this machine`);
  process.exit(0);
}
const sh = (cmd, argv) => spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: corpus });
const wants = (peer, exe) => {
  if (peers.includes(peer) && !existsSync(exe)) console.log(`${peer}: not installed (${exe}), no rows`);
  return peers.includes(peer) && existsSync(exe);
};
const rel = (file) => relative(corpus, resolve(corpus, file));

// Ours. `files`: only findings in these files (those the peer read).
const ours = JSON.parse(sh(process.execPath, [join(root, 'bin', 'sidecar-lint.js'), '--no-config', '-f', 'json', '.']).stdout).findings.filter((f) => !f.suppressed);
const key = (file, kind, name, container) => `${file} ${kind}/${name}${container ? ' ' + container : ''}`;
const oursBy = (rule, withContainer = true, files = undefined) =>
  new Map(ours.filter((f) => f.ruleId === rule && f.object && (!files || files.has(f.file))).map((f) => [key(f.file, f.object.kind, f.object.name, withContainer ? f.container : undefined), f]));

/** The documents of a corpus file: first and last line (1-based), kind and name (or generateName). */
const docsOf = (() => {
  const cache = new Map();
  return (file) => {
    if (!cache.has(file)) {
      const lines = new LineCounter();
      const docs = parseAllDocuments(readFileSync(join(corpus, file), 'utf8'), { lineCounter: lines, uniqueKeys: false });
      cache.set(
        file,
        (Array.isArray(docs) ? docs : []).map((d) => ({
          start: lines.linePos(d.range[0]).line,
          end: lines.linePos(d.range[2]).line,
          kind: d.get?.('kind'),
          name: d.getIn?.(['metadata', 'name']) ?? d.getIn?.(['metadata', 'generateName']),
        })),
      );
    }
    return cache.get(file);
  };
})();

/** Adds a peer finding under k; several findings on one key (cpu and memory request) are joined. */
const add = (map, k, msg) => map.set(k, { msg: map.has(k) ? `${map.get(k).msg}; ${msg}` : msg });
const msgOf = (v) => v.msg;

// kube-linter: the container is named in the message. An object with no name (generateName) is
// reported with Name "": it is named from the file when it is the only one of its kind there.
const kl = wants('kube-linter', join(bin, 'kube-linter')) ? JSON.parse(sh(join(bin, 'kube-linter'), ['lint', '--add-all-built-in', '--exclude', 'schema-validation', '--format', 'json', '.']).stdout).Reports : [];
const klBy = (checks, withContainer = true) =>
  new Map(
    kl
      .filter((r) => checks.includes(r.Check))
      .map((r) => {
        const c = /container "([^"]+)"/.exec(r.Diagnostic.Message)?.[1];
        const o = r.Object;
        const file = rel(o.Metadata.FilePath);
        const kind = o.K8sObject.GroupVersionKind.Kind;
        const same = o.K8sObject.Name ? [] : docsOf(file).filter((d) => d.kind === kind);
        return [key(file, kind, same.length === 1 ? same[0].name : o.K8sObject.Name, withContainer ? c : undefined), r];
      }),
  );

// kubeconform: schema errors per object.
let kc = [];
if (wants('kubeconform', join(bin, 'kubeconform'))) {
  const schemas = kubeconformSchemas();
  const out = sh(join(bin, 'kubeconform'), ['-output', 'json', '-strict', '-ignore-missing-schemas', '-kubernetes-version', '1.37.0', '-schema-location', `${schemas}/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`, '.']).stdout;
  kc = JSON.parse(out).resources.filter((r) => r.status === 'statusInvalid');
}
const kcBy = () => new Map(kc.map((r) => [key(rel(r.filename), r.kind, r.name), r]));

// kube-score: one run per file. Given several files it merges objects of the same kind, namespace
// and name into one entry (the corpus has many copies of one Deployment), and it takes a Helm
// "# Source:" comment for the file name; one file per run keeps the key exact. Its probe check
// only looks at pods a Service selects, so only Services of the same file count. It aborts on a
// file it cannot decode: it gets the files it accepts one by one (bench-peers' list), and it
// passes over kinds and API versions it does not know. Per object: checks graded below 10 (1
// critical, 5 or 7 warning), not skipped; each comment names the container in `path` ("" for
// pod-level checks such as pod-probes).
let ks;
if (wants('kube-score', join(bin, 'kube-score'))) {
  const exe = join(bin, 'kube-score');
  const files = acceptedBy('kube-score', exe);
  const objects = [...files].flatMap((f) => (JSON.parse(sh(exe, ['score', '--output-format', 'json', f]).stdout || 'null') ?? []).map((o) => ({ ...o, file: f })));
  ks = { files, objects };
}
const ksBy = (check, summary, withContainer = true) => {
  const m = new Map();
  for (const o of ks.objects) {
    for (const c of o.checks.filter((c) => c.check.id === check && !c.skipped && c.grade < 10)) {
      for (const cm of (c.comments ?? []).filter((cm) => summary.test(cm.summary))) add(m, key(o.file, o.type_meta.kind, o.object_meta.name ?? o.object_meta.generateName, withContainer ? cm.path : undefined), `${check} (grade ${c.grade}): ${cm.summary}`);
    }
  }
  return m;
};

// Polaris: its JSON names no file (Results[] carry Kind, Namespace and Name only), and one
// undecodable file fails the whole audit. So it audits one file at a time: the file is then
// known, and a file it rejects (exit status not 0, bench-peers' test) or skips is left out.
// It passes over objects with no name (generateName) and the items of a List.
// Per container: PodResult.ContainerResults[].Results{checkId: {Success, Message}}, init and
// native sidecar containers included (several checks exclude them).
let pol;
if (wants('polaris', join(bin, 'polaris'))) {
  const exe = join(bin, 'polaris');
  const accepted = [];
  const files = new Set();
  const results = [];
  for (const f of filesOf(corpus).map(rel)) {
    const r = sh(exe, ['audit', '--audit-path', f, '--format', 'json']);
    if (r.status !== 0) continue;
    accepted.push(f);
    // Exit status 0, yet it stopped at a document it could not decode ("skipping <file>: cannot
    // add resource from YAML"), keeping the documents before it: not read, left out.
    if (/skipping .*cannot add resource/.test(r.stderr)) continue;
    files.add(f);
    for (const res of JSON.parse(r.stdout).Results ?? []) results.push({ file: f, ...res });
  }
  // The bench's list of files Polaris accepts (does not abort on), made here for free.
  const cached = join(root, '.cache', 'peers', 'accepted-polaris.json');
  if (!existsSync(cached)) writeFileSync(cached, JSON.stringify(accepted));
  pol = { files, results, accepted: accepted.length };
}
const polBy = (checks, withContainer = true) => {
  const m = new Map();
  for (const r of pol.results) {
    for (const c of r.PodResult?.ContainerResults ?? []) {
      for (const id of checks) if (c.Results?.[id] && c.Results[id].Success === false) add(m, key(r.file, r.Kind, r.Name, withContainer ? c.Name : undefined), `${id}: ${c.Results[id].Message}`);
    }
  }
  return m;
};

// Checkov: one finding per object and check, never per container, so the comparison is by
// object. Its resource id ("Kind.namespace.name") is made of labels when the object has no name
// (generateName), so the object is found instead by the line range it reports, in the file
// (docsOf).
// Only the checks compared here run, passed ones included: a file with no result at all is one
// Checkov did not read (it drops some files without a parsing error) or holds no object it
// checks, and is left out of both sides.
const CKV = { latest: ['CKV_K8S_14'], requests: ['CKV_K8S_10', 'CKV_K8S_12'], memoryLimit: ['CKV_K8S_13'], probes: ['CKV_K8S_8', 'CKV_K8S_9'], privileged: ['CKV_K8S_16'], hostPort: ['CKV_K8S_26'] };
let ckv;
if (wants('checkov', checkovExe)) {
  const r = sh(checkovExe, ['-d', '.', '--framework', 'kubernetes', '-o', 'json', '--skip-download', '--compact', '--check', Object.values(CKV).flat().join(',')]);
  const out = JSON.parse(r.stdout);
  const results = (Array.isArray(out) ? out.find((x) => x.check_type === 'kubernetes') : out)?.results ?? {};
  const file = (x) => rel(join('.', x.file_path));
  const failed = results.failed_checks ?? [];
  const files = new Set([...failed, ...(results.passed_checks ?? [])].map(file));
  ckv = { files, failed: failed.map((x) => ({ ...x, file: file(x) })), parsingErrors: results.parsing_errors ?? [] };
}
const ckvBy = (checks) => {
  const m = new Map();
  for (const x of ckv.failed.filter((x) => checks.includes(x.check_id))) {
    const [kind, , ...name] = x.resource.split('.'); // Kind.namespace.name: a namespace has no dot
    const doc = docsOf(x.file).find((d) => d.kind === kind && d.start <= x.file_line_range[0] && x.file_line_range[0] <= d.end);
    add(m, key(x.file, kind, doc?.name ?? name.join('.')), `${x.check_id}: ${x.check_name}`);
  }
  return m;
};

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
const seen = (label, files) => console.log(`\n# ${label} read ${files.size} of ${filesOf(corpus).length} files; both sides are compared on those`);
if (kl.length) {
  rows.push(compare('latest tag (kube-linter latest-tag)', oursBy('latest-tag'), klBy(['latest-tag']), klMsg));
  rows.push(compare('missing requests (kube-linter unset-cpu/memory-requirements)', oursBy('missing-resources'), klBy(['unset-cpu-requirements', 'unset-memory-requirements']), klMsg));
  rows.push(compare('missing limits (kube-linter unset-cpu/memory-requirements)', oursBy('missing-limits'), klBy(['unset-cpu-requirements', 'unset-memory-requirements']), klMsg));
  rows.push(compare('missing probes (kube-linter no-readiness/liveness-probe)', oursBy('missing-probes'), klBy(['no-readiness-probe', 'no-liveness-probe']), klMsg));
  rows.push(compare('privileged (kube-linter privileged-container)', oursBy('privileged-sidecar'), klBy(['privileged-container']), klMsg));
  rows.push(compare('hostPort (kube-linter host-port vs hostport-conflict)', oursBy('hostport-conflict'), klBy(['host-port']), klMsg));
}
if (kc.length) rows.push(compare('schema (kubeconform -strict)', oursBy('schema', false), kcBy(), (r) => r.msg ?? ''));
if (ks) {
  const f = ks.files;
  seen('kube-score', f);
  rows.push(compare('latest tag (kube-score container-image-tag)', oursBy('latest-tag', true, f), ksBy('container-image-tag', /latest tag/), msgOf));
  rows.push(compare('missing requests (kube-score container-resources: cpu or memory request)', oursBy('missing-resources', true, f), ksBy('container-resources', /request is not set/), msgOf));
  rows.push(compare('missing memory limit (kube-score container-resources: memory limit)', oursBy('missing-limits', true, f), ksBy('container-resources', /^Memory limit is not set/), msgOf));
  rows.push(compare('missing probes, by object (kube-score pod-probes)', oursBy('missing-probes', false, f), ksBy('pod-probes', /is missing a (readiness|liveness)Probe/, false), msgOf));
  rows.push(compare('privileged (kube-score container-security-context-privileged)', oursBy('privileged-sidecar', true, f), ksBy('container-security-context-privileged', /privileged/), msgOf));
  rows.push(compare('hostPort (kube-score has no hostPort check) vs hostport-conflict', oursBy('hostport-conflict', true, f), new Map(), msgOf));
}
if (pol) {
  const f = pol.files;
  seen('Polaris', f);
  console.log(`  (it accepts ${pol.accepted}, but skips ${pol.accepted - f.size} of them with a warning)`);
  rows.push(compare('latest tag (Polaris tagNotSpecified)', oursBy('latest-tag', true, f), polBy(['tagNotSpecified']), msgOf));
  rows.push(compare('missing requests (Polaris cpu/memoryRequestsMissing)', oursBy('missing-resources', true, f), polBy(['cpuRequestsMissing', 'memoryRequestsMissing']), msgOf));
  rows.push(compare('missing memory limit (Polaris memoryLimitsMissing)', oursBy('missing-limits', true, f), polBy(['memoryLimitsMissing']), msgOf));
  rows.push(compare('missing probes (Polaris readiness/livenessProbeMissing)', oursBy('missing-probes', true, f), polBy(['readinessProbeMissing', 'livenessProbeMissing']), msgOf));
  rows.push(compare('privileged (Polaris runAsPrivileged)', oursBy('privileged-sidecar', true, f), polBy(['runAsPrivileged']), msgOf));
  rows.push(compare('hostPort (Polaris hostPortSet vs hostport-conflict)', oursBy('hostport-conflict', true, f), polBy(['hostPortSet']), msgOf));
}
if (ckv) {
  const f = ckv.files;
  seen('Checkov', f);
  if (ckv.parsingErrors.length) console.log(`  Checkov parsing errors: ${ckv.parsingErrors.join(', ')}`);
  const skipped = [...new Set(ours.filter((x) => !f.has(x.file) && ['latest-tag', 'missing-resources', 'missing-limits', 'missing-probes', 'privileged-sidecar', 'hostport-conflict'].includes(x.ruleId)).map((x) => x.file))];
  if (skipped.length) console.log(`  left out, with findings of ours: ${skipped.join(', ')}`);
  rows.push(compare('latest tag, by object (Checkov CKV_K8S_14)', oursBy('latest-tag', false, f), ckvBy(CKV.latest), msgOf));
  rows.push(compare('missing requests, by object (Checkov CKV_K8S_10/12 cpu/memory requests)', oursBy('missing-resources', false, f), ckvBy(CKV.requests), msgOf));
  rows.push(compare('missing memory limit, by object (Checkov CKV_K8S_13)', oursBy('missing-limits', false, f), ckvBy(CKV.memoryLimit), msgOf));
  rows.push(compare('missing probes, by object (Checkov CKV_K8S_8/9 liveness/readiness)', oursBy('missing-probes', false, f), ckvBy(CKV.probes), msgOf));
  rows.push(compare('privileged, by object (Checkov CKV_K8S_16)', oursBy('privileged-sidecar', false, f), ckvBy(CKV.privileged), msgOf));
  rows.push(compare('hostPort, by object (Checkov CKV_K8S_26 vs hostport-conflict)', oursBy('hostport-conflict', false, f), ckvBy(CKV.hostPort), msgOf));
}
const out = join(root, '.cache', 'peers', 'agreement.json');
// With --peers, the rows of the other peers are kept from the last run.
const before = args.includes('--peers') && existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : [];
writeFileSync(out, JSON.stringify([...before.filter((r) => !rows.some((x) => x.check === r.check)), ...rows], null, 2));
