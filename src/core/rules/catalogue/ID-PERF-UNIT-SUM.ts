// ID-PERF-UNIT-SUM: in 部门预算项目绩效目标表 each unit row equals the sum of its projects, and the
// 合计 row the sum of the units (or of the projects where no unit rows are printed).
import { requireTable } from '../doc-access.ts';
import { amountCols, checkSumAt, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-PERF-UNIT-SUM',
  category: 'identity',
  severity: 'error',
  statement: { zh: '项目绩效目标表中单位行应等于本单位各项目之和，合计行应等于各单位之和。', en: 'In the project performance table, a unit row equals the sum of its projects, and the total row the sum of the units.' },
  tables: ['project-performance'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'project-performance');
    if (!table) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    const total = table.rows.findIndex((r) => r.kind === 'total');
    const units: { row: number; projects: number[] }[] = [];
    const loose: number[] = [];
    table.rows.forEach((r, i) => {
      if (r.kind === 'unit') units.push({ row: i, projects: [] });
      else if (r.kind === 'project') (units[units.length - 1]?.projects ?? loose).push(i);
    });
    const parts = [...units.map((u) => u.row), ...loose];
    for (const col of amountCols(table)) {
      for (const u of units) checkSumAt(doc, report, table, u.row, col, u.projects, col, true, '本单位各项目之和', 'the sum of the unit’s projects', '逐个核对本单位项目的金额，再核对单位行。');
      if (total >= 0) {
        checkSumAt(doc, report, table, total, col, parts, col, true, units.length ? '各单位之和' : '各项目之和', 'the sum of the units', '核对各单位（项目）行，再核对合计行。');
      }
    }
  },
};
