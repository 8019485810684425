// ID-PRJ-ROW-FUNDS: in 项目支出预算表 each row's 合计 equals the sum of its fund columns (本年拨款,
// 财政拨款结转结余, 财政专户管理资金, 单位资金).
import { requireColumns, requireTable } from '../doc-access.ts';
import { amountCols, checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-PRJ-ROW-FUNDS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '项目支出预算表每一行的合计应等于各资金来源列之和。', en: 'In the project expenditure table, each row total equals the sum of its funding columns.' },
  tables: ['project-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'project-expenditure');
    if (!table) return;
    const c = requireColumns(table, report, ['total'] as const);
    if (!c) return;
    const funds = amountCols(table).filter((i) => i !== c.total);
    if (funds.length === 0) return report.insufficient(`${table.title}没有资金来源列`);
    if (!tableHasFigures(table)) return noFigures(report, table);
    const cols = [c.total, ...funds];
    for (let i = 0; i < table.rows.length; i++) {
      if (!hasFigure(table.rows[i], cols)) continue;
      checkSumAt(doc, report, table, i, c.total, i, funds, true,
        '各资金来源之和', 'the sum of the funding columns', '核对该项目各资金来源与合计。');
    }
  },
};
