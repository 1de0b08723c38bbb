#!/usr/bin/env node
// Bundles the GitHub Action (src/action/main.ts) into dist/index.mjs with esbuild, so that the
// Action runs from a checkout of this repository without node_modules. dist/ is committed:
// test/action-dist.test.ts rebuilds into a temporary folder and fails when the two differ.
//
// What the engine reads from disk at run time is carried in the bundle:
//   - the rule docs pages (rules/<id>/README.md, the SARIF help.markdown): src/report/rule-docs.ts
//     is replaced by a module holding every page;
//   - the version: src/version.ts (package.json at run time) is replaced by a constant;
//   - lazily imported modules (reporters, the config and policy validators) are inlined, wrapped so
//     that they still run only when a run needs them;
//   - the `schema` rule's validators (generated/schemas/*.js by scripts/build-schemas.mjs, one
//     module per Kubernetes minor, ~0.6 MiB each) are copied to dist/schemas/ as they are and the rule
//     imports them from there: a run loads only the minor it targets;
//   - the Rego policy worker (src/policy/rego-worker.ts) is an entry of its own, dist/rego-worker.mjs,
//     and so is verify's network probe (src/verify/netprobe.ts, run by the podman driver), dist/netprobe.mjs;
//   - the worker thread of large runs (src/engine/lint-worker.ts) is dist/lint-worker.mjs;
//   - the Action's verify step is dist/verify.mjs (it carries the Kubernetes client): a lint-only
//     run never loads it.
//
// Usage: node scripts/build-action.mjs [--outdir <folder>]   (default: dist)
import { build } from 'esbuild';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--outdir');
const outdir = resolve(root, at === -1 ? 'dist' : args[at + 1]);

function ruleDocs() {
  const dir = join(root, 'rules');
  const docs = {};
  for (const id of readdirSync(dir).sort()) {
    const file = join(dir, id, 'README.md');
    if (existsSync(file)) docs[id] = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  }
  return docs;
}

/** Replaces `from` by `to` in a module's source, failing the build when the text is not there once. */
function rewrite(file, from, to) {
  const text = readFileSync(file, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`build-action: expected ${JSON.stringify(from)} once in ${relative(root, file)}, found it ${count} times: update scripts/build-action.mjs`);
  return text.replace(from, to);
}

