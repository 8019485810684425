// The speed work must not change a finding. The catalogue runs with one memo per check, so rules
// share what the helpers derive (the Document's references grouped once, figures, clauses, coded
// rows …); each rule run on its own, with a memo of its own and on its own copy of the Document,
// derives everything afresh. For 50 generated documents, the seed (as built, as published JSON,
// and with its own narrative) and edited copies of them (figures and narrative words changed, so
// the failing paths run too), the two must give the same runs, in a stable serialised form.
import { describe, expect, it } from 'vitest';
import type { Budget } from '../src/core/model/budget.ts';
import type { Document } from '../src/core/model/document.ts';
import { formatAmount, parseAmount } from '../src/core/money/money.ts';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { runRule, runRules } from '../src/core/rules/engine.ts';
import type { RuleContext, RuleRun } from '../src/core/rules/types.ts';
import { generateBudgets } from '../src/generator/index.ts';
import { parseDocumentJson, renderJson } from '../src/renderers/json.ts';
import { classification2023, documentOf, luoyang, seedBudget, seedNarrative } from './support/bases.ts';

/** JSON with object keys sorted: the same runs serialise to the same text whatever the key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  });
}

function context(doc: Document, budget?: Budget): RuleContext {
  const ctx: RuleContext = { doc, template: luoyang(), classification: classification2023() };
  if (budget) ctx.budget = budget;
  return ctx;
}

/**
 * The catalogue's runs with the memo shared, and each rule's run alone (a memo of its own per run)
 * on a copy of the Document, so nothing derived from the first can reach the second.
 */
function bothWays(doc: Document, budget?: Budget): { shared: string; alone: string } {
  const shared = runRules(CATALOGUE, context(doc, budget)).runs;
  const copy = structuredClone(doc);
  const alone: RuleRun[] = CATALOGUE.map((rule) => runRule(rule, context(copy, budget)));
  return { shared: stable(shared), alone: stable(alone) };
}

/** A digit typo in a printed figure (as the mutation test makes them). */
function typo(text: string, salt: number): string {
  const digits = [...text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const at = digits[salt % digits.length] as number;
  return text.slice(0, at) + String((Number(text[at]) + 3) % 10) + text.slice(at + 1);
}

/** Copies of a Document with one figure changed (every `every`-th), and with change words flipped. */
function edited(doc: Document, every: number): { name: string; doc: Document }[] {
  const out: { name: string; doc: Document }[] = [];
  let n = 0;
  doc.tables.forEach((t, ti) => t.rows.forEach((row, r) => row.cells.forEach((cell, c) => {
    if (typeof cell !== 'number' || cell === 0 || n++ % every !== 0) return;
    const copy = structuredClone(doc);
    const printed = formatAmount(cell, { unit: t.unit, decimals: t.decimals });
    (copy.tables[ti] as Document['tables'][number]).rows[r]!.cells[c] = parseAmount(typo(printed, n), t.unit);
    out.push({ name: `${t.id}[${r}][${c}]`, doc: copy });
  })));
  (doc.narrative ?? []).forEach((s, si) => s.paragraphs.forEach((p, pi) => {
    for (const [from, to] of [['增加', '减少'], ['下降', '增长'], ['保持一致', '增加']] as const) {
      if (!p.includes(from)) continue;
      const copy = structuredClone(doc);
      copy.narrative![si]!.paragraphs[pi] = p.replace(from, to);
      out.push({ name: `narrative ${si}/${pi} ${from}→${to}`, doc: copy });
    }
    const number = /\d+\.\d+/.exec(p);
    if (number) {
      const copy = structuredClone(doc);
      copy.narrative![si]!.paragraphs[pi] = p.slice(0, number.index) + typo(number[0], si + pi) + p.slice(number.index + number[0].length);
      out.push({ name: `narrative ${si}/${pi} ${number[0]}`, doc: copy });
    }
  }));
  return out;
}

describe('speed work: shared memo and rules run alone give the same findings', () => {
  it('50 generated documents (with and without their Budget)', () => {
    const budgets = generateBudgets(50, 1);
    budgets.forEach((budget, i) => {
      const doc = documentOf(budget);
      const withBudget = bothWays(doc, budget);
      expect(withBudget.shared, `generated ${i + 1} with its Budget`).toBe(withBudget.alone);
      const published = bothWays(doc);
      expect(published.shared, `generated ${i + 1}`).toBe(published.alone);
    });
  }, 300_000);

  it('the seed as built, as published JSON and with its own narrative', async () => {
    const budget = await seedBudget();
    const built = documentOf(budget);
    const published = parseDocumentJson(renderJson(documentOf(await seedBudget())));
    const withText = documentOf(await seedBudget());
    withText.narrative = seedNarrative();
    for (const [name, doc, b] of [['built', built, budget], ['published', published, undefined], ['own narrative', withText, undefined]] as const) {
      const r = bothWays(doc, b);
      expect(r.shared, `seed ${name}`).toBe(r.alone);
    }
  });

  it('edited copies of the seed and of generated documents (findings on the failing paths)', async () => {
    const withText = documentOf(await seedBudget());
    withText.narrative = seedNarrative();
    const bases = [
      { name: 'seed', doc: parseDocumentJson(renderJson(documentOf(await seedBudget()))), every: 4 },
      { name: 'seed narrative', doc: withText, every: 25 },
      ...generateBudgets(2, 1).map((b, i) => ({ name: `generated ${i + 1}`, doc: documentOf(b), every: 25 })),
    ];
    let compared = 0;
    for (const base of bases) {
      for (const e of edited(base.doc, base.every)) {
        const r = bothWays(e.doc);
        expect(r.shared, `${base.name}: ${e.name}`).toBe(r.alone);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 300_000);
});
