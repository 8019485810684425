// ID-ECON-SUM-ROW-SPLIT: in 支出经济分类汇总表 each row's 合计 equals 人员经费 + 公用经费 + 项目支出.
import { requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-ECON-SUM-ROW-SPLIT',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出经济分类汇总表每一行的合计应等于人员经费、公用经费与项目支出之和。', en: 'In the economic classification summary, each row total equals personnel + public + project expenditure.' },
  tables: ['economic-summary'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'economic-summary');
    if (!table) return;
    const c = requireColumns(table, report, ['total', 'basic.personnel', 'basic.public', 'project'] as const);
    if (!c) return;
    const parts = [c['basic.personnel'], c['basic.public'], c.project];
    if (!tableHasFigures(table)) return noFigures(report, table);
    const cols = [c.total, ...parts];
    for (let i = 0; i < table.rows.length; i++) {
      if (!hasFigure(table.rows[i], cols)) continue;
      checkSumAt(doc, report, table, i, c.total, i, parts, true,
        '人员经费、公用经费与项目支出之和', 'personnel + public + project', '核对该行人员经费、公用经费、项目支出与合计。');
    }
  },
};