/** Modules whose run-time file access the bundle replaces with data fixed at build time or paths inside dist/. */
const embed = {
  name: 'sidecar-lint-embed',
  setup(b) {
    b.onLoad({ filter: /[\\/]rules[\\/]schema[\\/]index\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: rewrite(args.path, '`../../../generated/schemas/${file}`', '`./schemas/${file}`'),
    }));
    // The yaml package, loaded on first use: the banner's `require` makes esbuild bundle it and
    // still evaluate it only when first called.
    b.onLoad({ filter: /[\\/]src[\\/]yaml[\\/]parse\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: rewrite(args.path, "requireHere('yaml')", "require('yaml')"),
    }));
    b.onLoad({ filter: /[\\/]src[\\/]policy[\\/]rego\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: rewrite(args.path, "new URL('./rego-worker.js', import.meta.url)", "new URL('./rego-worker.mjs', import.meta.url)"),
    }));
    // The worker patches opa-wasm's builtins table, found at run time through require.resolve (no
    // node_modules next to the bundle): import the same module the bundled opa-wasm uses instead.
    b.onLoad({ filter: /[\\/]src[\\/]policy[\\/]rego-worker\.ts$/ }, (args) => ({
      loader: 'ts',
      contents:
        "import __sidecarLintOpaBuiltins from 'sidecar-lint:opa-builtins';\n" +
        rewrite(args.path, "require(path.join(path.dirname(require.resolve('@open-policy-agent/opa-wasm')), 'builtins', 'index.js'))", '__sidecarLintOpaBuiltins'),
    }));
    b.onResolve({ filter: /^sidecar-lint:opa-builtins$/ }, () => ({
      path: join(dirname(createRequire(join(root, 'package.json')).resolve('@open-policy-agent/opa-wasm')), 'builtins', 'index.js'),
    }));
    // The Action's verify step (and the Kubernetes client it brings) is an entry of its own,
    // dist/verify.mjs, loaded only when the verify input asks for it.
    b.onResolve({ filter: /^\.\/verify\.js$/ }, (args) =>
      /[\\/]src[\\/]action[\\/]run\.ts$/.test(args.importer) ? { path: './verify.mjs', external: true } : undefined,
    );
    // Large runs lint their files on worker threads (src/engine/lint-worker.ts).
    b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]parallel\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: rewrite(args.path, "new URL('./lint-worker.js', import.meta.url)", "new URL('./lint-worker.mjs', import.meta.url)"),
    }));
    // The podman driver runs src/verify/netprobe.ts as a process inside the pod's network namespace.
    b.onLoad({ filter: /[\\/]src[\\/]verify[\\/]drivers[\\/]podman\.ts$/ }, (args) => ({
      loader: 'ts',
      contents: rewrite(args.path, "new URL('../netprobe.js', import.meta.url)", "new URL('./netprobe.mjs', import.meta.url)"),
    }));
    b.onLoad({ filter: /[\\/]src[\\/]report[\\/]rule-docs\.ts$/ }, () => ({
      loader: 'js',
      contents: `// rules/<id>/README.md, embedded by scripts/build-action.mjs.
const DOCS = ${JSON.stringify(ruleDocs(), null, 0)};
export function ruleMarkdown(id) {
  return Object.prototype.hasOwnProperty.call(DOCS, id) ? DOCS[id] : undefined;
}
`,
    }));
    b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
      loader: 'js',
      contents: `export const VERSION = ${JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)};\n`,
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const started = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    index: 'src/action/main.ts',
    ...(existsSync(join(root, 'src', 'policy', 'rego-worker.ts')) ? { 'rego-worker': 'src/policy/rego-worker.ts' } : {}),
    netprobe: 'src/verify/netprobe.ts',
    'lint-worker': 'src/engine/lint-worker.ts',
    verify: 'src/action/verify.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // One file per entry: with code splitting, esbuild hands a dynamically imported CommonJS module
  // (ajv) to its importer without interop (`const { Ajv } = await import(...)` then fails).
  splitting: false,
  format: 'esm',
  platform: 'node',
  // action.yml says node24; node20 keeps the bundle runnable on the Node the tests use.
  target: 'node20',
  minify: false,
  keepNames: false,
  legalComments: 'eof',
  sourcemap: false,
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies (ajv) call require(); ESM output needs one.
  banner: { js: "import { createRequire as __sidecarLintRequire } from 'node:module';\nconst require = __sidecarLintRequire(import.meta.url);" },
  plugins: [embed],
});

const schemas = join(root, 'generated', 'schemas');
if (!existsSync(join(schemas, 'index.js'))) throw new Error('build-action: generated/schemas is missing: run npm run build first');
// The copied validators are ESM `.js` files: say so next to them, whatever package.json is above.
writeFileSync(join(outdir, 'package.json'), '{ "type": "module", "private": true }\n');
mkdirSync(join(outdir, 'schemas'));
for (const name of readdirSync(schemas).sort()) {
  if (name.endsWith('.js')) copyFileSync(join(schemas, name), join(outdir, 'schemas', name));
}

let total = 0;
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else {
      const size = statSync(p).size;
      total += size;
      files.push([relative(root, p), size]);
    }
  }
};
walk(outdir);
if (!args.includes('--quiet')) {
  const big = files.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, s]) => `${f} ${(s / 1024).toFixed(0)} KiB`);
  console.log(`${relative(root, outdir) || outdir}: ${files.length} files, ${(total / 1024).toFixed(0)} KiB in ${Date.now() - started} ms (largest: ${big.join(', ')})`);
}
if (result.warnings.length) process.exitCode = 1;
