// ID-SUM-INCOME-SOURCES: in 部门收支预算表 本年收入合计 equals the sum of the source lines
// (一般公共预算, 政府性基金 … 其他收入); the line 其中：财政拨款 is part of 一般公共预算 and not added.
// Shanghai's 一、财政拨款收入 equals its 1. 一般公共预算 + 2. 政府性基金 + 3. 国有资本经营预算.
import type { DocTable } from '../../model/document.ts';
import { amountAt, requireTable } from '../doc-access.ts';
import type { Cell } from '../identity-helpers.ts';
import { checkSum, refCell, refsOf, thisYearIncome } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

/** Refs of the summary's left side that are not source lines. */
const NOT_SOURCES = ['income:this-year', 'income:carry-over', 'income:grand-total', 'income:general-public'];
const INCOME = 'income:';

/**
 * The summary's income source lines, in table order: references `income:{source}` whose source is
 * lower-case letters and hyphens, other than those of NOT_SOURCES and the fiscal- ones. Char tests
 * rather than a pattern per reference, which makes a match array each and, on a reference the
 * builder concatenated (a cons string), goes through V8's runtime.
 */
function sourceLines(table: DocTable): Cell[] {
  const { refs, table: t } = refsOf(table);
  const out: Cell[] = [];
  const end = refs.tableStart[t + 1] as number;
  for (let g = refs.tableStart[t] as number; g < end; g++) {
    const ref = refs.refAt[g] as string;
    const len = ref.length;
    if (len <= INCOME.length || !ref.startsWith(INCOME) || ref.startsWith('fiscal', INCOME.length) || NOT_SOURCES.includes(ref)) continue;
    let k = INCOME.length;
    for (; k < len; k++) {
      const ch = ref.charCodeAt(k);
      if (ch !== 45 && (ch < 97 || ch > 122)) break;
    }
    if (k < len) continue;
    const row = refs.rowAt[g] as number;
    const col = refs.colAt[g] as number;
    out.push({ table, rowIndex: row, col, value: amountAt(table.rows[row], col) });
  }
  return out;
}
/** The three budgets under Shanghai's 一、财政拨款收入. */
const FISCAL_PARTS = ['income:general-public-all', 'income:government-fund', 'income:state-capital'];

export const rule: Rule = {
  id: 'ID-SUM-INCOME-SOURCES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收支预算表中本年收入合计应等于各项收入之和（“其中：财政拨款”不重复计算）；上海表的“一、财政拨款收入”应等于一般公共预算、政府性基金与国有资本经营预算之和。', en: 'In the income and expenditure summary, income this year equals the sum of the income sources; Shanghai’s appropriation income equals its three budgets.' },
  tables: ['income-expenditure-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income-expenditure-summary');
    if (!table) return;
    const total = thisYearIncome(table, report, '本年收入合计');
    if (!total) return;
    const sources = sourceLines(table);
    if (sources.length === 0) return report.insufficient(`${table.title}中找不到收入来源行`);
    checkSum(doc, report, total, sources, '各项收入之和', 'the sum of the income sources',
      '核对各收入来源行与本年收入合计；“其中：财政拨款”是一般公共预算的一部分，不应另加。');
    // Shanghai's summary prints 一、财政拨款收入 over its three budgets (1. 一般公共预算 2. 政府性基金 3. 国有资本经营预算).
    const fiscal = refCell(table, 'income:fiscal-this-year');
    if (!fiscal) return;
    const parts = FISCAL_PARTS.map((ref) => refCell(table, ref));
    if (parts.some((p) => !p)) return report.insufficient(`${table.title}中找不到财政拨款收入的三项预算`);
    checkSum(doc, report, fiscal, parts.map((p) => p?.value ?? 0), '一般公共预算、政府性基金与国有资本经营预算之和', 'general public budget + government funds + state capital',
      '财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算；核对这几行。');
  },
};
