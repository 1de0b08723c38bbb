// The GitHub Action: inputs in INPUT_<NAME> variables, outputs and the job summary in the files
// that GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, annotations as workflow commands on stdout.
// No @actions/core: the few file formats it writes are simpler to write than to bundle.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../types.js';
import { lint, type LintResult } from '../engine/lint.js';
import { FORMATS, isFormat, loadReporter, type FormatName, type ReportOptions } from '../report/index.js';
import { counts } from '../report/select.js';
import { githubAnnotations, workflowCommand, type HiddenCounts } from '../report/github.js';
import { markdownReport } from '../report/markdown.js';
import { VERSION } from '../version.js';
import { parseVerifyArgs, VerifyUsageError, type ParsedVerifyArgs } from '../cli/verify-command.js';


/** GitHub refuses a step summary over 1 MiB. */
const SUMMARY_LIMIT = 1024 * 1024;

export class ActionInputError extends Error {}

/** What @actions/core's getInput reads: INPUT_ + the name upper-cased with spaces as underscores (dashes kept). */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function getBoolean(name: string, fallback: boolean): boolean {
  const v = getInput(name);
  if (v === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(v)) return true;
  if (['false', 'False', 'FALSE'].includes(v)) return false;
  throw new ActionInputError(`input ${name}: expected true or false, got "${v}"`);
}

/** Paths: one per line; a single line may also hold several separated by spaces. */
export function splitPaths(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length === 1 ? lines[0]!.split(/\s+/) : lines;
}

