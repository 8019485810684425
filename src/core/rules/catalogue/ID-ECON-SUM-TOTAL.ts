// ID-ECON-SUM-TOTAL: in 支出经济分类汇总表 the 合计 row equals, column by column, the sum of the 类
// rows plus the rows not under a printed 类 (项目支出 not detailed by economic classification).
import { amountAt, requireTable } from '../doc-access.ts';
import { amountCols, checkSum, econCode, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

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
    const classes = table.rows.flatMap((r) => (r.kind === 'class' ? [econCode(table, r)] : []));
    const top = table.rows.flatMap((r, i) => {
      if (r.kind === 'class') return [i];
      const code = econCode(table, r);
      return r.kind === 'item' && !classes.some((c) => c && code.startsWith(c)) ? [i] : [];
    });
    for (const col of amountCols(table)) {
      checkSum(doc, report, { table, rowIndex: total, col, value: amountAt(table.rows[total], col) }, top.map((i) => amountAt(table.rows[i], col)),
        '各类与未细化支出之和', 'the sum of the classes and unclassified rows', '核对各类行及“未细化到经济分类”行，再核对合计行。');
    }
  },
};
