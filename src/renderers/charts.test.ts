import { describe, expect, it } from 'vitest';
import { documentOf, seedBudget, seedNarrative } from '../../test/support/bases.ts';
import { documentCharts, expenditureByClass, lastYearFromNarrative } from './charts.ts';
import { printsWide, renderPrintHtml } from './print-html.ts';

async function seedDoc() {
  const doc = documentOf(await seedBudget());
  if (!doc.narrative?.some((s) => s.part === 'explanation')) doc.narrative = seedNarrative();
  return doc;
}

describe('charts', () => {
  it('sums the 部门支出预算表 by 类 with the official 类 names', async () => {
    const slices = expenditureByClass(await seedDoc());
    expect(slices.map((s) => `${s.code} ${s.name} ${s.fen}`)).toEqual([
      '208 社会保障和就业支出 13350000',
      '210 卫生健康支出 15370000',
      '212 城乡社区支出 1960070000',
      '221 住房保障支出 13660000',
    ]);
  });

  it('reads last year from the 情况说明: stated changes and 保持一致', async () => {
    expect(lastYearFromNarrative(await seedDoc())).toEqual({ total: 1_204_140_000, generalPublic: 1_204_140_000, threePublic: 100_000 });
  });

  it('draws deterministic, self-describing SVG with the printed figures', async () => {
    const doc = await seedDoc();
    const a = documentCharts(doc);
    const b = documentCharts(doc);
    expect(a.map((c) => c.svg)).toEqual(b.map((c) => c.svg));
    expect(a.map((c) => c.id)).toEqual(['chart-year', 'chart-basic-project', 'chart-by-class']);
    for (const c of a) {
      expect(c.svg).toMatch(/^<svg\b[^>]* role="img" aria-labelledby="[^"]+"><title id="[^"]+">/);
      expect(c.svg).not.toMatch(/\bzr\d+-|ecmeta_|:hover/);
      expect(c.alt.length).toBeGreaterThan(20);
    }
    const [year, split, byClass] = a;
    expect(year!.svg).toContain('1204.14');
    expect(year!.svg).toContain('2002.45');
    expect(year!.caption).toContain('情况说明');
    expect(split!.svg).toContain('191.02万元（9.54%）');
    expect(split!.svg).toContain('1811.43万元（90.46%）');
    expect(byClass!.alt).toContain('212 城乡社区支出 1960.07万元，占 97.88%');
  });

  it('draws this year only when last year is nowhere, and says so', async () => {
    const doc = await seedDoc();
    doc.narrative = [];
    const year = documentCharts(doc).find((c) => c.id === 'chart-year')!;
    expect(year.caption).toBe('文件未记录2022年预算数，仅列2023年数；单位：万元。');
    expect(year.svg).toContain('未记录');
    const given = documentCharts(doc, { lastYear: { total: 1_000_000_000 } }).find((c) => c.id === 'chart-year')!;
    expect(given.svg).toContain('1000.00');
    expect(given.caption).toContain('一般公共预算、“三公”经费未记录上年数');
  });
});

describe('print page', () => {
  it('assembles cover, 目录, parts, charts and tables, wide tables on landscape pages', async () => {
    const doc = await seedDoc();
    const html = renderPrintHtml(doc);
    const order = ['class="cover"', '<h2 id="toc-title">目录</h2>', 'id="part-profile"', 'id="part-explanation"', 'id="chart-year"', 'id="part-glossary"', 'class="annex-title"', 'id="t13-project-performance"'];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(html).toContain('<span>第二部分</span>');
    expect(html).toContain('@page wide { size: A4 landscape;');
    const wide = doc.tables.filter(printsWide).map((t) => t.id);
    expect(wide).toEqual(['income', 'expenditure', 'general-public-expenditure', 'government-fund-expenditure', 'state-capital-expenditure', 'project-expenditure', 'project-performance']);
    for (const id of wide) expect(html).toMatch(new RegExp(`<section class="sheet wide" id="t\\d+-${id}"`));
    expect(html).not.toMatch(/<script/i);
  });

  it('prints tables only (and charts on their own page) when there is no narrative', async () => {
    const doc = await seedDoc();
    doc.narrative = [];
    const html = renderPrintHtml(doc);
    expect(html).not.toContain('class="annex-title"');
    expect(html).toContain('<h2 id="charts-title">图表</h2>');
  });
});
