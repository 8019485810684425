// ID-CROSS-GP-PERSONNEL-PUBLIC: the 一般公共预算基本支出预算表's 人员经费 equals the 一般公共预算支出
// 预算表's 工资福利支出 + 对个人和家庭的补助, and its 公用经费 equals 商品和服务支出 + 资本性支出.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, fnShape } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-GP-PERSONNEL-PUBLIC',
  category: 'identity',
  severity: 'error',
  statement: { zh: '一般公共预算基本支出预算表的人员经费、公用经费应分别等于一般公共预算支出预算表的人员经费（工资福利支出与对个人和家庭的补助）和公用经费（商品和服务支出与资本性支出）。', en: 'The basic expenditure table’s personnel and public expenses equal the general public budget expenditure table’s wages + households and goods and services + capital.' },
  tables: ['general-public-basic-expenditure', 'general-public-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const basic = requireTable(doc, report, 'general-public-basic-expenditure');
    const gp = requireTable(doc, report, 'general-public-expenditure');
    if (!basic || !gp) return;
    const bc = requireColumns(basic, report, ['basic.personnel', 'basic.public'] as const);
    const gc = requireColumns(gp, report, ['basic.wages', 'basic.family', 'basic.goods', 'basic.capital'] as const);
    if (!bc || !gc) return;
    const bt = basic.rows.findIndex((r) => r.kind === 'total');
    const gt = fnShape(gp).total;
    if (bt < 0 || gt === undefined) return report.insufficient('基本支出表或一般公共预算支出表没有合计行');
    const g = (k: keyof typeof gc) => amountAt(gp.rows[gt], gc[k]);
    const at = (col: number) => ({ table: basic, rowIndex: bt, col, value: amountAt(basic.rows[bt], col) });
    const hint = '人员经费 = 工资福利支出 + 对个人和家庭的补助，公用经费 = 商品和服务支出 + 资本性支出；核对两表。';
    checkSum(doc, report, at(bc['basic.personnel']), [g('basic.wages'), g('basic.family')], '一般公共预算支出预算表的工资福利支出与对个人和家庭的补助之和', 'wages + households in the general public budget table', hint);
    checkSum(doc, report, at(bc['basic.public']), [g('basic.goods'), g('basic.capital')], '一般公共预算支出预算表的商品和服务支出与资本性支出之和', 'goods and services + capital in the general public budget table', hint);
  },
};
