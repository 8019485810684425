// ID-FISCAL-ROW-FUNDS: in 财政拨款收支预算表 every expenditure row's 合计 equals 一般公共预算 (小计)
// + 政府性基金 + 国有资本经营预算.
import { requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure } from '../identity-helpers.ts';
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
    const cols = [c['right.fiscal'], ...parts];
    for (let i = 0; i < table.rows.length; i++) {
      if (!hasFigure(table.rows[i], cols)) continue;
      checkSumAt(doc, report, table, i, c['right.fiscal'], i, parts, true,
        '一般公共预算、政府性基金与国有资本经营预算之和', 'general public + government funds + state capital',
        '核对该行各预算的金额与合计列。');
    }
  },
};
