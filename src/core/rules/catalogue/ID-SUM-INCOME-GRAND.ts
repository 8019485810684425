// ID-SUM-INCOME-GRAND: in 部门收支预算表 收入总计 equals 本年收入合计 plus 上年结转结余.
import { requireTable } from '../doc-access.ts';
import { checkSum, refCell, requireRef } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-SUM-INCOME-GRAND',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收支预算表中收入总计应等于本年收入合计加上年结转结余。', en: 'In the income and expenditure summary, total income equals income this year plus the balance carried over.' },
  tables: ['income-expenditure-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income-expenditure-summary');
    if (!table) return;
    const grand = requireRef(table, report, 'income:grand-total', '收入总计');
    const thisYear = requireRef(table, report, 'income:this-year', '本年收入合计');
    if (!grand || !thisYear) return;
    const carried = refCell(table, 'income:carry-over');
    checkSum(doc, report, grand, [thisYear.value, carried?.value ?? 0], '本年收入合计与上年结转结余之和', 'income this year + carry-over',
      '收入总计 = 本年收入合计 + 上年结转结余；核对这三个数。');
  },
};
