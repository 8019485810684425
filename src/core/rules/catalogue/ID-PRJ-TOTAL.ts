// ID-PRJ-TOTAL: in 项目支出预算表 the 合计 row equals, column by column, the sum of the project rows,
// and the department row equals the 合计 row.
import { requireTable } from '../doc-access.ts';
import { amountCols, checkSumAt, noFigures, rowsOfKind, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-PRJ-TOTAL',
  category: 'identity',
  severity: 'error',
  statement: { zh: '项目支出预算表的合计应等于各项目之和，部门行应等于合计。', en: 'In the project expenditure table, the total equals the sum of the projects, and the department row equals the total.' },
  tables: ['project-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'project-expenditure');
    if (!table) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    const total = table.rows.findIndex((r) => r.kind === 'total');
    if (total < 0) return report.insufficient(`${table.title}没有合计行`);
    const dept = table.rows.findIndex((r) => r.kind === 'department');
    const projects = rowsOfKind(table, 'project');
    const totalRow = [total];
    for (const col of amountCols(table)) {
      checkSumAt(doc, report, table, total, col, projects, col, false, '各项目之和', 'the sum of the projects', '逐个核对项目金额，再核对合计行。');
      if (dept >= 0) checkSumAt(doc, report, table, dept, col, totalRow, col, true, '合计行', 'the total row', '部门行与合计行应是同一组数字。');
    }
  },
};
