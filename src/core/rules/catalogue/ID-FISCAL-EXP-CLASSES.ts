// ID-FISCAL-EXP-CLASSES: in 财政拨款收支预算表 一、本年支出 equals the sum of the 类 rows, in every
// fund column (合计, 一般公共预算, 其中：财政拨款, 政府性基金, 国有资本经营预算).
import { requireTable } from '../doc-access.ts';
import { checkSum, classCells, FISCAL_SCOPES, thisYearExpenditure } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-FISCAL-EXP-CLASSES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中本年支出应等于各类支出之和（各列分别计算）。', en: 'In the fiscal appropriation summary, expenditure this year equals the sum of the classes, column by column.' },
  tables: ['fiscal-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'fiscal-summary');
    if (!table) return;
    let found = 0;
    for (const s of FISCAL_SCOPES) {
      const total = thisYearExpenditure(table, undefined, s, '本年支出');
      if (!total) continue;
      found++;
      const classes = classCells(table, s);
      checkSum(doc, report, total, classes, '各类支出之和', 'the sum of the classes',
        '逐类核对该列的支出金额，再核对本年支出。');
    }
    if (found === 0) report.insufficient(`${table.title}中找不到“本年支出”行`);
  },
};
