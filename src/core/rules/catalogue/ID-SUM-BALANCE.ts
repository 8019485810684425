// ID-SUM-BALANCE: in 部门收支预算表 收入总计 equals 支出总计 (the two sides balance).
import { requireTable } from '../doc-access.ts';
import { checkSum, requireRef } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-SUM-BALANCE',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收支预算表中收入总计应等于支出总计。', en: 'In the income and expenditure summary, total income equals total expenditure.' },
  tables: ['income-expenditure-summary'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income-expenditure-summary');
    if (!table) return;
    const income = requireRef(table, report, 'income:grand-total', '收入总计');
    const exp = requireRef(table, report, 'exp:grand-total', '支出总计');
    if (!income || !exp) return;
    checkSum(doc, report, exp, [income.value], '收入总计', 'total income',
      '收支总表两边必须平衡：核对收入总计与支出总计，改正打错的一边。');
  },
};
