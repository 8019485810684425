// ID-CROSS-INCOME-SUMMARY: the 部门收入预算表's 合计 row — its total and each source, and 上年结转
// 结余 — equals the matching lines of 部门收支预算表 (收入总计, 一般公共预算 …).
import { amountAt, requireTable } from '../doc-access.ts';
import { checkSum, refCell, thisYearIncome } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';
import { BoundedCache } from '../bounded-cache.ts';

/** The summary line a column of the income table restates. */
const summaryRefOf = (key: string): string | undefined => summaryRefs.get(key, refOfColumn);
const refOfColumn = (key: string): string | undefined =>
  key === 'total' ? 'income:grand-total' : key.startsWith('src.') ? `income:${key.slice(4)}` : undefined;
/** summaryRefOf's answers by column key: a reference concatenated at each check is a new string, hashed again at each lookup. */
const summaryRefs = new BoundedCache<string, string | undefined>();

export const rule: Rule = {
  id: 'ID-CROSS-INCOME-SUMMARY',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收入预算表的合计及各项收入应等于部门收支预算表中的收入总计及对应收入。', en: 'The income table’s total and sources equal total income and the same sources in the income and expenditure summary.' },
  tables: ['income', 'income-expenditure-summary'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const income = requireTable(doc, report, 'income');
    const summary = requireTable(doc, report, 'income-expenditure-summary');
    if (!income || !summary) return;
    const total = income.rows.findIndex((r) => r.kind === 'total');
    if (total < 0) return report.insufficient(`${income.title}没有合计行`);
    let matched = 0;
    // An income table without a 上年结转结余 column (Shanghai) totals this year's income only.
    const thisYearOnly = !income.columns.some((c) => c.key === 'src.carry-over');
    income.columns.forEach((col, i) => {
      const ref = col.kind === 'amount' ? summaryRefOf(col.key) : undefined;
      const line = col.key === 'total' && thisYearOnly ? thisYearIncome(summary, undefined, '本年收入合计') : ref ? refCell(summary, ref) : undefined;
      if (!line) return; // the summary does not print this source (e.g. 用事业基金弥补收支差额)
      matched++;
      checkSum(doc, report, { table: income, rowIndex: total, col: i, value: amountAt(income.rows[total], i) }, [line.value],
        '部门收支预算表中的对应收入', 'the same line of the summary', '两表的收入应是同一组数字；核对两表。');
    });
    if (matched === 0) report.insufficient(`${summary.title}中找不到与${income.title}对应的收入行`);
  },
};
