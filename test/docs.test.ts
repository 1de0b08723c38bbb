// Docs are part of the feature: the README's rules table and sample output are generated from the
// code and a real run, and must not go stale.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './helpers.js';

describe('docs', () => {
  it('README.md shows the current rules and real output (npm run docs)', function () {
    this.timeout(60_000);
    const r = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr.trim()).to.equal('');
    expect(r.status).to.equal(0);
  });
});
