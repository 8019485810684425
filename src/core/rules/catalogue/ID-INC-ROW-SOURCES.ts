// ID-INC-ROW-SOURCES: in 部门收入预算表 each row's 合计 equals the sum of its 本年收入 sources plus
// 上年结转结余.
import { requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
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
    const cols = [c.total, ...sources];
    for (let i = 0; i < table.rows.length; i++) {
      if (!hasFigure(table.rows[i], cols)) continue;
      checkSumAt(doc, report, table, i, c.total, i, sources, true,
        '各项收入之和', 'the sum of the sources', '核对该行各收入来源与合计。');
    }
  },
};
