// NAR-TOTALS: the 收入支出预算总体情况 section states the 收入总计 and 支出总计 the 部门收支预算表
// prints.
import type { Claim } from '../narrative-helpers.ts';
import { checkSection, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const CLAIMS: Claim[] = [
  { keyword: /收入总计/, label: '收入总计', key: 'incomeGrandTotal' },
  { keyword: /支出总计/, label: '支出总计', key: 'expenditureGrandTotal' },
  { keyword: /收支总计|收支总预算/, label: '收支总计', key: 'expenditureGrandTotal' },
];

export const rule: Rule = {
  id: 'NAR-TOTALS',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“收入支出预算总体情况”中的收入总计、支出总计应与部门收支预算表一致。',
    en: 'The overall section of the narrative states the income and expenditure grand totals of the summary table.',
  },
  tables: ['income-expenditure-summary'],
  target: 'document',
  check({ doc }, report) {
    checkSection(doc, report, TOPIC.overall, '收入支出预算总体情况', CLAIMS, '按部门收支预算表的收入总计、支出总计改正说明中的数字。');
  },
};
