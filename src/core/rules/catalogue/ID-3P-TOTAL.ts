// ID-3P-TOTAL: in 一般公共预算“三公”经费预算表 the “三公”经费合计 equals 因公出国（境）费 +
// 公务用车购置及运行费 + 公务接待费.
import { requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-3P-TOTAL',
  category: 'identity',
  severity: 'error',
  statement: { zh: '“三公”经费合计应等于因公出国（境）费、公务用车购置及运行费与公务接待费之和。', en: 'The “three public expenses” total equals travel abroad + official vehicles (purchase and running) + official reception.' },
  tables: ['three-public'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'three-public');
    if (!table) return;
    const c = requireColumns(table, report, ['total', 'abroad', 'vehicle', 'reception'] as const);
    if (!c) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    const parts = [c.abroad, c.vehicle, c.reception];
    const cols = [c.total, ...parts];
    for (let i = 0; i < table.rows.length; i++) {
      if (!hasFigure(table.rows[i], cols)) continue;
      checkSumAt(doc, report, table, i, c.total, i, parts, true,
        '因公出国（境）费、公务用车购置及运行费与公务接待费之和', 'abroad + vehicles + reception', '核对“三公”经费三个分项与合计。');
    }
  },
};
