// ID-CROSS-EXP-TOTAL: the 部门支出预算表's 合计 equals the 部门收支预算表's 本年支出合计.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, fnShape, thisYearExpenditure } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-EXP-TOTAL',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门支出预算表的合计应等于部门收支预算表的本年支出合计。', en: 'The expenditure table’s total equals expenditure this year in the income and expenditure summary.' },
  tables: ['expenditure', 'income-expenditure-summary'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const exp = requireTable(doc, report, 'expenditure');
    const summary = requireTable(doc, report, 'income-expenditure-summary');
    if (!exp || !summary) return;
    const c = requireColumns(exp, report, ['total'] as const);
    const thisYear = thisYearExpenditure(summary, report, 'all', '本年支出合计');
    const total = fnShape(exp).total;
    if (!c || !thisYear) return;
    if (total === undefined) return report.insufficient(`${exp.title}没有合计行`);
    checkSum(doc, report, { table: exp, rowIndex: total, col: c.total, value: amountAt(exp.rows[total], c.total) }, [thisYear.value],
      '部门收支预算表的本年支出合计', 'expenditure this year in the summary', '两表的支出总额应是同一个数；核对两表。');
  },
};
