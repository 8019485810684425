// ID-CROSS-GP-BASIC-TOTAL: the 一般公共预算基本支出预算表's 合计 equals the 基本支出 total of the
// 一般公共预算支出预算表.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, fnShape } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-GP-BASIC-TOTAL',
  category: 'identity',
  severity: 'error',
  statement: { zh: '一般公共预算基本支出预算表的合计应等于一般公共预算支出预算表的基本支出合计。', en: 'The basic expenditure table’s total equals the basic expenditure total of the general public budget expenditure table.' },
  tables: ['general-public-basic-expenditure', 'general-public-expenditure'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const basic = requireTable(doc, report, 'general-public-basic-expenditure');
    const gp = requireTable(doc, report, 'general-public-expenditure');
    if (!basic || !gp) return;
    const bc = requireColumns(basic, report, ['total'] as const);
    const gc = requireColumns(gp, report, ['basic'] as const);
    if (!bc || !gc) return;
    const bt = basic.rows.findIndex((r) => r.kind === 'total');
    const gt = fnShape(gp).total;
    if (bt < 0 || gt === undefined) return report.insufficient('基本支出表或一般公共预算支出表没有合计行');
    checkSum(doc, report, { table: basic, rowIndex: bt, col: bc.total, value: amountAt(basic.rows[bt], bc.total) }, [amountAt(gp.rows[gt], gc.basic)],
      '一般公共预算支出预算表的基本支出合计', 'basic expenditure in the general public budget expenditure table', '两表的一般公共预算基本支出应是同一个数；核对两表。');
  },
};
