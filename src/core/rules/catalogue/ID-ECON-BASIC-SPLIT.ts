// ID-ECON-BASIC-SPLIT: in 一般公共预算基本支出预算表 each row's 合计 equals 人员经费 + 公用经费.
import { requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-ECON-BASIC-SPLIT',
  category: 'identity',
  severity: 'error',
  statement: { zh: '一般公共预算基本支出预算表每一行的合计应等于人员经费与公用经费之和。', en: 'In the basic expenditure table, each row total equals personnel plus public expenses.' },
  tables: ['general-public-basic-expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'general-public-basic-expenditure');
    if (!table) return;
    const c = requireColumns(table, report, ['total', 'basic.personnel', 'basic.public'] as const);
    if (!c) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    const parts = [c['basic.personnel'], c['basic.public']];
    const cols = [c.total, ...parts];
    for (let i = 0; i < table.rows.length; i++) {
      if (!hasFigure(table.rows[i], cols)) continue;
      checkSumAt(doc, report, table, i, c.total, i, parts, true,
        '人员经费与公用经费之和', 'personnel + public', '核对该行人员经费、公用经费与合计。');
    }
  },
};
