// ID-CROSS-PERF-AMOUNTS: each project's 资金总额 in 部门预算项目绩效目标表 equals its 合计 in 项目支出
// 预算表 (projects matched by name as printed, then by project code).
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, pairProjects, projectRows } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-PERF-AMOUNTS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '项目绩效目标表中每个项目的资金总额应等于项目支出预算表中该项目的合计。', en: 'Each project’s amount in the project performance table equals its total in the project expenditure table.' },
  tables: ['project-performance', 'project-expenditure'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'project-performance');
    const prj = requireTable(doc, report, 'project-expenditure');
    if (!perf || !prj) return;
    const fc = requireColumns(perf, report, ['total'] as const);
    const pc = requireColumns(prj, report, ['total'] as const);
    if (!fc || !pc) return;
    for (const { a, b } of pairProjects(projectRows(perf), projectRows(prj)).pairs) {
      checkSum(doc, report, { table: perf, rowIndex: a.rowIndex, col: fc.total, value: amountAt(perf.rows[a.rowIndex], fc.total) },
        [amountAt(prj.rows[b.rowIndex], pc.total)], '项目支出预算表中该项目的合计', 'the project’s total in the project expenditure table',
        '绩效目标的资金总额应与项目支出预算表一致；核对两表中该项目的金额。');
    }
  },
};
