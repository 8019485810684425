// ID-3P-TOTAL: in 一般公共预算“三公”经费预算表 the “三公”经费合计 equals 因公出国（境）费 +
// 公务用车购置及运行费 + 公务接待费.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
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
    table.rows.forEach((row, i) => {
      if (!hasFigure(row, [c.total, c.abroad, c.vehicle, c.reception])) return;
      checkSum(doc, report, { table, rowIndex: i, col: c.total, value: amountAt(row, c.total) }, [amountAt(row, c.abroad), amountAt(row, c.vehicle), amountAt(row, c.reception)],
        '因公出国（境）费、公务用车购置及运行费与公务接待费之和', 'abroad + vehicles + reception', '核对“三公”经费三个分项与合计。');
    });
  },
};
