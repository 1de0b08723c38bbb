import { parseArgs } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../types.js';
import type { RuleSetting } from '../config/config.js';
import { VERSION } from '../version.js';
import type { LintOptions } from '../engine/lint.js';
import { FORMATS, isFormat, type FormatName } from '../report/index.js';

const HELP = `Usage: sidecar-lint [options] <path|glob|->...
       sidecar-lint verify <paths> --driver podman|kind|cluster   (docs/verify.md)
       sidecar-lint test <cases>      (docs/policies.md)
       sidecar-lint lsp --stdio       (docs/editors.md)

Lint Kubernetes manifests for sidecar mistakes. Folders are read recursively
(.yaml, .yml, .json); - reads standard input.

Options:
  -f, --format <name>[:<file>]  stylish (default), compact, json, sarif, junit,
                                checkstyle, codeclimate, github, markdown; repeat for several
  -o, --output <file>           write the (first) format to a file instead of stdout
      --kube-version <x.y>      target Kubernetes version (default: newest known)
      --fail-on <level>         error (default), warning, info or none: exit 1 at or above it
  -c, --config <file>           configuration file (default: .sidecar-lint.yaml found upward)
      --no-config               ignore configuration files
      --rule <id>=<level>       error, warning, info or off; repeat for several
      --ignore <glob>           paths to pass over; repeat for several
      --stdin-filename <name>   name for standard input in reports
      --report-unused-suppressions  warn about suppressions that match nothing
      --show-suppressed         list suppressed findings too
      --max-file-size <MiB>     larger files are an input error (default 20)
      --threads <n>             threads for the files (default: every core, for runs over
                                32 MiB of YAML; 1: one thread)
  -q, --quiet                   report errors only
  -v, --verbose                 say what was passed over and why
      --color / --no-color      force colours on or off
      --fix                     repair what can be repaired safely, in place, then report
                                what is left (standard input: print the repaired text)
      --fix-dry-run             print the repairs as a unified diff, change nothing
      --list-rules              print the rules and exit
      --policy <path>           your own policies: .rego (conftest style), policy.wasm,
                                OPA bundle, JSON Schema checks, ValidatingAdmissionPolicy;
                                repeat for several (docs/policies.md)
  -h, --help                    this text
      --version                 the version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
Docs: https://github.com/sidecar-lint/sidecar-lint#readme
`;

const LEVELS = ['error', 'warning', 'info', 'off'];

class UsageError extends Error {}

function parseRuleFlags(values: string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const v of values) {
    const m = /^([a-z0-9-]+)=(\w+)$/.exec(v);
    if (!m || !LEVELS.includes(m[2]!)) throw new UsageError(`--rule ${v}: expected <rule-id>=<${LEVELS.join('|')}>`);
    rules[m[1]!] = m[2] as RuleSetting;
  }
  return rules;
}

interface Output {
  format: FormatName;
  file?: string;
}

