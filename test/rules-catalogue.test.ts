// Meta-test of the rule catalogue: ids are unique ASCII and equal their file names, every rule has
// its statements and at least one passing and one failing fixture, and every fixture behaves.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { runRule } from '../src/core/rules/engine.ts';
import type { Fixture, RuleFixtures } from '../src/core/rules/fixtures/notation.ts';
import { applyBudgetEdits, applyDocumentEdits } from '../src/core/rules/fixtures/notation.ts';
import type { Rule, RuleContext } from '../src/core/rules/types.ts';
import { baseBudget, classification2023, documentOf, luoyang, ROOT, seedNarrative } from './support/bases.ts';

const DIR = join(ROOT, 'src', 'core', 'rules', 'catalogue');

async function contextFor(f: Fixture): Promise<RuleContext> {
  const edits = f.edits ?? [];
  const published = f.base === 'seed-published';
  const budget = applyBudgetEdits(await baseBudget(published ? 'seed' : f.base), edits);
  const built = documentOf(budget);
  // 'seed-published': the seed's tables with the narrative the seed itself prints.
  if (published) built.narrative = seedNarrative();
  const doc = applyDocumentEdits(built, edits);
  // Document edits describe a published file: the Budget no longer matches it, so only
  // fixtures without document edits carry their Budget.
  const docEdited = edits.some((e) => !e.trimStart().startsWith('budget.'));
  const ctx: RuleContext = { doc, template: luoyang(), classification: classification2023() };
  if (!docEdited) ctx.budget = budget;
  return ctx;
}

async function fixturesOf(rule: Rule): Promise<RuleFixtures> {
  const mod = (await import(`../src/core/rules/catalogue/${rule.id}.fixtures.ts`)) as { fixtures: RuleFixtures };
  return mod.fixtures;
}

describe('rule catalogue', () => {
  it('has at least 60 rules with unique ASCII ids equal to their file names', () => {
    const ids = CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(DIR).filter((f) => /^[A-Z][A-Z0-9]*-[A-Z0-9-]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    expect([...ids].sort()).toEqual([...files].sort());
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/);
    expect(ids.length).toBeGreaterThanOrEqual(Number(process.env.YUSUAN_MIN_RULES ?? 60));
  });

  it('every rule has statements in Chinese and English', () => {
    for (const r of CATALOGUE) {
      expect(r.statement.zh, r.id).toMatch(/[\u4e00-\u9fff]/);
      expect(r.statement.en.length, r.id).toBeGreaterThan(10);
    }
  });

  for (const rule of CATALOGUE) {
    describe(rule.id, () => {
      it('has passing and failing fixtures', async () => {
        const fx = await fixturesOf(rule);
        expect(fx.pass.length).toBeGreaterThanOrEqual(1);
        expect(fx.fail.length).toBeGreaterThanOrEqual(1);
      });

      it('passes its passing fixtures', async () => {
        for (const f of (await fixturesOf(rule)).pass) {
          const run = runRule(rule, await contextFor(f));
          expect({ fixture: f.name, status: run.status, findings: run.findings.map((x) => x.message) })
            .toEqual({ fixture: f.name, status: f.status ?? 'pass', findings: [] });
        }
      });

      it('fails its failing fixtures at the right place', async () => {
        for (const f of (await fixturesOf(rule)).fail) {
          const run = runRule(rule, await contextFor(f));
          expect({ fixture: f.name, status: run.status, reason: run.reason }).toMatchObject({ fixture: f.name, status: 'fail' });
          const want = f.expect;
          if (want) {
            const hit = run.findings.some((x) =>
              (!want.table || x.location.table === want.table) &&
              (!want.row || (x.location.rowLabel ?? '').includes(want.row) || (x.location.section ?? '').includes(want.row)) &&
              (!want.path || (x.location.path ?? '').includes(want.path)) &&
              (!want.severity || x.severity === want.severity));
            expect(hit, `${f.name}: ${JSON.stringify(run.findings.map((x) => x.location))}`).toBe(true);
          }
        }
      });
    });
  }
});
