// ID-FISCAL-BALANCE: in 财政拨款收支预算表 收入合计 equals 支出合计.
import { requireTable } from '../doc-access.ts';
import { checkSum, requireRef } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-FISCAL-BALANCE',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中收入合计应等于支出合计。', en: 'In the fiscal appropriation summary, total income equals total expenditure.' },
  tables: ['fiscal-summary'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'fiscal-summary');
    if (!table) return;
    const income = requireRef(table, report, 'income:fiscal-grand-total', '收入合计');
    const exp = requireRef(table, report, 'exp:fiscal:grand-total', '支出合计');
    if (!income || !exp) return;
    checkSum(doc, report, exp, [income.value], '收入合计', 'total fiscal income',
      '财政拨款收支表两边必须平衡：核对收入合计与支出合计（合计列）。');
  },
};
