// ID-CROSS-DPERF-EXP: the 部门（单位）整体绩效目标表's 部门预算总额, 基本支出 and 项目支出 equal the
// 部门支出预算表's 合计, 基本支出 and 项目支出.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, fnShape, performanceBudget } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

const LINES = [['total', 'total', '合计'], ['basic', 'basic', '基本支出'], ['project', 'project', '项目支出']] as const;

export const rule: Rule = {
  id: 'ID-CROSS-DPERF-EXP',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门整体绩效目标表中的部门预算总额、基本支出、项目支出应分别等于部门支出预算表的合计、基本支出、项目支出。', en: 'The department performance table’s budget total, basic and project expenditure equal the expenditure table’s.' },
  tables: ['department-performance', 'expenditure'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'department-performance');
    const exp = requireTable(doc, report, 'expenditure');
    if (!perf || !exp) return;
    const c = requireColumns(exp, report, ['total', 'basic', 'project'] as const);
    const total = fnShape(exp).total;
    if (!c) return;
    if (total === undefined) return report.insufficient(`${exp.title}没有合计行`);
    const b = performanceBudget(perf);
    for (const [line, key, label] of LINES) {
      const cell = b[line];
      if (!cell) {
        report.insufficient(`${perf.title}中找不到${label === '合计' ? '部门预算总额' : label}`);
        continue;
      }
      checkSum(doc, report, cell, [amountAt(exp.rows[total], c[key])], `部门支出预算表的${label}`, `the expenditure table’s ${key}`,
        '整体绩效目标表的预算情况应与部门支出预算表一致；核对两表。');
    }
  },
};
