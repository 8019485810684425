// ID-ECON-SUM-CLASSES: in 支出经济分类汇总表 every 类 row (301, 302 …) equals, column by column, the
// sum of its 款 rows.
import type { Row } from '../../model/document.ts';
import { amountAt, requireTable } from '../doc-access.ts';
import { amountCols, checkSum, econCode } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-ECON-SUM-CLASSES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出经济分类汇总表中每一类应等于所属各款之和。', en: 'In the economic classification summary, each class equals the sum of its sections.' },
  tables: ['economic-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'economic-summary');
    if (!table) return;
    const items = table.rows.flatMap((r, i) => (r.kind === 'item' ? [i] : []));
    table.rows.forEach((row, i) => {
      if (row.kind !== 'class') return;
      const cls = econCode(table, row);
      const sections = items.filter((j) => econCode(table, table.rows[j] as Row).startsWith(cls) && econCode(table, table.rows[j] as Row) !== cls);
      for (const col of amountCols(table)) {
        checkSum(doc, report, { table, rowIndex: i, col, value: amountAt(row, col) }, sections.map((j) => ({ table, rowIndex: j, col, value: amountAt(table.rows[j], col) })),
          '所属各款之和', 'the sum of its sections', '逐款核对，再核对类行；类应由所属各款加总。');
      }
    });
  },
};
