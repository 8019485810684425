// ID-ECON-SUM-CLASSES: in 支出经济分类汇总表 every 类 row (301, 302 …) equals, column by column, the
// sum of its 款 rows.
import { requireTable } from '../doc-access.ts';
import { amountCols, checkSumAt, econCodes, rowsOfKind } from '../identity-helpers.ts';
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
    const items = rowsOfKind(table, 'item');
    const codes = econCodes(table);
    for (let i = 0; i < table.rows.length; i++) {
      if (table.rows[i]?.kind !== 'class') continue;
      const cls = codes[i] as string;
      // The 款 under the 类: items whose code extends it (a loop: a filter's callback per item cost more).
      // Its last character compared first: 款 codes share their first characters with every 类 (3…).
      const sections: number[] = [];
      const last = cls.length - 1;
      const lastChar = cls.charCodeAt(last);
      for (const j of items) {
        const code = codes[j] as string;
        if (last >= 0 && code.charCodeAt(last) !== lastChar) continue;
        if (code !== cls && code.startsWith(cls)) sections.push(j);
      }
      for (const col of amountCols(table)) {
        checkSumAt(doc, report, table, i, col, sections, col, false,
          '所属各款之和', 'the sum of its sections', '逐款核对，再核对类行；类应由所属各款加总。');
      }
    }
  },
};
