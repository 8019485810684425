// ID-ECON-SUM-TOTAL: in 支出经济分类汇总表 the 合计 row equals, column by column, the sum of the 类
// rows plus the rows not under a printed 类 (项目支出 not detailed by economic classification).
import type { Row } from '../../model/document.ts';
import { requireTable } from '../doc-access.ts';
import { amountCols, checkSumAt, econCodes, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

/** True when the code starts with one of the prefixes. */
function startsWithAny(code: string, prefixes: readonly string[]): boolean {
  for (const p of prefixes) if (code.startsWith(p)) return true;
  return false;
}

export const rule: Rule = {
  id: 'ID-ECON-SUM-TOTAL',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出经济分类汇总表的合计应等于各类之和加未细化到经济分类的支出。', en: 'In the economic classification summary, the total equals the sum of the classes plus expenditure not classified.' },
  tables: ['economic-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'economic-summary');
    if (!table) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    const total = table.rows.findIndex((r) => r.kind === 'total');
    if (total < 0) return report.insufficient(`${table.title}没有合计行`);
    const codes = econCodes(table);
    const rows = table.rows;
    // The 类 codes (a blank one heads nothing), then the top rows: every 类, and each item under none of them.
    const classes: string[] = [];
    for (let i = 0; i < rows.length; i++) if ((rows[i] as Row).kind === 'class' && codes[i]) classes.push(codes[i] as string);
    const top: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const kind = (rows[i] as Row).kind;
      if (kind === 'class' || (kind === 'item' && !startsWithAny(codes[i] as string, classes))) top.push(i);
    }
    for (const col of amountCols(table)) {
      checkSumAt(doc, report, table, total, col, top, col, true,
        '各类与未细化支出之和', 'the sum of the classes and unclassified rows', '核对各类行及“未细化到经济分类”行，再核对合计行。');
    }
  },
};
