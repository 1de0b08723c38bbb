// podman for the end-to-end tests: present and with the test images built, or a reason why not.
// Locally a missing podman skips those tests with the reason; under CI=true (.ci/run installs
// podman) it fails them, so a broken install cannot pass as skipped.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './helpers.js';

export const E2E_IMAGES = ['localhost/sidecar-lint-e2e/busybox:1', 'localhost/sidecar-lint-e2e/web:1'];

let cached: string | undefined | null = null;

/** Undefined when podman runs and the test images exist (built on first use); else why not. */
export function podmanReady(): string | undefined {
  if (cached !== null) return cached;
  const v = spawnSync('podman', ['--version'], { encoding: 'utf8' });
  if (v.error || v.status !== 0) return (cached = 'podman is not installed');
  const missing = E2E_IMAGES.filter((i) => spawnSync('podman', ['image', 'exists', i]).status !== 0);
  if (missing.length) {
    const b = spawnSync('bash', [join(projectRoot, 'integration', 'images', 'build.sh')], { encoding: 'utf8' });
    if (b.status !== 0) return (cached = `the test images could not be built: ${(b.stderr || b.stdout).trim().split('\n').pop()}`);
  }
  return (cached = undefined);
}

/** In a mocha `before`: skip (locally) or fail (CI) when podman cannot run the e2e tests. */
export function requirePodman(ctx: Mocha.Context, what: string): void {
  const why = podmanReady();
  if (!why) return;
  if (process.env.CI) throw new Error(`${why}: ${what} need podman, and CI installs it (.ci/run)`);
  console.log(`    SKIPPED: ${why}: ${what} need podman (Debian: apt-get install podman runc busybox-static; see docs/verify.md). CI installs it in .ci/run.`);
  ctx.skip();
}
