// ID-SUM-EXP-CLASSES: in 部门收支预算表 本年支出合计 equals the sum of the 类 lines.
import { requireTable } from '../doc-access.ts';
import { checkSum, classCells, thisYearExpenditure } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-SUM-EXP-CLASSES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收支预算表中本年支出合计应等于各类支出之和。', en: 'In the income and expenditure summary, expenditure this year equals the sum of the functional classes.' },
  tables: ['income-expenditure-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income-expenditure-summary');
    if (!table) return;
    const total = thisYearExpenditure(table, report, 'all', '本年支出合计');
    if (!total) return;
    const classes = classCells(table, 'all');
    if (classes.length === 0) return report.insufficient(`${table.title}中找不到各类支出行`);
    checkSum(doc, report, total, classes, '各类支出之和', 'the sum of the classes',
      '逐类核对支出金额（与部门支出预算表各类合计对照），再核对本年支出合计。');
  },
};
