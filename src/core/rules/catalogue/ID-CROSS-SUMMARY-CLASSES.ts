// ID-CROSS-SUMMARY-CLASSES: each 类 figure of 部门收支预算表 equals the sum of the 部门支出预算表's
// rows of that 类 (over all units).
import { requireTable } from '../doc-access.ts';
import { checkClassTotals } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-SUMMARY-CLASSES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收支预算表中各类支出应等于部门支出预算表中该类各项之和。', en: 'Each functional class in the income and expenditure summary equals the sum of that class’s items in the expenditure table.' },
  tables: ['income-expenditure-summary', 'expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const summary = requireTable(doc, report, 'income-expenditure-summary');
    const exp = requireTable(doc, report, 'expenditure');
    if (!summary || !exp) return;
    checkClassTotals(doc, report, { table: summary, scope: 'all', fn: exp,
      hint: '收支总表的类支出应由部门支出预算表中该类各项加总；核对两表。' });
  },
};
