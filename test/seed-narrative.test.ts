// The generated narrative against the seed disclosure: section by section, the numbers the
// generated 第二部分 prints are the numbers the seed prints (read from its text, and as transcribed
// by hand in SEED_NARRATIVE_FIGURES); every number is a claim whose text is the printed figure and
// whose ref or formula gives its value; every NAR-* rule passes; a change without its reason is a
// finding, never an invented reason. Then the same on 30 synthetic budgets.
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../src/core/money/money.ts';
import { formatAmount, formatGrowth, formatPercent } from '../src/core/money/money.ts';
import type { Budget } from '../src/core/model/budget.ts';
import type { Claim, Document, NarrativeSection } from '../src/core/model/document.ts';
import { buildNarrative, REASON_MISSING } from '../src/core/narrative/index.ts';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { checkBudget } from '../src/core/rules/check.ts';
import { runRules } from '../src/core/rules/engine.ts';
import { generateBudget } from '../src/generator/index.ts';
import { SEED_NARRATIVE_FIGURES } from './golden/seed-tables.ts';
import { classification2023, documentOf, luoyang, seedBudget, seedNarrative } from './support/bases.ts';

// ——— Numbers in text ———

interface Printed {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The numbers a paragraph prints, without years ("2023 年", "2022年期末") and without the
 * template's fixed thresholds ("单位价值 50 万元以上"): neither is a figure of the budget.
 */
function numbersIn(text: string, paragraph = 0): Printed[] {
  const out: Printed[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = text.slice(end);
    if (/^\s*年/.test(after) || /^\s*万元以上/.test(after)) continue;
    out.push({ paragraph, start, end, text: m[0] });
  }
  return out;
}

const sorted = (xs: string[]) => [...xs].sort();
const numbersOf = (paragraphs: readonly string[]) => sorted(paragraphs.flatMap((p) => numbersIn(p).map((n) => n.text)));

const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)]/;

/** The paragraphs of a （一）（二） subsection of a section (after its subheading). */
function subsection(section: NarrativeSection, subheading: string): string[] {
  const i = section.paragraphs.findIndex((p) => p.replace(/\s+/g, '') === subheading);
  if (i < 0) return [];
  const rest = section.paragraphs.slice(i + 1);
  const next = rest.findIndex((p) => SUBHEADING.test(p) && p.length < 40);
  return next < 0 ? rest : rest.slice(0, next);
}

function explanation(sections: readonly NarrativeSection[], heading: string): NarrativeSection {
  const s = sections.find((x) => x.part === 'explanation' && x.heading.replace(/\s+/g, '') === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s;
}

// ——— Claims ———

/** Every amount cell of the Document by its ref (blank = 0). */
function cellsByRef(doc: Document): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const t of doc.tables) {
    for (const row of t.rows) {
      for (const [col, ref] of Object.entries(row.refs ?? {})) {
        const v = row.cells[Number(col)];
        if (v !== null && typeof v !== 'number') continue;
        out.set(ref, [...(out.get(ref) ?? []), v ?? 0]);
      }
    }
  }
  return out;
}

