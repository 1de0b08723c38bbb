// RuleTester: every folder in rules/ is a rule with docs and fixtures; every fixture is a test.
import { expect } from 'chai';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lintText, ALL_RULES } from '../src/index.js';
import type { LintOptions, RuleSetting } from '../src/index.js';
import { parseExpectations, parseFixtureOptions, compareExpectations, formatExpectation, formatFinding } from '../src/testing/expectations.js';
import { projectRoot } from './helpers.js';

const rulesDir = join(projectRoot, 'rules');
const DOC_SECTIONS = ['## What it finds', '## Why it matters', '## How to fix', '## How to suppress'];

function fixtures(ruleId: string, kind: 'valid' | 'invalid'): string[] {
  const dir = join(rulesDir, ruleId, 'fixtures', kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function optIn(ruleId: string): Record<string, RuleSetting> {
  const meta = ALL_RULES.find((r) => r.meta.id === ruleId)!.meta;
  return meta.optIn ? { [ruleId]: meta.severity } : {};
}

async function lintFixture(ruleId: string, file: string) {
  const text = readFileSync(file, 'utf8');
  const fixtureOptions = parseFixtureOptions(text) as LintOptions;
  const result = await lintText(text, `rules/${ruleId}/fixtures/${file.split('/fixtures/')[1]}`, {
    ...fixtureOptions,
    // The rule under test runs even when it is opt-in (others keep their defaults).
    rules: { ...optIn(ruleId), ...fixtureOptions.rules },
  });
  return { text, result };
}

describe('rules', () => {
  it('every rule folder is registered and every registered rule has a folder', () => {
    const folders = readdirSync(rulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(ALL_RULES.map((r) => r.meta.id).sort()).to.deep.equal(folders);
  });

  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      it('has complete metadata', () => {
        expect(rule.meta.description, 'description').to.match(/\S.{10,}/);
        expect(rule.meta.rationale, 'rationale').to.match(/\S.{20,}/);
        expect(rule.meta.fix, 'fix').to.match(/\S.{10,}/);
        expect(['error', 'warning', 'info']).to.include(rule.meta.severity);
      });

      it('has a docs page with what, why, how to fix and how to suppress', () => {
        const page = join(rulesDir, id, 'README.md');
        expect(existsSync(page), `${page} exists`).to.equal(true);
        const text = readFileSync(page, 'utf8');
        expect(text.split('\n')[0]).to.equal(`# ${id}`);
        for (const section of DOC_SECTIONS) expect(text, `section "${section}"`).to.include(section);
      });

      it('has valid and invalid fixtures', () => {
        expect(fixtures(id, 'valid'), 'valid fixtures').to.not.be.empty;
        expect(fixtures(id, 'invalid'), 'invalid fixtures').to.not.be.empty;
      });

      for (const file of fixtures(id, 'valid')) {
        it(`valid: ${file.split('/').pop()}`, async () => {
          const { result } = await lintFixture(id, file);
          const own = result.findings.filter((f) => f.ruleId === id && !f.suppressed);
          expect(own.map(formatFinding), `no ${id} findings`).to.deep.equal([]);
          expect(result.errors).to.deep.equal([]);
        });
      }

      for (const file of fixtures(id, 'invalid')) {
        it(`invalid: ${file.split('/').pop()}`, async () => {
          const { text, result } = await lintFixture(id, file);
          const expected = parseExpectations(text);
          expect(expected.filter((e) => e.ruleId === id), `the fixture states at least one ${id} finding`).to.not.be.empty;
          const checked = new Set([id, ...expected.map((e) => e.ruleId)]);
          const actual = result.findings.filter((f) => checked.has(f.ruleId) && !f.suppressed);
          const { missing, unexpected } = compareExpectations(expected, actual);
          expect({ missing: missing.map(formatExpectation), unexpected: unexpected.map(formatFinding) }).to.deep.equal({
            missing: [],
            unexpected: [],
          });
        });
      }
    });
  }
});
