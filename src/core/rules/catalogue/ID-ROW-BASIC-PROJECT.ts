// ID-ROW-BASIC-PROJECT: in every functional expenditure table, each row's 合计 equals its
// 基本支出 plus its 项目支出.
import { amountAt, compare, findTable, requireColumns } from '../doc-access.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-ROW-BASIC-PROJECT',
  category: 'identity',
  severity: 'error',
  statement: {
    zh: '支出表每一行的合计应等于基本支出与项目支出之和。',
    en: 'In every expenditure table, each row total equals basic plus project expenditure.',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    for (const id of FUNCTIONAL_TABLES) {
      const table = findTable(doc, id);
      if (!table) continue;
      const c = requireColumns(table, report, ['total', 'basic', 'project'] as const);
      if (!c) continue;
      table.rows.forEach((row, i) => {
        if (row.cells.every((v, j) => j < c.total || v === null)) return; // blank row (empty table)
        compare(doc, report, {
          table, rowIndex: i, col: c.total,
          expected: amountAt(row, c.basic) + amountAt(row, c.project), actual: amountAt(row, c.total),
          items: 2, what: '基本支出与项目支出之和', whatEn: 'basic + project',
          hint: '核对该行的基本支出、项目支出和合计，改正打错的数字。',
        });
      });
    }
  },
};
