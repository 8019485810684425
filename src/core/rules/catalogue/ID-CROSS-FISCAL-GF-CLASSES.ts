// ID-CROSS-FISCAL-GF-CLASSES: in 财政拨款收支预算表 the 政府性基金 column of every 类 equals the sum of the
// 政府性基金支出预算表's rows of that 类.
import { requireTable } from '../doc-access.ts';
import { checkClassTotals } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-FISCAL-GF-CLASSES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中各类的政府性基金支出应等于政府性基金支出预算表中该类各项之和。', en: 'In the fiscal appropriation summary, each class’s government fund column equals the sum of that class in the government fund expenditure table.' },
  tables: ['fiscal-summary', 'government-fund-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const fiscal = requireTable(doc, report, 'fiscal-summary');
    const fn = requireTable(doc, report, 'government-fund-expenditure');
    if (!fiscal || !fn) return;
    const compared = checkClassTotals(doc, report, { table: fiscal, scope: 'gf', fn,
      hint: '财政拨款收支表中该列的类支出应由政府性基金支出预算表中该类各项加总；核对两表。' });
    if (!compared) report.notApplicable('本部门没有政府性基金支出，两表均无数据');
  },
};
