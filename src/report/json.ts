import type { Reporter } from './index.js';
import { counts, shownFindings } from './select.js';

/** Machine-readable: every finding with its full range, plus the run's summary. */
export const json: Reporter = (result, options) => {
  const findings = shownFindings(result, options);
  return (
    JSON.stringify(
      {
        tool: 'sidecar-lint',
        kubeVersion: result.kubeVersion,
        failOn: result.failOn,
        exitCode: result.exitCode,
        summary: { files: result.files.length, documents: result.counts.documents, objects: result.counts.objects, ...counts(result.findings) },
        findings,
        errors: result.errors,
      },
      null,
      2,
    ) + '\n'
  );
};
