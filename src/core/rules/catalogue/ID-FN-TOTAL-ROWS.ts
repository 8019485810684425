// ID-FN-TOTAL-ROWS: in every functional expenditure table the 合计 row equals, column by column,
// the sum of the detail rows (项 rows, or the 类 rows where the template prints them), over all units.
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import { amountCols, checkSumAt, fnShape, presentTables, tableHasFigures, topRows } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-FN-TOTAL-ROWS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出表合计行各列应等于各明细行（功能分类科目）之和。', en: 'In every expenditure table, the total row equals the sum of the functional detail rows, column by column.' },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    for (const table of presentTables(doc, report, FUNCTIONAL_TABLES)) {
      if (!tableHasFigures(table)) continue; // an empty table, printed with its note
      const shape = fnShape(table);
      if (shape.total === undefined) {
        report.insufficient(`${table.title}没有合计行`);
        continue;
      }
      const total = shape.total;
      const details = shape.blocks.flatMap((b) => (b.rows.length ? topRows(table, b.rows) : []));
      for (const col of amountCols(table)) {
        checkSumAt(doc, report, table, total, col, details, col, false, '各明细行之和', 'the sum of the detail rows',
          '逐行核对明细科目，再核对合计行；合计应由明细加总而来。');
      }
    }
  },
};
