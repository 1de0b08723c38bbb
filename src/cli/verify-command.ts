// `sidecar-lint verify <path>...`: lint, deploy in isolation, prove sidecar behaviour on running
// pods, clean up. Reports through the same reporters as the lint (stylish, json, junit, ...).
import { parseArgs } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline/promises';
import { FORMATS, isFormat, type FormatName } from '../report/index.js';
import type { DriverName, VerifyOptions } from '../verify/types.js';

const HELP = `Usage: sidecar-lint verify [options] <path>...

Lints the manifests (errors stop the deploy unless --force), deploys each workload and each test
folder in isolation, proves sidecar behaviour on running pods, collects diagnostics on failure and
cleans up. Checks: every container starts and becomes ready; the pod stays stable; declared ports
answer on localhost from the other containers; a nonce crosses each shared volume; a Job with
sidecars completes; native sidecars start before the app and stop after it. Your own steps (exec,
log, http, assert) go in <path>/sidecar-tests/<test>/test.yaml. Docs: docs/verify.md

Drivers:
      --driver podman            podman kube play with local images (default); native sidecars
                                 and readiness probes are run by the harness (emulated)
      --driver kind              a kind cluster: created for the run and deleted after it, or
                                 reused with --cluster-name; local images are loaded into it
      --driver cluster           any cluster: needs --context <name> and --yes
      --context <name>           kubeconfig context (cluster driver)
      --kubeconfig <file>        kubeconfig file (default: $KUBECONFIG, ~/.kube/config)
      --cluster-name <name>      kind cluster to reuse (created and deleted when missing)
  -y, --yes                      confirm deploying to the --context cluster

Options:
      --tests <dir>              test folders (default: <path>/sidecar-tests when present)
      --no-derived               run only the test folders, not the checks derived from manifests
      --force                    deploy even when the lint finds errors
      --timeout <dur>            time for containers to start and become ready (default 60s)
      --stable <dur>             stability window, no restarts allowed (default 10s)
      --job-timeout <dur>        time for a Job to complete (default 2m)
      --grace-cap <dur>          longest grace period the harness waits on stop (default 5s)
      --parallel <n>             tests deployed at once (default 2)
      --diagnostics <dir>        where failure bundles go (default .sidecar-lint-verify)
      --cleanup                  remove what earlier runs left behind (after a kill -9) and exit
  -f, --format <name>[:<file>]   stylish (default), json, junit, ... as for the lint; repeatable
  -o, --output <file>            write the (first) format to a file
      --kube-version <x.y>       target Kubernetes version for the lint
  -c, --config <file>            configuration file; --no-config ignores them
  -q, --quiet                    report failures only, no progress
  -h, --help                     this text

Exit codes: 0 every check passed, 1 a check failed or the lint found errors, 2 usage error or
driver unavailable, 130 interrupted (everything deployed is removed first).
`;

export class VerifyUsageError extends Error {}

function duration(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(v.trim());
  if (!m) throw new VerifyUsageError(`--${name} ${v}: expected a duration such as 30s, 500ms or 2m`);
  const n = Number(m[1]);
  return m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
}

/** What `verify`'s arguments ask for: options for the runner, reports to write, or a cleanup. */
export interface ParsedVerifyArgs {
  help: boolean;
  paths: string[];
  options: VerifyOptions;
  outputs: { format: FormatName; file?: string }[];
  /** `--cleanup`: remove what earlier runs left and exit. */
  cleanup: boolean;
  color?: boolean;
  quiet: boolean;
}

