// ID-PERF-BLOCK-FUNDS: in 部门预算项目绩效目标表 each block's 资金总额 equals 政府预算资金 +
// 财政专户管理资金 + 单位资金 (projects, units and the 合计 row).
import { requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-PERF-BLOCK-FUNDS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '项目绩效目标表中每个项目的资金总额应等于政府预算资金、财政专户管理资金与单位资金之和。', en: 'In the project performance table, each block’s total funding equals government budget funds + special-account funds + unit funds.' },
  tables: ['project-performance'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'project-performance');
    if (!table) return;
    const c = requireColumns(table, report, ['total', 'government', 'special-account', 'unit-funds'] as const);
    if (!c) return;
    const parts = [c.government, c['special-account'], c['unit-funds']];
    if (!tableHasFigures(table)) return noFigures(report, table);
    const cols = [c.total, ...parts];
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i] as (typeof table.rows)[number];
      if (row.kind === 'indicator' || !hasFigure(row, cols)) continue;
      checkSumAt(doc, report, table, i, c.total, i, parts, true,
        '政府预算资金、财政专户管理资金与单位资金之和', 'government + special account + unit funds', '核对该项目的资金来源与资金总额。');
    }
  },
};
