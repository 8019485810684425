// ID-FN-BASIC-SPLIT: in every functional expenditure table each row's 基本支出 equals 工资福利支出 +
// 对个人和家庭的补助 (人员经费) + 商品和服务支出 + 资本性支出 (公用经费).
import { requireColumns } from '../doc-access.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import { checkSumAt, hasFigure, presentTables } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

const KEYS = ['basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital'] as const;

export const rule: Rule = {
  id: 'ID-FN-BASIC-SPLIT',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出表每一行的基本支出应等于人员经费（工资福利支出、对个人和家庭的补助）与公用经费（商品和服务支出、资本性支出）之和。', en: 'In every expenditure table, each row’s basic expenditure equals wages + transfers to households + goods and services + capital.' },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    for (const table of presentTables(doc, report, FUNCTIONAL_TABLES)) {
      const c = requireColumns(table, report, KEYS);
      if (!c) continue;
      const parts = KEYS.slice(1).map((k) => c[k]);
      const cols = [c.basic, ...parts];
      for (let i = 0; i < table.rows.length; i++) {
        if (!hasFigure(table.rows[i], cols)) continue;
        checkSumAt(doc, report, table, i, c.basic, i, parts, true,
          '人员经费与公用经费各列之和', 'wages + households + goods and services + capital',
          '核对该行工资福利支出、对个人和家庭的补助、商品和服务支出、资本性支出与基本支出小计。');
      }
    }
  },
};