const OPTIONS = {
  driver: { type: 'string' },
  context: { type: 'string' },
  kubeconfig: { type: 'string' },
  'cluster-name': { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  tests: { type: 'string' },
  'no-derived': { type: 'boolean' },
  force: { type: 'boolean' },
  timeout: { type: 'string' },
  stable: { type: 'string' },
  'job-timeout': { type: 'string' },
  'grace-cap': { type: 'string' },
  parallel: { type: 'string' },
  diagnostics: { type: 'string' },
  cleanup: { type: 'boolean' },
  'run-id': { type: 'string' },
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  'kube-version': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parses and checks `verify`'s arguments (the CLI's, and the Action's `verify` inputs turned into
 * the same arguments). Throws VerifyUsageError with a message naming the option.
 */
export function parseVerifyArgs(argv: string[]): ParsedVerifyArgs {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (e) {
    throw new VerifyUsageError((e as Error).message);
  }
  const v = args.values;
  const driver = (v.driver ?? 'podman') as DriverName;
  const parsed = { help: Boolean(v.help), paths: args.positionals, cleanup: Boolean(v.cleanup), quiet: Boolean(v.quiet), color: v['no-color'] ? false : v.color ? true : undefined };
  if (parsed.help) return { ...parsed, options: { driver }, outputs: [] };
  if (!['podman', 'kind', 'cluster'].includes(driver)) throw new VerifyUsageError(`--driver ${driver}: expected podman, kind or cluster`);
  if (v['run-id'] !== undefined && !/^[a-z][a-z0-9]{7}$/.test(v['run-id'])) throw new VerifyUsageError('--run-id: 8 characters of a-z0-9, starting with a letter');
  if (!parsed.cleanup && args.positionals.length === 0) throw new VerifyUsageError('no paths given');
  if (driver !== 'cluster' && (v.context || v.yes)) throw new VerifyUsageError('--context and --yes are for --driver cluster');
  if (driver !== 'kind' && v['cluster-name']) throw new VerifyUsageError('--cluster-name is for --driver kind');
  const parallel = v.parallel === undefined ? undefined : Number(v.parallel);
  if (parallel !== undefined && !(Number.isInteger(parallel) && parallel >= 1)) throw new VerifyUsageError(`--parallel ${v.parallel}: expected a whole number >= 1`);
  const options: VerifyOptions = {
    driver,
    force: Boolean(v.force),
    readyTimeoutMs: duration('timeout', v.timeout),
    stableMs: duration('stable', v.stable),
    jobTimeoutMs: duration('job-timeout', v['job-timeout']),
    graceCapMs: duration('grace-cap', v['grace-cap']),
    tests: v.tests,
    derived: !v['no-derived'],
    parallel,
    diagnosticsDir: v.diagnostics,
    clusterName: v['cluster-name'],
    context: v.context,
    yes: Boolean(v.yes),
    kubeconfig: v.kubeconfig,
    runId: v['run-id'],
    kubeVersion: v['kube-version'],
    config: v['no-config'] ? false : v.config,
  };
  return { ...parsed, options, outputs: parseFormats(v.format ?? [], v.output) };
}

export async function verifyCommand(argv: string[]): Promise<number> {
  try {
    const parsed = parseVerifyArgs(argv);
    if (parsed.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const { options, outputs, quiet } = parsed;
    if (parsed.cleanup) return await cleanup(options.driver, options.runId, options.context, options.kubeconfig, Boolean(options.yes), options.clusterName);
    if (options.driver === 'cluster' && options.context && !options.yes && process.stdin.isTTY && process.stderr.isTTY) options.yes = await confirm(options.context);
    if (!quiet) options.log = (line) => process.stderr.write(line + '\n');
    const { verify } = await import('../verify/runner.js');
    const { toLintResult, summaryLine } = await import('../verify/report.js');
    const result = await verify(parsed.paths, options, { handleSignals: true });
    if (result.fatal) process.stderr.write(`sidecar-lint verify: ${result.fatal}\n`);
    const lintResult = toLintResult(result);
    const color = parsed.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
    const { loadReporter } = await import('../report/index.js');
    let code: number = result.exitCode;
    for (const out of outputs) {
      const reporter = await loadReporter(out.format);
      const text = reporter(lintResult, { color: out.file ? false : color, showSuppressed: false, root: path.resolve(process.env.GITHUB_WORKSPACE ?? lintResult.cwd), quiet });
      if (out.file) {
        try {
          fs.mkdirSync(path.dirname(path.resolve(out.file)), { recursive: true });
          fs.writeFileSync(out.file, text);
        } catch (e) {
          process.stderr.write(`sidecar-lint verify: cannot write ${out.file}: ${(e as Error).message}\n`);
          code = 2;
        }
      } else process.stdout.write(text);
    }
    process.stderr.write(summaryLine(result) + '\n');
    return code;
  } catch (e) {
    if (e instanceof VerifyUsageError) {
      process.stderr.write(`sidecar-lint verify: ${e.message}\nRun sidecar-lint verify --help for usage.\n`);
      return 2;
    }
    throw e;
  }
}

function parseFormats(values: string[], output: string | undefined): { format: FormatName; file?: string }[] {
  const outs = (values.length ? values : ['stylish']).flatMap((v) =>
    v.split(',').map((part) => {
      const colon = part.indexOf(':');
      const format = colon === -1 ? part : part.slice(0, colon);
      if (!isFormat(format)) throw new VerifyUsageError(`--format ${format}: expected ${FORMATS.join(', ')}`);
      return { format, file: colon === -1 ? undefined : part.slice(colon + 1) };
    }),
  );
  if (output) {
    const target = outs.find((o) => !o.file);
    if (!target) throw new VerifyUsageError('--output given but every --format already names a file');
    target.file = output;
  }
  return outs;
}

/** Interactive confirmation for a cluster run: the user types the context's name. */
async function confirm(context: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`verify will create namespaces slv-* in context "${context}" and delete them afterwards.\nType the context name to go ahead: `);
    return answer.trim() === context;
  } finally {
    rl.close();
  }
}

async function cleanup(driver: DriverName, runId: string | undefined, context: string | undefined, kubeconfig: string | undefined, yes: boolean, clusterName: string | undefined): Promise<number> {
  if (driver === 'podman') {
    const { cleanupPodman } = await import('../verify/drivers/podman.js');
    const removed = await cleanupPodman(runId);
    process.stdout.write(removed.length ? `removed: ${removed.join(', ')}\n` : 'nothing to remove\n');
    return 0;
  }
  const k8s = await import('@kubernetes/client-node');
  const { clusterRefusal, clientNodeApi, cleanupKube } = await import('../verify/drivers/kube.js');
  const kc = new k8s.KubeConfig();
  if (driver === 'kind') {
    const { run } = await import('../verify/process.js');
    const r = await run('kind', ['get', 'kubeconfig', '--name', clusterName ?? 'kind']);
    if (r.code !== 0) throw new VerifyUsageError(`kind get kubeconfig failed: ${r.stderr.trim()}`);
    kc.loadFromString(r.stdout);
  } else {
    if (kubeconfig) kc.loadFromFile(kubeconfig);
    else kc.loadFromDefault();
    const refusal = clusterRefusal({ mode: 'cluster', context, yes }, kc.getContexts().map((c) => c.name));
    if (refusal) throw new VerifyUsageError(refusal);
    kc.setCurrentContext(context!);
  }
  const removed = await cleanupKube(await clientNodeApi(kc), runId);
  process.stdout.write(removed.length ? `removed: ${removed.join(', ')}\n` : 'nothing to remove\n');
  return 0;
}
