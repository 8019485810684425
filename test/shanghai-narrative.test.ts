// The Shanghai narrative: the 上海市财政局 2025 example generates 四、单位预算编制说明 and 六、其他相关
// 情况说明 word for word as the PDF prints them (golden typed from pdftotext), with every number a
// claim equal to the cell it names; generated budgets under both variants get a narrative whose
// numbers are the tables' and that checks with no NAR-*/AUD-* error; missing facts give warnings,
// not invented text; the renderers print 一 … 四 before the tables and 六 after them.
import { describe, expect, it } from 'vitest';
import type { Budget } from '../src/core/model/budget.ts';
import type { Claim, Document, NarrativeSection } from '../src/core/model/document.ts';
import { formatAmount, parseAmount, roundFen } from '../src/core/money/money.ts';
import { buildNarrative } from '../src/core/narrative/index.ts';
import { checkBudget, checkDocument } from '../src/core/rules/check.ts';
import { generateBudgets } from '../src/generator/index.ts';
import { contentsEntries } from '../src/renderers/docx.ts';
import { renderHtml } from '../src/renderers/html.ts';
import { renderPrintHtml } from '../src/renderers/print-html.ts';
import * as G from './golden/shanghai-czj-narrative.ts';
import { classification, czjBudget, shanghaiDocument, template } from './shanghai-support.ts';

