// The GitHub Action's entry point (action.yml: runs.using node24, main dist/index.mjs), bundled
// by scripts/build-action.mjs into the committed dist/.
import { ActionInputError, run } from './run.js';
import { workflowCommand } from '../report/github.js';

run().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message = err instanceof ActionInputError ? err.message : `internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
    process.stdout.write(workflowCommand('error', { title: 'sidecar-lint' }, message) + '\n');
    process.exitCode = 2;
  },
);