function parseFormats(values: string[], output: string | undefined): Output[] {
  const outs: Output[] = (values.length ? values : ['stylish']).flatMap((v) =>
    v.split(',').map((part) => {
      const colon = part.indexOf(':');
      const format = colon === -1 ? part : part.slice(0, colon);
      const file = colon === -1 ? undefined : part.slice(colon + 1);
      if (!isFormat(format)) {
        throw new UsageError(`--format ${format}: expected ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]}`);
      }
      return { format, file };
    }),
  );
  if (output) {
    const target = outs.find((o) => !o.file);
    if (!target) throw new UsageError('--output given but every --format already names a file');
    target.file = output;
  }
  return outs;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'lsp') {
    // Serves until the client says exit (the connection ends the process then).
    const { startServer } = await import('../lsp/server.js');
    startServer();
    return new Promise<number>(() => {});
  }
  if (argv[0] === 'test') {
    const { testCommand } = await import('./test-command.js');
    return testCommand(argv.slice(1));
  }
  if (argv[0] === 'verify') {
    const { verifyCommand } = await import('./verify-command.js');
    return verifyCommand(argv.slice(1));
  }
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o' },
        'kube-version': { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        ignore: { type: 'string', multiple: true },
        'stdin-filename': { type: 'string' },
        'report-unused-suppressions': { type: 'boolean' },
        'show-suppressed': { type: 'boolean' },
        'max-file-size': { type: 'string' },
        threads: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        policy: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    process.stderr.write(`sidecar-lint: ${(e as Error).message}\nRun sidecar-lint --help for usage.\n`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (v.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    if (v['list-rules']) return await listRules();
    if (args.positionals.length === 0) throw new UsageError('no paths given (use - for standard input)');
    const failOn = v['fail-on'];
    if (failOn !== undefined && !['error', 'warning', 'info', 'none'].includes(failOn)) {
      throw new UsageError(`--fail-on ${failOn}: expected error, warning, info or none`);
    }
    let maxFileSize: number | undefined;
    if (v['max-file-size'] !== undefined) {
      const mib = Number(v['max-file-size']);
      if (!(mib > 0)) throw new UsageError(`--max-file-size ${v['max-file-size']}: expected a number of MiB`);
      maxFileSize = Math.round(mib * 1024 * 1024);
    }
    const threads = v.threads === undefined ? undefined : Number(v.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1 && threads <= 64)) throw new UsageError(`--threads ${v.threads}: expected a whole number from 1 to 64`);
    const outputs = parseFormats(v.format ?? [], v.output);
    const { lint } = await import('../engine/lint.js');
    const lintOptions: LintOptions = {
      kubeVersion: v['kube-version'],
      failOn: failOn as Severity | 'none' | undefined,
      config: v['no-config'] ? false : v.config,
      rules: parseRuleFlags(v.rule ?? []),
      ignore: v.ignore,
      stdinFilename: v['stdin-filename'],
      reportUnusedSuppressions: v['report-unused-suppressions'],
      policies: v.policy,
      maxFileSize,
      threads,
    };
    // With --fix on standard input or --fix-dry-run, stdout carries the text or the diff: the report goes to stderr.
    const stream = (v.fix || v['fix-dry-run']) && (await runFixes(args.positionals, lintOptions, Boolean(v['fix-dry-run']))) ? process.stderr : process.stdout;
    // The report needs findings and counts only: the run lets each file go once its rules are done.
    const result = await lint(args.positionals, { ...lintOptions, keepModel: false });
    // Refused as too large for Node's default heap: run again with a heap that holds it, when the
    // machine has the memory (not for standard input, read once, or --fix, which already wrote).
    const tooLarge = result.errors.find((e) => e.runBytes !== undefined)?.runBytes;
    if (tooLarge !== undefined && !v.fix && !v['fix-dry-run'] && !args.positionals.includes('-')) {
      const { runWithLargerHeap } = await import('./heap.js');
      const again = await runWithLargerHeap(argv, tooLarge);
      if (again !== undefined) return again;
    }
    if (v.verbose) {
      if (result.configFile) process.stderr.write(`config: ${result.configFile}\n`);
      for (const n of result.notes) process.stderr.write(`note: ${n}\n`);
    }
    const color = v['no-color'] ? false : v.color ? true : Boolean(stream.isTTY) && !process.env.NO_COLOR;
    const { loadReporter } = await import('../report/index.js');
    let code: number = result.exitCode;
    for (const out of outputs) {
      const reporter = await loadReporter(out.format);
      const root = process.env.GITHUB_WORKSPACE ?? result.cwd;
      const text = reporter(result, {
        color: out.file ? false : color,
        showSuppressed: Boolean(v['show-suppressed']),
        root: path.resolve(root),
        quiet: Boolean(v.quiet),
      });
      if (out.file) {
        try {
          fs.mkdirSync(path.dirname(path.resolve(out.file)), { recursive: true });
          fs.writeFileSync(out.file, text);
        } catch (e) {
          process.stderr.write(`sidecar-lint: cannot write ${out.file}: ${(e as Error).message}\n`);
          code = 2;
        }
      } else stream.write(text);
    }
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`sidecar-lint: ${e.message}\nRun sidecar-lint --help for usage.\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * --fix writes the repaired files; the text read from standard input is printed repaired.
 * --fix-dry-run prints a unified diff and writes nothing. Then the normal report runs on what is
 * left (for standard input, on the repaired text). True when stdout now carries text or a diff.
 */
async function runFixes(inputs: string[], options: LintOptions, dryRun: boolean): Promise<boolean> {
  const { computeFixes, unifiedDiff, writeFixes } = await import('../fix/run.js');
  const { readStdin, STDIN } = await import('../input/sources.js');
  const stdinName = options.stdinFilename ?? '<stdin>';
  const hasStdin = inputs.includes(STDIN);
  if (hasStdin) options.stdinText = new TextDecoder().decode(await readStdin());
  const { fixed, skipped } = await computeFixes(inputs, options);
  const count = fixed.reduce((n, f) => n + f.applied, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('x') ? 'es' : 's'}`;
  for (const s of skipped) process.stderr.write(`sidecar-lint: ${s.file}: not fixed, ${s.reason}\n`);
  if (dryRun) {
    for (const f of fixed) process.stdout.write(unifiedDiff(f));
    process.stderr.write(`sidecar-lint: ${plural(count, 'fix')} would be applied to ${plural(fixed.length, 'file')}\n`);
    return true;
  }
  const refused = writeFixes(process.cwd(), fixed.filter((f) => f.file !== stdinName || !hasStdin));
  for (const r of refused) process.stderr.write(`sidecar-lint: ${r.file}: not written, ${r.reason}\n`);
  const written = fixed.filter((f) => !refused.some((r) => r.file === f.file));
  process.stderr.write(`sidecar-lint: applied ${plural(written.reduce((n, f) => n + f.applied, 0), 'fix')} to ${plural(written.length, 'file')}\n`);
  if (!hasStdin) return false;
  const text = fixed.find((f) => f.file === stdinName)?.after ?? options.stdinText ?? '';
  process.stdout.write(text);
  options.stdinText = text;
  return true;
}

async function listRules(): Promise<number> {
  const { ALL_RULES } = await import('../engine/lint.js');
  const { docsUrl } = await import('../engine/docs.js');
  const width = Math.max(...ALL_RULES.map((r) => r.meta.id.length));
  for (const r of ALL_RULES) {
    const sev = r.meta.optIn ? `${r.meta.severity} (opt-in)` : r.meta.severity;
    process.stdout.write(`${r.meta.id.padEnd(width)}  ${sev.padEnd(18)}  ${r.meta.description}\n${''.padEnd(width)}  ${''.padEnd(18)}  ${docsUrl(r.meta.id)}\n`);
  }
  return 0;
}
