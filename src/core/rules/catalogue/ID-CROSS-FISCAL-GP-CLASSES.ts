// ID-CROSS-FISCAL-GP-CLASSES: in 财政拨款收支预算表 the 一般公共预算 column of every 类 equals the sum of the
// 一般公共预算支出预算表's rows of that 类.
import { requireTable } from '../doc-access.ts';
import { checkClassTotals } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-FISCAL-GP-CLASSES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中各类的一般公共预算支出应等于一般公共预算支出预算表中该类各项之和。', en: 'In the fiscal appropriation summary, each class’s general public budget column equals the sum of that class in the general public budget expenditure table.' },
  tables: ['fiscal-summary', 'general-public-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const fiscal = requireTable(doc, report, 'fiscal-summary');
    const fn = requireTable(doc, report, 'general-public-expenditure');
    if (!fiscal || !fn) return;
    const compared = checkClassTotals(doc, report, { table: fiscal, scope: 'gp', fn,
      hint: '财政拨款收支表中该列的类支出应由一般公共预算支出预算表中该类各项加总；核对两表。' });
    if (!compared) report.notApplicable('本部门没有一般公共预算支出，两表均无数据');
  },
};
