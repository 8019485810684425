// ID-FN-DEPT-TOTAL: in every functional expenditure table the department row (e.g. 517) prints the
// same figures as the 合计 row: the department is the whole of the table.
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import { amountCols, checkSumAt, fnShape, presentTables, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-FN-DEPT-TOTAL',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出表中部门行各列应等于合计行。', en: 'In every expenditure table, the department row equals the total row.' },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    let printed = 0;
    for (const table of presentTables(doc, report, FUNCTIONAL_TABLES)) {
      if (!tableHasFigures(table)) continue;
      const { total, department } = fnShape(table);
      if (total === undefined || department === undefined) continue;
      printed++;
      const totalRow = [total];
      for (const col of amountCols(table)) {
        checkSumAt(doc, report, table, department, col, totalRow, col, true, '合计行', 'the total row', '部门行与合计行应是同一组数字；核对两行。');
      }
    }
    if (printed === 0) report.notApplicable('支出表没有同时印部门行和合计行');
  },
};
