// ID-3P-VEHICLE: in 一般公共预算“三公”经费预算表 公务用车购置及运行费 equals 公务用车购置费 +
// 公务用车运行费.
import { requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
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
    const all = table.columns.map((_, j) => j);
    const parts = [c['vehicle.purchase'], c['vehicle.operation']];
    for (let i = 0; i < table.rows.length; i++) {
      if (!hasFigure(table.rows[i], all)) continue; // a blank row of an empty table
      checkSumAt(doc, report, table, i, c.vehicle, i, parts, true,
        '公务用车购置费与运行费之和', 'purchase + running', '核对公务用车购置费、运行费与小计。');
    }
  },
};
