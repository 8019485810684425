// ID-ECON-BASIC-TOTAL: in 一般公共预算基本支出预算表 the 合计 row equals, column by column, the sum
// of the 经济分类 rows.
import { requireTable } from '../doc-access.ts';
import { amountCols, checkSumAt, noFigures, rowsOfKind, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-ECON-BASIC-TOTAL',
  category: 'identity',
  severity: 'error',
  statement: { zh: '一般公共预算基本支出预算表的合计行应等于各经济分类科目之和（合计、人员经费、公用经费各列）。', en: 'In the basic expenditure table, the total row equals the sum of the economic rows, column by column.' },
  tables: ['general-public-basic-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'general-public-basic-expenditure');
    if (!table) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    const total = table.rows.findIndex((r) => r.kind === 'total');
    if (total < 0) return report.insufficient(`${table.title}没有合计行`);
    const items = rowsOfKind(table, 'item');
    for (const col of amountCols(table)) {
      checkSumAt(doc, report, table, total, col, items, col, false,
        '各经济分类科目之和', 'the sum of the economic rows', '逐行核对各经济分类科目的金额，再核对合计行。');
    }
  },
};
