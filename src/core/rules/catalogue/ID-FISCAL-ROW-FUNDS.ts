// ID-FISCAL-ROW-FUNDS: in 财政拨款收支预算表 every expenditure row's 合计 equals 一般公共预算 (小计)
// + 政府性基金 + 国有资本经营预算.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkSum, hasFigure } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-FISCAL-ROW-FUNDS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中每一支出行的合计应等于一般公共预算小计、政府性基金与国有资本经营预算之和。', en: 'In the fiscal appropriation summary, each expenditure row total equals general public budget + government funds + state capital.' },
  tables: ['fiscal-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'fiscal-summary');
    if (!table) return;
    const c = requireColumns(table, report, ['right.fiscal', 'right.general-public-all', 'right.government-fund', 'right.state-capital'] as const);
    if (!c) return;
    const parts = [c['right.general-public-all'], c['right.government-fund'], c['right.state-capital']];
    table.rows.forEach((row, i) => {
      if (!hasFigure(row, [c['right.fiscal'], ...parts])) return;
      checkSum(doc, report, { table, rowIndex: i, col: c['right.fiscal'], value: amountAt(row, c['right.fiscal']) },
        parts.map((p) => amountAt(row, p)), '一般公共预算、政府性基金与国有资本经营预算之和', 'general public + government funds + state capital',
        '核对该行各预算的金额与合计列。');
    });
  },
};
