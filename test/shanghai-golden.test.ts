// Golden test: the 上海市财政局 2025 example (examples/shanghai-czj-2025.yaml) rendered with the
// Shanghai template prints the 9 tables of the published PDF with every code, name and figure as
// printed — against cells transcribed by hand from the PDF (test/golden/shanghai-czj-tables.ts).
import { describe, expect, it } from 'vitest';
import { printedRows } from '../src/core/tables/printed.ts';
import { SHANGHAI_CZJ_CONTENTS, SHANGHAI_CZJ_NAME_VARIANTS, SHANGHAI_CZJ_TABLES } from './golden/shanghai-czj-tables.ts';
import { czjBudget, shanghaiDocument } from './shanghai-support.ts';

/** The PDF prints amounts with thousands separators, yusuan without; names as in the official list. */
const normal = (cell: string): string =>
  /^[\d,]+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : (SHANGHAI_CZJ_NAME_VARIANTS[cell] ?? cell);

describe('上海市财政局 2025 单位预算: the example reproduces the 9 printed tables', async () => {
  const doc = shanghaiDocument(await czjBudget());

  it('prints the 9 tables of the Shanghai unit template in the PDF’s order and titles', () => {
    expect(doc.tables.map((t) => t.title)).toEqual(SHANGHAI_CZJ_CONTENTS);
    expect(doc.tables.map((t) => t.numberLabel)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(doc.meta.template).toBe('shanghai');
  });

  for (const [id, golden] of Object.entries(SHANGHAI_CZJ_TABLES)) {
    it(`${golden.title} (${id}): codes, names and figures as printed`, () => {
      const table = doc.tables.find((t) => t.id === id);
      expect(table, id).toBeDefined();
      if (!table) return;
      expect(table.title).toBe(golden.title);
      expect(table.subtitle).toEqual([golden.subtitle]);
      expect(table.unit).toBe(golden.unit);
      expect(table.decimals).toBe(golden.unit === '万元' ? 2 : 0);
      expect(printedRows(table)).toEqual(golden.rows.map((r) => r.map(normal)));
    });
  }

  it('differs from the PDF only where the PDF departs from the official name (维修(护)费)', () => {
    const basic = doc.tables.find((t) => t.id === 'general-public-basic-expenditure');
    expect(basic?.rows.find((r) => r.code === '30213')?.name).toBe('维修（护）费');
  });

  it('prints the empty 政府性基金 / 国有资本经营 tables with the note the PDF leaves out', () => {
    const notes = doc.tables.filter((t) => t.empty).map((t) => [t.id, t.notes]);
    expect(notes).toEqual([
      ['government-fund-expenditure', ['注：本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。']],
      ['state-capital-expenditure', ['注：本单位2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。']],
    ]);
  });
});
