import * as chai from 'chai';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { chaiSidecarLint } from '../src/testing/chai.js';
import { opaVersion } from '../src/policy/rego.js';
import { projectRoot } from './helpers.js';

chai.use(chaiSidecarLint);

// Compiled policies go to a temporary cache, not into the work tree.
process.env.SIDECAR_LINT_CACHE_DIR ??= mkdtempSync(join(tmpdir(), 'sidecar-lint-cache-'));

export const policyFixtures = join(projectRoot, 'test', 'fixtures', 'policy');

/** A fresh folder for compiled-policy caches and built bundles. */
export function tempDir(prefix = 'sidecar-lint-policy-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Skips (locally) or fails (in CI, which installs it) when a Go tool is missing. */
export async function requireOpa(ctx: Mocha.Context): Promise<void> {
  if (await opaVersion()) return;
  if (process.env.CI) throw new Error('opa is not on PATH: .ci/run installs it with go install');
  ctx.skip();
}

export function hasCommand(cmd: string): boolean {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
