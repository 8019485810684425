// ID-INC-ROW-SOURCES: in 部门收入预算表 each row's 合计 equals the sum of its 本年收入 sources plus
// 上年结转结余.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-INC-ROW-SOURCES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收入预算表每一行的合计应等于本年各项收入与上年结转结余之和。', en: 'In the income table, each row total equals the sum of this year’s sources plus the carry-over.' },
  tables: ['income'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income');
    if (!table) return;
    const c = requireColumns(table, report, ['total'] as const);
    if (!c) return;
    const sources = table.columns.flatMap((col, i) => (col.kind === 'amount' && col.key.startsWith('src.') ? [i] : []));
    if (sources.length === 0) return report.insufficient(`${table.title}没有收入来源列`);
    if (!tableHasFigures(table)) return noFigures(report, table);
    table.rows.forEach((row, i) => {
      if (!hasFigure(row, [c.total, ...sources])) return;
      checkSum(doc, report, { table, rowIndex: i, col: c.total, value: amountAt(row, c.total) }, sources.map((s) => amountAt(row, s)),
        '各项收入之和', 'the sum of the sources', '核对该行各收入来源与合计。');
    });
  },
};
