// ID-CROSS-ECON-SUM-EXP: the 支出经济分类汇总表's totals equal the 部门支出预算表's: 合计, 人员经费
// (工资福利支出 + 对个人和家庭的补助), 公用经费 (商品和服务支出 + 资本性支出) and 项目支出.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, fnShape } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

const PAIRS = [
  ['total', ['total'], '合计'],
  ['basic.personnel', ['basic.wages', 'basic.family'], '人员经费（工资福利支出与对个人和家庭的补助之和）'],
  ['basic.public', ['basic.goods', 'basic.capital'], '公用经费（商品和服务支出与资本性支出之和）'],
  ['project', ['project'], '项目支出'],
] as const;
/** The columns each table must have (made once, not at each check). */
const ECON_KEYS = PAIRS.map((p) => p[0]);
const EXP_KEYS = PAIRS.flatMap((p) => [...p[1]]);

export const rule: Rule = {
  id: 'ID-CROSS-ECON-SUM-EXP',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出经济分类汇总表的合计、人员经费、公用经费、项目支出应分别等于部门支出预算表的对应合计。', en: 'The economic classification summary’s total, personnel, public and project figures equal the expenditure table’s.' },
  tables: ['economic-summary', 'expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const econ = requireTable(doc, report, 'economic-summary');
    const exp = requireTable(doc, report, 'expenditure');
    if (!econ || !exp) return;
    const c = requireColumns(econ, report, ECON_KEYS);
    const e = requireColumns(exp, report, EXP_KEYS);
    if (!c || !e) return;
    const et = econ.rows.findIndex((r) => r.kind === 'total');
    const xt = fnShape(exp).total;
    if (et < 0 || xt === undefined) return report.insufficient('经济分类汇总表或部门支出预算表没有合计行');
    for (const [key, parts, label] of PAIRS) {
      checkSum(doc, report, { table: econ, rowIndex: et, col: c[key], value: amountAt(econ.rows[et], c[key]) }, parts.map((p) => amountAt(exp.rows[xt], e[p])),
        `部门支出预算表的${label}`, `the expenditure table’s ${key}`, '两表按不同分类汇总同一笔钱，合计必须一致；核对两表。');
    }
  },
};
