// ID-PERF-BLOCK-FUNDS: in 部门预算项目绩效目标表 each block's 资金总额 equals 政府预算资金 +
// 财政专户管理资金 + 单位资金 (projects, units and the 合计 row).
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
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
    table.rows.forEach((row, i) => {
      if (row.kind === 'indicator' || !hasFigure(row, [c.total, ...parts])) return;
      checkSum(doc, report, { table, rowIndex: i, col: c.total, value: amountAt(row, c.total) }, parts.map((p) => amountAt(row, p)),
        '政府预算资金、财政专户管理资金与单位资金之和', 'government + special account + unit funds', '核对该项目的资金来源与资金总额。');
    });
  },
};
