// The print page's layout decisions that the PDF reader relies on: rows bound by a vertical merge
// go in one <tbody class="block"> (kept on one page by the print CSS), and the cover names the
// department only when the title does not, labelled so that a reader tells it from the title.
import { describe, expect, it } from 'vitest';
import { mergedRowBlocks, renderPrintHtml } from './print-html.ts';
import { DEPARTMENT, performanceTable, testDocument } from './test-document.ts';

const tbodies = (html: string, id: string): string[] => {
  const start = html.indexOf(`id="${id}"`);
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/<tbody( class="block")?>\n([\s\S]*?)<\/tbody>/g)].map((m) => `${m[1] ? 'block' : 'plain'}:${(m[2]!.match(/<tr/g) ?? []).length}`);
};

describe('mergedRowBlocks', () => {
  it('joins overlapping vertical merges into blocks and leaves single-row merges out', () => {
    // rows 1–3 (年度主要任务), rows 6–7 (产出指标 and its 二级指标 side by side)
    expect(mergedRowBlocks(performanceTable())).toEqual([[1, 3], [6, 7]]);
    expect(mergedRowBlocks({ merges: [{ row: 0, col: 0, rowSpan: 3, colSpan: 1 }, { row: 2, col: 1, rowSpan: 2, colSpan: 1 }, { row: 7, col: 0, rowSpan: 1, colSpan: 4 }] }))
      .toEqual([[0, 3]]);
    expect(mergedRowBlocks({ merges: [] })).toEqual([]);
  });
});

describe('renderPrintHtml', () => {
  it('prints each block of merged rows in its own tbody, every row once, in order', () => {
    const doc = testDocument();
    const html = renderPrintHtml(doc, { charts: [] });
    expect(tbodies(html, 't4-department-performance')).toEqual(['plain:1', 'block:3', 'plain:2', 'block:2', 'plain:1']);
    expect(html).toContain('tbody.block { break-inside: avoid;');
    // Tables without vertical merges keep one tbody.
    expect(tbodies(html, 't2-expenditure')).toEqual([`plain:${doc.tables[1]!.rows.length}`]);
    const rows = doc.tables[3]!.rows.map((r) => r.cells.find((c) => typeof c === 'string' && c !== '') as string);
    let at = html.indexOf('id="t4-department-performance"');
    for (const first of rows) {
      const next = html.indexOf(first, at);
      expect(next, first).toBeGreaterThan(at);
      at = next;
    }
  });

  it('names the department on the cover only when the title does not, as 部门名称：…', () => {
    const doc = testDocument();
    const cover = (d: typeof doc) => /<header class="cover">([\s\S]*?)<\/header>/.exec(renderPrintHtml(d, { charts: [] }))![1]!;
    expect(cover(doc)).not.toContain('class="department"');
    const other = { ...doc, meta: { ...doc.meta, title: '2023年部门预算公开' } };
    expect(cover(other)).toContain(`<p class="department">部门名称：${DEPARTMENT}</p>`);
  });
});