const squash = (t: string) => t.replace(/\s+/g, '');
const section = (doc: Document, heading: string): NarrativeSection => {
  const s = doc.narrative?.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}: ${doc.narrative?.map((x) => x.heading).join(' | ')}`);
  return s;
};

/** Every table cell by its ref (the first cell that carries it, as the narrative reads them). */
function cellsByRef(doc: Document): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of doc.tables) for (const r of t.rows) for (const [col, ref] of Object.entries(r.refs ?? {})) {
    const v = r.cells[Number(col)];
    if (!out.has(ref) && (v === null || typeof v === 'number')) out.set(ref, v ?? 0);
  }
  return out;
}

/** Claims with refs equal their cells; every amount's printed text is its value in 万元 as printed. */
function checkClaims(doc: Document): { refs: number; amounts: number } {
  const cells = cellsByRef(doc);
  let refs = 0;
  let amounts = 0;
  for (const s of doc.narrative ?? []) {
    for (const c of s.claims ?? []) {
      const text = s.paragraphs[c.paragraph]!.slice(c.start, c.end);
      if (c.ref !== undefined) {
        expect(cells.has(c.ref), c.ref).toBe(true);
        expect(c.value, `${s.heading} ${c.ref}`).toBe(cells.get(c.ref));
        refs++;
      }
      if (c.kind === 'amount') {
        const decimals = (text.split('.')[1] ?? '').length;
        expect(text, `${s.heading} ${c.ref ?? c.formula}`).toBe(formatAmount(c.value, { unit: '万元', decimals, thousands: true }));
        amounts++;
      }
      if (c.kind === 'count') expect(text).toBe(String(c.value));
    }
  }
  return { refs, amounts };
}

describe('上海市财政局 2025: the narrative as the PDF prints it', async () => {
  const budget = await czjBudget();
  const doc = shanghaiDocument(budget, 'shanghai');

  it('四、单位预算编制说明 equals the PDF paragraph by paragraph', () => {
    const s = section(doc, G.CZJ_BUDGET_NOTES_HEADING);
    expect(s.paragraphs.map(squash)).toEqual(G.CZJ_BUDGET_NOTES.map(squash));
  });

  it('六、其他相关情况说明 equals the PDF paragraph by paragraph', () => {
    const s = section(doc, G.CZJ_OTHER_NOTES_HEADING);
    expect(s.paragraphs.map(squash)).toEqual(G.CZJ_OTHER_NOTES.map(squash));
  });

  it('一、二、三 hold the duties, the 机构设置 and the 8 名词解释 as printed', () => {
    const duties = section(doc, '上海市财政局（单位）主要职能');
    expect(duties.paragraphs.slice(0, 2)).toEqual(G.CZJ_DUTY_INTRO);
    expect(duties.paragraphs).toHaveLength(G.CZJ_DUTY_INTRO.length + G.CZJ_DUTY_COUNT);
    expect(duties.paragraphs.at(-1)).toBe(G.CZJ_LAST_DUTY);
    expect(section(doc, '上海市财政局（单位）机构设置').paragraphs).toEqual([G.CZJ_COMPOSITION]);
    const glossary = section(doc, '名词解释');
    expect(glossary.paragraphs.map((p) => /^（[一二三四五六七八]）(.+?)：/.exec(p)?.[1])).toEqual(G.CZJ_GLOSSARY_TERMS);
    expect(glossary.paragraphs.at(-1)).toBe(G.CZJ_GLOSSARY_LAST);
    // As printed: 一 二 三 四 (before the tables) then 六.
    expect(doc.narrative!.map((s) => s.heading)).toEqual(['上海市财政局（单位）主要职能', '上海市财政局（单位）机构设置', '名词解释', G.CZJ_BUDGET_NOTES_HEADING, G.CZJ_OTHER_NOTES_HEADING]);
  });

  it('every claim equals the cell it refers to; the figures the tables print are referred to', () => {
    const { refs, amounts } = checkClaims(doc);
    const claims = doc.narrative!.flatMap((s) => (s.claims ?? []).map((c) => ({ ...c, text: s.paragraphs[c.paragraph]!.slice(c.start, c.end) })));
    const byText = (text: string): (Claim & { text: string })[] => claims.filter((c) => c.text === text);
    // Figures typed from the tables of the PDF (元 / 万元), against the claims that print them.
    // The claims keep the exact 分; the tables print whole 元 (127,886,849), the “三公” table 万元 (2,517.78).
    const asPrinted = (text: string, step: number) => byText(text).map((c) => [c.ref, roundFen(c.value, step)]);
    expect(asPrinted('12,789', 100)).toEqual([['exp:fiscal:fn:201:total', 127_886_849_00]]);
    expect(asPrinted('2,180', 100)).toEqual([['exp:fiscal:fn:221:total', 21_800_000_00]]);
    expect(asPrinted('2,517.78', 10_000)).toEqual([['operating-funds', 2_517_78_0000]]);
    expect(byText('288.70').map((c) => c.ref)).toEqual(['three-public:abroad']);
    expect(byText('12').map((c) => c.formula)).toEqual(['performanceTargets.projects']);
    expect(byText('990').map((c) => c.value)).toEqual([990_483_080, 990_483_080, 990_483_080]);
    expect(refs).toBeGreaterThanOrEqual(17);
    expect(amounts).toBeGreaterThanOrEqual(25);
  });

  it('checks with no NAR-* or AUD-* finding', () => {
    const r = checkBudget(budget, { template: template('shanghai'), classification: classification(2025) });
    expect(r.findings.filter((f) => /^(NAR|AUD)-/.test(f.ruleId))).toEqual([]);
    const again = checkDocument(doc, { template: template('shanghai'), classification: classification(2025) });
    expect(again.findings.filter((f) => /^(NAR|AUD)-/.test(f.ruleId) && f.severity === 'error')).toEqual([]);
  });
});

/** The 编制说明's per-类 amounts read back from the text (not from the claims). */
function classAmounts(s: NarrativeSection): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of s.paragraphs) {
    const m = /^\d+\.“(.+?)”科目([\d,]+)万元/.exec(p);
    if (m?.[1] && m[2]) out.set(m[1], parseAmount(m[2], '万元'));
  }
  return out;
}

describe('generated budgets under the Shanghai templates', () => {
  const budgets = generateBudgets(12, 41);
  for (const id of ['shanghai', 'shanghai-dept'] as const) {
    it(`${id}: 12 budgets — narrative present, numbers equal the tables, no NAR-*/AUD-* error`, () => {
      const word = id === 'shanghai' ? '单位' : '部门';
      let claims = 0;
      for (const b of budgets) {
        const r = checkBudget({ ...b, template: id }, { template: template(id), classification: classification(b.year) });
        const doc = r.doc;
        const notes = section(doc, `${b.year}年${word}预算编制说明`);
        const other = section(doc, '其他相关情况说明');
        expect(notes.paragraphs.length).toBeGreaterThanOrEqual(5);
        expect(other.paragraphs).toContain('二、机关运行经费预算');
        expect(other.paragraphs.some((p) => p.startsWith(`${b.year}年度本${word}政府采购预算`))).toBe(true);
        claims += checkClaims(doc).refs;
        // The 类 lines state the 财政拨款收支预算总表's 类 figures, rounded to whole 万元 (read from the text).
        const fiscal = doc.tables.find((t) => t.id === 'fiscal-summary')!;
        const label = fiscal.columns.findIndex((c) => c.key === 'right.label');
        const amount = fiscal.columns.findIndex((c) => c.key === 'right.fiscal');
        const stated = classAmounts(notes);
        const classRows = fiscal.rows.filter((row) => Object.values(row.refs ?? {}).some((ref) => /^exp:fiscal:fn:\d{3}:total$/.test(ref)));
        expect(stated.size).toBe(classRows.length);
        for (const row of classRows) {
          const name = String(row.cells[label]).replace(/^[一二三四五六七八九十]+、/, '');
          expect(stated.get(name), name).toBe(roundFen(Number(row.cells[amount] ?? 0), 1_000_000));
        }
        // “三公” total as the table prints it (万元, 2 decimals).
        const tp = doc.tables.find((t) => t.id === 'three-public')!;
        const tpTotal = formatAmount(Number(tp.rows[0]!.cells[0] ?? 0), { unit: '万元', decimals: 2, thousands: true });
        expect(other.paragraphs[1]).toContain(`“三公”经费预算数为${tpTotal}万元`);
        const bad = r.findings.filter((f) => /^(NAR|AUD)-/.test(f.ruleId) && f.severity === 'error');
        expect(bad.map((f) => `${b.department.name} ${f.ruleId} ${f.message}`)).toEqual([]);
        const again = checkDocument(doc, { template: template(id), classification: classification(b.year) });
        expect(again.findings.filter((f) => /^(NAR|AUD)-/.test(f.ruleId) && f.severity === 'error')).toEqual([]);
      }
      expect(claims).toBeGreaterThan(12 * 15);
    });
  }
});

describe('missing facts are warnings, not invented text', () => {
  it('no last year, no procurement, no assets: NAR-DATA-MISSING, and those sentences are left out', async () => {
    const b: Budget = { ...(await czjBudget()) };
    delete b.lastYear;
    delete b.procurement;
    delete b.assets;
    delete b.explanations;
    const doc = shanghaiDocument(b);
    const { findings } = buildNarrative(b, doc, template('shanghai'));
    expect(findings.map((f) => `${f.ruleId} ${f.location?.path}`).sort()).toEqual([
      'NAR-DATA-MISSING assets', 'NAR-DATA-MISSING lastYear', 'NAR-DATA-MISSING lastYear.threePublic', 'NAR-DATA-MISSING procurement',
    ]);
    const notes = section(doc, G.CZJ_BUDGET_NOTES_HEADING).paragraphs;
    expect(notes[0]).toBe('2025年，上海市财政局收入预算17,192万元，其中：财政拨款收入17,192万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。');
    expect(notes.join('')).not.toMatch(/主要原因|主要用于|比2024年/);
    const other = section(doc, G.CZJ_OTHER_NOTES_HEADING).paragraphs;
    expect(other.join('')).not.toMatch(/政府采购预算\d|共有车辆/);
  });
});

describe('a 财政拨款 change with no reason', () => {
  it('leaves the reason sentence out and warns NAR-REASON-MISSING naming explanations.fiscalChange', async () => {
    const czj = await czjBudget();
    const b: Budget = { ...czj, explanations: { ...czj.explanations } };
    delete b.explanations!.fiscalChange;
    delete b.explanations!.generalPublicChange;
    const doc = shanghaiDocument(b);
    const { findings } = buildNarrative(b, doc, template('shanghai'));
    const missing = findings.filter((f) => f.ruleId === 'NAR-REASON-MISSING');
    // 17,192万元 against 18,182万元 last year (the PDF: 比2024年预算减少990万元).
    expect(missing.map((f) => [f.location?.path, f.severity])).toEqual([['explanations.fiscalChange', 'warning']]);
    expect(missing[0]!.message).toContain('财政拨款收入支出与上年相比减少 990万元');
    expect(section(doc, G.CZJ_BUDGET_NOTES_HEADING).paragraphs.join('')).not.toContain('主要原因');
  });
});

describe('vehicles: the eight kinds only when 一般公务用车 is split', () => {
  const assetsLine = async (vehicles: Record<string, number>): Promise<string> => {
    const b = await czjBudget();
    const withVehicles: Budget = { ...b, assets: { ...b.assets!, vehicles: { general: 0, enforcement: 0, special: 0, other: 0, ...vehicles } } };
    delete withVehicles.assets!.planned;
    return section(shanghaiDocument(withVehicles), G.CZJ_OTHER_NOTES_HEADING).paragraphs.at(-1)!;
  };
  it('not split: 一般公务用车 as one', async () => {
    expect(await assetsLine({ general: 3, enforcement: 1 })).toBe('截至2024年8月31日，上海市财政局共有车辆4辆，其中：一般公务用车3辆、执法执勤用车1辆、特种专业技术用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）1台（套）。');
  });
  it('split and adding up: the eight kinds', async () => {
    const line = await assetsLine({ general: 3, enforcement: 1, ministerial: 0, leading: 0, confidential: 2, emergency: 1, retired: 0 });
    expect(line).toBe('截至2024年8月31日，上海市财政局共有车辆4辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车2辆、应急保障用车1辆、执法执勤用车1辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）1台（套）。');
  });
  it('split but not adding up: 一般公务用车 as one', async () => {
    expect(await assetsLine({ general: 3, ministerial: 0, leading: 0, confidential: 1, emergency: 1, retired: 0 })).toContain('其中：一般公务用车3辆、');
  });
});

describe('the renderers print 一 … 四 before the tables and 六 after them', async () => {
  const doc = shanghaiDocument(await czjBudget());
  const order = (html: string, texts: string[]) => texts.map((t) => html.indexOf(t));

  it('HTML: contents and body in the PDF order', () => {
    const html = renderHtml(doc);
    const main = html.slice(html.indexOf('<main>'));
    const at = order(main, ['一、单位主要职能', '二、单位机构设置', '三、名词解释', '四、单位预算编制说明', '2025年预算单位财务收支预算总表', '2025年单位“三公”经费和机关运行经费预算表', '六、其他相关情况说明', '五、国有资产占有使用情况']);
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    const entries = order(nav, G.CZJ_CONTENTS);
    expect(entries.every((i) => i >= 0)).toBe(true);
    expect([...entries].sort((x, y) => x - y)).toEqual(entries);
  });

  it('print HTML (PDF) and DOCX contents: 六 after the tables', () => {
    const html = renderPrintHtml(doc, { charts: [] });
    const main = html.slice(html.indexOf('<main>'));
    expect(main.indexOf('四、单位预算编制说明')).toBeLessThan(main.indexOf('2025年预算单位财务收支预算总表'));
    expect(main.indexOf('六、其他相关情况说明')).toBeGreaterThan(main.lastIndexOf('2025年单位“三公”经费和机关运行经费预算表'));
    const entries = contentsEntries(doc).map((e) => e.title);
    expect(entries.filter((t) => G.CZJ_CONTENTS.includes(t))).toEqual(G.CZJ_CONTENTS);
    expect(entries.indexOf('六、其他相关情况说明')).toBe(entries.length - 2);
  });
});
