// ID-INC-UNITS: in 部门收入预算表 the department row equals the 合计 row and, where units are
// printed, the sum of the unit rows — column by column.
import { requireTable } from '../doc-access.ts';
import { amountCols, checkSumAt, noFigures, rowsOfKind, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-INC-UNITS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收入预算表中合计行应等于部门行，部门行应等于所属各单位之和。', en: 'In the income table, the total row equals the department row, and the department row the sum of its units.' },
  tables: ['income'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income');
    if (!table) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    const total = table.rows.findIndex((r) => r.kind === 'total');
    const dept = table.rows.findIndex((r) => r.kind === 'department');
    const units = rowsOfKind(table, 'unit');
    const whole = dept >= 0 ? dept : total;
    const deptRow = [dept];
    for (const col of amountCols(table)) {
      if (total >= 0 && dept >= 0) checkSumAt(doc, report, table, total, col, deptRow, col, true, '部门行', 'the department row', '合计行与部门行应是同一组数字。');
      if (whole >= 0 && units.length > 0) {
        checkSumAt(doc, report, table, whole, col, units, col, true, '各单位之和', 'the sum of the units', '逐个核对单位行，再核对部门行。');
      }
    }
  },
};