function percentText(scaled: number): string {
  const a = Math.abs(scaled);
  return `${scaled < 0 ? '-' : ''}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

function printedAs(c: Claim): string {
  if (c.kind === 'amount') return formatAmount(c.value, { unit: '万元', decimals: 2 });
  if (c.kind === 'percent') return percentText(c.value);
  return String(c.value);
}

/** A Budget path's value ("lastYear.total"); an object of amounts sums ("lastYear.threePublic"). */
function budgetPath(budget: Budget, path: string): number {
  let cur: unknown = budget;
  for (const p of path.split('.')) cur = (cur as Record<string, unknown> | undefined)?.[p];
  if (typeof cur === 'number') return cur;
  if (cur && typeof cur === 'object') return Object.values(cur as Record<string, number>).reduce((a, b) => a + b, 0);
  throw new Error(`no Budget value at ${path}`);
}

/** Recomputes a claim's formula from the Document and the Budget: the value, and the text printed. */
function evaluate(formula: string, doc: Document, budget: Budget, refs: Map<string, number[]>): { value: number; text?: string } {
  const ref = (r: string) => {
    const v = refs.get(r.trim());
    if (!v) throw new Error(`formula names ${r}, not a ref of the Document`);
    return v[0] as number;
  };
  const term = (t: string) => (/^(lastYear|procurement|assets)\./.test(t.trim()) ? budgetPath(budget, t.trim()) : ref(t));
  let m = /^share\((.+), (.+)\)$/.exec(formula);
  if (m?.[1] && m[2]) {
    const text = formatPercent(ref(m[1]), ref(m[2]), 2);
    if (text === null) throw new Error('share of zero');
    return { value: Number(text.replace('.', '')), text };
  }
  m = /^\|growth\((.+), (.+)\)\|$/.exec(formula);
  if (m?.[1] && m[2]) {
    const text = (formatGrowth(term(m[1]), term(m[2]), 2) ?? 'none').replace(/^-/, '');
    return { value: Number(text.replace('.', '')), text };
  }
  m = /^\|(.+) − (.+)\|$/.exec(formula);
  if (m?.[1] && m[2]) return { value: Math.abs(term(m[1]) - term(m[2])) };
  if (formula === 'count(project-expenditure project rows)') {
    const t = doc.tables.find((x) => x.id === 'project-expenditure');
    return { value: t ? t.rows.filter((r) => r.kind === 'project').length : -1 };
  }
  if (/^[\w.]+( \+ [\w.]+)*$/.test(formula)) return { value: formula.split(' + ').reduce((a, p) => a + budgetPath(budget, p), 0) };
  throw new Error(`unknown formula ${formula}`);
}

/** Problems with the claims of the explanation sections; [] when all hold. */
function claimProblems(doc: Document, budget: Budget): string[] {
  const refs = cellsByRef(doc);
  const problems: string[] = [];
  for (const s of doc.narrative ?? []) {
    if (s.part !== 'explanation') continue;
    const claims = s.claims ?? [];
    const where = (c: Pick<Claim, 'paragraph' | 'start'>) => `${s.heading} #${c.paragraph}@${c.start}`;
    for (const c of claims) {
      const slice = s.paragraphs[c.paragraph]?.slice(c.start, c.end) ?? '';
      if (slice !== printedAs(c)) problems.push(`${where(c)}: text “${slice}” is not the claim's ${printedAs(c)}`);
      if (c.ref !== undefined) {
        const cells = refs.get(c.ref);
        if (!cells) problems.push(`${where(c)}: ref ${c.ref} is in no table`);
        else if (cells.some((v) => v !== c.value)) problems.push(`${where(c)}: ${c.ref} cells ${cells.join(',')} ≠ ${c.value}`);
      } else if (c.formula !== undefined) {
        const r = evaluate(c.formula, doc, budget, refs);
        if (r.value !== c.value) problems.push(`${where(c)}: ${c.formula} = ${r.value} ≠ ${c.value}`);
        if (r.text !== undefined && r.text !== slice) problems.push(`${where(c)}: ${c.formula} prints ${r.text}, text has ${slice}`);
      } else problems.push(`${where(c)}: neither ref nor formula`);
    }
    // Every number printed is claimed, and each claim is one printed number.
    const printed = s.paragraphs.flatMap((p, i) => numbersIn(p, i)).map((n) => `${n.paragraph}:${n.start}-${n.end}`);
    const claimed = claims.map((c) => `${c.paragraph}:${c.start}-${c.end}`);
    if (JSON.stringify(sorted(printed)) !== JSON.stringify(sorted(claimed))) {
      problems.push(`${s.heading}: printed numbers at ${sorted(printed).join(' ')}, claims at ${sorted(claimed).join(' ')}`);
    }
  }
  return problems;
}

const NAR_RULES = CATALOGUE.filter((r) => r.id.startsWith('NAR-'));

