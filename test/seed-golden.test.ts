// Golden test: the seed example (examples/jianxi-2023.yaml) rendered with the Luoyang template
// reproduces every table the seed prints, cell for cell, against cells transcribed by hand from
// the seed text (test/golden/seed-tables.ts) — never against yusuan's own output.
import { describe, expect, it } from 'vitest';
import type { TableId } from '../src/core/model/document.ts';
import { printedRows } from '../src/core/tables/printed.ts';
import { SEED_TABLES } from './golden/seed-tables.ts';
import { documentOf, seedBudget } from './support/bases.ts';

/**
 * The seed prints the 基本支出 table's economic rows in no order (30108 first, 30113 last); yusuan
 * prints them by code. Those rows are compared as a set, the 合计 row in place.
 */
const ORDER_FREE: ReadonlySet<TableId> = new Set(['general-public-basic-expenditure']);

describe('seed example reproduces the seed disclosure', async () => {
  const doc = documentOf(await seedBudget());

  it('prints the 13 tables of the Luoyang template in order', () => {
    expect(doc.tables.map((t) => t.numberLabel)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三']);
    expect(doc.meta.title).toBe('2023年洛阳市涧西区社区治理和服务创新办公室部门预算公开');
  });

  for (const [id, golden] of Object.entries(SEED_TABLES)) {
    it(`${golden.title} (${id}) cell for cell`, () => {
      const table = doc.tables.find((t) => t.id === id);
      expect(table, id).toBeDefined();
      if (!table) return;
      expect(table.title).toBe(golden.title);
      if (golden.subtitle) expect(table.subtitle).toEqual(golden.subtitle);
      const rows = printedRows(table);
      if (ORDER_FREE.has(id as TableId)) {
        expect(rows[0]).toEqual(golden.rows[0]);
        const key = (r: string[]) => r.join('\t');
        expect(rows.slice(1).map(key).sort()).toEqual(golden.rows.slice(1).map(key).sort());
      } else {
        expect(rows).toEqual(golden.rows);
      }
      expect(table.notes).toEqual(golden.notes ?? []);
    });
  }
});
