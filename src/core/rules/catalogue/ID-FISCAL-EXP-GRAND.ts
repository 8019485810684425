// ID-FISCAL-EXP-GRAND: in 财政拨款收支预算表 支出合计 equals 一、本年支出 plus 二、年终结转结余, in
// every fund column. The 年终结转结余 line carries no reference; it is found by its label.
import { colIndex, requireTable } from '../doc-access.ts';
import { cellAt, checkSum, FISCAL_SCOPES, labelRow, refCell, scopeRefs } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

/** The label of the 年终结转结余 line. */
const CLOSING = /年终结转结余/;

export const rule: Rule = {
  id: 'ID-FISCAL-EXP-GRAND',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中支出合计应等于本年支出加年终结转结余（各列分别计算）。', en: 'In the fiscal appropriation summary, total expenditure equals expenditure this year plus the closing balance, column by column.' },
  tables: ['fiscal-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'fiscal-summary');
    if (!table) return;
    const labelCol = colIndex(table, 'right.label');
    // The 年终结转结余 line: the same row for every column.
    const closingRow = labelCol >= 0 ? labelRow(table, labelCol, CLOSING) : -1;
    let found = 0;
    for (const s of FISCAL_SCOPES) {
      const refs = scopeRefs(s);
      const grand = refCell(table, refs.grand);
      const thisYear = refCell(table, refs.thisYear);
      if (!grand || !thisYear) continue;
      found++;
      const closing = closingRow >= 0 ? cellAt(table, closingRow, grand.col) : undefined;
      checkSum(doc, report, grand, [thisYear.value, closing?.value ?? 0], '本年支出与年终结转结余之和', 'expenditure this year + closing balance',
        '支出合计 = 本年支出 + 年终结转结余；核对该列这三个数。');
    }
    if (found > 0) return;
    const first = scopeRefs(FISCAL_SCOPES[0] as (typeof FISCAL_SCOPES)[number]);
    const lacks = report.templateLacksLine?.(table.id, first.thisYear, '本年支出');
    if (lacks !== undefined) report.notApplicable(lacks);
    else report.insufficient(`${table.title}中找不到“支出合计”或“本年支出”行`);
  },
};