function narErrors(doc: Document, budget: Budget): string[] {
  const res = runRules(NAR_RULES, { doc, budget, template: luoyang(), classification: classification2023() });
  return res.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`);
}

// ——— The seed ———

describe('generated narrative of the seed example', async () => {
  const budget = await seedBudget();
  const doc = documentOf(budget);
  const generated = doc.narrative ?? [];
  const seed = seedNarrative();

  it('has the three parts: 11 duties and the composition, 十 sections, 10 名词解释', () => {
    expect(generated.filter((s) => s.part === 'profile').map((s) => s.heading)).toEqual(['一、主要职责', '二、预算单位构成情况']);
    expect(generated.find((s) => s.heading === '一、主要职责')?.paragraphs).toHaveLength(11);
    expect(generated.filter((s) => s.part === 'explanation')).toHaveLength(10);
    expect(generated.filter((s) => s.part === 'glossary')).toHaveLength(10);
  });

  it('prints, section by section, the numbers the seed prints (its text and the hand transcription)', () => {
    const headings = [...new Set(SEED_NARRATIVE_FIGURES.map((f) => f.section))];
    expect(headings).toHaveLength(10);
    for (const fig of SEED_NARRATIVE_FIGURES) {
      const g = explanation(generated, fig.section);
      const s = explanation(seed, fig.section);
      const gen = numbersOf(fig.subsection ? subsection(g, fig.subsection) : g.paragraphs);
      const own = numbersOf(fig.subsection ? subsection(s, fig.subsection) : s.paragraphs);
      const label = `${fig.section} ${fig.subsection ?? ''}`;
      expect(gen, label).toEqual(own);
      expect(gen, label).toEqual(sorted(fig.numbers));
    }
    // 十's subsections cover the whole section: no number outside them.
    const other = explanation(generated, '十、其他重要事项情况说明');
    const inSubsections = SEED_NARRATIVE_FIGURES.filter((f) => f.subsection).flatMap((f) => f.numbers);
    expect(numbersOf(other.paragraphs)).toEqual(sorted(inSubsections));
  });

  it('words every section as the seed does (the seed text without its PDF spaces)', () => {
    expect(generated.map((s) => `${s.part} ${s.heading}`)).toEqual(seed.map((s) => `${s.part} ${s.heading.replace(/\s+/g, '')}`));
    for (const s of seed) {
      const g = generated.find((x) => x.part === s.part && x.heading === s.heading.replace(/\s+/g, ''));
      // The importer keeps a 名词解释 entry as one line (heading = its term); generated: term, definition.
      const printed = s.part === 'glossary' ? [`${g?.heading}：${g?.paragraphs[0]}`] : g?.paragraphs;
      expect(printed, s.heading).toEqual(s.paragraphs.map((p) => p.replace(/\s+/g, '')));
    }
  });

  it('states each number as a claim: the text is the printed figure, the ref is the table cell', () => {
    const explanations = generated.filter((s) => s.part === 'explanation');
    expect(explanations.flatMap((s) => s.claims ?? []).length).toBe(SEED_NARRATIVE_FIGURES.flatMap((f) => f.numbers).length);
    expect(explanations.flatMap((s) => s.claims ?? []).filter((c) => c.ref).length).toBe(24);
    expect(claimProblems(doc, budget)).toEqual([]);
    const overall = explanation(generated, '一、收入支出预算总体情况说明');
    expect(overall.claims?.map((c) => c.ref ?? c.formula)).toEqual([
      'income:grand-total', 'exp:grand-total', '|exp:grand-total − lastYear.total|', '|growth(exp:grand-total, lastYear.total)|',
    ]);
  });

  it('passes every NAR-* rule', () => {
    const res = runRules(NAR_RULES, { doc, budget, template: luoyang(), classification: classification2023() });
    expect(res.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    // The generated narrative writes no quarterly spending plan (项目经费情况说明 is Shanghai's): nothing to check there.
    expect(res.runs.map((r) => `${r.ruleId} ${r.status}`)).toEqual(NAR_RULES.map((r) => `${r.id} ${r.id === 'NAR-QUARTER-PLAN' ? 'not-applicable' : 'pass'}`));
  });

  it('needs no reason it lacks', () => {
    expect(buildNarrative(budget, doc, luoyang()).findings).toEqual([]);
  });
});

describe('a change without its reason', async () => {
  const seed = await seedBudget();

  it('gives NAR-REASON-MISSING and writes no reason for the 收支总计', () => {
    const budget = structuredClone(seed);
    budget.lastYear = { ...budget.lastYear, total: parseAmount('1500.00') };
    delete budget.explanations?.totalChange;
    const doc = documentOf(budget);
    const { findings } = buildNarrative(budget, doc, luoyang());
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({
      ruleId: REASON_MISSING,
      severity: 'warning',
      location: { section: '一、收入支出预算总体情况说明', paragraph: 0, path: 'explanations.totalChange' },
    });
    expect(f.message).toContain('收支总计与上年相比增加 502.45万元');
    expect(f.location.sentence).toContain('收支总计各增加502.45万元，增长33.50%');
    expect(f.hint).toContain('explanations.totalChange');
    const overall = explanation(doc.narrative ?? [], '一、收入支出预算总体情况说明');
    expect(overall.paragraphs.join('')).not.toContain('主要原因是');
    expect(overall.paragraphs.join('')).not.toContain('原因');
    // The 一般公共预算 reason the Budget does give is still written (四).
    expect(explanation(doc.narrative ?? [], '四、财政拨款收入支出预算总体情况说明').paragraphs[0]).toContain('主要原因是：涧西区与原高新区合并');
    expect(narErrors(doc, budget)).toEqual([]);
    expect(claimProblems(doc, budget)).toEqual([]);
  });

  it('writes no reason anywhere when none is given, and checkBudget reports each change that needs one', () => {
    const budget = structuredClone(seed);
    budget.lastYear = { ...budget.lastYear, threePublic: { abroad: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: parseAmount('0.30') } };
    budget.explanations = {};
    const result = checkBudget(budget, { template: luoyang(), classification: classification2023() });
    const text = (result.doc.narrative ?? []).flatMap((s) => s.paragraphs).join('\n');
    expect(text).not.toContain('主要原因是');
    const missing = result.findings.filter((x) => x.ruleId === REASON_MISSING);
    expect(missing.map((x) => x.location.path)).toEqual(['explanations.totalChange', 'explanations.generalPublicChange', 'explanations.threePublicChange']);
    expect(missing.map((x) => x.location.section)).toEqual(['一、收入支出预算总体情况说明', '四、财政拨款收入支出预算总体情况说明', '七、一般公共预算“三公”经费支出预算情况说明']);
    expect(result.runs).toContainEqual(expect.objectContaining({ ruleId: REASON_MISSING, status: 'fail' }));
    expect(result.counts.warning).toBeGreaterThanOrEqual(3);
    // “三公” fell from 0.30 to 0.10: 减少 / 下降, with the rate.
    expect(explanation(result.doc.narrative ?? [], '七、一般公共预算“三公”经费支出预算情况说明').paragraphs[0]).toContain('与2022年相比减少0.20万元，下降66.67%。');
    expect(narErrors(result.doc, budget)).toEqual([]);
  });

  it('a threshold lets small changes pass without a reason', () => {
    const budget = structuredClone(seed);
    delete budget.explanations?.totalChange;
    const doc = documentOf(budget);
    expect(buildNarrative(budget, doc, luoyang(), { reasonThresholds: { totalChange: parseAmount('1000.00') } }).findings).toEqual([]);
    expect(buildNarrative(budget, doc, luoyang(), { reasonThresholds: { totalChange: null } }).findings).toEqual([]);
    expect(buildNarrative(budget, doc, luoyang()).findings.map((f) => f.ruleId)).toEqual([REASON_MISSING]);
  });
});

// ——— Other budgets ———

describe('generated narratives of 30 synthetic budgets', () => {
  for (let n = 1; n <= 30; n++) {
    it(`budget ${n}: no NAR-* error, every claim matches its ref or formula`, () => {
      const budget = generateBudget(n);
      const doc = documentOf(budget);
      expect(doc.narrative?.filter((s) => s.part === 'explanation')).toHaveLength(10);
      expect(narErrors(doc, budget)).toEqual([]);
      expect(claimProblems(doc, budget)).toEqual([]);
    });
  }
});
