// ID-DPERF-SOURCES: in 部门（单位）整体绩效目标表 the 部门预算总额 equals the sum of its 资金来源:
// (1) 政府预算资金 + (2) 财政专户管理资金 + (3) 单位资金.
import { requireTable } from '../doc-access.ts';
import { checkSum, performanceBudget } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-DPERF-SOURCES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门整体绩效目标表中部门预算总额应等于政府预算资金、财政专户管理资金与单位资金之和。', en: 'In the department performance table, the budget total equals government funds + special-account funds + unit funds.' },
  tables: ['department-performance'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'department-performance');
    if (!table) return;
    const b = performanceBudget(table);
    if (!b.total || !b.government || !b.special || !b.unitFunds) return report.insufficient(`${table.title}中找不到预算总额及三项资金来源`);
    checkSum(doc, report, b.total, [b.government.value, b.special.value, b.unitFunds.value], '三项资金来源之和', 'the sum of the three funding sources',
      '核对资金来源三行与部门预算总额。');
  },
};
