// The GitHub Action runs the committed dist/ (action.yml: main dist/index.mjs), not the sources:
// rebuild it into a temporary folder and fail when the committed copy differs.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { projectRoot } from './helpers.js';

const STALE = 'dist/ is stale: run npm run build:action';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

describe('action dist', () => {
  it('is what npm run build:action makes from the current sources', function () {
    this.timeout(120_000);
    const fresh = mkdtempSync(join(tmpdir(), 'sidecar-lint-dist-'));
    const r = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'build-action.mjs'), '--outdir', fresh, '--quiet'], { cwd: projectRoot, encoding: 'utf8' });
    expect(r.status, r.stderr).to.equal(0);
    const committed = join(projectRoot, 'dist');
    const want = files(fresh);
    const have = files(committed);
    expect(have, `${STALE} (files differ)`).to.deep.equal(want);
    const differ = want.filter((f) => !readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))));
    expect(differ, `${STALE} (contents differ)`).to.deep.equal([]);
  });

  it('is marked generated and not ignored', () => {
    expect(readFileSync(join(projectRoot, '.gitattributes'), 'utf8')).to.match(/^dist\/\*\* linguist-generated=true$/m);
    const ignored = spawnSync('git', ['check-ignore', '-q', 'dist/index.mjs'], { cwd: projectRoot });
    // 1: not ignored; 128: not a git checkout (nothing to say).
    expect(ignored.status).to.be.oneOf([1, 128]);
    const action = readFileSync(join(projectRoot, 'action.yml'), 'utf8');
    expect(action).to.match(/^ {2}using: node24$/m);
    expect(action).to.match(/^ {2}main: dist\/index\.mjs$/m);
  });
});
