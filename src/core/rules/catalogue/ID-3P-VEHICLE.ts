// ID-3P-VEHICLE: in 一般公共预算“三公”经费预算表 公务用车购置及运行费 equals 公务用车购置费 +
// 公务用车运行费.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-3P-VEHICLE',
  category: 'identity',
  severity: 'error',
  statement: { zh: '公务用车购置及运行费应等于公务用车购置费与公务用车运行费之和。', en: 'Official vehicle expenses equal vehicle purchase plus vehicle running costs.' },
  tables: ['three-public'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'three-public');
    if (!table) return;
    const c = requireColumns(table, report, ['vehicle', 'vehicle.purchase', 'vehicle.operation'] as const);
    if (!c) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    table.rows.forEach((row, i) => {
      if (!hasFigure(row, table.columns.map((_, j) => j))) return; // a blank row of an empty table
      checkSum(doc, report, { table, rowIndex: i, col: c.vehicle, value: amountAt(row, c.vehicle) }, [amountAt(row, c['vehicle.purchase']), amountAt(row, c['vehicle.operation'])],
        '公务用车购置费与运行费之和', 'purchase + running', '核对公务用车购置费、运行费与小计。');
    });
  },
};