/** Extra formats: `name` or `name:file`, one per line (or comma/space separated). */
export function parseFormatLines(text: string): { format: FormatName; file?: string }[] {
  return text
    .split(/[\r\n,]+|\s+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((item) => {
      const colon = item.indexOf(':');
      const name = colon === -1 ? item : item.slice(0, colon);
      const file = colon === -1 ? undefined : item.slice(colon + 1);
      if (!isFormat(name)) throw new ActionInputError(`input format: "${name}" is not one of ${FORMATS.join(', ')}`);
      return { format: name, file: file || undefined };
    });
}

/** `name<<delimiter` blocks, which hold any value (what the runner reads from $GITHUB_OUTPUT). */
export function outputBlock(name: string, value: string): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** A path as the log shows it: relative to the workspace when inside it. */
function shown(workspace: string, file: string): string {
  const rel = path.relative(workspace, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function log(line = ''): void {
  process.stdout.write(line + '\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export async function run(): Promise<number> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const workdir = path.resolve(workspace, getInput('working-directory') || '.');
  const paths = splitPaths(getInput('path') || '.');
  const failOnText = getInput('fail-on');
  if (failOnText && !['error', 'warning', 'info', 'none'].includes(failOnText)) {
    throw new ActionInputError(`input fail-on: expected error, warning, info or none, got "${failOnText}"`);
  }
  // Empty: the configuration file's failOn, else error.
  const failOn = (failOnText || undefined) as Severity | 'none' | undefined;
  const annotate = getBoolean('annotations', true);
  const extra = parseFormatLines(getInput('format'));
  const sarifInput = getInput('sarif-file');
  const sarifFile = sarifInput === 'false' ? undefined : path.resolve(workdir, sarifInput || 'sidecar-lint.sarif');
  // Policy files or folders (Rego, policy.wasm, OPA bundles, JSON Schema checks, ValidatingAdmissionPolicy),
  // added to the configuration's, relative to working-directory.
  const policies = splitPaths(getInput('policy'));
  if (!fs.existsSync(workdir)) throw new ActionInputError(`input working-directory: ${workdir} does not exist`);
  const verifyRequest = verifyInputs(paths, workdir);


  const started = Date.now();
  const result: LintResult = await lint(paths, {
    cwd: workdir,
    config: getInput('config') || undefined,
    kubeVersion: getInput('kube-version') || undefined,
    failOn,
    ...(policies.length ? { policies } : {}),
    keepModel: false,
  });
  const elapsed = Date.now() - started;
  // Refused as too large for Node's default heap: this entry point runs again with a heap that
  // holds it, as the CLI does (nothing is written before this point).
  const tooLarge = result.errors.find((e) => e.runBytes !== undefined)?.runBytes;
  if (tooLarge !== undefined && process.argv[1]) {
    const { runWithLargerHeap } = await import('../cli/heap.js');
    const code = await runWithLargerHeap([], tooLarge, process.argv[1]);
    if (code !== undefined) return code;
  }

  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repo = process.env.GITHUB_REPOSITORY;
  const sha = process.env.GITHUB_SHA;
  const options: ReportOptions = {
    color: true,
    showSuppressed: false,
    root: workspace,
    quiet: false,
    blobUrl: repo && sha ? `${server}/${repo}/blob/${sha}` : undefined,
  };
  let code: number = result.exitCode;

  // The log: the stylish report, as the CLI prints it.
  const { stylish } = await import('../report/stylish.js');
  process.stdout.write(stylish(result, options));

  const written: string[] = [];
  const write = (file: string, text: string) => {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      written.push(shown(workspace, file));
    } catch (e) {
      log(workflowCommand('error', { title: 'sidecar-lint' }, `cannot write ${file}: ${(e as Error).message}`));
      code = 2;
    }
  };
  if (sarifFile) {
    const { sarif } = await import('../report/sarif.js');
    write(sarifFile, sarif(result, options));
  }
  for (const out of extra) {
    const text = (await loadReporter(out.format))(result, { ...options, color: false });
    if (out.file) write(path.resolve(workdir, out.file), text);
    else process.stdout.write(text);
  }

  if (annotate) {
    const where = [sarifFile ? `the SARIF file ${shown(workspace, sarifFile)}` : '', process.env.GITHUB_STEP_SUMMARY ? 'the job summary' : ''].filter(Boolean).join(' and ');
    const more = (hidden: HiddenCounts, total: number) =>
      `${plural(total, 'more finding')} (${plural(hidden.error, 'error')}, ${plural(hidden.warning, 'warning')}, ${plural(hidden.notice, 'notice')}) not annotated: GitHub shows at most 10 errors, 10 warnings and 10 notices per step.${where ? ` All findings are in ${where}.` : ''}`;
    process.stdout.write(githubAnnotations(result, { ...options, color: false }, { cap: true, more }));
  }

  const verified = verifyRequest ? await (await import('./verify.js')).runVerify(verifyRequest, code, options, workspace, write, annotate) : undefined;
  if (verified) code = Math.max(code, verified.code);

  const c = counts(result.findings);
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const foot = [
      '',
      `<sub>sidecar-lint ${VERSION}, ${elapsed} ms${written.length ? `; reports: ${written.map((w) => '`' + w + '`').join(', ')}` : ''}</sub>`,
      '',
    ].join('\n');
    const budget = SUMMARY_LIMIT - Buffer.byteLength(foot) - Buffer.byteLength(verified?.summary ?? '') - 1024;
    const text = markdownReport(result, { ...options, color: false }, { maxBytes: budget, moreHint: sarifFile ? 'see the SARIF file and the annotations' : 'see the log' });
    try {
      fs.appendFileSync(summaryFile, text + (verified ? '\n' + verified.summary : '') + foot);
    } catch (e) {
      log(`Warning: cannot write the job summary: ${(e as Error).message}`);
    }
  }

  const outputFile = process.env.GITHUB_OUTPUT;
  const outputs: Record<string, string> = {
    errors: String(c.error),
    warnings: String(c.warning),
    infos: String(c.info),
    'sarif-file': sarifFile ?? '',
    'exit-code': String(code),
    ...(verified?.outputs ?? {}),
  };
  if (outputFile) {
    fs.appendFileSync(outputFile, Object.entries(outputs).map(([k, v]) => outputBlock(k, v)).join(''));
  }
  log(
    `sidecar-lint ${VERSION}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${c.suppressed} suppressed` +
      `${result.errors.length ? `, ${plural(result.errors.length, 'input error')}` : ''} in ${plural(result.files.length, 'file')} (${elapsed} ms)${verified?.line ?? ''}; fail-on ${result.failOn}: ${code === 0 ? 'pass' : 'fail'}`,
  );
  return code;
}

const VERIFY_DRIVERS = ['none', 'kind', 'podman', 'cluster'];

/**
 * The `verify` inputs as `sidecar-lint verify` arguments, checked before anything runs. `cluster`
 * needs verify-context; naming the context in the workflow is the confirmation (--yes).
 */
function verifyInputs(lintPaths: string[], workdir: string): { parsed: ParsedVerifyArgs; report?: string } | undefined {
  const driver = getInput('verify') || 'none';
  if (!VERIFY_DRIVERS.includes(driver)) throw new ActionInputError(`input verify: expected ${VERIFY_DRIVERS.join(', ')}, got "${driver}"`);
  if (driver === 'none') return undefined;
  const context = getInput('verify-context');
  const clusterName = getInput('verify-cluster-name');
  if (driver === 'cluster' && !context) throw new ActionInputError('input verify: cluster needs verify-context, the kubeconfig context to deploy to');
  if (driver !== 'cluster' && context) throw new ActionInputError('input verify-context: only for verify: cluster');
  if (driver !== 'kind' && clusterName) throw new ActionInputError('input verify-cluster-name: only for verify: kind');
  const extra = getInput('verify-args').split(/\s+/).filter(Boolean);
  const own = extra.find((a) => /^(-f|-o|--format|--output|--cleanup|--driver|--context|--cluster-name|-y|--yes)(=|$)/.test(a));
  if (own) throw new ActionInputError(`input verify-args: ${own} is set by the Action's own inputs (verify, verify-context, verify-cluster-name, verify-report)`);
  const verifyPaths = getInput('verify-path') ? splitPaths(getInput('verify-path')) : lintPaths;
  const argv = [...verifyPaths, '--driver', driver, ...(clusterName ? ['--cluster-name', clusterName] : []), ...(context ? ['--context', context, '--yes'] : []), ...extra];
  let parsed: ParsedVerifyArgs;
  try {
    parsed = parseVerifyArgs(argv);
  } catch (e) {
    if (e instanceof VerifyUsageError) throw new ActionInputError(`input verify-args: ${e.message}`);
    throw e;
  }
  parsed.options.cwd = workdir;
  const reportInput = getInput('verify-report');
  const report = reportInput === 'false' ? undefined : path.resolve(workdir, reportInput || 'sidecar-lint-verify.junit.xml');
  return { parsed, report };
}
