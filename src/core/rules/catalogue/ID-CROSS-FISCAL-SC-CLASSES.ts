// ID-CROSS-FISCAL-SC-CLASSES: in 财政拨款收支预算表 the 国有资本经营预算 column of every 类 equals the sum of the
// 国有资本经营支出预算表's rows of that 类.
import { requireTable } from '../doc-access.ts';
import { checkClassTotals } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-FISCAL-SC-CLASSES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中各类的国有资本经营预算支出应等于国有资本经营支出预算表中该类各项之和。', en: 'In the fiscal appropriation summary, each class’s state capital column equals the sum of that class in the state capital expenditure table.' },
  tables: ['fiscal-summary', 'state-capital-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const fiscal = requireTable(doc, report, 'fiscal-summary');
    const fn = requireTable(doc, report, 'state-capital-expenditure');
    if (!fiscal || !fn) return;
    const compared = checkClassTotals(doc, report, { table: fiscal, scope: 'sc', fn,
      hint: '财政拨款收支表中该列的类支出应由国有资本经营支出预算表中该类各项加总；核对两表。' });
    if (!compared) report.notApplicable('本部门没有国有资本经营预算支出，两表均无数据');
  },
};
