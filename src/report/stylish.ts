import type { Finding } from '../types.js';
import type { Reporter } from './index.js';
import { counts, shownFindings } from './select.js';

const paint = (on: boolean, code: string) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** The default: findings grouped by file, aligned, with a summary line (ESLint's layout). */
export const stylish: Reporter = (result, options) => {
  const red = paint(options.color, '31');
  const yellow = paint(options.color, '33');
  const blue = paint(options.color, '34');
  const dim = paint(options.color, '2');
  const bold = paint(options.color, '1');
  const underline = paint(options.color, '4');
  const findings = shownFindings(result, options);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    let list = byFile.get(f.file);
    if (!list) byFile.set(f.file, (list = []));
    list.push(f);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(underline(file));
    const rows = list.map((f) => [
      `${f.range.start.line}:${f.range.start.column}`,
      f.severity,
      f.message + (f.suppressed ? ` (suppressed${f.suppressed.reason ? ': ' + f.suppressed.reason : ''})` : ''),
      f.ruleId,
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    for (const [pos, sev, msg, rule] of rows) {
      const color = sev === 'error' ? red : sev === 'warning' ? yellow : blue;
      out.push(`  ${dim(pos!.padEnd(w0))}  ${color(sev!.padEnd(w1))}  ${msg}  ${dim(rule!)}`);
    }
    out.push('');
  }
  for (const e of result.errors) out.push(`${red('error')}  ${e.file ? e.file + ': ' : ''}${e.message}`);
  if (result.errors.length) out.push('');
  const c = counts(result.findings);
  const total = c.error + c.warning + c.info;
  if (total > 0 || result.errors.length > 0) {
    const parts = [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`];
    if (c.info) parts.push(`${c.info} info`);
    const mark = c.error || result.errors.length ? red('✖') : yellow('⚠');
    let line = `${mark} ${bold(`${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`)}`;
    if (c.suppressed) line += dim(`, ${c.suppressed} suppressed`);
    if (result.errors.length) line += red(`, ${result.errors.length} input error${result.errors.length === 1 ? '' : 's'}`);
    out.push(line);
    out.push(dim(`${result.files.length} files, ${result.counts.objects} objects, Kubernetes ${result.kubeVersion}`));
  }
  return out.length ? out.join('\n') + '\n' : '';
};
