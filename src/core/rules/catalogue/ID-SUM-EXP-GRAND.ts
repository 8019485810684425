// ID-SUM-EXP-GRAND: in 部门收支预算表 支出总计 equals 本年支出合计 plus 年终结转结余.
import { requireTable } from '../doc-access.ts';
import { checkSum, refCell, requireRef } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-SUM-EXP-GRAND',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收支预算表中支出总计应等于本年支出合计加年终结转结余。', en: 'In the income and expenditure summary, total expenditure equals expenditure this year plus the closing balance.' },
  tables: ['income-expenditure-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income-expenditure-summary');
    if (!table) return;
    const grand = requireRef(table, report, 'exp:grand-total', '支出总计');
    const thisYear = requireRef(table, report, 'exp:all:total:total', '本年支出合计');
    if (!grand || !thisYear) return;
    const closing = refCell(table, 'closing-balance'); // a template without the line has none
    checkSum(doc, report, grand, [thisYear.value, closing?.value ?? 0], '本年支出合计与年终结转结余之和', 'expenditure this year + closing balance',
      '支出总计 = 本年支出合计 + 年终结转结余；核对这三个数。');
  },
};
